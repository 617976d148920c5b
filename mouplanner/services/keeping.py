"""Keeping a workspace safe, for the UI: its backups and putting one back. A workspace that cannot
be opened (a damaged one) is named by its location, and its backend answers."""

from __future__ import annotations

from pathlib import Path

from mouplanner.storage import Backup, backend_for


def backups_of(location: str | Path) -> list[Backup]:
    """The backups kept of the workspace at ``location``, newest first."""
    return backend_for(location).backups()


def restore(location: str | Path, backup: Path | None = None) -> Path | None:
    """Put a backup (the newest good one when none is named) in place of the closed workspace;
    returns the backup kept of what was replaced (None: nothing was, a server's empty database)."""
    return backend_for(location).restore(backup)
