"""The command line takes a postgresql:// URL wherever it takes a workspace file."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

import openpyxl

from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.storage import Workspace


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mouplanner", *args], capture_output=True, text=True, timeout=120)


def test_summary_check_dump_report_export_and_import_on_a_server(server_demo, tmp_path):
    url = server_demo.location
    server_demo.close()
    done = _run("summary", url)
    assert done.returncode == 0 and "TH-LA-ICT-2018" in done.stdout, done.stderr
    assert _run("check", url).returncode == 0
    assert json.loads(_run("dump", url).stdout)["format"] == "mouplanner-dump"
    pdf = tmp_path / "report.pdf"
    done = _run("report", url, str(pdf), "--lang", "th")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "TH-LA-ICT-2018" in text and "ไปรษณีย์" in text
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


def test_backup_with_pg_dump_and_restore_into_an_empty_database(server_demo, pg_server, tmp_path):
    url = server_demo.location
    Services(server_demo).activities.update(demo_id("act-tr-joomla"), {"place": "Luang Prabang"})
    before = json.loads(_run("dump", url).stdout)
    dump_file = tmp_path / "ministry ກະຊວງ.dump"
    done = _run("backup", url, "--out", str(dump_file))
    assert done.returncode == 0 and dump_file.read_bytes().startswith(b"PGDMP"), done.stderr
    assert _run("restore", url, str(dump_file)).returncode == 2  # never over a workspace
    empty = _new_database(pg_server)
    done = _run("restore", empty, str(dump_file))
    assert done.returncode == 0 and done.stdout.startswith("Restored"), done.stderr
    assert json.loads(_run("dump", empty).stdout) == before
    with Workspace.open(empty) as ws, ws.connection() as conn:  # analysed: the planner knows the tables at once
        assert conn.exec_driver_sql("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables "
                                    "WHERE relname = 'activity'").scalar()
    done = _run("server", "rights", empty)  # the restored database has its own groups and grants
    assert done.returncode == 0, done.stderr
    with Workspace.open(empty) as ws:
        Services(ws).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})


def test_a_backup_with_a_password_keeps_it_off_the_command_line(server_demo, tmp_path):
    from sqlalchemy.engine import make_url

    from mouplanner.storage.postgres import dumps, rights

    with server_demo.engine.begin() as conn:
        conn.exec_driver_sql("CREATE ROLE backup_officer LOGIN PASSWORD 'Pass@word/1' IN ROLE needs_password")
        rights.grant(conn, "backup_officer", "reader", [])
    url = server_demo.backend.url.set(username="backup_officer", password="Pass@word/1")
    given = url.render_as_string(hide_password=False)
    done = _run("backup", given, "--out", str(tmp_path / "b.dump"))
    assert done.returncode == 0 and (tmp_path / "b.dump").read_bytes().startswith(b"PGDMP"), done.stderr
    assert "Pass@word" not in done.stdout + dumps._libpq(make_url(given)) + Workspace.open(given).location


def _new_database(pg_server) -> str:
    from tests.server import _bin

    name = f"ws_{uuid.uuid4().hex[:12]}"
    subprocess.run([_bin("createdb"), "-h", str(pg_server), "-U", "postgres", name], check=True)
    return f"postgresql://postgres@/{name}?host={pg_server}"


def test_server_init_grant_rights_and_revoke(pg_url, pg_server):
    done = _run("server", "init", pg_url, "--name", "MDES server")
    assert done.returncode == 0 and "server grant" in done.stdout, done.stderr
    with Workspace.open(pg_url) as ws:
        assert ws.replica_name == "MDES server"
        Services(ws).agreements.create({"code": "TH-KH-2025", "title_en": "Thailand-Cambodia"})
        Services(ws).agreements.create({"code": "TH-VN-2024", "title_en": "Thailand-Vietnam"})
        with ws.engine.begin() as conn:
            for name in ("somchai_cli", "khamla_cli", "noi_cli"):
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"; CREATE ROLE "{name}" LOGIN')
    assert _run("server", "grant", pg_url, "somchai_cli", "--role", "editor", "--agreement", "TH-KH-2025").returncode == 0
    assert _run("server", "grant", pg_url, "khamla_cli", "--role", "reader").returncode == 0
    assert _run("server", "grant", pg_url, "noi_cli", "--role", "admin").returncode == 0
    listed = _run("server", "rights", pg_url).stdout
    assert "somchai_cli              editor  TH-KH-2025" in listed
    assert "khamla_cli               reader" in listed and "noi_cli                  admin   all agreements" in listed
    for args, message in ((("grant", pg_url, "nobody_here", "--role", "reader"), "no login nobody_here"),
                          (("grant", pg_url, "somchai_cli", "--role", "editor", "--agreement", "XX"),
                           "has no agreement XX; its agreements are TH-KH-2025, TH-VN-2024"),
                          (("grant", pg_url, "somchai_cli"), "grant needs --role"),
                          (("grant", pg_url, "khamla_cli", "--role", "reader", "--agreement", "TH-KH-2025"),
                           "--agreement is for editors"),
                          (("grant", pg_url.replace("postgres@", "khamla_cli@"), "khamla_cli", "--role", "admin"),
                           "refused the change")):
        done = _run("server", *args)
        assert done.returncode == 2 and message in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr
    done = _run("server", "revoke", pg_url, "somchai_cli", "--agreement", "TH-KH-2025")
    assert done.returncode == 0 and "somchai_cli is now reader" in done.stdout, done.stdout + done.stderr
    done = _run("server", "upgrade", pg_url.replace("postgres@", "noi_cli@"))  # an admin of the workspace
    assert done.returncode == 0, done.stderr
    done = _run("server", "upgrade", pg_url.replace("postgres@", "khamla_cli@"))
    assert done.returncode == 2 and "only its administrator" in done.stderr, done.stderr


def test_what_a_server_workspace_cannot_do_is_one_line(server_demo, pg_server):
    url = server_demo.location
    for args in (("summary", url.replace("/ws_", "/missing_")), ("server", "init", url), ("server", "rights", "x.mouplan"),
                 ("restore", url.replace("/ws_", "/missing_"), "nothing.dump")):
        done = _run(*args)
        assert done.returncode == 2 and done.stdout == "" and "Traceback" not in done.stderr, done.stderr
        assert len([line for line in done.stderr.splitlines() if not line.startswith("usage")]) == 1, done.stderr
