"""Fuzzing: mutated workbooks and exchange files handed to import and receive. None may crash with
anything but the one clear error, and none may change the workspace."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mouplanner.demo import demo_id
from mouplanner.excel import importer
from mouplanner.excel.data_export import export_data
from mouplanner.excel.errors import WorkbookError
from mouplanner.exchange import sync
from mouplanner.exchange.errors import ExchangeError
from mouplanner.locale.formats import Formats
from mouplanner.services import Services
from mouplanner.services.summary import dump
from mouplanner.storage import Workspace

mutation = st.lists(st.tuples(st.sampled_from(["flip", "cut", "insert", "zero"]), st.integers(0, 10**9),
                              st.integers(1, 64)), min_size=1, max_size=4)


def mutate(data: bytes, steps: list[tuple[str, int, int]]) -> bytes:
    out = bytearray(data)
    for kind, where, size in steps:
        if not out:
            break
        at = where % len(out)
        if kind == "flip":
            for i in range(at, min(len(out), at + size)):
                out[i] ^= 0xFF
        elif kind == "cut":
            del out[at:]
        elif kind == "insert":
            out[at:at] = random.Random(where).randbytes(size)
        else:
            out[at:at + size] = b"\0" * len(out[at:at + size])
    return bytes(out)


@pytest.fixture(scope="module")
def material(tmp_path_factory):
    from mouplanner.demo import build_demo
    from tests.conftest import DEMO_DAY

    folder = tmp_path_factory.mktemp("fuzz")
    ws = build_demo(folder / "demo.mouplan", today=DEMO_DAY)
    workbook = export_data(ws, folder / "data.xlsx", Formats("th")).read_bytes()
    copy = sync.clone(ws, folder / "lao.mouplan", "Lao")
    with Workspace.open(copy) as lao:
        Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
        changes = sync.send(lao, folder / "c.mousync").path.read_bytes()
    before = json.dumps(dump(ws), sort_keys=True)
    yield Material({"ws": ws, "workbook": workbook, "changes": changes, "folder": folder, "before": before})
    ws.close()


class Material(dict):
    def __repr__(self) -> str:  # hypothesis prints its arguments: keep it short
        return "<demo workspace, workbook and exchange file>"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=mutation)
def test_mutated_workbooks_never_crash_or_change_anything(material, steps):
    path = material["folder"] / "mutated.xlsx"
    path.write_bytes(mutate(material["workbook"], steps))
    ws = material["ws"]
    try:
        importer.check(ws, path)  # the dry run: reports, never writes
    except WorkbookError as exc:
        assert str(exc) and "Traceback" not in str(exc)
    assert json.dumps(dump(ws), sort_keys=True) == material["before"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=mutation)
def test_mutated_exchange_files_are_refused_and_change_nothing(material, steps):
    data = mutate(material["changes"], steps)
    path = material["folder"] / "mutated.mousync"
    path.write_bytes(data)
    ws = material["ws"]
    if data == material["changes"]:
        return
    with pytest.raises(ExchangeError):
        sync.receive(ws, path)
    assert json.dumps(dump(ws), sort_keys=True) == material["before"]


json_values = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), st.text(alphabet="\x00\x07\x1b ก ລ", max_size=12),
    st.sampled_from(["2026-13-01", "31 Febtember", "party", "LA", "Laos", "", "x" * 600]),
).map(lambda v: json.dumps(v))  # what a crafted file carries as a value (Infinity and NaN too)
crafted_change = st.fixed_dictionaries({
    "field": st.sampled_from(["place", "title_en", "headcount_total", "headcount_women", "budget_amount", "currency",
                              "planned_start", "planned_end", "kind", "status", "country", "workstream_id", "nope"]),
    "new_value": st.one_of(json_values, st.text(max_size=20)),  # raw text: not JSON at all
    "op": st.sampled_from(["update", "update", "update", "create", "delete", "restore"]),
    "record": st.sampled_from(["act-tr-joomla", "act-signing", "act-bb-info", None]),
    "stamp": st.sampled_from(["recent", "recent", "future", "garbled"]),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(crafted=st.lists(crafted_change, min_size=1, max_size=3))
def test_crafted_exchange_files_with_valid_checksums_never_crash_or_break_a_rule(material, tmp_path_factory, crafted,
                                                                                capsys):
    """A file that passes every checksum but carries what a form would refuse: the CLI answers 0, 1 or
    2 in at most one line of stderr, and the workspace afterwards breaks none of its rules."""
    import time

    from mouplanner.cli.main import main
    from mouplanner.exchange import fileformat
    from mouplanner.storage.hlc import format_stamp

    folder = tmp_path_factory.mktemp("crafted")
    workspace = folder / "w.mouplan"
    material["ws"].save_copy(workspace)  # a consistent copy of the open demo workspace
    source = folder / "c.mousync"
    source.write_bytes(material["changes"])
    with Workspace.open(workspace) as ws:
        header, changes = fileformat.read(source, ws.workspace_id)
    now = time.time_ns() // 1_000_000
    for i, c in enumerate(crafted):
        stamp = {"recent": format_stamp(now + i, 0, changes[0]["replica_id"]),
                 "future": format_stamp(now + 10**12, 0, changes[0]["replica_id"]), "garbled": "soon"}[c["stamp"]]
        value = c["new_value"] if c["op"] == "update" else (
            json.dumps({c["field"]: json.loads(c["new_value"])}) if c["op"] == "create" and _is_json(c["new_value"])
            else None)
        changes.append({**changes[0], "change_id": f"crafted-{i}", "hlc": stamp, "op": c["op"],
                        "field": c["field"] if c["op"] == "update" else None, "new_value": value,
                        "record_id": demo_id(c["record"]) if c["record"] else f"new-{i}"})
    path = fileformat.write(folder / "crafted.mousync", header, changes)
    code = main(["exchange", "receive", str(workspace), str(path)])
    out, err = capsys.readouterr()
    assert code in (0, 1, 2) and "Traceback" not in err and err.count("\n") <= 1, (code, err)
    assert "unexpected error" not in err, err  # refused for what the file is, never a crash in one line
    assert main(["check", str(workspace)]) in (0, 1)
    out, _ = capsys.readouterr()
    assert "error:" not in out, out


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
