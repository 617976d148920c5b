"""Storage: workspaces, migrations, the change journal, behind a backend (``backend.py``). All that
is specific to one database lives in its backend's package: ``storage/sqlite/`` today."""

from mouplanner.storage.backend import Backend, Backup, TextSearch, backend_for
from mouplanner.storage.errors import (
    BackupFailed,
    CorruptWorkspace,
    NewerWorkspace,
    NotAllowed,
    NotAWorkspace,
    ReadOnlyWorkspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceExists,
    WorkspaceNotFound,
)
from mouplanner.storage.journal import ChangeSet
from mouplanner.storage.lock import WorkspaceLocked
from mouplanner.storage.workspace import Workspace

__all__ = ["Backend", "Backup", "BackupFailed", "ChangeSet", "CorruptWorkspace", "NewerWorkspace", "NotAllowed",
           "NotAWorkspace", "ReadOnlyWorkspace", "TextSearch", "Workspace", "WorkspaceDamaged", "WorkspaceError",
           "WorkspaceExists", "WorkspaceLocked", "WorkspaceNotFound", "backend_for"]
