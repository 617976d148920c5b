"""A meeting series: "the joint working group meets every year, the host alternating". Planning
the next meeting makes it from the last one (its number and title counted on, its date months
later, hosted by the other party, in that country's time zone) with the last agenda's items, and
with "matters arising" first, where the open action items of earlier meetings appear by themselves
(``services.meeting_outline``).

A meeting of a series that is saved as held plans its successor in the same step, unless one is
planned already; "Plan the next meeting" does it for any meeting."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from babel.core import get_global
from sqlalchemy import select
from sqlalchemy.orm import Session

from mouplanner.domain import AgendaItem, AgreementParty, Meeting, Organisation
from mouplanner.domain.enums import AgendaKind, HostRotation, MeetingStatus
from mouplanner.domain.term import add_months
from mouplanner.services.records import RecordService
from mouplanner.services.rows import to_row
from mouplanner.storage import Workspace

DEFAULT_MONTHS = 12
HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED, MeetingStatus.MINUTES_AGREED)
MATTERS_ARISING = {"title_en": "Matters arising from the previous meeting",
                   "title_th": "เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว",
                   "title_lo": "ເລື່ອງສືບເນື່ອງຈາກກອງປະຊຸມຄັ້ງຜ່ານມາ"}
_NUMBER = re.compile(r"(\d+)(st|nd|rd|th)?(?!.*\d)", re.S)  # the last number, with its English ordinal


@dataclass
class Planned:
    row: Any  # the next meeting's row
    made: bool  # False: it was planned already (this is it)
    txn_id: str = ""  # the step that made it (empty when it was there already)


def counted_on(text: str) -> str:
    """"3rd JWG" -> "4th JWG", "ครั้งที่ 3" -> "ครั้งที่ 4": the last number one more."""
    def next_number(m: re.Match[str]) -> str:
        n = int(m.group(1)) + 1
        if not m.group(2):
            return str(n)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return _NUMBER.sub(next_number, text, count=1)


def time_zone_of(country: str, fallback: str) -> str:
    zones = get_global("territory_zones").get(country.upper()) if country else None
    return zones[0] if zones else fallback


def next_host(s: Session, meeting: Meeting) -> str:
    """The country hosting the next meeting: the other party's, where the host alternates."""
    if meeting.host_rotation == HostRotation.SAME:
        return meeting.host_country
    countries = [c for c in s.scalars(
        select(Organisation.country).join(AgreementParty, AgreementParty.organisation_id == Organisation.id)
        .where(AgreementParty.agreement_id == meeting.agreement_id, AgreementParty.deleted_at.is_(None))
        .order_by(AgreementParty.side, AgreementParty.id)) if c]
    others = [c for c in dict.fromkeys(countries) if c != meeting.host_country]
    return others[0] if others else meeting.host_country


def successor(s: Session, meeting: Meeting) -> Meeting | None:
    """A meeting of the same agreement and body planned after ``meeting``, if there is one."""
    if meeting.meeting_date is None:
        return None
    return s.scalars(select(Meeting).where(
        Meeting.agreement_id == meeting.agreement_id, Meeting.body == meeting.body, Meeting.deleted_at.is_(None),
        Meeting.id != meeting.id, Meeting.meeting_date > meeting.meeting_date,
        Meeting.status != MeetingStatus.CANCELLED).order_by(Meeting.meeting_date).limit(1)).first()


def plan_next_in(s: Session, ws: Workspace, meeting: Meeting) -> Planned:
    """The meeting after ``meeting``: the one planned already, or a new one made now (in ``s``)."""
    existing = successor(s, meeting)
    if existing is not None:
        return Planned(to_row(existing), made=False)
    months = meeting.repeat_months or DEFAULT_MONTHS
    host = next_host(s, meeting)
    start = add_months(meeting.meeting_date, months) if meeting.meeting_date else None
    values: dict[str, Any] = {
        "agreement_id": meeting.agreement_id, "area_id": meeting.area_id, "body": meeting.body,
        "number": counted_on(meeting.number), "status": MeetingStatus.PLANNED, "meeting_date": start,
        "end_date": (start + (meeting.end_date - meeting.meeting_date)
                     if start and meeting.end_date and meeting.meeting_date else None),
        "start_time": meeting.start_time, "time_zone": time_zone_of(host, meeting.time_zone),
        "host_country": host, "venue": meeting.venue if host == meeting.host_country else "",
        "online_link": meeting.online_link, "co_chair_1_id": meeting.co_chair_1_id,
        "co_chair_2_id": meeting.co_chair_2_id, "repeat_months": meeting.repeat_months,
        "host_rotation": meeting.host_rotation,
        **{f"title_{lang}": counted_on(getattr(meeting, f"title_{lang}")) for lang in ("en", "th", "lo")},
    }
    made = RecordService(ws, Meeting).create_in(s, values)
    items = RecordService(ws, AgendaItem)
    agenda = list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id,
                                                     AgendaItem.deleted_at.is_(None))
                            .order_by(AgendaItem.sort_order, AgendaItem.id)))
    order = 1
    if not any(item.kind == AgendaKind.MATTERS_ARISING for item in agenda):
        items.create_in(s, {"meeting_id": made.row.id, "sort_order": 1, "kind": AgendaKind.MATTERS_ARISING,
                            **MATTERS_ARISING})
        order = 2
    for item in agenda:  # the standing agenda, without its minutes ("matters arising from the 8th": 9th)
        arising = item.kind == AgendaKind.MATTERS_ARISING
        items.create_in(s, {"meeting_id": made.row.id, "sort_order": order, "kind": item.kind,
                            "presenter_id": item.presenter_id, "workstream_id": item.workstream_id,
                            **{f"title_{lang}": (counted_on if arising else str)(getattr(item, f"title_{lang}"))
                               for lang in ("en", "th", "lo")}})
        order += 1
    return Planned(made.row, made=True, txn_id=made.txn_id)


def plan_next(ws: Workspace, meeting_id: str) -> Planned:
    """"Plan the next meeting" (one undo step when it makes one)."""
    with ws.transaction("Plan the next meeting") as s:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            raise LookupError(meeting_id)
        return plan_next_in(s, ws, meeting)


def follow_up(s: Session, ws: Workspace, meeting: Meeting, status_before: MeetingStatus | None) -> Planned | None:
    """After ``meeting`` was saved: a series meeting that has just been held plans its successor."""
    if meeting.repeat_months is None or meeting.status not in HELD or status_before in HELD:
        return None
    if successor(s, meeting) is not None:
        return None
    return plan_next_in(s, ws, meeting)

