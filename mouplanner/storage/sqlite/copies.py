"""Copies of a workspace file (backups, copies for a laptop) and the checks that keep a damaged file
from becoming one: SQLite's quick check beside the copy, and the check of the content."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from mouplanner.storage.sqlite.files import file_uri


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
    from mouplanner.storage.sqlite.content import content_problems

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
        with suppress(OSError):
            leftover.unlink(missing_ok=True)


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


def integrity_problems(path: Path, quick: bool = True) -> list[str]:
    """SQLite's own checks of the file: page structure (quick_check) and foreign keys."""
    con = sqlite3.connect(file_uri(path, True), uri=True)
    try:
        problems = [r[0] for r in con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
                    if r[0] != "ok"]
        problems += [f"{table} row {rowid}: link to a missing {parent} record"
                     for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check")]
        if not problems:
            from mouplanner.storage.sqlite.content import content_problems, text_problems

            problems = content_problems(con) or ([] if quick else text_problems(con))
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()
