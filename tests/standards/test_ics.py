"""The calendar file (issue 19): written with ``icalendar``, read back by two independent parsers
(``vobject`` and ``ical``), as Outlook, Thunderbird and Google Calendar would import it: the same
identities from one export to the next, cancelled records as cancelled events, whole days ending
the day after, timed meetings in their place's time zone, reminders before deadlines, and Thai and
Lao text that survives line folding."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import vobject
from ical.calendar_stream import IcsCalendarStream

from mouplanner.demo import demo_id
from mouplanner.domain import ActionItem, Activity
from mouplanner.domain.enums import ActivityStatus
from mouplanner.facade import Facade
from mouplanner.services.scope import Scope
from tests.conftest import DEMO_DAY

# a Lao title with stacked marks, long enough to be folded over several lines
LAO = "ກອງປະຊຸມເຊີງປະຕິບັດການກ່ຽວກັບການພັດທະນາເຕັກໂນໂລຊີດິຈິຕອນ ແລະ ການຫັນເປັນທັນສະໄໝຂອງລັດຖະບານເອເລັກໂຕຣນິກ"


def export(ws, path, lang="en", scope=Scope()):
    Facade(ws).exports.calendar(path, scope, lang, DEMO_DAY, "Demo")
    text = path.read_bytes().decode("utf-8")  # (its lines end in CRLF, as RFC 5545 says)
    assert text.count("\r\n") == text.count("\n")
    by_vobject = {e.uid.value: e for e in vobject.readOne(text).vevent_list}
    by_ical = {e.uid: e for e in IcsCalendarStream.calendar_from_ics(text).events}
    assert set(by_vobject) == set(by_ical)
    return text, by_vobject, by_ical


def test_the_demo_as_a_calendar_read_back_by_two_parsers(demo_ws, tmp_path):
    text, events, same = export(demo_ws, tmp_path / "demo.ics")
    signing = events[f"{demo_id('act-signing')}-activity@mouplanner"]
    assert signing.dtstart.value == date(2018, 2, 7) and signing.dtend.value == date(2018, 2, 8)  # the day after
    assert signing.status.value == "CONFIRMED" and signing.transp.value == "OPAQUE"
    first = events[f"{demo_id('mt-jwg1')}-meeting@mouplanner"]
    assert first.dtstart.value == datetime(2018, 9, 20, 9, 0, tzinfo=ZoneInfo("Asia/Vientiane"))
    assert f"UID:{demo_id('mt-jwg1')}" in text and "DTSTART;TZID=Asia/Vientiane:20180920T090000" in text
    assert "BEGIN:VTIMEZONE\r\nTZID:Asia/Vientiane" in text  # the zone it names, described in the file
    assert first.dtend.value == datetime(2018, 9, 20, 17, 0, tzinfo=ZoneInfo("Asia/Vientiane"))
    assert first.summary.value == "1st JWG · 1st Joint Working Group meeting"
    term = events[f"{demo_id('mou2018')}-term@mouplanner"]  # renews by itself: the last day to stop it
    assert term.summary.value == "Last day to give notice not to renew TH-LA-ICT-2018"
    assert term.dtstart.value == date(2027, 8, 6) and term.transp.value == "TRANSPARENT"
    assert term.valarm.trigger.value == timedelta(days=-30)
    gms = events[f"{demo_id('mt-jwg-last-a1')}-action_item@mouplanner"]
    assert gms.summary.value == "Action item due: Share the GMS link traffic figures"
    assert gms.valarm.trigger.value == timedelta(days=-3)
    for uid, event in events.items():  # the second parser reads the same dates and titles
        assert same[uid].summary == event.summary.value
        assert same[uid].dtstart == event.dtstart.value
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_exporting_again_updates_the_same_events_and_cancels_what_was_cancelled_or_removed(demo_ws, tmp_path):
    _, before, _ = export(demo_ws, tmp_path / "before.ics")
    facade = Facade(demo_ws)
    moved, cancelled, removed = demo_id("act-tr-joomla"), demo_id("act-bb-info"), demo_id("act-comm-visit")
    start = facade.service(Activity).get(moved).planned_start
    facade.save(Activity, moved, {"planned_start": start + timedelta(days=7),
                                  "planned_end": start + timedelta(days=9)}, [])
    facade.save(Activity, cancelled, {"status": ActivityStatus.CANCELLED}, [])
    facade.delete(Activity, removed)
    _, after, _ = export(demo_ws, tmp_path / "after.ics")
    assert set(after) == set(before)  # no event twice, none lost: a calendar updates them
    uid = f"{moved}-activity@mouplanner"
    assert after[uid].dtstart.value == start + timedelta(days=7) and after[uid].dtend.value == start + timedelta(days=10)
    assert int(after[uid].sequence.value) > int(before[uid].sequence.value)
    for record in (cancelled, removed):
        event = after[f"{record}-activity@mouplanner"]
        assert event.status.value == "CANCELLED" and not hasattr(event, "valarm")


def test_thai_and_lao_titles_survive_line_folding(demo_ws, tmp_path):
    facade = Facade(demo_ws)
    item = demo_id("mt-jwg-last-a1")
    facade.save(ActionItem, item, {"title_lo": LAO}, [])
    text, events, same = export(demo_ws, tmp_path / "lo.ics", "lo")
    uid = f"{item}-action_item@mouplanner"
    assert events[uid].summary.value.endswith(LAO) and same[uid].summary.endswith(LAO)
    raw_lines = (tmp_path / "lo.ics").read_bytes().split(b"\r\n")
    folded = [line for line in raw_lines if line.startswith(b" ")]
    assert len(folded) >= 2 and all(len(line) <= 75 for line in raw_lines)
    for line in raw_lines:  # each line whole UTF-8 on its own: no character cut in two by the folding
        line.decode("utf-8", errors="strict")
    _, thai, _ = export(demo_ws, tmp_path / "th.ics", "th")
    signing = thai[f"{demo_id('act-signing')}-activity@mouplanner"]
    assert signing.summary.value == "พิธีลงนามบันทึกความเข้าใจ" and signing.dtstart.value == date(2018, 2, 7)  # not 2561


def test_a_scope_exports_only_its_agreements_dates(demo_ws, tmp_path):
    _, everything, _ = export(demo_ws, tmp_path / "all.ics")
    _, egov, _ = export(demo_ws, tmp_path / "egov.ics", scope=Scope(agreement_id=demo_id("mou2021")))
    assert set(egov) < set(everything)
    assert f"{demo_id('mou2021')}-term@mouplanner" in egov and f"{demo_id('mou2018')}-term@mouplanner" not in egov
    assert egov[f"{demo_id('mou2021')}-term@mouplanner"].summary.value == "LA-AIF-EGOV-2021 expires"
