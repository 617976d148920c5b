"""The Due view and the notice at opening (issue 18): what is overdue or due soon, read on the
day it is looked at, each entry opening its record."""

from __future__ import annotations

from datetime import date, timedelta

from mouplanner.demo import demo_id
from mouplanner.locale.holidays import working_days
from mouplanner.services.due import due
from mouplanner.services.scope import Scope
from tests.conftest import DEMO_DAY


def test_what_is_due_on_the_demo_day_the_most_pressing_first(demo_ws):
    found = due(demo_ws, DEMO_DAY)
    kinds = {(d.what, d.record.id) for d in found}
    assert ("action_item", demo_id("mt-jwg-last-a1")) in kinds and ("action_item", demo_id("mt-jv-tech-a1")) in kinds
    assert ("minutes", demo_id("mt-jwg-last")) in kinds  # held 75 days ago, minutes only drafted
    assert all(d.overdue for d in found[:3]) and found[0].days <= found[1].days
    later = [d for d in found if not d.overdue]
    assert [d.day for d in later] == sorted(d.day for d in later)
    only_egov = due(demo_ws, DEMO_DAY, Scope(agreement_id=demo_id("mou2021")))
    assert {d.record.id for d in only_egov} < {d.record.id for d in found}
    assert ("action_item", demo_id("mt-jwg-last-a1")) not in {(d.what, d.record.id) for d in only_egov}


def test_agreements_notice_and_expiry_are_due_90_days_ahead(demo_ws):
    notice_by = date(2027, 8, 6)  # the demo MOU's last day to give notice not to renew
    before = due(demo_ws, notice_by - timedelta(days=91))
    assert not [d for d in before if d.what == "notice"]
    within = [d for d in due(demo_ws, notice_by - timedelta(days=30)) if d.what == "notice"]
    assert [(d.record.code, d.day, d.days) for d in within] == [("TH-LA-ICT-2018", notice_by, 30)]
    expiry = [d for d in due(demo_ws, date(2027, 7, 1)) if d.what == "expiry"]  # the 2021 MOU: no tacit renewal
    assert [(d.record.code, d.day) for d in expiry] == [("LA-AIF-EGOV-2021", date(2027, 9, 1))]


def test_a_planned_meeting_in_the_next_30_days_is_due(demo_ws):
    nine = [d for d in due(demo_ws, DEMO_DAY + timedelta(days=20)) if d.what == "meeting"]
    assert [(d.record.number, d.days) for d in nine] == [("9th JWG", 25)]


def test_each_entry_counts_the_working_days_left_in_its_country(demo_ws):
    """The 9th JWG in Vientiane on Tue 5 Jan 2027, seen on Fri 11 Dec 2026: 17 weekdays from the
    Monday to the Tuesday, less Lao New Year's Day (1 Jan); Thailand would also lose 31 Dec."""
    nine = next(d for d in due(demo_ws, date(2026, 12, 11)) if d.what == "meeting")
    assert (nine.day, nine.days, nine.country, nine.working) == (date(2027, 1, 5), 25, "LA", 16)
    assert working_days(date(2026, 12, 12), date(2027, 1, 5), "TH") == 15
    assert all(d.working == 0 for d in due(demo_ws, date(2026, 12, 11)) if d.days <= 0)
