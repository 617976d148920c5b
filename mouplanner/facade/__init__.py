"""The one typed facade the desktop app talks to: workspaces opened, created and restored by
location, and, for an open one, every read and write it makes (``Facade``). Widgets never hold the
storage object or a session; what a workspace needs is loaded with the first one opened."""

from __future__ import annotations

from pathlib import Path

from mouplanner.facade.workspace import Facade, Progress
from mouplanner.services.keeping import backups_of, restore
from mouplanner.storage import Workspace


def open_workspace(location: str | Path, *, read_only: bool = False) -> Facade:
    """The workspace at ``location`` (a file's path, a server's URL); a reader of a server
    workspace gets it read-only, as the server would refuse every change anyway."""
    facade = Facade(Workspace.open(location, read_only=read_only))
    if facade.on_server and not read_only and facade.my_level() == "reader":
        facade.close()
        return open_workspace(location, read_only=True)
    return facade


def create_workspace(location: str | Path) -> None:
    """A new, empty workspace at ``location`` (WorkspaceExists when something is there)."""
    Workspace.create(location).close()


def build_demo(location: str | Path) -> None:
    """The demo workspace, written at ``location``."""
    from mouplanner.demo import build_demo as build

    build(Path(location)).close()


__all__ = ["Facade", "Progress", "backups_of", "build_demo", "create_workspace", "open_workspace", "restore"]
