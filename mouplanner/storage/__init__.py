"""Storage: workspace files, migrations, the change journal. The only SQLite-specific code is
in ``sqlite.py``."""

from mouplanner.storage.errors import (
    CorruptWorkspace, NewerWorkspace, NotAWorkspace, ReadOnlyWorkspace, WorkspaceError, WorkspaceExists,
    WorkspaceNotFound,
)
from mouplanner.storage.lock import WorkspaceLocked
from mouplanner.storage.workspace import Workspace

__all__ = ["CorruptWorkspace", "NewerWorkspace", "NotAWorkspace", "ReadOnlyWorkspace", "Workspace", "WorkspaceError",
           "WorkspaceExists", "WorkspaceLocked", "WorkspaceNotFound"]
