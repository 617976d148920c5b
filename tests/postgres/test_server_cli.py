"""The command line takes a postgresql:// URL wherever it takes a workspace file."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl

from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.storage import Workspace


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mouplanner", *args], capture_output=True, text=True, timeout=120)


def test_summary_check_dump_export_and_import_on_a_server(server_demo, tmp_path):
    url = server_demo.location
    server_demo.close()
    done = _run("summary", url)
    assert done.returncode == 0 and "TH-LA-ICT-2018" in done.stdout, done.stderr
    assert _run("check", url).returncode == 0
    assert json.loads(_run("dump", url).stdout)["format"] == "mouplanner-dump"
    book = tmp_path / "data.xlsx"
    assert _run("export", "--data", url, str(book)).returncode == 0
    workbook = openpyxl.load_workbook(book)
    sheet = workbook["Activities"]
    headers = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == demo_id("act-tr-joomla"))
    sheet.cell(row, headers.index("Place") + 1).value = "Savannakhet"
    workbook.save(book)
    done = _run("import", "--apply", url, str(book))
    assert done.returncode == 0 and "1 to update" in done.stdout, done.stdout + done.stderr
    with Workspace.open(url) as ws:
        assert Services(ws).activities.get(demo_id("act-tr-joomla")).place == "Savannakhet"


def test_what_a_server_workspace_cannot_do_here_is_one_line(server_demo, pg_server):
    url = server_demo.location
    for args in (("backup", url), ("restore", url), ("summary", url.replace("/ws_", "/missing_"))):
        done = _run(*args)
        assert done.returncode == 2 and done.stdout == "" and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "Traceback" not in done.stderr
