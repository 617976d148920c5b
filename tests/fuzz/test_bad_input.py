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
