"""Errors opening or creating a workspace: each says in one line what is wrong."""


class WorkspaceError(Exception):
    """A workspace file that cannot be used; the message is meant for the user."""


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
