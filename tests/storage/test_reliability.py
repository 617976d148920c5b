"""No lost work: one writer, backups, health checks, and processes killed in the middle of an action."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from mouplanner.cli.main import main
from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.services.summary import dump
from mouplanner.storage import Workspace, WorkspaceLocked
from mouplanner.storage import sqlite as sqlite_seam
from mouplanner.storage.sqlite import backups

ROOT = Path(__file__).resolve().parents[2]


def snapshot(path: Path) -> str:
    with Workspace.open(path, read_only=True) as ws:
        return json.dumps(dump(ws), sort_keys=True)


def test_one_writer_and_read_only_for_the_second(demo_path):
    first = Workspace.open(demo_path)
    with pytest.raises(WorkspaceLocked, match="already open for editing"):
        Workspace.open(demo_path)
    with Workspace.open(demo_path, read_only=True) as reader:
        assert len(Services(reader).activities.list()) == 19
    first.close()
    Workspace.open(demo_path).close()


def test_a_lock_left_by_a_killed_app_is_taken_over(demo_path):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from mouplanner.storage import Workspace
        ws = Workspace.open({str(demo_path)!r})
        print("open", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert holder.stdout.readline().strip() == "open"
    with pytest.raises(WorkspaceLocked):
        Workspace.open(demo_path)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    Workspace.open(demo_path).close()  # the OS released the dead app's lock


def test_backups_are_kept_pruned_and_restored(demo_path):
    for _ in range(12):
        backups.create(demo_path, "manual")
    kept = backups.list_backups(demo_path)
    assert len(kept) == backups.KEEP and all(b.reason == "manual" for b in kept)
    before = snapshot(demo_path)
    with Workspace.open(demo_path) as ws:
        Services(ws).activities.delete(demo_id("act-signing"))
    assert snapshot(demo_path) != before
    safety = backups.restore(demo_path)
    assert snapshot(demo_path) == before
    assert safety.exists() and "before-restore" in safety.name


def test_imports_and_exchanges_make_a_backup_first(demo_path, tmp_path):
    from mouplanner.exchange import sync

    with Workspace.open(demo_path) as ws:
        copy = sync.clone(ws, tmp_path / "lao.mouplan", "MPTC laptop")
        with Workspace.open(copy) as lao:
            Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
            sent = sync.send(lao, tmp_path / "l.mousync").path
        sync.receive(ws, sent)
    assert [b.reason for b in backups.list_backups(demo_path)] == ["before-exchange"]


def test_backup_and_restore_commands(demo_path, capsys):
    assert main(["backup", str(demo_path)]) == 0
    assert main(["backup", str(demo_path), "--list"]) == 0
    out = capsys.readouterr().out
    assert "manual" in out and "Backup written to" in out
    with Workspace.open(demo_path) as ws:
        Services(ws).activities.delete(demo_id("act-signing"))
    assert main(["restore", str(demo_path)]) == 0
    with Workspace.open(demo_path) as ws:
        assert Services(ws).activities.get(demo_id("act-signing"))
    with Workspace.open(demo_path):
        assert main(["restore", str(demo_path)]) == 2  # open elsewhere: refused
    assert "already open" in capsys.readouterr().err


def test_check_finds_damage_dangling_links_and_journal_gaps(demo_path, capsys):
    assert main(["check", str(demo_path), "--as-of", "2026-11-21"]) == 0
    con = sqlite3.connect(demo_path)
    con.execute("UPDATE workstream SET deleted_at = '2026-01-01 00:00:00' WHERE id = ?", (demo_id("w-cyber"),))
    con.execute("INSERT INTO organisation (id, version, created_at, updated_at, changed_by, changed_on, name_en, name_th, "
                "name_lo, short_name, country, kind) VALUES ('ghost', 1, '2026-01-01', '2026-01-01', '', '', 'Ghost', '', "
                "'', '', 'TH', 'ministry')")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["check", str(demo_path), "--as-of", "2026-11-21"]) == 1
    out = capsys.readouterr().out
    assert "points at a deleted workstream" in out and "Organisation ghost: not in the change journal" in out
    assert sqlite_seam.integrity_problems(demo_path) == []


# --- killed in the middle -------------------------------------------------------------------------

WORKER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from mouplanner.storage import Workspace
    action, path, extra = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    ws = Workspace.open(path)
    print("ready", flush=True)
    if action == "import":
        from mouplanner.excel import importer
        importer.apply(ws, importer.check(ws, extra))
    elif action == "receive":
        from mouplanner.exchange import sync
        sync.receive(ws, extra)
    elif action == "restore":
        from mouplanner.storage.sqlite import backups
        ws.close()
        backups.restore(path, extra)
    elif action == "export":
        from mouplanner.excel.data_export import export_data
        from mouplanner.locale.formats import Formats
        export_data(ws, extra, Formats("th"))
    elif action == "edit":
        from sqlalchemy import select
        from mouplanner.domain import Activity
        with ws.transaction("Bulk edit") as s:
            for i, a in enumerate(s.scalars(select(Activity))):
                a.place = f"Edited {i}"
    print("done", flush=True)
""")


@pytest.fixture(scope="module")
def medium(tmp_path_factory):
    """A workspace of 1,500 activities with a workbook and an exchange file that change all of them."""
    from openpyxl import load_workbook

    from mouplanner.excel.data_export import export_data
    from mouplanner.exchange import sync
    from mouplanner.locale.formats import Formats
    from tests.benchmarks.generate import generate

    folder = tmp_path_factory.mktemp("medium")
    base = folder / "base.mouplan"
    generate(base, scale=0.015)
    with Workspace.open(base) as ws:
        book_path = export_data(ws, folder / "data.xlsx", Formats("en"))
        copy = sync.clone(ws, folder / "other.mouplan", "Other")
    book = load_workbook(book_path)
    sheet = book["Activities"]
    place = [c.value for c in sheet[1]].index("Place") + 1
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, place).value = f"Imported {row}"
    book.save(book_path)
    with Workspace.open(copy) as other:
        from sqlalchemy import select

        from mouplanner.domain import Activity

        with other.transaction("Edits") as s:
            for i, a in enumerate(s.scalars(select(Activity))):
                a.place = f"Received {i}"
        change_file = sync.send(other, folder / "changes.mousync").path
    return {"base": base, "import": book_path, "receive": change_file, "folder": folder}


def run_and_kill(workspace: Path, action: str, extra: Path, delay: float) -> bool:
    """Start the action in another process and kill it (SIGKILL) after ``delay``; True if it finished."""
    worker = subprocess.Popen([sys.executable, "-c", WORKER, action, str(workspace), str(extra)],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert worker.stdout.readline().strip() == "ready"
    time.sleep(delay)
    worker.send_signal(signal.SIGKILL)
    out, _ = worker.communicate()
    return "done" in out


@pytest.mark.parametrize("action", ["import", "receive", "edit"])
def test_a_killed_action_leaves_all_or_nothing(medium, tmp_path, action):
    rng = random.Random(action)
    places = set()
    for attempt in range(3):
        work = tmp_path / f"w{attempt}.mouplan"
        sqlite_seam.backup_file(medium["base"], work)
        before = snapshot(work)
        finished = run_and_kill(work, action, medium.get(action, tmp_path / "x"), rng.uniform(0.05, 1.5))
        assert sqlite_seam.integrity_problems(work) == []
        after = snapshot(work)
        activities = json.loads(after)["records"]["activity"]
        prefixes = {a["place"].split(" ")[0] for a in activities}
        if after == before:
            places.add("none")
        else:  # every activity changed, by the one action: never a part of them
            assert len(prefixes) == 1 and prefixes != {"Vientiane"}, prefixes
            places.add("all")
        assert finished or after == before or len(prefixes) == 1
    assert places  # each attempt ended in one of the two states


def test_a_killed_receive_leaves_its_backup_whole_or_absent(medium, tmp_path):
    """The backup taken before an exchange, killed anywhere: a backup is the workspace before the
    exchange, whole, or it is not there; a half copy is removed by the next backup."""
    for attempt, delay in enumerate((0.05, 0.2, 0.5, 1.0)):
        work = tmp_path / f"r{attempt}.mouplan"
        sqlite_seam.backup_file(medium["base"], work)
        before = snapshot(work)
        run_and_kill(work, "receive", medium["receive"], delay)
        for b in backups.list_backups(work):
            assert sqlite_seam.integrity_problems(b.path) == [] and snapshot(b.path) == before, b
        assert snapshot(work) in (before, snapshot(work)) and sqlite_seam.integrity_problems(work) == []
        backups.create(work, "manual")
        assert not [p.name for p in backups.folder(work).iterdir() if ".part" in p.name]


def test_a_killed_restore_leaves_one_whole_workspace(medium, tmp_path):
    """Killed while restoring: the workspace is the file it was or the backup, whole; the copy of
    the replaced file, if any, is whole; what the killed restore left beside it goes at the next open."""
    chosen = tmp_path / "chosen.mouplan"
    sqlite_seam.backup_file(medium["base"], chosen)
    with Workspace.open(chosen) as ws, ws.transaction("Edits") as s:
        from sqlalchemy import select

        from mouplanner.domain import Activity

        for a in s.scalars(select(Activity)):
            a.place = "Restored"
    restored, original = snapshot(chosen), snapshot(medium["base"])
    seen = set()
    for attempt, delay in enumerate((0.02, 0.1, 0.2, 0.4, 0.8)):
        work = tmp_path / f"x{attempt}.mouplan"
        sqlite_seam.backup_file(medium["base"], work)
        run_and_kill(work, "restore", chosen, delay)
        assert sqlite_seam.integrity_problems(work) == []
        now = snapshot(work)
        assert now in (original, restored)
        seen.add("restored" if now == restored else "original")
        for b in backups.list_backups(work):  # the replaced file, kept whole before it was replaced
            assert snapshot(b.path) == original, b
        Workspace.open(work).close()
        beside = {p.name for p in tmp_path.iterdir() if p.name.startswith(work.name)}
        assert beside <= {work.name, work.name + ".backups", work.name + ".lock"}, beside
    assert seen  # (which states were met depends on the machine's speed)


def test_a_killed_export_leaves_no_half_file(medium, tmp_path):
    for attempt, delay in enumerate((0.05, 0.3, 0.8)):
        target = tmp_path / f"export{attempt}.xlsx"
        finished = run_and_kill(medium["base"], "export", target, delay)
        if target.exists():
            assert zipfile.ZipFile(target).testzip() is None  # a complete workbook, or none at all
        else:
            assert not finished
        assert not any(p.name.startswith(target.name) and p.suffix != ".part" and p != target
                       for p in tmp_path.iterdir())


def test_a_full_disk_during_a_write_is_said_plainly_and_changes_nothing(demo_ws, tmp_path):
    """SQLite's own "database or disk is full" (its page limit pinned at the file's size): the same
    error a full disk gives, from every write, as one clear WorkspaceError; the workspace as it was."""
    from sqlalchemy import event

    from mouplanner.demo import demo_id
    from mouplanner.exchange import sync
    from mouplanner.exchange.errors import ExchangeError
    from mouplanner.services import Services
    from mouplanner.storage.errors import DiskFull

    sync.clone(demo_ws, tmp_path / "lao.mouplan", "MPTC laptop")
    with Workspace.open(tmp_path / "lao.mouplan") as lao:
        for i in range(300):  # enough new text that the file has to grow to take it
            Services(lao).activities.update(demo_id("act-tr-joomla"), {"notes": f"{i} " + "ບົດບັນທຶກ " * 300})
        sent = sync.send(lao, tmp_path / "l.mousync").path
    pages = demo_ws.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
    demo_ws.engine.dispose()
    event.listen(demo_ws.engine, "connect", lambda con, _r: con.execute(f"PRAGMA max_page_count = {pages}"))
    with pytest.raises(DiskFull, match="the disk is full; nothing was changed"):
        Services(demo_ws).activities.update(demo_id("act-tr-joomla"), {"notes": "x" * 9_999})
    with pytest.raises((ExchangeError, DiskFull), match="full"):
        sync.receive(demo_ws, sent)
    assert Services(demo_ws).activities.get(demo_id("act-tr-joomla")).notes != "x" * 9_999
    leftovers = [p.name for p in backups.folder(demo_ws.backend.path).glob("*")] if backups.folder(demo_ws.backend.path).exists() else []
    assert not [n for n in leftovers if ".part" in n], leftovers
