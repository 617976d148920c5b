"""A workspace: one family of agreements, kept where its backend keeps it (a ``.mouplan`` SQLite
file on a laptop; a PostgreSQL database on a server next).

``Workspace.create`` and ``Workspace.open`` give an open workspace; every use case runs in
``transaction()`` (one database transaction, journalled), reads run in ``read()``.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from mouplanner.domain import Change, Meta
from mouplanner.domain.base import StoredValueError
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage import journal
from mouplanner.storage.backend import Backend, backend_for
from mouplanner.storage.errors import (
    CorruptWorkspace,
    NewerWorkspace,
    NotAWorkspace,
    ReadOnlyWorkspace,
    WorkspaceError,
    WorkspaceExists,
    WorkspaceNotFound,
    from_database_error,
)
from mouplanner.storage.hlc import HybridClock, is_stamp
from mouplanner.storage.lock import user_name

APP_MARKER = "mouplanner"
SCHEMA_HEAD = "0019"  # the newest migration; a test checks it against Alembic's head


def default_actor() -> str:
    return user_name() or "unknown"


# What reading or writing a workspace raises for the file's state rather than for a bug: the driver's
# errors, a value not of its column's type, text whose bytes are not UTF-8.
UNREADABLE = (DatabaseError, StoredValueError, UnicodeDecodeError)


class Workspace:
    """An open workspace. Shared by the UI thread and the app's worker threads: every use case takes
    its own session and a connection of its own from the engine's pool, for as long as it runs; the
    clock is locked; commit listeners are called in the writing thread."""

    def __init__(self, backend: Backend, *, actor: str | None = None, read_only: bool = False,
                 lock: Any = None):
        self.backend = backend
        self._listeners: list[Callable[[journal.ChangeSet], None]] = []
        self._stop_watching: Callable[[], None] | None = None
        self._watched = False
        self.name = backend.name  # what people call it (the file's name)
        self.location = backend.location
        self._lock = lock
        self.read_only = read_only
        self.network_share = backend.shared_storage
        self.engine = backend.make_engine(read_only=read_only)
        # on a server, who is connected (the server writes it into the journal whatever is said here)
        self.actor = backend.signed_in_as(self.engine) or actor or default_actor()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        journal.install()
        meta = self.meta()
        if meta.get("app") != APP_MARKER:
            self.close()
            raise NotAWorkspace(QT_TRANSLATE_NOOP("Errors", "{name} is a database but not a mouplanner workspace"),
                                name=self.name)
        try:
            self.workspace_id = meta["workspace_id"]
            self.replica_id = meta["replica_id"]
            self.replica_name = meta.get("replica_name", "")
            last = self._last_hlc(meta.get("hlc", ""))
            if last and not is_stamp(last):
                raise ValueError(f"clock {last[:40]!r}")
            self.clock = HybridClock(self.replica_id, last)
        except (KeyError, ValueError) as exc:  # details a program other than mouplanner removed or changed
            self.close()
            raise CorruptWorkspace(QT_TRANSLATE_NOOP(
                "Errors", "{name} cannot be used: its workspace details are missing or damaged ({reason}); restore "
                          "its latest backup with mouplanner restore"), name=self.name, reason=str(exc)) from None

    # --- opening and creating ----------------------------------------------------------------

    @classmethod
    def create(cls, location: Path | str, *, replica_name: str | None = None,
               actor: str | None = None) -> Workspace:
        backend = backend_for(location)
        refused = backend.create_refusal()
        if refused == "exists":
            raise WorkspaceExists(QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose another name"),
                                  path=backend.location)
        if refused is not None:
            raise WorkspaceNotFound(QT_TRANSLATE_NOOP("Errors", "the folder {path} does not exist"), path=refused)
        from mouplanner.storage import migrate

        migrate.upgrade(backend, backup=False)
        engine = backend.make_engine()
        try:
            with Session(engine) as s, s.begin():
                now = datetime.now(UTC).isoformat()
                s.add_all([
                    Meta(key="app", value=APP_MARKER),
                    Meta(key="workspace_id", value=str(uuid.uuid4())),
                    Meta(key="replica_id", value=str(uuid.uuid4())),
                    Meta(key="replica_name", value=replica_name or socket.gethostname()),
                    Meta(key="created_at", value=now),
                ])
        finally:
            engine.dispose()
        return cls.open(location, actor=actor)

    @classmethod
    def open(cls, location: Path | str, *, actor: str | None = None,
             read_only: bool = False) -> Workspace:
        """Open an existing workspace, upgrading its schema (after a backup) when needed."""
        backend = backend_for(location)
        name = backend.name
        if not backend.exists():
            raise WorkspaceNotFound(QT_TRANSLATE_NOOP("Errors", "{path} does not exist"), path=backend.location)
        refused = backend.refusal()
        if refused == "folder":
            raise NotAWorkspace(QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a workspace file"),
                                path=backend.location)
        if refused is not None:
            raise NotAWorkspace(QT_TRANSLATE_NOOP("Errors", "{name} is not a mouplanner workspace (not an SQLite "
                                                  "database)"), name=name)
        lock = None if read_only else backend.writer_lock()
        try:
            if "workspace_meta" not in backend.table_names():
                raise NotAWorkspace(QT_TRANSLATE_NOOP("Errors", "{name} is a database but not a mouplanner workspace"),
                                    name=name)
            if lock is not None:
                lock.acquire()
                backend.remove_leftovers()
            revision = backend.schema_revision()
            if revision is None or not revision.isdigit():  # the same words from every command and the app
                raise NotAWorkspace(QT_TRANSLATE_NOOP(
                    "Errors", "{name} carries no schema version mouplanner knows ({schema}); it was changed by "
                              "another program"), name=name, schema=revision or "none")
            if revision > SCHEMA_HEAD:
                raise NewerWorkspace(QT_TRANSLATE_NOOP(
                    "Errors", "{name} was saved by a newer version of mouplanner (schema {schema}); update mouplanner "
                              "to open it"), name=name, schema=revision)
            if read_only and revision != SCHEMA_HEAD:  # read-only cannot bring it up to date
                raise WorkspaceError(QT_TRANSLATE_NOOP(
                    "Errors", "{name} was saved by an older version of mouplanner; open it for editing once to bring "
                              "it up to date"), name=name)
            if not read_only and revision != SCHEMA_HEAD:  # Alembic loads only when needed
                from mouplanner.storage import migrate

                migrate.upgrade(backend)
            return cls(backend, actor=actor, read_only=read_only, lock=lock)
        except WorkspaceError:
            if lock is not None:
                lock.release()
            raise
        except (*backend.errors, DatabaseError) as exc:  # type: ignore[misc]  # (a tuple built at run time)
            if lock is not None:
                lock.release()
            # a read-only medium or a full disk is said as such, not called damaged
            raise from_database_error(exc, name) or CorruptWorkspace(  # (never None: a database error)
                QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: it is damaged ({reason})"),
                name=name, reason=exc.args[0]) from None

    def close(self) -> None:
        if self._stop_watching is not None:
            self._stop_watching()
            self._stop_watching = None
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- sessions -----------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything written in it is refused (a flush with changes, or an
        INSERT, UPDATE or DELETE through it, raises)."""
        with self._sessions() as session, self.plainly():
            session.info["reading"] = True
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain (Core) connection for reading many rows fast: no ORM objects are built."""
        with self.plainly(), self.engine.connect() as conn:  # (connecting may fail too: a server)
            yield conn

    @staticmethod
    def raw_rows(conn: Connection, stmt: Any) -> list[tuple[Any, ...]]:
        """Every row as the driver gives it, fetched in one go. No per-row result processing, so
        only for columns the driver already returns as Python values (ids, text, numbers): at
        100,000 rows this takes less than half the time of iterating the result."""
        result = conn.execute(stmt)
        try:
            return list(result.cursor.fetchall())
        finally:
            result.close()

    @staticmethod
    def first_column(conn: Connection, stmt: Any) -> list[Any]:
        return [row[0] for row in Workspace.raw_rows(conn, stmt)]

    @contextmanager
    def transaction(self, action: str = "") -> Iterator[Session]:
        """One use case: one transaction, journalled; all or nothing."""
        self._writable()
        ctx = journal.JournalContext(actor=self.actor, replica_id=self.replica_id,
                                     replica_name=self.replica_name, clock=self.clock,
                                     action=action, now=datetime.now(UTC))
        with self._sessions() as session, self.plainly():
            session.info["journal"] = ctx
            with session.begin():
                newest = self.backend.begin_write(session.connection())
                if newest and is_stamp(newest):
                    self.clock.observe(newest)  # another client of the server wrote since
                yield session
                session.flush()
                if ctx.changes:
                    session.merge(Meta(key="hlc", value=self.clock.last))
        self._committed(ctx.change_set())

    @contextmanager
    def unjournalled(self, kinds: tuple[str, ...], action: str = "") -> Iterator[Session]:
        """A write kept out of the change journal (this laptop's own bookkeeping: baselines, the
        laptops it exchanged with, conflicts found): one transaction; those watching are told
        that ``kinds`` changed."""
        self._writable()
        with self._sessions() as session, self.plainly(), session.begin():
            yield session
        self._committed(journal.ChangeSet({kind: journal.ChangeSet.ALL for kind in kinds}, action=action))

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyWorkspace(QT_TRANSLATE_NOOP("Errors", "{name} is open read-only"), name=self.name)

    @contextmanager
    def plainly(self) -> Iterator[None]:
        """What the workspace's state raises (a full disk, a read-only medium, a damaged page or
        value) as the workspace error it means; anything else (a bug) as it is."""
        try:
            yield
        except UNREADABLE as exc:
            known = from_database_error(exc, self.name)
            if known is None:
                raise
            raise known from exc

    def on_commit(self, listener: Callable[[journal.ChangeSet], None]) -> None:
        """Call ``listener`` with what every later committed write changed (from the writing thread),
        and, on a server, what others commit (from a listening thread)."""
        self._listeners.append(listener)
        if self._stop_watching is None and not self._watched:
            self._watched = True
            self._stop_watching = self.backend.watch(self._committed)

    def _committed(self, changes: journal.ChangeSet) -> None:
        if changes.records:
            for listener in list(self._listeners):
                listener(changes)

    def refresh_statistics(self, written: Mapping[str, int]) -> list[str]:
        """After a committed bulk write ({table: rows}): see ``Backend.refresh_statistics``."""
        return self.backend.refresh_statistics(self.engine, written)

    def save_copy(self, target: Path | str) -> None:
        """A consistent copy of this workspace under another name (it keeps this replica's identity;
        use exchange to make a copy for another laptop)."""
        target = Path(target)
        if target.resolve() == Path(self.location).resolve():
            raise WorkspaceExists(QT_TRANSLATE_NOOP("Errors", "{name} is the workspace itself; choose another name"),
                                  name=target.name)
        self.backend.save_copy(target)

    # --- workspace facts ----------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        try:
            with self._sessions() as s:
                return {m.key: m.value for m in s.scalars(select(Meta))}
        except DatabaseError as exc:
            raise CorruptWorkspace(QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: it is damaged ({reason})"),
                                   name=self.name, reason=exc.args[0]) from None

    def _last_hlc(self, stored: str) -> str:
        with self._sessions() as s:
            newest = s.scalar(select(func.max(Change.hlc)))
        return max(stored, newest or "")
