"""Storage: workspace files, migrations, the change journal. The only SQLite-specific code is
in ``sqlite.py``."""

from mouplanner.storage.errors import (
    CorruptWorkspace, NewerWorkspace, NotAWorkspace, WorkspaceError, WorkspaceExists,
    WorkspaceNotFound,
)
from mouplanner.storage.workspace import Workspace

__all__ = ["CorruptWorkspace", "NewerWorkspace", "NotAWorkspace", "Workspace", "WorkspaceError",
           "WorkspaceExists", "WorkspaceNotFound"]
