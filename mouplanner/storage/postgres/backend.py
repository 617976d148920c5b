"""A workspace in a PostgreSQL database, many people at once on a server (issue 17, first step).

What this step gives: the workspace made in an empty database by the same Alembic migrations, and
opened, read and written through the same storage and services as a file (records, journal, lists,
searches in Thai and Lao, dashboard). PostgreSQL keeps its own integrity and many writers at once,
so there is no writer lock and no file check; backups are the server's (pg_dump, scheduled by the
ministry) and come with the server commands, as do rights, reconnecting and live refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.paths import is_server_url
from mouplanner.storage.backend import Backend, Backup
from mouplanner.storage.errors import ServerUnavailable, WorkspaceError
from mouplanner.storage.journal import ChangeSet
from mouplanner.storage.postgres import sorting as _sorting  # noqa: F401 (how a server compiles a stored sort key)
from mouplanner.storage.postgres.search import PostgresSearch


def is_url(location: str | Path) -> bool:
    return is_server_url(location)


def without_password(url: URL) -> URL:
    """``url`` with no password (``URL.set(password=None)`` leaves it as it was)."""
    return url._replace(password=None)


def readable(url: URL) -> str:
    """``url`` as text, its query (a socket's folder: ``host=/run/postgresql``) unencoded; what comes
    before the query stays encoded, so that a user or password with "@" or "/" parses back."""
    from urllib.parse import unquote

    base, _, params = url.render_as_string(hide_password=False).partition("?")
    return f"{base}?{unquote(params)}" if params else base


class _NoLock:
    """PostgreSQL lets many write at once, each use case in its own transaction."""

    def acquire(self) -> None: ...

    def release(self) -> None: ...

log = logging.getLogger(__name__)


class PostgresBackend(Backend):
    """(The driver, psycopg, loads with the first server workspace: opening a file never needs it.)"""

    keeps_backups = False  # the server's (pg_dump); and PostgreSQL's DDL is transactional
    on_server = True

    def __init__(self, url: str):
        parsed = make_url(url)
        self.url: URL = parsed.set(drivername="postgresql+psycopg")
        self.own_pids: set[int] = set()  # the server processes of this workspace's own connections
        self.search = PostgresSearch()

    @property
    def errors(self) -> tuple[type[BaseException], ...]:  # type: ignore[override]
        import psycopg

        return (psycopg.Error,)

    @property
    def name(self) -> str:
        return self.url.database or "?"

    @property
    def location(self) -> str:
        return readable(without_password(self.url.set(drivername="postgresql")))

    # --- opening ------------------------------------------------------------------------------

    def _engine(self, **options: Any) -> Engine:
        return create_engine(self.url, pool_pre_ping=True, **options)

    def exists(self) -> bool:
        try:
            return "workspace_meta" in self.table_names()
        except OperationalError as exc:
            reason = str(exc.orig or exc).strip().splitlines()
            said = " ".join(line.split("FATAL:")[-1].strip() for line in reason if line.strip())
            if f'database "{self.url.database}" does not exist' in said:
                return False
            raise ServerUnavailable(self.location, said) from None

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

        @event.listens_for(engine, "connect")
        def _mine(dbapi_conn: Any, _record: Any) -> None:
            self.own_pids.add(dbapi_conn.info.backend_pid)

        @event.listens_for(engine, "close")
        def _gone(dbapi_conn: Any, _record: Any) -> None:
            self.own_pids.discard(dbapi_conn.info.backend_pid)  # (the server may give its number to another)

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

    def before_upgrade(self, conn: Connection) -> None:
        from mouplanner.storage.postgres import rights

        admin = rights.admin_role(conn)
        if admin is None:
            return  # a new workspace (or one made before rights): its maker sets them up
        if not conn.scalar(text("SELECT pg_has_role(current_user, :r, 'MEMBER')"), {"r": admin}):
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "Errors", "{name} was made by an older version of mouplanner and only its administrator can bring it "
                          "up to date (mouplanner server upgrade)"), name=self.name)
        conn.execute(text(f"SET LOCAL ROLE {rights.q(admin)}"))  # what the migrations make, the admins own

    def after_upgrade(self, conn: Connection) -> None:
        from mouplanner.storage.postgres import live, rights, statistics

        if rights.admin_role(conn) is None:
            rights.make_roles(conn)
        live.install(conn)
        statistics.install(conn)
        rights.apply(conn)  # (last: the admins own every table and function made before it)

    def refresh_rights(self) -> None:
        """Grants, policies and triggers made again for the schema as it is (``server upgrade``)."""
        engine = self._engine()
        try:
            with engine.begin() as conn:
                self.before_upgrade(conn)  # (only an admin; as the admins' group)
                self.after_upgrade(conn)
        finally:
            engine.dispose()

    def refresh_statistics(self, engine: Engine, written: Mapping[str, int]) -> list[str]:
        from mouplanner.storage.postgres import statistics

        try:
            return statistics.gather(engine, written)
        except SQLAlchemyError as exc:  # (what was written is committed: never an error for it)
            log.warning("statistics not gathered after a bulk write: %s", exc)
            return []

    def check_rights_now(self, conn: Connection) -> None:
        from mouplanner.storage.postgres import rights

        rights.check_now(conn)

    def searches_by_letters(self) -> bool:
        """False where the database's character type (C) knows no Thai or Lao letter: the search
        index then reads every activity (``server init`` warns)."""
        from mouplanner.storage.postgres.search import letters_known

        engine = self._engine()
        try:
            with engine.connect() as conn:
                return letters_known(conn)
        finally:
            engine.dispose()

    def watch(self, deliver: Callable[[ChangeSet], None]) -> Callable[[], None] | None:
        from mouplanner.storage.postgres.live import Listener

        return Listener(self.url, self.own_pids, deliver).stop

    def begin_write(self, conn: Connection) -> str | None:
        """One writer at a time takes the workspace's clock (the row keeping it, locked until commit):
        every client of the server writes as the same replica, so its changes are stamped in the
        order they commit, as a laptop's are (an exchange relies on it)."""
        conn.execute(text("INSERT INTO workspace_meta (key, value) VALUES ('hlc', '') ON CONFLICT (key) DO NOTHING"))
        return conn.scalar(text("SELECT value FROM workspace_meta WHERE key = 'hlc' FOR UPDATE")) or None

    def signed_in_as(self, engine: Engine) -> str | None:
        with engine.connect() as conn:
            return str(conn.scalar(text("SELECT current_user")))

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
        if isinstance(found, (psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected)):
            return "again"
        if isinstance(found, psycopg.errors.InsufficientPrivilege):
            return "denied"
        if isinstance(found, psycopg.errors.DiskFull):
            return "full"
        if isinstance(found, (psycopg.errors.DataCorrupted, psycopg.errors.IndexCorrupted)):
            return "damaged"
        if isinstance(found, psycopg.OperationalError):  # the server stopped, the network dropped
            return "disconnected"
        return None

    # --- damage: the server's own ---------------------------------------------------------------

    def integrity_problems(self, full: bool = False) -> list[str]:
        return []

    def start_damage_check(self) -> Callable[[], str | None]:
        return lambda: None

    # --- copies and backups: pg_dump and pg_restore ------------------------------------------------

    def save_copy(self, target: Path) -> None:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "Errors", "a workspace on a server is copied by its server's backup (pg_dump), not saved as a file"))

    def backups(self) -> list[Backup]:
        from mouplanner.storage.postgres import dumps

        return dumps.listed(self.url)

    def backup(self, reason: str = "manual", target: Path | None = None) -> Path:
        from mouplanner.storage.postgres import dumps

        return dumps.dump(self.url, target or dumps.name_for(self.url, reason))

    def backup_first(self, reason: str, needed: bool = True) -> AbstractContextManager[Callable[[], Any]]:
        @contextmanager
        def nothing() -> Iterator[Callable[[], Any]]:
            yield lambda: None  # one transaction: what fails is rolled back; the server keeps the backups

        return nothing()

    def restore(self, backup: Path | None = None) -> Path | None:
        """A dump (the newest kept when none is named) into this empty database; nothing is replaced."""
        from mouplanner.storage.postgres import dumps

        if self.create_refusal() == "exists":
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "Errors", "{name} already holds a workspace; restore into a new, empty database (createdb)"),
                name=self.name)
        if backup is None:
            kept = dumps.listed(self.url)
            if not kept:
                raise WorkspaceError(QT_TRANSLATE_NOOP("Errors", "no backup of {name} is kept here; name the file"),
                                     name=self.name)
            backup = kept[0].path
        dumps.load(self.url, backup)
        engine = self._engine()
        try:
            with engine.begin() as conn:  # the groups and grants of this database, whatever its name was
                self.after_upgrade(conn)
            with engine.connect() as conn:  # statistics now, not when autovacuum comes: freshly loaded, the
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")  # planner
        finally:  # has none, and the activities' list took 3 s to open at 100,000 rows instead of 0.1 s
            engine.dispose()
        return None

    def remove_leftovers(self) -> None:
        return None


__all__ = ["PostgresBackend", "is_url", "readable", "without_password"]
