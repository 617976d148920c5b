"""After a bulk write on a server (an Excel import of a thousand rows), the planner's statistics
are gathered at once, by whoever wrote: an editor, who does not own the tables, through the
workspace's own function."""

from __future__ import annotations

import openpyxl
from sqlalchemy import text

from mouplanner.excel import importer
from mouplanner.excel.data_export import export_data
from mouplanner.locale.formats import Formats
from mouplanner.storage import Workspace
from mouplanner.storage.postgres import statistics
from tests.conftest import DEMO_DAY
from tests.postgres.test_rights import ICT, as_user, login


def _analysed(ws: Workspace, table: str) -> int:
    """Times ANALYZE ran on ``table`` by request (autovacuum's runs are counted apart)."""
    with ws.engine.connect() as conn:
        return conn.execute(text("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = :t"),
                            {"t": table}).scalar_one()


def test_an_import_of_a_thousand_rows_gathers_the_statistics_of_its_table(server_demo, tmp_path):
    editor = login(server_demo, "editor", [ICT])
    with Workspace.open(as_user(server_demo, editor)) as ws:
        path = export_data(ws, tmp_path / "data.xlsx", Formats("en"))
        book = openpyxl.load_workbook(path)
        sheet = book["Activities"]
        headers = [c.value for c in sheet[1]]
        workstream = "ICT training courses for Lao officials"  # (of the agreement the editor may change)
        for i in range(statistics.AFTER_ROWS):
            row = [None] * len(headers)
            for header, value in (("Workstream", workstream), ("Kind", "Training"), ("Status", "Planned"),
                                  ("Title (English)", f"Course {i}"), ("Place", "Vientiane")):
                row[headers.index(header)] = value
            sheet.append(row)
        book.save(path)
        before = _analysed(ws, "activity"), _analysed(ws, "participation")
        plan = importer.check(ws, path, today=DEMO_DAY)
        assert [str(p) for p in plan.problems] == [] and plan.counts()["create"] == statistics.AFTER_ROWS
        importer.apply(ws, plan)
        assert _analysed(ws, "activity") == before[0] + 1
        assert _analysed(ws, "participation") == before[1]  # (nothing written there)


def test_a_small_write_leaves_the_statistics_to_the_server(server_demo):
    before = _analysed(server_demo, "activity")
    assert server_demo.refresh_statistics({"activity": statistics.AFTER_ROWS - 1}) == []
    assert _analysed(server_demo, "activity") == before


def test_the_function_analyses_the_workspaces_own_tables_only(server_demo):
    reader = login(server_demo, "reader")
    with Workspace.open(as_user(server_demo, reader)) as ws:
        assert ws.refresh_statistics({"activity": 5000, "pg_class": 5000, "nothing; drop table x": 5000}) == [
            "activity", "nothing; drop table x", "pg_class"]  # asked for; only the first is one of them
    with server_demo.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE tablename = 'activity'")).scalar_one() == 1
