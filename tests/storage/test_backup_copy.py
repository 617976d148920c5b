"""How a backup copies a workspace that is open and being written: byte for byte while nobody
writes, or SQLite's online backup when that cannot be done; the copy holds every committed change."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.storage import Workspace
from mouplanner.storage import sqlite as sqlite_seam
from mouplanner.storage.sqlite import backups


def place_in(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT place FROM activity WHERE id = ?", (demo_id("act-tr-joomla"),)).fetchone()[0]
    finally:
        con.close()


def journal_mode(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def open_ws(demo_path):
    """The demo open in WAL mode with a committed edit still in the write-ahead log."""
    with Workspace.open(demo_path) as ws:
        Services(ws).activities.update(demo_id("act-tr-joomla"), {"place": "Champasak"})
        assert (demo_path.with_name(demo_path.name + "-wal")).stat().st_size > 0
        yield ws


def test_an_open_workspace_is_copied_whole_while_nobody_writes(open_ws, monkeypatch):
    def no_online_backup(*_args):
        raise AssertionError("the page-by-page backup was used")

    monkeypatch.setattr(sqlite_seam.copies, "_online_backup", no_online_backup)
    target = backups.create(open_ws.backend.path, "manual")
    assert place_in(target) == "Champasak"  # the edit was emptied from the log into the file first
    assert journal_mode(target) == "delete" and not target.with_name(target.name + "-wal").exists()
    assert sqlite_seam.integrity_problems(target, quick=False) == []
    Services(open_ws).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})  # the app writes on
    assert place_in(open_ws.backend.path) == "Pakse" and place_in(target) == "Champasak"


def test_a_reader_holding_the_log_means_the_online_backup(open_ws, monkeypatch):
    copied = []
    monkeypatch.setattr(shutil, "copyfile", lambda *a, **k: copied.append(a))
    reader = sqlite3.connect(open_ws.backend.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM activity").fetchone()  # a read transaction on the log's snapshot
    try:
        target = backups.create(open_ws.backend.path, "manual")
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert copied == [] and place_in(target) == "Champasak" and journal_mode(target) == "delete"


def test_a_copy_the_system_refuses_leaves_no_half_file_and_falls_back(open_ws, monkeypatch):
    def refused(source, target):  # as Windows does for the bytes SQLite locks in files over 1 GiB
        with open(target, "wb") as f:
            f.write(b"half a file")
        raise PermissionError(33, "The process cannot access the file because another process has locked a "
                                  "portion of the file")

    monkeypatch.setattr(shutil, "copyfile", refused)
    target = backups.create(open_ws.backend.path, "manual")
    assert place_in(target) == "Champasak" and sqlite_seam.integrity_problems(target) == []
    assert not list(target.parent.glob("*.part"))


@pytest.fixture
def slow_flush(monkeypatch):
    """The copy reaches the disk only after a while, as on a slow USB stick."""
    import os
    import time

    real = os.fsync

    def slow(fd):
        time.sleep(0.3)
        real(fd)

    monkeypatch.setattr(os, "fsync", slow)


@pytest.fixture
def fill_disk(monkeypatch):
    """Call it and nothing more can be flushed to the disk."""
    import os

    def full(_fd):
        raise OSError(28, "No space left on device")

    return lambda: monkeypatch.setattr(os, "fsync", full)


def test_the_backup_before_receiving_is_on_disk_before_the_merge_is_committed(demo_ws, tmp_path, slow_flush):
    from sqlalchemy import event

    from mouplanner.exchange import sync

    sync.clone(demo_ws, tmp_path / "lao.mouplan", "MPTC laptop")
    with Workspace.open(tmp_path / "lao.mouplan") as lao:
        Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
        sent = sync.send(lao, tmp_path / "l.mousync").path
    at_commit = []
    event.listen(demo_ws.engine, "commit", lambda _conn: at_commit.append(
        [(b.reason, place_in(b.path)) for b in backups.list_backups(demo_ws.backend.path)]))
    sync.receive(demo_ws, sent)
    assert at_commit[0] == [("before-exchange", "Vientiane")]  # the merge: named, whole, from before it
    assert place_in(demo_ws.backend.path) == "Pakse" and not list(backups.folder(demo_ws.backend.path).glob("*.part"))


def test_a_backup_that_cannot_be_written_stops_the_exchange_and_changes_nothing(demo_ws, tmp_path, fill_disk):
    from mouplanner.exchange import sync
    from mouplanner.exchange.errors import ExchangeError

    sync.clone(demo_ws, tmp_path / "lao.mouplan", "MPTC laptop")
    with Workspace.open(tmp_path / "lao.mouplan") as lao:
        Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
        sent = sync.send(lao, tmp_path / "l.mousync").path
    fill_disk()
    with pytest.raises(ExchangeError, match=r"nothing was received: .*No space left on device"):
        sync.receive(demo_ws, sent)
    assert place_in(demo_ws.backend.path) == "Vientiane" and backups.list_backups(demo_ws.backend.path) == []
    assert not list(backups.folder(demo_ws.backend.path).glob("*.part"))


def test_a_backup_that_cannot_be_written_stops_the_import_and_changes_nothing(demo_ws, tmp_path, fill_disk):
    import openpyxl

    from mouplanner.excel import importer
    from mouplanner.excel.data_export import export_data
    from mouplanner.excel.errors import WorkbookError
    from mouplanner.locale.formats import Formats

    path = export_data(demo_ws, tmp_path / "d.xlsx", Formats("en"))
    book = openpyxl.load_workbook(path)
    book["People"].append([None, None, "Mr. Noy Sisouk", "", "ທ່ານ ນ້ອຍ ສີສຸກ"])
    book.save(path)
    plan = importer.check(demo_ws, path)
    fill_disk()
    with pytest.raises(WorkbookError, match=r"nothing was imported: .*No space left on device"):
        importer.apply(demo_ws, plan)
    assert Services(demo_ws).people.search("Noy") == [] and backups.list_backups(demo_ws.backend.path) == []


def test_the_merge_runs_while_the_backup_is_copied_and_never_gets_into_it(demo_ws, tmp_path, monkeypatch):
    import time

    from sqlalchemy import event

    from mouplanner.exchange import sync

    sync.clone(demo_ws, tmp_path / "lao.mouplan", "MPTC laptop")
    with Workspace.open(tmp_path / "lao.mouplan") as lao:
        Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
        sent = sync.send(lao, tmp_path / "l.mousync").path
    copied, written = [], []
    real_copy = shutil.copyfile

    def slow_copy(source, target):  # the bytes are read after the merge has written
        time.sleep(0.5)
        real_copy(source, target)
        copied.append(time.perf_counter())

    monkeypatch.setattr(shutil, "copyfile", slow_copy)
    event.listen(demo_ws.engine, "before_cursor_execute", lambda _c, _cur, statement, *_a: written.append(
        time.perf_counter()) if statement.startswith("UPDATE activity") else None)
    sync.receive(demo_ws, sent)
    assert written and copied and written[0] < copied[0]  # the merge wrote while the file was copied
    target = backups.list_backups(demo_ws.backend.path)[0].path
    assert place_in(target) == "Vientiane" and place_in(demo_ws.backend.path) == "Pakse"
    assert sqlite_seam.integrity_problems(target, quick=False) == []


def test_with_the_rollback_journal_the_copy_is_made_before_the_merge_starts(demo_path, tmp_path, monkeypatch):
    """On a network share a reader would block the merge's commit: the copy comes first there."""
    from mouplanner.exchange import sync

    monkeypatch.setattr(sqlite_seam.files, "is_network_share", lambda path: True)
    with Workspace.open(demo_path) as ws:
        assert journal_mode(demo_path) == "delete"
        sync.clone(ws, tmp_path / "lao.mouplan", "MPTC laptop")
        with Workspace.open(tmp_path / "lao.mouplan") as lao:
            Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
            sent = sync.send(lao, tmp_path / "l.mousync").path
        order = []
        real_copy = shutil.copyfile
        monkeypatch.setattr(shutil, "copyfile", lambda *a: (order.append("copy"), real_copy(*a)))
        from sqlalchemy import event

        event.listen(ws.engine, "before_cursor_execute", lambda _c, _cur, statement, *_a: order.append(
            "write") if statement.startswith("UPDATE activity") else None)
        sync.receive(ws, sent)
        assert order[:2] == ["copy", "write"]
        target = backups.list_backups(demo_path)[0].path
        assert place_in(target) == "Vientiane" and journal_mode(target) == "delete"
    assert place_in(demo_path) == "Pakse"


def test_half_copies_left_by_a_killed_app_are_removed_by_the_next_backup(demo_path):
    place = backups.folder(demo_path)
    place.mkdir()
    halves = [place / f"{demo_path.stem}.20261122-101500.before-exchange.mouplan.part",
              place / f"{demo_path.stem}.20261122-101500.before-exchange.mouplan.part-journal"]
    other = place / "other.20261122-101500.manual.mouplan.part"  # another workspace's, kept
    for path in (*halves, other):
        path.write_bytes(b"half a copy")
    made = backups.create(demo_path, "manual")
    assert made.exists() and not any(p.exists() for p in halves) and other.exists()


@pytest.fixture
def read_only_backups(monkeypatch):
    """Call it and the backups folder takes no new file and lets none be removed (a read-only
    folder as an ordinary user meets it; the tests run as root, whom permissions do not stop)."""
    import pathlib

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    real_unlink = pathlib.Path.unlink

    def unlink(self, missing_ok=False):
        if self.name.endswith(".part"):
            raise PermissionError(13, "Permission denied", str(self))
        return real_unlink(self, missing_ok=missing_ok)

    def install():
        monkeypatch.setattr(shutil, "copyfile", refuse)
        monkeypatch.setattr(sqlite_seam.copies, "_online_backup", refuse)
        monkeypatch.setattr(pathlib.Path, "unlink", unlink)

    return install


def test_a_backup_that_fails_in_a_read_only_folder_is_reported_not_claimed(demo_path, tmp_path, read_only_backups,
                                                                        capfd):
    from mouplanner.cli.main import main
    from mouplanner.exchange import sync
    from mouplanner.exchange.errors import ExchangeError

    with Workspace.open(demo_path) as ws:
        sync.clone(ws, tmp_path / "lao.mouplan", "MPTC laptop")
    with Workspace.open(tmp_path / "lao.mouplan") as lao:
        Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
        sent = sync.send(lao, tmp_path / "l.mousync").path
    read_only_backups()
    assert main(["backup", str(demo_path)]) == 2  # not "Backup written to …"
    err = capfd.readouterr().err
    assert "the backup could not be written (Permission denied)" in err and err.count("\n") == 1
    with Workspace.open(demo_path) as ws, pytest.raises(ExchangeError, match="nothing was received: .*Permission denied"):
        sync.receive(ws, sent)
    assert place_in(demo_path) == "Vientiane" and backups.list_backups(demo_path) == []


def test_the_last_good_backup_is_never_pruned_for_copies_kept_before_restores(demo_path):
    good = backups.create(demo_path, "manual")
    for _ in range(backups.KEEP + 2):  # restores of a damaged file keep it, byte for byte, each time
        backups.restore(demo_path, good)
    kept = backups.list_backups(demo_path)
    assert good in [b.path for b in kept] and len(kept) == backups.KEEP + 1
    assert backups.restore(demo_path) and next(b for b in backups.list_backups(demo_path)
                                               if b.reason != "before-restore").path == good


def test_a_damaged_workspace_is_never_backed_up_or_merged_into(demo_path, tmp_path):
    from mouplanner.exchange import sync
    from mouplanner.exchange.errors import ExchangeError

    with Workspace.open(demo_path) as ws:
        good = backups.create(ws.backend.path, "manual")
        sync.clone(ws, tmp_path / "lao.mouplan", "MPTC laptop")
    with Workspace.open(tmp_path / "lao.mouplan") as lao:
        Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
        sent = sync.send(lao, tmp_path / "l.mousync").path
    raw = sqlite3.connect(demo_path)  # the participants' first page: not read to open the workspace
    root, size = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'participation'").fetchone()[0], \
        raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    data = bytearray(demo_path.read_bytes())
    at = (root - 1) * size
    data[at:at + size] = bytes((i * 7 + 13) % 256 for i in range(size))
    demo_path.write_bytes(bytes(data))
    for _ in range(3):
        with Workspace.open(demo_path) as ws, pytest.raises(ExchangeError, match="is damaged"):
            sync.receive(ws, sent)
    assert [b.path for b in backups.list_backups(demo_path)] == [good]  # no damaged "before" copies
    backups.restore(demo_path)
    assert sqlite_seam.damage(demo_path) is None
