"""What a calendar file carries for a scope (``mouplanner calendar``, File > Export calendar…):
activities, milestones, meetings, action items' due dates, and agreements' last days to give
notice and expiries, each as one happening with an identity that stays the same from one export to
the next (so that a calendar that imports the file again updates its events), its record's version
(a calendar takes the higher one as the newer), and a reminder before a deadline.

Records cancelled, dropped or removed come as cancelled happenings, so that a calendar that had
them takes them off. Dates are Gregorian: the Buddhist era is only how the app shows them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from mouplanner.domain import ActionItem, Activity, Agreement, Meeting, Milestone
from mouplanner.domain.enums import ActionStatus, ActivityStatus, MeetingStatus, MilestoneStatus
from mouplanner.locale.catalog import translate
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.locale.text import display
from mouplanner.services.agreement_terms import terms_in
from mouplanner.services.meeting_listings import agreements_of
from mouplanner.services.scope import Scope
from mouplanner.storage import Workspace

UID_DOMAIN = "mouplanner"
# days before it that a calendar reminds of each kind of date (None: no reminder)
REMIND_DAYS = {"activity": 1, "milestone": 7, "meeting": 7, "action_item": 3, "notice": 30, "expiry": 90}
TENTATIVE, CONFIRMED, CANCELLED = "TENTATIVE", "CONFIRMED", "CANCELLED"
WORDS = {
    "milestone": QT_TRANSLATE_NOOP("Calendar", "Milestone: %1"),
    "action_item": QT_TRANSLATE_NOOP("Calendar", "Action item due: %1"),
    "notice": QT_TRANSLATE_NOOP("Calendar", "Last day to give notice not to renew %1"),
    "expiry": QT_TRANSLATE_NOOP("Calendar", "%1 expires"),
}


@dataclass(frozen=True)
class Happening:
    uid: str  # the record's id and what of it: the same in every export, on every laptop
    what: str  # activity, milestone, meeting, action_item, notice, expiry
    summary: str
    first: date
    last: date  # the last day, counted in (a calendar file says the day after)
    status: str = CONFIRMED
    start_time: str = ""  # "09:30" for a meeting at a set time
    time_zone: str = ""  # the place's time zone for a timed meeting ("Asia/Vientiane")
    place: str = ""
    link: str = ""
    description: str = ""
    sequence: int = 0  # the record's version: a calendar keeps the higher
    modified: datetime | None = None
    remind_days: int | None = None


def _uid(record_id: str, what: str) -> str:
    return f"{record_id}-{what}@{UID_DOMAIN}"


def _words(what: str, name: str, lang: str) -> str:
    return translate("Calendar", WORDS[what], lang).replace("%1", name) if what in WORDS else name


def happenings(ws: Workspace, scope: Scope, lang: str, today: date) -> list[Happening]:
    """Everything with a date in ``scope``, titled in ``lang``, by date."""
    out: list[Happening] = []
    with ws.read() as s:
        out += _activities(s, scope, lang)
        out += _milestones(s, scope, lang)
        out += _meetings(s, scope, lang)
        out += _agreements(s, scope, lang, today)
    return sorted(out, key=lambda h: (h.first, h.what, h.uid))


def _activities(s: Any, scope: Scope, lang: str) -> list[Happening]:
    found = []
    for a in s.scalars(select(Activity).where(scope.activity_filter(Activity.workstream_id),
                                              Activity.planned_start.is_not(None))):
        gone = a.deleted_at is not None or a.status in (ActivityStatus.CANCELLED, ActivityStatus.POSTPONED)
        status = CANCELLED if gone else TENTATIVE if a.status == ActivityStatus.PLANNED else CONFIRMED
        found.append(Happening(
            _uid(a.id, "activity"), "activity", display(a, lang), a.planned_start, a.planned_end or a.planned_start,
            status, place=a.place or "", description=a.notes or "", sequence=a.version, modified=a.updated_at,
            remind_days=REMIND_DAYS["activity"]))
    return found


def _milestones(s: Any, scope: Scope, lang: str) -> list[Happening]:
    found = []
    for m in s.scalars(select(Milestone).where(scope.activity_filter(Milestone.workstream_id),
                                               Milestone.planned_date.is_not(None))):
        gone = m.deleted_at is not None or m.status == MilestoneStatus.CANCELLED
        found.append(Happening(
            _uid(m.id, "milestone"), "milestone", _words("milestone", display(m, lang), lang), m.planned_date,
            m.planned_date, CANCELLED if gone else CONFIRMED, description=m.deliverable or "", sequence=m.version,
            modified=m.updated_at, remind_days=None if m.status == MilestoneStatus.DONE else REMIND_DAYS["milestone"]))
    return found


def _meetings(s: Any, scope: Scope, lang: str) -> list[Happening]:
    meetings = select(Meeting).where(Meeting.meeting_date.is_not(None))
    if not scope.is_all:
        meetings = meetings.where(Meeting.agreement_id.in_(agreements_of(scope)))
    found, ids = [], []
    for m in s.scalars(meetings):
        ids.append(m.id)
        gone = m.deleted_at is not None or m.status == MeetingStatus.CANCELLED
        name = display(m, lang)
        found.append(Happening(
            _uid(m.id, "meeting"), "meeting", f"{m.number} · {name}" if m.number and name else m.number or name,
            m.meeting_date, m.end_date or m.meeting_date, CANCELLED if gone else CONFIRMED, m.start_time,
            m.time_zone if m.start_time else "", m.venue, m.online_link, m.notes or "", m.version, m.updated_at,
            REMIND_DAYS["meeting"] if m.status == MeetingStatus.PLANNED else None))
    for item in s.scalars(select(ActionItem).where(ActionItem.meeting_id.in_(ids), ActionItem.due_date.is_not(None))):
        gone = item.deleted_at is not None or item.status == ActionStatus.DROPPED
        done = item.status == ActionStatus.DONE
        found.append(Happening(
            _uid(item.id, "action_item"), "action_item", _words("action_item", display(item, lang), lang),
            item.due_date, item.due_date, CANCELLED if gone else CONFIRMED, description=item.notes or "",
            sequence=item.version, modified=item.updated_at, remind_days=None if done else REMIND_DAYS["action_item"]))
    return found


def _agreements(s: Any, scope: Scope, lang: str, today: date) -> list[Happening]:
    wanted = None if scope.is_all else list(s.scalars(agreements_of(scope)))
    found = []
    for agreement_id, term in terms_in(s, today, wanted).items():
        agreement = s.get(Agreement, agreement_id)
        # an agreement that renews by itself does not expire: its date is the last day to stop it.
        # One identity for both: when a notice is given, the calendar's event moves to the expiry.
        what, day = ("notice", term.notice_by) if term.notice_by is not None else ("expiry", term.ends_on)
        if day is not None:
            found.append(Happening(
                _uid(agreement_id, "term"), what, _words(what, agreement.code or display(agreement, lang), lang),
                day, day, description=display(agreement, lang), sequence=agreement.version + term.renewals,
                modified=agreement.updated_at, remind_days=REMIND_DAYS[what]))
    return found
