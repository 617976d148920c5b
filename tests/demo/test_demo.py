import json
from datetime import date

from mouplanner.demo import build_demo, demo_id
from mouplanner.services import Services
from mouplanner.services.check import check_records
from mouplanner.services.summary import dump
from tests.conftest import DEMO_DAY


def test_demo_is_valid(demo_ws):
    findings = check_records(demo_ws, today=DEMO_DAY)
    assert [f for f in findings if f.problem.severity == "error"] == []
    # The only warnings: the TELMIN 16 meeting that led to the MOU happened before it took effect.
    assert {f.record_id for f in findings} == {demo_id("act-telmin")}


def test_demo_holds_the_articles_facts(demo_ws):
    svc = Services(demo_ws)
    mou = svc.agreements.get(demo_id("mou2018"))
    assert mou.signed_date == date(2018, 2, 7)
    assert "ไปรษณีย์ โทรคมนาคม" in mou.title_th and mou.title_lo
    assert len(svc.areas.list({"agreement_id": mou.id})) == 8
    egov = svc.agreements.get(demo_id("mou2021"))
    assert egov.signed_date == date(2021, 9, 2)
    periods = {p.label: p.actual for p in svc.periods.list({"indicator_id": demo_id("ind-penetration")})}
    assert periods["2021-01"] == 48.4
    users = svc.indicators.get(demo_id("ind-users"))
    assert users.baseline == 2.7
    assert svc.periods.list({"indicator_id": demo_id("ind-growth")})[0].actual == 468000
    courses = {a.course for a in svc.activities.list({"kind": "training"})}
    assert "Advanced Internet and Web Application" in courses
    titles = {w.title_en for w in svc.workstreams.list()}
    assert {"GMS Information Superhighway", "Community ICT learning centres", "Cyber security cooperation",
            "Digital tech startups: tourism and logistics apps"} <= titles
    every_row = svc.activities.list() + svc.people.list() + svc.organisations.list()
    for row in every_row:
        texts = [getattr(row, f"{p}_{lang}", "") for p in ("title", "name") for lang in ("en", "th", "lo")]
        assert sum(bool(t) for t in texts) == 3, row


def test_demo_is_reproducible_for_a_day(demo_ws, tmp_path):
    again = build_demo(tmp_path / "again.mouplan", today=DEMO_DAY)
    assert json.dumps(dump(again), sort_keys=True) == json.dumps(dump(demo_ws), sort_keys=True)
    again.close()
