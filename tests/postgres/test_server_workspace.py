"""A workspace on a real PostgreSQL server (started by the test session) holds and answers the
same as a file: the demo built there dumps the same records, edits are journalled and undone,
lists find Thai and Lao substrings, the dashboard counts the same."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from mouplanner.demo import demo_id
from mouplanner.domain import Change
from mouplanner.services import Services, undo
from mouplanner.services.dashboard import dashboard
from mouplanner.services.listing import ListQuery
from mouplanner.services.listings import LISTINGS
from mouplanner.services.scope import Scope
from mouplanner.services.summary import dump
from mouplanner.storage import Workspace, WorkspaceExists
from tests.conftest import DEMO_DAY


def test_the_demo_on_a_server_is_the_demo_in_a_file(server_demo, demo_ws):
    assert server_demo.backend.name.startswith("ws_") and "postgresql" in server_demo.location
    assert dump(server_demo) == dump(demo_ws)
    assert _figures(dashboard(server_demo, Scope(), DEMO_DAY)) == _figures(dashboard(demo_ws, Scope(), DEMO_DAY))


def _figures(board):
    """The dashboard's figures and the ids of the records it lists (made at other times in each)."""
    def plain(value):
        if isinstance(value, list):
            return [row.id for row in value]
        if hasattr(value, "id") and hasattr(value, "version"):  # a record's row
            return value.id
        if hasattr(value, "__dataclass_fields__"):  # the meetings' part (rhythm)
            return _figures(value)
        return value
    return {name: plain(value) for name, value in vars(board).items()}


@pytest.mark.parametrize("needle", ["ผู้เชี่ยวชาญ", "เวียงจันทน์", "อบรม", "ຝຶກອົບຮົມ", "ຜູ້ຊ່ຽວຊານ", "ສຳມະນາ", "Joomla", "vientiane"])
def test_quick_search_finds_the_same_rows_on_a_server(server_demo, demo_ws, needle):
    listing = LISTINGS["activities"]
    on_server, _ = listing.ids_from(server_demo, ListQuery(text=needle), None)
    in_file, _ = listing.ids_from(demo_ws, ListQuery(text=needle), None)
    assert on_server == in_file and on_server


def test_edits_are_journalled_and_undone_on_a_server(server_demo):
    svc = Services(server_demo)
    saved = svc.activities.update(demo_id("act-tr-joomla"), {"place": "Pakse", "planned_start": date(2026, 12, 10)})
    with server_demo.read() as s:
        fields = set(s.scalars(select(Change.field).where(Change.txn_id == saved.txn_id)))
    assert fields == {"place", "planned_start"}
    undo.revert(server_demo, saved.txn_id, "Undo")
    row = svc.activities.get(demo_id("act-tr-joomla"))
    assert row.place != "Pakse" and row.version == saved.row.version + 1


def test_a_second_workspace_in_the_same_database_is_refused(server_demo, pg_url):
    with pytest.raises(WorkspaceExists):
        Workspace.create(server_demo.location.replace("***", ""))
    with server_demo.read() as s:
        assert s.scalar(select(func.count()).select_from(Change)) > 0


def test_charts_timeline_and_calendar_on_a_server_are_those_of_the_file(server_demo, demo_ws):
    """Every view's queries run on PostgreSQL and answer as SQLite does (an expression grouped by
    once failed there: its numbers were parameters, which PostgreSQL reads as different)."""
    from mouplanner.facade import Facade

    server, local = Facade(server_demo), Facade(demo_ws)
    assert server.chart_data(Scope()) == local.chart_data(Scope())
    assert server.chart_records(Scope(), "kinds", "2026-Q4", "training") == \
        local.chart_records(Scope(), "kinds", "2026-Q4", "training")
    first, last = date(2026, 1, 1), date(2027, 12, 31)
    assert server.calendar_items(Scope(), first, last) == local.calendar_items(Scope(), first, last)
    on_server, in_file = server.timeline(Scope()), local.timeline(Scope())
    assert (on_server.lanes, on_server.bars, on_server.diamonds, on_server.dependencies) == \
        (in_file.lanes, in_file.bars, in_file.diamonds, in_file.dependencies)
