"""A meeting series and its matters arising (issue 18): the next meeting planned from the last one
(counted on, months later, hosted by the other party in its time zone, with the standing agenda
and matters arising first); a series meeting saved as held plans its successor in the same step;
the open action items of earlier meetings appear under the next meeting's matters arising. On
both backends."""

from __future__ import annotations

from datetime import date

import pytest

from mouplanner.demo import demo_id
from mouplanner.domain import Meeting
from mouplanner.domain.enums import AgendaKind, MeetingStatus
from mouplanner.domain.term import add_months
from mouplanner.services import Services, editing, meeting_series
from mouplanner.services.meeting_outline import outline
from mouplanner.services.undo import revert
from tests.conftest import DEMO_DAY

ICT = demo_id("mou2018")


@pytest.mark.parametrize(("before", "after"), [
    ("3rd JWG", "4th JWG"), ("10th JWG", "11th JWG"), ("11th JWG", "12th JWG"), ("21st JWG", "22nd JWG"),
    ("ครั้งที่ 9", "ครั้งที่ 10"), ("ຄັ້ງທີ 1", "ຄັ້ງທີ 2"), ("TM-2", "TM-3"), ("Annual review", "Annual review"),
    ("2024 JWG 1", "2024 JWG 2"),
])
def test_a_meetings_number_is_counted_on(before, after):
    assert meeting_series.counted_on(before) == after


def test_months_later_keeps_the_day_or_takes_the_months_last():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 12) == date(2027, 11, 15)
    assert add_months(date(2026, 8, 20), 6) == date(2027, 2, 20)


def test_the_next_meeting_is_planned_from_the_last_hosted_by_the_other_side(demo_ws):
    svc = Services(demo_ws)
    nine = svc.meetings.get(demo_id("mt-jwg-next"))
    planned = meeting_series.plan_next(demo_ws, nine.id)
    ten = svc.meetings.get(planned.row.id)
    assert planned.made and planned.txn_id
    assert (ten.number, ten.title_en, ten.title_th, ten.title_lo) == (
        "10th JWG", "10th Joint Working Group meeting", "การประชุมคณะทำงานร่วม ครั้งที่ 10",
        "ກອງປະຊຸມຄະນະເຮັດວຽກຮ່ວມ ຄັ້ງທີ 10")
    assert ten.meeting_date == add_months(nine.meeting_date, 12)
    assert (ten.host_country, ten.time_zone, ten.venue) == ("TH", "Asia/Bangkok", "")  # Luang Prabang was Lao
    assert (ten.status, ten.repeat_months, ten.co_chair_1_id) == (MeetingStatus.PLANNED, 12, nine.co_chair_1_id)
    agenda = sorted(svc.agenda_items.list({"meeting_id": ten.id}), key=lambda a: a.sort_order)
    assert [(a.sort_order, a.kind, a.title_en) for a in agenda] == [
        (1, AgendaKind.MATTERS_ARISING, "Matters arising from the 9th JWG"), (2, AgendaKind.ITEM, "Work plan 2027–2028")]
    assert all(not a.minutes_en for a in agenda)
    again = meeting_series.plan_next(demo_ws, nine.id)  # planned already: that one, nothing new
    assert (again.made, again.row.id) == (False, ten.id)
    revert(demo_ws, planned.txn_id, "undo")
    assert svc.meetings.list({"number": "10th JWG"}) == []
    assert svc.agenda_items.list({"meeting_id": ten.id}) == []


def test_a_series_meeting_saved_as_held_plans_its_successor_in_the_same_step(demo_ws):
    svc = Services(demo_ws)
    made = svc.meetings.create({"agreement_id": ICT, "body": "technical", "number": "TWG-1", "status": "planned",
                                "title_en": "Technical working group 1", "meeting_date": "2027-03-10",
                                "host_country": "TH", "time_zone": "Asia/Bangkok", "repeat_months": 6,
                                "host_rotation": "same", "venue": "MDES, Bangkok"}).row
    saved = editing.save(demo_ws, Meeting, made.id, {"status": "held"}, expected_version=made.version)
    assert saved.followed is not None and saved.followed.made
    nxt = svc.meetings.get(saved.followed.row.id)
    assert (nxt.number, nxt.meeting_date, nxt.host_country, nxt.venue) == ("TWG-2", date(2027, 9, 10), "TH",
                                                                          "MDES, Bangkok")
    matters = svc.agenda_items.list({"meeting_id": nxt.id})
    assert [(a.kind, a.title_th) for a in matters] == [(AgendaKind.MATTERS_ARISING,
                                                        "เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว")]
    held = svc.meetings.get(made.id)
    again = editing.save(demo_ws, Meeting, made.id, {"status": "minutes_drafted"}, expected_version=held.version)
    assert again.followed is None  # held already: nothing more
    revert(demo_ws, saved.txn_id, "undo")  # one step: the status and the next meeting
    assert svc.meetings.get(made.id).status == MeetingStatus.PLANNED
    assert svc.meetings.list({"number": "TWG-2"}) == []


def test_a_meeting_not_in_a_series_plans_nothing_when_held(demo_ws):
    svc = Services(demo_ws)
    made = svc.meetings.create({"agreement_id": ICT, "body": "other", "status": "planned", "title_en": "Visit",
                                "meeting_date": "2027-03-10"}).row
    assert editing.save(demo_ws, Meeting, made.id, {"status": "held"}, expected_version=made.version).followed is None


def test_open_action_items_of_earlier_meetings_are_the_next_meetings_matters_arising(demo_ws):
    svc = Services(demo_ws)
    seen = outline(demo_ws, demo_id("mt-jwg-next"))
    arising = {a.item.id for a in seen.arising}
    still_open = {a.id for a in svc.action_items.list({}) if a.status.value in ("open", "in_progress")
                  and svc.meetings.get(a.meeting_id).agreement_id == ICT}
    assert arising == still_open and arising  # ...of this agreement only
    assert seen.agenda[0].item.kind == AgendaKind.MATTERS_ARISING and seen.agenda[0].arising == seen.arising
    first = seen.arising[0]
    assert first.handed_out_at.id == demo_id("mt-jwg-last") and first.owner is not None
    assert all(a.item.due_date is None or first.item.due_date <= a.item.due_date for a in seen.arising)
    # done since: no longer arising at the next meeting, still in the minutes of the one that reviewed it
    item = svc.action_items.get(first.item.id)
    svc.action_items.update(item.id, {"status": "done"})
    assert first.item.id not in {a.item.id for a in outline(demo_ws, demo_id("mt-jwg-next")).arising}
    svc.action_updates.create({"action_item_id": item.id, "meeting_id": demo_id("mt-jwg-next"),
                               "update_date": DEMO_DAY, "status": "done", "text": "Sent on 1 December"})
    reviewed = {a.item.id: a for a in outline(demo_ws, demo_id("mt-jwg-next")).arising}
    assert reviewed[item.id].update.text == "Sent on 1 December"


def test_the_outline_has_both_sides_the_agenda_with_its_decisions_and_the_action_items(demo_ws):
    seen = outline(demo_ws, demo_id("mt-jwg-last"))
    assert seen.sides[1][0].short_name == "MDES" and seen.sides[2][0].short_name == "MPTC"  # signatories first
    assert seen.co_chairs[1].id == demo_id("siriporn") and seen.co_chairs[2].id == demo_id("vilayvanh")
    assert {a.person.id for a in seen.attendees[1]} >= {demo_id("siriporn"), demo_id("nattapong")}
    assert [e.item.sort_order for e in seen.agenda] == [1, 2, 3]
    assert sum(len(e.decisions) for e in seen.agenda) + len(seen.decisions) >= 1
    assert {a.item.id for a in seen.actions} >= {demo_id("mt-jwg-last-a1"), demo_id("mt-jwg-last-a3")}
    assert all(a.handed_out_at.id == seen.meeting.id for a in seen.actions)
    with pytest.raises(LookupError):
        outline(demo_ws, "no-such-meeting")


def test_a_meeting_or_visit_planned_on_a_public_holiday_of_the_host_country_is_warned(demo_ws):
    svc = Services(demo_ws)
    made = svc.meetings.create({"agreement_id": ICT, "body": "technical", "status": "planned",
                                "title_en": "Review", "meeting_date": "2027-04-13", "end_date": "2027-04-15",
                                "host_country": "LA", "time_zone": "Asia/Vientiane"})
    said = [str(p) for p in made.warnings if p.field == "meeting_date"]
    assert said == ["14/04/2027 is a public holiday in LA: Lao New Year's Day"] or \
        said[0].endswith("is a public holiday in LA: Lao New Year's Day"), said
    visit = svc.activities.create({"workstream_id": demo_id("w-training"), "kind": "visit", "status": "planned",
                                   "title_en": "Study visit", "planned_start": "2027-04-13",
                                   "planned_end": "2027-04-13", "country": "TH"})
    assert [p.params["name"] for p in visit.warnings if p.field == "planned_start"] == ["Songkran Festival"]
    moved = svc.activities.update(visit.row.id, {"planned_start": "2027-04-20", "planned_end": "2027-04-20"})
    assert not [p for p in moved.warnings if "public holiday" in p.template]
