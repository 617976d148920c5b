"""Fuzzing: workspace files damaged as disks, copies and other programs damage them (bytes overwritten
at random offsets, a table dropped, its details edited), handed to every command.

Each run asserts what issue 15 promises: exit 0, 1 or 2 with at most one line on stderr and never a
traceback; a command that refuses leaves the file as it was; and ``check`` is the one authority on
damage: a file check passes is never refused as damaged, and a file with the damage every writer
checks for first (SQLite's quick check, missing tables, values not of their type) is never written
to, backed up, copied for another laptop or imported into. (``check`` also runs SQLite's full
integrity check, ten times slower, which finds an index that no longer matches its table too.)
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mouplanner.cli.main import main

WRITERS = {"import", "receive", "send", "clone", "backup"}
COMMANDS = ["summary", "dump", "export", "report", "import", "receive", "send", "clone", "backup"]
TABLES = ["activity", "workstream", "agreement", "organisation", "person", "milestone", "change", "exchange_peer",
          "workspace_meta", "alembic_version", "participation", "indicator_period", "baseline", "activity_search",
          "activity_search_au"]
META = ["DELETE FROM workspace_meta WHERE key = 'workspace_id'",
        "UPDATE workspace_meta SET value = 'x' WHERE key = 'app'",
        "UPDATE workspace_meta SET value = '' WHERE key = 'replica_id'",
        "UPDATE workspace_meta SET value = '99999999999999999999999' WHERE key = 'hlc'",
        "DELETE FROM alembic_version",
        "UPDATE alembic_version SET version_num = '0001'",
        "UPDATE activity SET planned_start = 'someday'",
        "UPDATE activity SET budget_amount = 'lots'",
        "UPDATE activity SET kind = 'picnic'",
        "UPDATE activity SET headcount_total = -5"]

bytes_damage = st.tuples(st.just("bytes"), st.lists(st.tuples(st.floats(0.0, 0.999), st.integers(1, 8192),
                                                             st.sampled_from(["zero", "rubbish", "flip"])),
                                                   min_size=1, max_size=3))
damage = st.one_of(bytes_damage, st.tuples(st.just("drop"), st.sampled_from(TABLES)),
                   st.tuples(st.just("edit"), st.sampled_from(META)))


@pytest.fixture(scope="module")
def material(tmp_path_factory):
    """The demo workspace, a workbook with an edit, and an exchange file from another laptop."""
    import openpyxl

    from mouplanner.demo import build_demo, demo_id
    from mouplanner.excel.data_export import export_data
    from mouplanner.exchange import sync
    from mouplanner.locale.formats import Formats
    from mouplanner.services import Services
    from mouplanner.storage import Workspace
    from tests.conftest import DEMO_DAY

    folder = tmp_path_factory.mktemp("damaged")
    with build_demo(folder / "demo.mouplan", today=DEMO_DAY) as ws:
        book = export_data(ws, folder / "data.xlsx", Formats("en"))
        copy = sync.clone(ws, folder / "lao.mouplan", "Lao")
    sheet_book = openpyxl.load_workbook(book)
    sheet = sheet_book["Activities"]
    sheet.cell(2, [c.value for c in sheet[1]].index("Place") + 1).value = "Pakse"
    sheet_book.save(book)
    with Workspace.open(copy) as lao:
        Services(lao).activities.update(demo_id("act-signing"), {"place": "Luang Prabang"})
        changes = sync.send(lao, folder / "c.mousync").path
    return {"demo": folder / "demo.mouplan", "book": book, "changes": changes}


def damaged_copy(source, target, how) -> None:
    shutil.copyfile(source, target)
    kind, what = how
    if kind == "bytes":
        data = bytearray(target.read_bytes())
        for where, size, fill in what:
            at = int(where * len(data))
            end = min(len(data), at + size)
            if fill == "zero":
                data[at:end] = bytes(end - at)
            elif fill == "rubbish":
                data[at:end] = bytes((i * 7 + 13) % 256 for i in range(end - at))
            else:
                data[at:end] = bytes(b ^ 0xFF for b in data[at:end])
        target.write_bytes(bytes(data))
        return
    con = sqlite3.connect(target)
    try:
        if kind == "drop":
            con.execute("PRAGMA foreign_keys = OFF")
            kind_of = con.execute("SELECT type FROM sqlite_master WHERE name = ?", (what,)).fetchone()[0]
            con.execute(f"DROP {kind_of.upper()} {what}")
        else:
            con.execute(what)
        con.commit()
    finally:
        con.close()


def fingerprint(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "gone"


def command_line(name, ws, folder, material) -> list[str]:
    return {
        "summary": ["summary", ws], "dump": ["dump", ws],
        "export": ["export", ws, str(folder / "d.xlsx"), "--data"],
        "report": ["export", ws, str(folder / "r.xlsx"), "--report"],
        "import": ["import", ws, str(material["book"]), "--apply"],
        "receive": ["exchange", "receive", ws, str(material["changes"])],
        "send": ["exchange", "send", ws, str(folder / "s.mousync")],
        "clone": ["exchange", "clone", ws, str(folder / "c.mouplan"), "--name", "Third"],
        "backup": ["backup", ws],
    }[name]


def one_line(code: int, err: str) -> None:
    assert code in (0, 1, 2), code
    assert "Traceback" not in err and err.count("\n") <= 1, err
    assert "unexpected error" not in err, err  # a damaged file is said as such, not as a crash


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=damage, command=st.sampled_from(COMMANDS))
def test_a_damaged_workspace_never_crashes_and_check_is_the_authority(material, tmp_path_factory, capsys,
                                                                     how, command):
    from mouplanner.storage import sqlite
    from mouplanner.storage.sqlite import backups

    folder = tmp_path_factory.mktemp("w")
    ws = folder / "w.mouplan"
    damaged_copy(material["demo"], ws, how)
    before = fingerprint(ws)

    code = main(["check", str(ws)])
    out, err = capsys.readouterr()
    one_line(code, err)
    damaged = code == 2 or "error: file:" in out
    assert fingerprint(ws) == before  # check only reads
    try:  # what every writer checks first (SQLite's quick check, missing tables, values not of their type)
        refused_by_writers = code == 2 or sqlite.damage(ws) is not None
    except sqlite3.DatabaseError:
        refused_by_writers = True
    assert damaged or not refused_by_writers  # check finds at least what the writers refuse

    code = main(command_line(command, str(ws), folder, material))
    _, err = capsys.readouterr()
    one_line(code, err)
    event(f"{how[0]}: check {'damaged' if damaged else 'sound'}, {command} exit {code}")
    if code == 2 and "damaged" in err:
        assert damaged, f"{command} calls it damaged, check did not: {err}"
    if refused_by_writers and command in WRITERS:  # never written to, backed up or copied: it is damaged
        assert code == 2, f"{command} used a workspace check finds damaged"
    if code == 2:
        assert fingerprint(ws) == before, f"{command} refused but changed the file"
    if refused_by_writers:  # nothing made from it: no backup, no exchange file, no copy
        assert not (folder / "s.mousync").exists() and not (folder / "c.mouplan").exists()
        assert not backups.folder(ws).exists() or backups.list_backups(ws) == []
