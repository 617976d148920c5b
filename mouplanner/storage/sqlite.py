"""The one seam for SQLite-only behaviour: PRAGMAs, journal mode, file checks, backups.

Everything else in mouplanner speaks portable SQLAlchemy, so a ministry can later move to a
shared PostgreSQL server by replacing what is here.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "9p", "fuse.sshfs", "sshfs",
    "davfs", "fuse.davfs2", "ncpfs", "glusterfs", "fuse.glusterfs", "ceph", "fuse.rclone",
})


def looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return head == SQLITE_MAGIC or head == b""


def filesystem_type(path: Path) -> str:
    """The filesystem type holding ``path`` ("ext4", "nfs", "cifs"...), "" when unknown."""
    target = os.path.realpath(path if path.exists() else path.parent)
    if os.name == "nt":
        return "network" if target.startswith("\\\\") else ""
    best, fstype = "", ""
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) < 3:
                    continue
                mount = parts[1].replace("\\040", " ")
                if (target == mount or target.startswith(mount.rstrip("/") + "/")) and len(mount) > len(best):
                    best, fstype = mount, parts[2]
    except OSError:
        return ""
    return fstype


def is_network_share(path: Path) -> bool:
    fstype = filesystem_type(path)
    return fstype == "network" or fstype in NETWORK_FILESYSTEMS


def file_uri(path: Path, read_only: bool = False) -> str:
    return "file:" + quote(str(path.resolve()).replace(os.sep, "/")) + ("?mode=ro" if read_only else "")


def make_engine(path: Path, *, wal: bool = True, foreign_keys: bool = True,
                read_only: bool = False) -> Engine:
    """An engine on one workspace file, with the connection settings the app relies on.

    pysqlite does not wrap DDL in a transaction and opens transactions lazily; we take the
    transaction handling over (documented SQLAlchemy recipe) so that migrations and every
    use case are truly atomic.
    """
    uri = file_uri(path, read_only)
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False,
                                        timeout=BUSY_TIMEOUT_MS / 1000),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        if not read_only:
            cur.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA synchronous=NORMAL" if wal else "PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def table_names(path: Path) -> set[str]:
    """Names of the tables in an SQLite file, read without the ORM (raises sqlite3.DatabaseError)."""
    con = sqlite3.connect(file_uri(path, True), uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def schema_revision(path: Path) -> str | None:
    """The Alembic revision a file is at, read without loading Alembic."""
    con = sqlite3.connect(file_uri(path, True), uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError:
        return None
    finally:
        con.close()


def backup_file(source: Path, target: Path) -> None:
    """A consistent copy of a live workspace, written to a temp file (flushed to disk) then renamed."""
    start_backup(source, target)()


def start_backup(source: Path, target: Path) -> Callable[[], None]:
    """Start a backup of the workspace as it is now; the function returned waits until the copy is
    on disk under its name (raising what went wrong). The copy and its flush run in a thread, so the
    caller can do its work meanwhile and call it before committing: in WAL mode the copy reads a
    snapshot taken here, which nothing committed later can change."""
    tmp = target.with_name(target.name + ".part")
    try:
        held, wal = _hold_still(source)
    except sqlite3.Error:
        held, wal = None, False
    if held is None:  # the file cannot be held still (a reader needs the log, a read-only file)
        _remove(tmp)
        try:
            _online_backup(source, tmp)
            copied = sqlite3.connect(tmp)
            try:
                _sound(copied)
            finally:
                copied.close()
            os.replace(tmp, target)
        except BaseException:
            _remove(tmp)
            raise
        return _nothing
    failed: list[BaseException] = []

    def copy() -> None:
        try:
            shutil.copyfile(source, tmp)
        except OSError:  # (e.g. Windows refuses to read the bytes SQLite locks in files over 1 GiB)
            _remove(tmp)
            _online_backup(source, tmp)  # from another connection: it sees what was committed, too
        finally:
            held.close()  # ends the read transaction (or the write lock)

    def flush() -> None:
        checked: list[BaseException] = []
        checker = None
        try:
            if wal:  # the source is checked while it is copied (a snapshot of it: the merge may write meanwhile)
                checker = threading.Thread(target=_check, args=(source, checked), name="backup-check")
                checker.start()
                copy()
            copied = sqlite3.connect(tmp, isolation_level=None)
            try:
                copied.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                copied.close()
            synced: list[BaseException] = []
            syncer = threading.Thread(target=_fsync, args=(tmp, synced), name="backup-fsync")
            syncer.start()  # the disk writes the copy out while its quick check reads it from memory
            try:
                if checker is None:
                    _check(tmp, checked)
            finally:
                syncer.join()
                if checker is not None:
                    checker.join()
            for error in (*checked, *synced):
                raise error
            os.replace(tmp, target)
        except BaseException as exc:  # handed to the caller by finish(), whatever the clean-up meets
            failed.append(exc)
            _remove(tmp)
            if checker is not None:
                checker.join()

    if not wal:
        copy()  # with the rollback journal a reader would block the caller's commit: copy first
    worker = threading.Thread(target=flush, name="backup")
    worker.start()

    def finish() -> None:
        worker.join()
        if failed:
            raise failed[0]

    return finish


def _nothing() -> None:
    return None


def _check(path: Path, failed: list[BaseException]) -> None:
    """SQLite's quick check of a workspace or of its copy, from a connection of its own."""
    try:
        con = sqlite3.connect(file_uri(path, True), uri=True, check_same_thread=False)
        try:
            _sound(con)
        finally:
            con.close()
    except BaseException as exc:  # raised by the backup thread
        failed.append(exc)


def _fsync(path: Path, failed: list[BaseException]) -> None:
    try:
        with open(path, "r+b") as f:
            os.fsync(f.fileno())
    except BaseException as exc:  # raised by the backup thread once the check is done
        failed.append(exc)


class DamagedCopy(sqlite3.DatabaseError):
    """The copy of a workspace fails SQLite's integrity check: the workspace itself is damaged (the
    copy is its bytes), and no backup or copy may be made of it."""

    workspace = "the workspace"


def damage(path: Path) -> str | None:
    """What SQLite's quick check and the check of the content find wrong with a workspace file (one
    line), or None when sound."""
    return start_damage_check(path)()


def start_damage_check(path: Path) -> Callable[[], str | None]:
    """The same check in a thread of its own, while the caller does its work (a send builds its file
    meanwhile); the function returned waits for the answer."""
    found: list[BaseException] = []
    checker = threading.Thread(target=_check, args=(path, found), name="damage-check")
    checker.start()

    def answer() -> str | None:
        checker.join()
        if found and not isinstance(found[0], DamagedCopy):
            raise found[0]  # not damage: the file could not be opened at all
        return str(found[0]) if found else None

    return answer


def _sound(copied: sqlite3.Connection) -> None:
    """SQLite's quick check of a finished copy (0.6 s for 800 MB, in the backup's own thread, while
    the work it guards runs), and beside it, from a connection of its own, the check of what the
    quick check cannot see (dropped tables, values not of their type; 1 s for 800 MB): a damaged
    workspace never becomes a backup, or a copy for a laptop."""
    from mouplanner.storage.sqlite_values import content_problems

    where = copied.execute("PRAGMA database_list").fetchone()[2] or ""
    content: list[str] = []

    def check_content() -> None:
        try:
            con = sqlite3.connect(file_uri(Path(where), True), uri=True, check_same_thread=False)
            try:
                content.extend(content_problems(con))
            finally:
                con.close()
        except Exception as exc:  # noqa: BLE001 - what cannot be checked is not called sound
            content.append(f"its content cannot be read ({exc})")

    beside = threading.Thread(target=check_content, name="backup-content-check")
    beside.start()
    try:
        found = [r[0] for r in copied.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:
        found = [str(exc)]
    finally:
        beside.join()
    if found == ["ok"] and content:
        found = content
    if found != ["ok"]:
        error = DamagedCopy("; ".join(" ".join(line.replace("*** in database main ***", "").split()) for line in found))
        error.workspace = Path(where).name.removesuffix(".part")
        raise error


def _remove(path: Path) -> None:
    """Remove a half copy (and the journal SQLite may have made beside it) if the system lets us; a
    read-only folder must not hide the real failure."""
    for leftover in (path, *(Path(str(path) + suffix) for suffix in ("-journal", "-wal", "-shm"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def _hold_still(source: Path) -> tuple[sqlite3.Connection | None, bool]:
    """A connection under which the file's bytes are the whole committed workspace and stay so
    until it is closed: in WAL mode the log is first emptied into the file and a read transaction
    then keeps anything later from being written back into it (writers only append to the log);
    with the rollback journal, the write lock. Also whether it is WAL. None when that cannot be had."""
    con = sqlite3.connect(file_uri(source), uri=True, isolation_level=None, timeout=0.5, check_same_thread=False)
    try:
        if con.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            con.execute("BEGIN IMMEDIATE")
            return con, False
        if con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
            con.close()
            return None, True  # a reader still needs the log
        con.execute("BEGIN")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read transaction starts here
        log = Path(str(source) + "-wal")
        if log.exists() and log.stat().st_size:  # a writer came in between: its pages are not in the file
            con.close()
            return None, True
        return con, True
    except BaseException:
        con.close()
        raise


def _online_backup(source: Path, tmp: Path) -> None:
    src = sqlite3.connect(file_uri(source, True), uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


# --- substring search (FTS5 trigram) -----------------------------------------------------------
# Thai and Lao are written without spaces between words, so search is by substring. A trigram
# FTS5 index over the activities' titles and place finds substrings of 3+ characters fast; the
# index row shares the activity's rowid (kept by backups; rebuilt by ``rebuild_search_index``).

SEARCH_TABLE = "activity_search"
SEARCH_BODY = "coalesce({p}.title_en,'')||char(10)||coalesce({p}.title_th,'')||char(10)||" \
        "coalesce({p}.title_lo,'')||char(10)||coalesce({p}.place,'')"
MIN_INDEXED_QUERY = 3
SEARCHED_FIELDS = frozenset({"title_en", "title_th", "title_lo", "place"})  # what SEARCH_BODY is made of


def is_search_table(name: str) -> bool:
    """Tables the ORM does not manage (the FTS index and its shadow tables)."""
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


def create_search_index(conn: Any) -> None:
    """Create the index and its triggers, and fill it (a migration step; SQLite only)."""
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(body, tokenize='trigram')")
    _create_triggers(conn)
    rebuild_search_index(conn)


def _create_triggers(conn: Any, when: str = "") -> None:
    for statement in (
        f"CREATE TRIGGER {SEARCH_TABLE}_ai AFTER INSERT ON activity {when} BEGIN "
        f"INSERT INTO {SEARCH_TABLE}(rowid, body) VALUES (new.rowid, {SEARCH_BODY.format(p='new')}); END",
        f"CREATE TRIGGER {SEARCH_TABLE}_ad AFTER DELETE ON activity BEGIN "
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid = old.rowid; END",
        f"CREATE TRIGGER {SEARCH_TABLE}_au AFTER UPDATE OF title_en, title_th, title_lo, place ON activity {when} "
        f"BEGIN UPDATE {SEARCH_TABLE} SET body = {SEARCH_BODY.format(p='new')} WHERE rowid = new.rowid; END",
    ):
        conn.exec_driver_sql(statement)


def _drop_triggers(conn: Any) -> None:
    for trigger in ("ai", "ad", "au"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {SEARCH_TABLE}_{trigger}")


# Bulk writes (receiving thousands of changes) would refresh the index row by row from the
# triggers, about three times slower than one pass at the end. Since migration 0007 the insert and
# update triggers stand aside while their transaction holds a row in this table (no other
# connection ever sees it), and ``end_bulk_search`` re-indexes the rows the batch touched.
SEARCH_BULK = f"{SEARCH_TABLE}_bulk"


def create_bulk_search_switch(conn: Any) -> None:
    """Migration 0007: the switch table and the triggers that respect it."""
    conn.exec_driver_sql(f"CREATE TABLE {SEARCH_BULK} (flag INTEGER)")
    _drop_triggers(conn)
    _create_triggers(conn, f"WHEN NOT EXISTS (SELECT 1 FROM {SEARCH_BULK})")


def drop_bulk_search_switch(conn: Any) -> None:
    _drop_triggers(conn)
    _create_triggers(conn)
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_BULK}")


def begin_bulk_search(conn: Any) -> bool:
    """Inside a transaction: the search triggers stand aside until ``end_bulk_search``."""
    if conn.dialect.name != "sqlite":
        return False
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_BULK} (flag) VALUES (1)")
    return True


def end_bulk_search(conn: Any, activity_ids: list[str]) -> None:
    """Index the activities the batch inserted or changed, in one pass; the triggers resume.
    FTS5 writes its pending terms out whenever a rowid is not above the previous one, so the rows
    go in rowid order (in the order of their uuids, every row was a tiny segment: 3x slower)."""
    rowids: list[int] = []
    for start in range(0, len(activity_ids), 5000):
        chunk = activity_ids[start:start + 5000]
        result = conn.exec_driver_sql(f"SELECT rowid FROM activity WHERE id IN ({','.join('?' * len(chunk))})",
                                      tuple(chunk))
        rowids += [r[0] for r in result.cursor.fetchall()]
        result.close()
    rowids.sort()
    for statement in (f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN ({{marks}})",
                      f"INSERT INTO {SEARCH_TABLE}(rowid, body) SELECT rowid, {SEARCH_BODY.format(p='activity')} "
                      f"FROM activity WHERE rowid IN ({{marks}}) ORDER BY rowid"):
        for start in range(0, len(rowids), 5000):
            chunk = rowids[start:start + 5000]
            conn.exec_driver_sql(statement.format(marks=",".join("?" * len(chunk))), tuple(chunk))
    conn.exec_driver_sql(f"DELETE FROM {SEARCH_BULK}")


def drop_search_index(conn: Any) -> None:
    _drop_triggers(conn)
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


def rebuild_search_index(conn: Any) -> None:
    conn.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE}")
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}(rowid, body) "
                         f"SELECT rowid, {SEARCH_BODY.format(p='activity')} FROM activity")


def activity_search_clause(needle: str) -> Any | None:
    """A SQL condition on ``activity`` matching ``needle`` through the index, or None when the
    index cannot answer (query shorter than a trigram, or another database)."""
    from sqlalchemy import literal_column, text

    if len(needle) < MIN_INDEXED_QUERY:
        return None
    phrase = '"' + needle.replace('"', '""') + '"'
    return literal_column("activity.rowid").in_(
        text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :phrase")
        .bindparams(phrase=phrase))


def row_key(conn: Any, table: str) -> Any | None:
    """A column naming a row of ``table`` cheaply (SQLite's rowid, held by every index), or None."""
    from sqlalchemy import literal_column

    return literal_column(f"{table}.rowid") if conn.dialect.name == "sqlite" else None


def activity_search_rowids(conn: Any, needle: str) -> set[int] | None:
    """The rowids of the activities whose titles or place contain ``needle``, from the index alone
    (None when it cannot answer: under a trigram, or another database)."""
    if conn.dialect.name != "sqlite" or len(needle) < MIN_INDEXED_QUERY:
        return None
    phrase = '"' + needle.replace('"', '""') + '"'
    result = conn.exec_driver_sql(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?", (phrase,))
    try:
        return {r[0] for r in result.cursor.fetchall()}  # in one go: tens of thousands of rowids
    finally:
        result.close()


def integrity_problems(path: Path, quick: bool = True) -> list[str]:
    """SQLite's own checks of the file: page structure (quick_check) and foreign keys."""
    con = sqlite3.connect(file_uri(path, True), uri=True)
    try:
        problems = [r[0] for r in con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
                    if r[0] != "ok"]
        problems += [f"{table} row {rowid}: link to a missing {parent} record"
                     for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check")]
        if not problems:
            from mouplanner.storage.sqlite_values import content_problems, text_problems

            problems = content_problems(con) or ([] if quick else text_problems(con))
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()


def database_fault(exc: BaseException) -> str | None:
    """What kind of trouble the driver reports: "damaged", "read-only", "full", "locked", or None
    when ``exc`` is not a database error at all. Works on SQLAlchemy's wrapper and on sqlite3's."""
    from mouplanner.domain.base import StoredValueError

    if isinstance(exc, (StoredValueError, UnicodeDecodeError)):  # a value not of its column's type, or
        return "damaged"  # text whose bytes are not UTF-8 (SQLite's checks see neither)
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, sqlite3.DatabaseError):
        return None
    text = str(orig).lower()
    if "readonly" in text or "read-only" in text:
        return "read-only"
    if "disk is full" in text or "or disk is full" in text:
        return "full"
    if "locked" in text or "busy" in text:
        return "locked"
    return "damaged"
