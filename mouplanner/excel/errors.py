"""A workbook that cannot be read: one clear, translatable message, and nothing is changed."""

from __future__ import annotations

from typing import Any

from mouplanner.locale.marks import Translatable


class WorkbookError(Exception, Translatable):
    context = "Excel"

    def __init__(self, template: str, **params: Any):
        self.template = template
        self.params = params
        super().__init__(self.english())


class Cancelled(Exception):
    """The user cancelled a long export or import; nothing was written or changed."""
