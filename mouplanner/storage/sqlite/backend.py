"""A workspace kept in one SQLite file: the backend of a laptop."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from mouplanner.storage.backend import Backend, Backup
from mouplanner.storage.sqlite import backups, copies, files, search


class SqliteBackend(Backend):
    search = search.SqliteSearch()
    errors = (sqlite3.Error,)

    def __init__(self, path: Path):
        self.path = Path(path)
        self._network_share: bool | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def shared_storage(self) -> bool:
        """On a network share the rollback journal is used instead of WAL, which is unsafe there."""
        if self._network_share is None:
            self._network_share = files.is_network_share(self.path)
        return self._network_share

    # --- opening ------------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists()

    def create_refusal(self) -> str | None:
        if self.path.exists() and self.path.stat().st_size > 0:
            return "exists"
        return None if self.path.parent.is_dir() else str(self.path.parent)

    def refusal(self) -> str | None:
        if self.path.is_dir():
            return "folder"
        if not files.looks_like_sqlite(self.path) or self.path.stat().st_size == 0:
            return "not a database"
        return None

    def make_engine(self, *, read_only: bool = False, foreign_keys: bool = True) -> Engine:
        return files.make_engine(self.path, wal=not self.shared_storage, foreign_keys=foreign_keys,
                                 read_only=read_only)

    def table_names(self) -> set[str]:
        return files.table_names(self.path)

    def schema_revision(self) -> str | None:
        return files.schema_revision(self.path)

    def writer_lock(self) -> Any:
        from mouplanner.storage.lock import WriterLock

        return WriterLock(self.path)

    def foreign_key_problems(self, conn: Connection) -> list[str]:
        return [f"{table} row {rowid}: link to a missing {parent} record"
                for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check"))]

    @staticmethod
    def fault(exc: BaseException) -> str | None:
        return files.database_fault(exc)

    # --- damage -------------------------------------------------------------------------------

    def integrity_problems(self, full: bool = False) -> list[str]:
        return copies.integrity_problems(self.path, quick=not full)

    def start_damage_check(self) -> Callable[[], str | None]:
        return copies.start_damage_check(self.path)

    # --- copies and backups -------------------------------------------------------------------

    def save_copy(self, target: Path) -> None:
        copies.backup_file(self.path, target)

    def backups(self) -> list[Backup]:
        return backups.list_backups(self.path)

    def backup(self, reason: str = "manual") -> Path:
        return backups.create(self.path, reason)

    def backup_first(self, reason: str, needed: bool = True) -> AbstractContextManager[Callable[[], Any]]:
        return backups.taken_first(self.path, reason, needed)

    def restore(self, backup: Path | None = None) -> Path:
        return backups.restore(self.path, backup)

    def remove_leftovers(self) -> None:
        backups.remove_leftovers(self.path)
