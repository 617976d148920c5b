"""The SQLite file itself: what it is, where it lives, the engine on it, and what the driver's
errors mean."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PurePath
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
    target = str((path if path.exists() else path.parent).resolve())
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
    return uri_of(path.resolve()) + ("?mode=ro" if read_only else "")


def uri_of(path: PurePath) -> str:
    """SQLite's URI of an absolute path: ``file:///C:/...`` on Windows, as SQLite documents it, and
    a Windows share (``\\\\server\\share``) with an empty authority, ``file:////server/share/...``
    (SQLite refuses a URI naming a host); letters outside ASCII and spaces percent-encoded."""
    uri = path.as_uri()
    return "file:////" + uri.removeprefix("file://") if not uri.startswith("file:///") else uri


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



def database_fault(exc: BaseException) -> str | None:
    """What kind of trouble the driver reports: "damaged", "read-only", "full", "locked", or None
    when ``exc`` is not a database error at all. Works on SQLAlchemy's wrapper and on sqlite3's."""
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
