"""What is due (the "Due" view, and the notice when a workspace opens): action items due within a
fortnight or overdue, milestones likewise, agreements whose last day to give notice or whose expiry
is within 90 days, meetings in the next 30 days, and minutes not agreed 30 days after a meeting.
Each entry names its record, so that the view opens it, and counts the working days left (weekends
and the public holidays of the owner's or the host's country are not). No server and no e-mail needed: it is read
from the workspace on the day it is looked at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from mouplanner.domain import ActionItem, Agreement, Meeting, Milestone, Organisation, Person
from mouplanner.domain.enums import MeetingStatus
from mouplanner.locale import holidays
from mouplanner.services.agreement_terms import terms_in
from mouplanner.services.dashboard import OPEN_MILESTONE
from mouplanner.services.meeting_dashboard import OPEN_ACTION
from mouplanner.services.meeting_listings import agreements_of
from mouplanner.services.rows import to_row
from mouplanner.services.scope import Scope
from mouplanner.storage import Workspace

SOON = timedelta(days=14)  # action items and milestones
AGREEMENT_AHEAD = (90, 30)  # days before a notice deadline or an expiry (the second: urgent)
MEETINGS_AHEAD = timedelta(days=30)
MINUTES_AFTER = timedelta(days=30)
NOT_AGREED = (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED)


@dataclass(frozen=True)
class Due:
    what: str  # action_item, milestone, notice, expiry, meeting, minutes
    table: str  # the record's kind (table name), to open it
    record: Any  # its row
    day: date  # the date it is due (or the meeting's)
    days: int  # from today: negative when past
    country: str = ""  # whose public holidays are not working days: the owner's, the meeting host's
    working: int = 0  # working days left before it is due (tomorrow to the day), 0 when past


    @property
    def overdue(self) -> bool:
        return self.days < 0 and self.what not in ("meeting",)


def due(ws: Workspace, today: date, scope: Scope = Scope()) -> list[Due]:
    """Everything due, the most pressing first (overdue, then by date)."""
    out: list[Due] = []

    def add(what: str, table: str, obj: Any, day: date | None, country: str = "") -> None:
        if day is not None:  # (the queries ask for a date: always there)
            working = holidays.working_days(today + timedelta(days=1), day, country)
            out.append(Due(what, table, to_row(obj), day, (day - today).days, country, working))

    with ws.read() as s:
        items = select(ActionItem).join(Meeting, Meeting.id == ActionItem.meeting_id).where(
            ActionItem.deleted_at.is_(None), ActionItem.status.in_(OPEN_ACTION),
            ActionItem.due_date <= today + SOON, Meeting.deleted_at.is_(None))
        meetings = select(Meeting).where(Meeting.deleted_at.is_(None))
        if not scope.is_all:
            items = items.where(Meeting.agreement_id.in_(agreements_of(scope)))
            meetings = meetings.where(Meeting.agreement_id.in_(agreements_of(scope)))
        owners_country = items.add_columns(Organisation.country).outerjoin(
            Person, Person.id == ActionItem.owner_id).outerjoin(Organisation, Organisation.id == Person.organisation_id)
        for item, country in s.execute(owners_country):
            add("action_item", "action_item", item, item.due_date, country or "")
        for milestone in s.scalars(select(Milestone).where(
                Milestone.deleted_at.is_(None), Milestone.status.in_(OPEN_MILESTONE),
                Milestone.planned_date <= today + SOON, scope.activity_filter(Milestone.workstream_id))):
            add("milestone", "milestone", milestone, milestone.planned_date)
        for meeting in s.scalars(meetings.where(Meeting.status == MeetingStatus.PLANNED,
                                                Meeting.meeting_date >= today,
                                                Meeting.meeting_date <= today + MEETINGS_AHEAD)):
            add("meeting", "meeting", meeting, meeting.meeting_date, meeting.host_country)
        for meeting in s.scalars(meetings.where(Meeting.status.in_(NOT_AGREED),
                                                Meeting.meeting_date <= today - MINUTES_AFTER)):
            if meeting.meeting_date is not None:
                add("minutes", "meeting", meeting, meeting.meeting_date + MINUTES_AFTER, meeting.host_country)
        wanted = None if scope.is_all else list(s.scalars(agreements_of(scope)))
        for agreement_id, term in terms_in(s, today, wanted).items():
            agreement = s.get(Agreement, agreement_id)
            if term.notice_by is not None and 0 <= (term.notice_by - today).days <= AGREEMENT_AHEAD[0]:
                add("notice", "agreement", agreement, term.notice_by)
            elif (term.notice_by is None and term.ends_on is not None
                  and 0 <= (term.ends_on - today).days <= AGREEMENT_AHEAD[0]):
                add("expiry", "agreement", agreement, term.ends_on)
    out.sort(key=lambda d: (not d.overdue, d.day))
    return out
