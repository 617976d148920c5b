"""Errors opening or creating a workspace: each says in one line what is wrong, in English
(``str``) or translated by the UI from its marked template."""

from __future__ import annotations

from typing import Any

from mouplanner.locale.marks import Translatable


class WorkspaceError(Exception, Translatable):
    """A workspace file that cannot be used; the message is meant for the user."""

    context = "Errors"

    def __init__(self, template: str, **params: Any):
        self.template = template
        self.params = params
        super().__init__(self.english())


class WorkspaceNotFound(WorkspaceError):
    pass


class WorkspaceExists(WorkspaceError):
    pass


class NotAWorkspace(WorkspaceError):
    pass


class NewerWorkspace(WorkspaceError):
    pass


class CorruptWorkspace(WorkspaceError):
    pass


class ReadOnlyWorkspace(WorkspaceError):
    pass
