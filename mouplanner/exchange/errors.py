"""An exchange file that cannot be used: one clear, translatable message; nothing is changed."""

from __future__ import annotations

from typing import Any

from mouplanner.locale.marks import Translatable


class ExchangeError(Exception, Translatable):
    context = "Exchange"

    def __init__(self, template: str, **params: Any):
        self.template = template
        self.params = params
        super().__init__(self.english())
