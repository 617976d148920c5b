"""A workspace in a PostgreSQL database, many people at once on a server (issue 17, first step).

What this step gives: the workspace made in an empty database by the same Alembic migrations, and
opened, read and written through the same storage and services as a file (records, journal, lists,
searches in Thai and Lao, dashboard). PostgreSQL keeps its own integrity and many writers at once,
so there is no writer lock and no file check; backups are the server's (pg_dump, scheduled by the
ministry) and come with the server commands, as do rights, reconnecting and live refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage.backend import Backend, Backup, PlainSearch
from mouplanner.storage.errors import BackupFailed, WorkspaceError

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(SCHEMES)


class _NoLock:
    """PostgreSQL lets many write at once, each use case in its own transaction."""

    def acquire(self) -> None: ...

    def release(self) -> None: ...


class PostgresBackend(Backend):
    """(The driver, psycopg, loads with the first server workspace: opening a file never needs it.)"""

    def __init__(self, url: str):
        parsed = make_url(url)
        self.url: URL = parsed.set(drivername="postgresql+psycopg")
        self.search = PlainSearch()  # ILIKE finds Thai and Lao substrings (a trigram index comes next)

    @property
    def errors(self) -> tuple[type[BaseException], ...]:  # type: ignore[override]
        import psycopg

        return (psycopg.Error,)

    @property
    def name(self) -> str:
        return self.url.database or "?"

    @property
    def location(self) -> str:
        return self.url.render_as_string(hide_password=True)

    # --- opening ------------------------------------------------------------------------------

    def _engine(self, **options: Any) -> Engine:
        return create_engine(self.url, pool_pre_ping=True, **options)

    def exists(self) -> bool:
        try:
            return "workspace_meta" in self.table_names()
        except OperationalError:
            return False

    def create_refusal(self) -> str | None:
        try:
            names = self.table_names()
        except OperationalError:
            return self.location  # no server or no database there
        return "exists" if "workspace_meta" in names else None

    def refusal(self) -> str | None:
        return None

    def make_engine(self, *, read_only: bool = False, foreign_keys: bool = True) -> Engine:
        engine = self._engine()
        if read_only:
            @event.listens_for(engine, "connect")
            def _read_only(dbapi_conn: Any, _record: Any) -> None:
                with dbapi_conn.cursor() as cur:
                    cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                dbapi_conn.commit()
        return engine

    def table_names(self) -> set[str]:
        engine = self._engine()
        try:
            return set(inspect(engine).get_table_names())
        finally:
            engine.dispose()

    def schema_revision(self) -> str | None:
        engine = self._engine()
        try:
            with engine.connect() as conn:
                if "alembic_version" not in inspect(conn).get_table_names():
                    return None
                return conn.scalar(text("SELECT version_num FROM alembic_version"))
        finally:
            engine.dispose()

    def writer_lock(self) -> Any:
        return _NoLock()

    def foreign_key_problems(self, conn: Connection) -> list[str]:
        return []  # PostgreSQL checks every link as it is written

    @staticmethod
    def fault(exc: BaseException) -> str | None:
        found = exc.orig if isinstance(exc, DBAPIError) else exc
        if not type(found).__module__.startswith("psycopg"):
            return None
        import psycopg

        if isinstance(found, psycopg.errors.ReadOnlySqlTransaction):
            return "read-only"
        if isinstance(found, psycopg.errors.DiskFull):
            return "full"
        if isinstance(found, (psycopg.errors.DataCorrupted, psycopg.errors.IndexCorrupted)):
            return "damaged"
        return None

    # --- damage: the server's own ---------------------------------------------------------------

    def integrity_problems(self, full: bool = False) -> list[str]:
        return []

    def start_damage_check(self) -> Callable[[], str | None]:
        return lambda: None

    # --- copies and backups: the server's (pg_dump), with the server commands ---------------------

    def save_copy(self, target: Path) -> None:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "Errors", "a workspace on a server is copied by its server's backup (pg_dump), not saved as a file"))

    def backups(self) -> list[Backup]:
        return []

    def backup(self, reason: str = "manual") -> Path:
        raise BackupFailed(RuntimeError("a workspace on a server is backed up by its server (pg_dump)"))

    def backup_first(self, reason: str, needed: bool = True) -> AbstractContextManager[Callable[[], Any]]:
        @contextmanager
        def nothing() -> Iterator[Callable[[], Any]]:
            yield lambda: None  # one transaction: what fails is rolled back; the server keeps the backups

        return nothing()

    def restore(self, backup: Path | None = None) -> Path:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "Errors", "a workspace on a server is restored by its server's administrator (pg_restore)"))

    def remove_leftovers(self) -> None:
        return None


__all__ = ["PostgresBackend", "is_url"]
