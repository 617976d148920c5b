"""Meetings, their attendees, agenda, decisions and action items as records (issue 18, first
step): made and checked as any record, listed by agreement with overdue action items marked,
deleted with what belongs to them. On both backends."""

from __future__ import annotations

from datetime import date

import pytest

from mouplanner.demo import demo_id
from mouplanner.domain import Meeting, MeetingAttendee
from mouplanner.domain.validation import ValidationError
from mouplanner.services import Services, editing
from mouplanner.services.listing import ListQuery
from mouplanner.services.listings import LISTINGS
from mouplanner.services.scope import Scope
from mouplanner.services.undo import revert
from tests.conftest import DEMO_DAY

ICT, EGOV = demo_id("mou2018"), demo_id("mou2021")


@pytest.fixture
def svc(demo_ws):
    return Services(demo_ws)


def test_a_meeting_with_its_attendees_is_one_save(demo_ws, svc):
    saved = editing.save(demo_ws, Meeting, None, {
        "agreement_id": ICT, "body": "joint_working_group", "number": "10th JWG", "status": "planned",
        "title_en": "10th Joint Working Group meeting", "title_lo": "ກອງປະຊຸມຄະນະເຮັດວຽກຮ່ວມ ຄັ້ງທີ 10",
        "meeting_date": "2027-09-15", "start_time": "09:30", "time_zone": "Asia/Vientiane", "host_country": "LA"},
        [editing.Children(MeetingAttendee, "meeting_id", [
            {"person_id": demo_id("siriporn"), "role": "co_chair", "side": 1},
            {"person_id": demo_id("vilayvanh"), "role": "co_chair", "side": 2}])])
    meeting = svc.meetings.get(saved.row.id)
    assert (meeting.meeting_date, meeting.start_time, meeting.time_zone) == (date(2027, 9, 15), "09:30", "Asia/Vientiane")
    assert {a.person_id for a in svc.attendees.list({"meeting_id": meeting.id})} == {demo_id("siriporn"),
                                                                                     demo_id("vilayvanh")}


@pytest.mark.parametrize(("values", "field", "said"), [
    ({"start_time": "9.30"}, "start_time", "9.30 is not a time of day as hours and minutes (09:30)"),
    ({"time_zone": "Vientiane"}, "time_zone", "Vientiane is not a time zone"),
    ({"host_country": "Laos"}, "host_country", "LAOS is not a two-letter ISO country code"),
    ({"meeting_date": "2027-09-15", "end_date": "2027-09-14"}, "end_date", "is before the start"),
    ({"headcount_total": 3, "headcount_women": 5}, "headcount_women", "women (5) cannot be more than the total (3)"),
])
def test_a_meeting_that_cannot_be_is_refused_saying_which_field_and_why(svc, values, field, said):
    with pytest.raises(ValidationError) as refused:
        svc.meetings.create({"agreement_id": ICT, "body": "technical", "status": "planned", "title_en": "Review",
                             **values})
    assert [p.field for p in refused.value.problems] == [field]
    assert said in str(refused.value)


def test_a_decision_needs_its_text(svc):
    meeting = demo_id("mt-jwg-last")
    with pytest.raises(ValidationError, match="a decision needs its text in at least one language"):
        svc.decisions.create({"meeting_id": meeting})
    assert svc.decisions.create({"meeting_id": meeting, "text_lo": "ເຫັນດີ"}).row.text_lo == "ເຫັນດີ"


def test_action_items_are_listed_by_agreement_with_the_overdue_ones_marked(demo_ws):
    listing = LISTINGS["action_items"]
    everything = listing.ids(demo_ws, ListQuery(sort="due_date"))
    only_ict = listing.ids(demo_ws, ListQuery(sort="due_date", scope=Scope(agreement_id=ICT)))
    only_training = listing.ids(demo_ws, ListQuery(scope=Scope(workstream_id=demo_id("w-training"))))
    assert len(everything) == 6 and len(only_ict) == 5 and demo_id("mt-jv-tech-a1") not in only_ict
    assert set(only_training) == set(only_ict)  # a workstream's agreement: its meetings' action items
    rows = listing.rows(demo_ws, everything, "en")
    late = {i for i in everything if listing.is_late(rows[i], DEMO_DAY)}
    assert late == {demo_id("mt-jwg-last-a1"), demo_id("mt-jwg-last-a3"), demo_id("mt-jv-tech-a1")}
    owner = listing.columns.index("owner")
    assert rows[demo_id("mt-jwg-last-a1")][owner].value == "Mr. Somphone Keola"
    thai = listing.rows(demo_ws, [demo_id("mt-jwg-last-a1")], "th")[demo_id("mt-jwg-last-a1")]
    assert thai[listing.columns.index("title")].value == "ส่งข้อมูลปริมาณการใช้งานเส้นทาง GMS"
    found = listing.ids(demo_ws, ListQuery(text="Joomla"))
    assert found == [demo_id("mt-jwg-last-a2")]


def test_meetings_are_listed_by_agreement_in_date_order(demo_ws):
    listing = LISTINGS["meetings"]
    ict = listing.ids(demo_ws, ListQuery(scope=Scope(agreement_id=ICT)))
    assert ict == [demo_id(k) for k in ("mt-telmin16", "mt-jwg1", "mt-jwg-last", "mt-jwg-next")]
    assert listing.ids(demo_ws, ListQuery(scope=Scope(area_id=demo_id("b-services")))) == [demo_id("mt-jv-tech")]


def test_deleting_a_meeting_takes_what_belongs_to_it_and_one_undo_brings_it_back(demo_ws, svc):
    impact = svc.meetings.delete_impact(demo_id("mt-jwg-last"))
    assert impact.counts == {"Meeting": 1, "Attendee": 5, "Agenda item": 3, "Decision": 2, "Action item": 3,
                             "Action item update": 1}
    done = svc.meetings.delete(demo_id("mt-jwg-last"))
    assert svc.action_items.list({"meeting_id": demo_id("mt-jwg-last")}) == []
    revert(demo_ws, done.txn_id)  # one undo brings it all back
    assert len(svc.action_items.list({"meeting_id": demo_id("mt-jwg-last")})) == 3


def test_the_dashboard_counts_action_items_per_side_and_names_the_next_meeting(demo_ws):
    from mouplanner.services.dashboard import dashboard

    r = dashboard(demo_ws, Scope(agreement_id=ICT), DEMO_DAY).rhythm
    # owners' sides as their organisations are parties: MDES side 1, MPTC side 2
    assert {side: (c.open, c.overdue) for side, c in r.by_side.items()} == {1: (1, 1), 2: (2, 1)}
    assert [a.id for a in r.overdue] == [demo_id("mt-jwg-last-a3"), demo_id("mt-jwg-last-a1")]
    assert r.next_meeting.id == demo_id("mt-jwg-next")
    assert {a.id for a in r.to_prepare} == {demo_id(k) for k in ("mt-jwg-last-a1", "mt-jwg-last-a2",
                                                                  "mt-jwg-last-a3")}
    everything = dashboard(demo_ws, Scope(), DEMO_DAY).rhythm
    assert {side: (c.open, c.overdue) for side, c in everything.by_side.items()} == {1: (2, 2), 2: (2, 1)}
    assert dashboard(demo_ws, Scope(agreement_id=EGOV), DEMO_DAY).rhythm.next_meeting is None
