"""Automatic and manual backups of a workspace, kept next to it in NAME.backups/ (so they travel
with the file on a USB stick): before every migration, import and exchange, and on request. The
newest ten are kept. Restoring first backs up the current file, so a restore can be undone."""

from __future__ import annotations

import glob
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage.backend import Backup
from mouplanner.storage.errors import BackupFailed, WorkspaceDamaged, WorkspaceError, WorkspaceNotFound
from mouplanner.storage.sqlite import copies, files

KEEP = 10
NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6}(?:-\d+)?)\.(?P<reason>[a-z-]+)\.mouplan$")


def folder(workspace: Path) -> Path:
    return workspace.with_name(f"{workspace.name}.backups")


def list_backups(workspace: Path) -> list[Backup]:
    """Newest first."""
    found = []
    place = folder(workspace)
    if place.is_dir():
        for item in place.iterdir():
            m = NAME.match(item.name)
            if m and m.group("stem") == workspace.stem:
                stamp = m.group("stamp")[:15]
                found.append(Backup(item, datetime.strptime(stamp, "%Y%m%d-%H%M%S"), m.group("reason")))
    return sorted(found, key=lambda b: (b.created, b.path.stat().st_mtime_ns), reverse=True)


def create(workspace: Path, reason: str = "manual") -> Path:
    """A consistent copy of the workspace (even while it is open), then old ones are pruned."""
    return begin(workspace, reason)()


def begin(workspace: Path, reason: str) -> Callable[[], Path]:
    """Copy the workspace now; the function returned waits until the copy is safely on disk under
    its name, prunes old backups and returns its path. Call it before committing the work the backup
    is for: the copy and its flush to disk run meanwhile. A file SQLite cannot read (a damaged one
    being replaced) is copied byte for byte instead. Half copies left by an app that was killed while
    making one are removed first (one writer per workspace: nobody else is making one)."""
    place = folder(workspace)
    place.mkdir(exist_ok=True)
    for half in place.glob(f"{glob.escape(workspace.stem)}.*.mouplan.part*"):
        half.unlink(missing_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = place / f"{workspace.stem}.{stamp}.{reason}.mouplan"
    n = 1
    while target.exists():
        target = place / f"{workspace.stem}.{stamp}-{n}.{reason}.mouplan"
        n += 1
    try:
        try:
            flushed = copies.start_backup(workspace, target)
        except copies.DamagedCopy:
            raise
        except sqlite3.DatabaseError:  # SQLite cannot read the file: a damaged one being replaced (restore)
            Path(str(target) + ".part").unlink(missing_ok=True)
            shutil.copy2(workspace, target)
            flushed = _nothing
    except (OSError, sqlite3.Error) as exc:
        raise _failed(exc) from exc

    pruned: list[Path] = []

    def finish() -> Path:  # may be called again (taken_first does): the pruning runs once
        try:
            flushed()
        except (OSError, sqlite3.Error) as exc:
            raise _failed(exc) from exc
        if not pruned:
            prune(workspace)
            pruned.append(target)
        return target

    return finish


def _failed(cause: BaseException) -> BackupFailed:
    """A copy refused for damage is the workspace's damage; any other failure, the backup's."""
    return WorkspaceDamaged(cause) if isinstance(cause, copies.DamagedCopy) else BackupFailed(cause)


def _nothing() -> None:
    return None


def prune(workspace: Path) -> None:
    """Keep the newest ten, and always the newest one made of a sound workspace: the copies kept
    before a restore may be of a damaged file, and must never push the last good backup out."""
    found = list_backups(workspace)
    good = next((b for b in found if b.reason != "before-restore"), None)
    for old in found[KEEP:]:
        if old != good:
            old.path.unlink(missing_ok=True)


def _kept_as_is(workspace: Path) -> Path:
    """The file being replaced by a restore, byte for byte (it may be damaged: that is often why)."""
    place = folder(workspace)
    place.mkdir(exist_ok=True)
    target = place / f"{workspace.stem}.{datetime.now().strftime('%Y%m%d-%H%M%S')}.before-restore.mouplan"
    n = 1
    while target.exists():
        target = place / f"{workspace.stem}.{datetime.now().strftime('%Y%m%d-%H%M%S')}-{n}.before-restore.mouplan"
        n += 1
    part = Path(str(target) + ".part")
    shutil.copy2(workspace, part)
    with open(part, "r+b") as fh:
        os.fsync(fh.fileno())
    os.replace(part, target)
    prune(workspace)
    return target


@contextmanager
def taken_first(workspace: Path, reason: str, needed: bool = True) -> Iterator[Callable[[], Any]]:
    """A backup for work about to be done: copied on entry; the function given waits until it is on
    disk (call it before committing the work; raises ``BackupFailed``). On leaving, the flush has
    ended either way."""
    finish: Callable[[], Any] = begin(workspace, reason) if needed else _nothing
    try:
        yield finish
    finally:
        with suppress(BackupFailed):  # its failure, if any, was raised to the work before commit
            finish()


def remove_leftovers(workspace: Path) -> None:
    """What a restore killed half way left beside the workspace (call with the writer lock held)."""
    for leftover in workspace.parent.glob(glob.escape(workspace.name) + ".restoring*"):  # (and its -wal, -shm)
        with suppress(OSError):  # a read-only folder: left for a later open, never a reason to fail
            leftover.unlink()


def restore(workspace: Path, backup: Path | None = None) -> Path:
    """Put a backup (the newest when none is named) in place of the workspace, which must be closed.
    Returns the backup of the file that was replaced."""
    chosen = backup or next((b.path for b in list_backups(workspace) if b.reason != "before-restore"), None)
    if chosen is None or not Path(chosen).exists():
        raise WorkspaceNotFound(QT_TRANSLATE_NOOP("Errors", "there is no backup of {name}"), name=workspace.name)
    if files.schema_revision(Path(chosen)) is None:
        raise WorkspaceError(QT_TRANSLATE_NOOP("Errors", "{name} is not a workspace backup"), name=Path(chosen).name)
    remove_leftovers(workspace)
    safety = _kept_as_is(workspace) if workspace.exists() else workspace
    tmp = workspace.with_name(workspace.name + ".restoring")
    copies.backup_file(Path(chosen), tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(workspace) + suffix).unlink(missing_ok=True)
    os.replace(tmp, workspace)
    return safety
