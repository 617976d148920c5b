"""The benchmark generator and command keep working (at a tiny size; the figures come from
`python -m tests.benchmarks.run`, on demand)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mouplanner.services import Services
from mouplanner.storage import Workspace
from tests.benchmarks.generate import SIZES, generate

ROOT = Path(__file__).resolve().parents[1]


def test_generator_is_deterministic_and_complete(tmp_path):
    counts = generate(tmp_path / "a.mouplan", scale=0.003, seed=3)
    generate(tmp_path / "b.mouplan", scale=0.003, seed=3)
    assert counts["activities"] == int(SIZES["activities"] * 0.003)
    with Workspace.open(tmp_path / "a.mouplan") as a, Workspace.open(tmp_path / "b.mouplan") as b:
        rows_a = [(r.title_th, r.planned_start) for r in Services(a).activities.list()]
        rows_b = [(r.title_th, r.planned_start) for r in Services(b).activities.list()]
        assert rows_a == rows_b and len(rows_a) == counts["activities"]
        assert any("ການຝຶກອົບຮົມ" in r.title_lo for r in Services(a).activities.list())
        assert len(Services(a).participants.list()) == counts["participations"]


def test_benchmark_command_prints_and_writes_every_figure(tmp_path):
    out = tmp_path / "results.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.run", "--scale", "0.002", "--repeat", "1",
                           "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    assert set(report["results"]) == {"startup", "memory", "open_table", "search_keystroke", "sort", "dashboard",
                                      "export_data", "import_data", "import_changed", "exchange", "save_edit",
                                      "calendar_export", "list_export_csv", "list_export_xlsx", "mspdi_export",
                                      "iati_export"}
    assert all("ratio" in figure for figure in report["results"].values())
    # the list really loaded: a benchmark that measures an empty view measures nothing
    assert report["results"]["open_table"]["rows"] == 200
    assert len(report["results"]["save_edit"]["rounds_ms"]) >= 5  # each round saw its value in the list
    assert report["results"]["search_keystroke"]["rows_found"] > 0
    assert "search_keystroke" in done.stdout and "target:" in done.stdout
    exchange = report["results"]["exchange"]  # the baseline wrote the very rows the exchange wrote
    assert exchange["changes"] == 200 and exchange["rounds"] == 3
    assert exchange["baseline_rows_written"] == {"journal": 200, "records": 200, "search_index": 200}
    assert report["results"]["list_export_csv"]["rows"] == 200 and report["results"]["calendar_export"]["events"] > 200
    startup = report["results"]["startup"]  # first paint, and the workspace shown in the window after it
    assert 0 < startup["value_s"] <= startup["workspace_shown_s"]


def test_benchmark_command_measures_only_the_figures_asked(tmp_path):
    from tests.benchmarks.generate import generate

    work = tmp_path / "w.mouplan"
    generate(work, scale=0.002, seed=1)
    out = tmp_path / "results.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.run", "--workspace", str(work), "--repeat", "1",
                           "--only", "sort,dashboard", "--out", str(out)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert set(json.loads(out.read_text())["results"]) == {"sort", "dashboard"}
    wrong = subprocess.run([sys.executable, "-m", "tests.benchmarks.run", "--workspace", str(work), "--only", "speed"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert wrong.returncode == 2 and "unknown figures: speed" in wrong.stderr


def test_server_benchmark_command_prints_and_writes_every_figure(tmp_path):
    """(It starts a throwaway server of its own, on loopback.)"""
    out = tmp_path / "server.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.server", "--scale", "0.002", "--repeat", "1",
                           "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    assert set(report["results"]) == {"open_table", "search_keystroke", "sort", "dashboard", "sync_up", "sync_down",
                                      "ten_editors"}
    assert all("ratio" in figure for figure in report["results"].values())
