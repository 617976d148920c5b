"""Errors opening or creating a workspace: each says in one line what is wrong, in English
(``str``) or translated by the UI from its marked template."""

from __future__ import annotations

from typing import Any

from mouplanner.locale.marks import QT_TRANSLATE_NOOP, Translatable


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


class DiskFull(WorkspaceError):
    pass


class ServerUnavailable(WorkspaceError):
    """No connection to a workspace's server: not running, not reached, or the login refused."""

    def __init__(self, server: str, reason: str):
        super().__init__(QT_TRANSLATE_NOOP("Errors", "cannot connect to {server}: {reason}"), server=server,
                         reason=reason[:300])
        self.needs_password = "password" in reason


class TryAgain(WorkspaceError):
    """The server gave up a transaction that met another one (a deadlock, a serialization failure):
    nothing was changed, and running it again will do (``storage.retry.retried``)."""


class ConnectionLost(WorkspaceError):
    """The connection to a workspace's server broke while it was used: nothing was changed; the next
    use connects again."""


class NotAllowed(WorkspaceError):
    """The server refused a change its user has no right to make."""


class BackupFailed(WorkspaceError):
    """The copy could not be written (a full disk, a removed stick), or the workspace is damaged:
    the work it was for must not go on."""

    def __init__(self, cause: BaseException):
        super().__init__(QT_TRANSLATE_NOOP("Errors", "the backup could not be written ({reason})"),
                         reason=getattr(cause, "strerror", None) or str(cause))


class WorkspaceDamaged(BackupFailed):
    """The workspace fails SQLite's integrity check (its copy did): nothing may be done to it but a restore."""

    def __init__(self, cause: BaseException):
        WorkspaceError.__init__(self, QT_TRANSLATE_NOOP(
            "Errors", "{name} is damaged ({reason}); nothing was changed. Restore its latest backup (File > "
                      "Restore from backup, or mouplanner restore)"), name=getattr(cause, "workspace", "the workspace"),
            reason=str(cause)[:200])


def from_database_error(exc: BaseException, name: str) -> WorkspaceError | None:
    """The workspace error a driver's error means for the file ``name``; None when ``exc`` is no
    database error (a bug, to be reported as such)."""
    from mouplanner.storage.backend import fault_of

    reason = ("a stored text is not valid UTF-8" if isinstance(exc, UnicodeDecodeError)
              else str(getattr(exc, "orig", None) or exc).splitlines()[0])
    fault = fault_of(exc)
    if fault is None:
        return None
    if fault == "read-only":
        return ReadOnlyWorkspace(QT_TRANSLATE_NOOP("Errors", "{name} cannot be written: the file or its folder is "
                                                   "read-only"), name=name)
    if fault == "full":
        return DiskFull(QT_TRANSLATE_NOOP("Errors", "{name} cannot be written: the disk is full; nothing was "
                                          "changed"), name=name)
    if fault == "denied":
        return NotAllowed(QT_TRANSLATE_NOOP("Errors", "{name} refused the change: {reason}; nothing was changed. "
                                            "Ask its administrator for the right to make it"), name=name,
                          reason=reason.removeprefix("ERROR:").strip())
    if fault == "disconnected":
        return ConnectionLost(QT_TRANSLATE_NOOP("Errors", "the connection to {name} was lost ({reason}); nothing was "
                                                "changed. Try again when the server is back"), name=name,
                              reason=" ".join(reason.split())[:200])
    if fault == "again":
        return TryAgain(QT_TRANSLATE_NOOP("Errors", "{name} was busy with other people's changes; nothing was "
                                          "changed. Try again"), name=name)
    if fault == "locked":
        return WorkspaceError(QT_TRANSLATE_NOOP("Errors", "{name} is busy: another program is writing it; try "
                                                "again in a moment"), name=name)
    return CorruptWorkspace(QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: it is damaged ({reason}); "
                                              "restore its latest backup with mouplanner restore"),
                            name=name, reason=reason)
