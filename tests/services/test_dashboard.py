from decimal import Decimal

from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.services.dashboard import dashboard
from mouplanner.services.history import history
from mouplanner.services.scope import Scope
from tests.conftest import DEMO_DAY


def test_whole_workspace_dashboard(demo_ws):
    d = dashboard(demo_ws, Scope(), DEMO_DAY)
    assert (d.milestones_done, d.milestones_total) == (4, 16)
    assert [m.title_en for m in d.overdue_milestones] == [
        "Feasibility report submitted", "Capacity upgrade plan agreed", "Tourism app pilots running",
        "Current course programme delivered"]
    assert [a.title_en for a in d.upcoming_30] == [
        "Exchange of national broadband plans", "Working-group meeting on network capacity",
        "Building websites with Joomla", "Logistics platform design workshop",
        "Study visit to Thai community ICT learning centres"]
    assert len(d.upcoming_90) == 9  # T+5 ... T+70
    assert d.activities_by_kind["training"] == 5 and sum(d.activities_by_kind.values()) == 19
    assert (d.participants_total, d.participants_women) == (296, 129)
    assert d.budget == {"LAK": Decimal("255000000"), "THB": Decimal("2110000"), "USD": Decimal("16300")}


def test_scoped_dashboards(demo_ws):
    d = dashboard(demo_ws, Scope(workstream_id=demo_id("w-community")), DEMO_DAY)
    assert (d.milestones_done, d.milestones_total) == (0, 2)
    # 3 named (1 woman... Vilayvanh and Khamla are women) + head count 10 (4 women)
    assert (d.participants_total, d.participants_women) == (13, 6)
    assert d.budget == {"THB": Decimal("280000")}
    area = dashboard(demo_ws, Scope(area_id=demo_id("b-budget")), DEMO_DAY)
    assert area.activities_by_kind == {"workshop": 1}
    agreement = dashboard(demo_ws, Scope(agreement_id=demo_id("mou2021")), DEMO_DAY)
    assert sum(agreement.activities_by_kind.values()) == 3


def test_cancelled_milestones_do_not_count_and_history_shows_edits(demo_ws):
    svc = Services(demo_ws)
    svc.milestones.update(demo_id("m-cyber-drill"), {"status": "cancelled"})
    d = dashboard(demo_ws, Scope(), DEMO_DAY)
    assert d.milestones_total == 15
    entries = history(demo_ws, demo_id("m-cyber-drill"))
    assert [(e.op, e.field, e.old, e.new, e.actor) for e in entries] == [
        ("create", None, None, entries[0].new, "demo"), ("update", "status", "planned", "cancelled", "tester")]
    assert entries[1].action == "Edit milestone"
