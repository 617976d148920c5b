"""Where a workspace is kept, behind one interface: an SQLite file today (``storage.sqlite``), a
PostgreSQL server next. Everything above storage asks its workspace's backend, never the database
itself, so all that is specific to one database lives in its backend's package.

A backend answers for one workspace location: the engine on it, what its schema is at, how its
text is searched, how it is checked for damage, backed up and restored, and how a writer is locked.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:
    from mouplanner.storage.journal import ChangeSet


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime
    reason: str  # before-migration, before-import, before-exchange, before-restore, manual


class TextSearch(ABC):
    """Substring search as the database can do it fast (Thai and Lao are written without spaces)."""

    keys_are_ids = False  # True where ``row_key`` is the table's id column itself (no small integer)

    @abstractmethod
    def clause(self, table: str, needle: str) -> Any | None:
        """A condition on ``table`` true for its rows whose searched text contains ``needle``, or
        None when no index can answer (the caller then compares the columns themselves)."""

    @abstractmethod
    def keys(self, conn: Connection, table: str, needle: str, memo: dict[str, Any] | None = None) -> set[Any] | None:
        """The row keys (see ``row_key``) of the same rows, from the index alone, or None. ``memo``:
        kept by the caller between the keystrokes of one search, for what the search may keep."""

    @abstractmethod
    def row_key(self, table: str) -> Any | None:
        """A column naming a row of ``table`` by a small integer every index holds (or by its id,
        where ``keys_are_ids``), or None."""

    @abstractmethod
    def searched_fields(self, table: str) -> frozenset[str]:
        """The columns of ``table`` its index is made of (a write of others needs no re-index)."""

    @abstractmethod
    def fold(self, text: str) -> str:
        """``text`` lowercased as the database's case-insensitive comparison does it, so that a match
        made in memory agrees with one made by a query."""

    @abstractmethod
    def begin_bulk(self, conn: Connection) -> bool:
        """Inside a transaction about to write many rows: stop indexing row by row (True if so)."""

    @abstractmethod
    def end_bulk(self, conn: Connection, table: str, ids: list[str]) -> None:
        """Index the rows the bulk write touched, in one pass; indexing row by row resumes."""


class PlainSearch(TextSearch):
    """Search without an index: the caller compares the columns (LIKE); for a backend that has none."""

    def clause(self, table: str, needle: str) -> Any | None:
        return None

    def keys(self, conn: Connection, table: str, needle: str, memo: dict[str, Any] | None = None) -> set[Any] | None:
        return None

    def row_key(self, table: str) -> Any | None:
        return None

    def searched_fields(self, table: str) -> frozenset[str]:
        return frozenset()

    def fold(self, text: str) -> str:
        return text.lower()

    def begin_bulk(self, conn: Connection) -> bool:
        return False

    def end_bulk(self, conn: Connection, table: str, ids: list[str]) -> None:
        return None


class Backend(ABC):
    """One workspace's location and everything specific to the database that keeps it."""

    search: TextSearch
    errors: tuple[type[BaseException], ...]  # what the driver raises
    keeps_backups = True  # False where backups are the server's (and a schema upgrade is all or nothing)
    on_server = False  # many people at once, each with their own rights

    def check_rights_now(self, conn: Connection) -> None:
        """Inside a transaction: check at once the rights checked at commit (a server's), so that a
        refused change fails here, in its savepoint, not the whole transaction at its end."""
        return None

    @property
    @abstractmethod
    def name(self) -> str:
        """The short name people know the workspace by (its file name, its database name)."""

    @property
    @abstractmethod
    def location(self) -> str:
        """Where it is, in full (a path, a URL without its password)."""

    @property
    def shared_storage(self) -> bool:
        """True where the database works in its safer, slower mode (a file on a network share)."""
        return False

    # --- opening ------------------------------------------------------------------------------

    @abstractmethod
    def exists(self) -> bool: ...

    @abstractmethod
    def create_refusal(self) -> str | None:
        """Why a new workspace cannot be made here: "exists", or the missing place that should hold
        it; None when it can."""

    @abstractmethod
    def refusal(self) -> str | None:
        """Why this location cannot hold a workspace at all ("folder", "not a database"), before
        anything is opened; None when it may."""

    @abstractmethod
    def make_engine(self, *, read_only: bool = False, foreign_keys: bool = True) -> Engine: ...

    @abstractmethod
    def table_names(self) -> set[str]: ...

    def before_upgrade(self, conn: Connection) -> None:  # noqa: B027 - most backends need nothing
        """In the upgrade's transaction, before the migrations: refuse one who may not upgrade."""

    def after_upgrade(self, conn: Connection) -> None:  # noqa: B027
        """In the upgrade's transaction, after the migrations (a server's rights for new tables)."""

    def refresh_statistics(self, engine: Engine, written: Mapping[str, int]) -> list[str]:
        """After a committed bulk write ({table: rows written}): the statistics the database plans
        queries from, gathered now where it would gather them later itself (a server). Returns the
        tables it gathered them for; never raises (what was written is written)."""
        return []

    def watch(self, deliver: Callable[[ChangeSet], None]) -> Callable[[], None] | None:
        """Start telling ``deliver`` what others commit (from a thread of its own), where others
        can write at once (a server); returns how to stop. None: nobody else writes (a file)."""
        return None

    def begin_write(self, conn: Connection) -> str | None:
        """At the start of a journalled write: what the backend needs so that writers are stamped in
        the order they commit; returns the newest stamp committed, if it knows it."""
        return None

    def signed_in_as(self, engine: Engine) -> str | None:
        """Who the database says is connected, where it knows (a server); None for a file."""
        return None

    @abstractmethod
    def schema_revision(self) -> str | None:
        """The schema revision recorded in the workspace, read without Alembic."""

    @abstractmethod
    def writer_lock(self) -> Any:
        """A lock (``acquire``/``release``) held by the one process that writes the workspace."""

    @abstractmethod
    def foreign_key_problems(self, conn: Connection) -> list[str]:
        """Rows whose links point nowhere (checked after a migration has rebuilt tables)."""

    @staticmethod
    @abstractmethod
    def fault(exc: BaseException) -> str | None:
        """What kind of trouble this backend's driver error means: "damaged", "read-only", "full", "again",
        "locked", "denied", "disconnected", or None when ``exc`` is not one of its errors."""

    # --- damage -------------------------------------------------------------------------------

    @abstractmethod
    def integrity_problems(self, full: bool = False) -> list[str]:
        """What the database's own checks and the check of the content find (``full``: also the
        slowest checks, for ``mouplanner check``)."""

    @abstractmethod
    def start_damage_check(self) -> Callable[[], str | None]:
        """The check every writer runs first, off the caller's thread; the function returned waits
        for its answer: one line saying what is damaged, or None when sound."""

    def damage(self) -> str | None:
        return self.start_damage_check()()

    # --- copies and backups -------------------------------------------------------------------

    @abstractmethod
    def save_copy(self, target: Path) -> None:
        """A consistent copy of the workspace as it is now (it keeps this replica's identity)."""

    @abstractmethod
    def backups(self) -> list[Backup]:
        """The backups kept of this workspace, newest first."""

    @abstractmethod
    def backup(self, reason: str = "manual") -> Path:
        """A backup now; raises ``BackupFailed`` (``WorkspaceDamaged`` for a damaged workspace)."""

    @abstractmethod
    def backup_first(self, reason: str, needed: bool = True) -> AbstractContextManager[Callable[[], Any]]:
        """A backup for work about to be done: taken on entry, while the work runs; the function
        given waits until it is safely written (call it before committing the work)."""

    @abstractmethod
    def restore(self, backup: Path | None = None) -> Path | None:
        """Put a backup (the newest good one when none is named) in place of the closed workspace;
        returns the backup kept of what was replaced (None where nothing was: a server's empty
        database)."""

    @abstractmethod
    def remove_leftovers(self) -> None:
        """What a restore killed half way left behind (called with the writer lock held)."""


def fault_of(exc: BaseException) -> str | None:
    """What kind of trouble an error met while using a workspace means, whichever backend raised it:
    "damaged", "read-only", "full", "again", "locked", or None when it is no database error (a bug)."""
    from mouplanner.domain.base import StoredValueError
    from mouplanner.storage.postgres.backend import PostgresBackend
    from mouplanner.storage.sqlite.backend import SqliteBackend

    if isinstance(exc, (StoredValueError, UnicodeDecodeError)):  # a value not of its column's type, or
        return "damaged"  # text whose bytes are not UTF-8 (the databases' own checks see neither)
    return next((found for kind in (SqliteBackend, PostgresBackend) if (found := kind.fault(exc))), None)


def backend_for(location: str | Path) -> Backend:
    """The backend for a workspace location: a postgresql:// URL is a database on a server, anything
    else the path of an SQLite file."""
    from mouplanner.storage.postgres.backend import PostgresBackend, is_url
    from mouplanner.storage.sqlite.backend import SqliteBackend

    return PostgresBackend(str(location)) if is_url(location) else SqliteBackend(Path(location))


__all__ = ["Backend", "Backup", "PlainSearch", "TextSearch", "backend_for", "fault_of"]
