"""One meeting as its minutes tell it: the two sides with their attendees and co-chairs, the agenda
in order with the minutes of each item, the matters arising (the action items of earlier meetings
still open, or reviewed at this one), the decisions and the action items handed out. The meeting
form, the minutes (Word and PDF) and the command line read it; rows, not text: each reader picks
the language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mouplanner.domain import (
    ActionItem,
    ActionUpdate,
    AgendaItem,
    Agreement,
    AgreementParty,
    Decision,
    Meeting,
    MeetingAttendee,
    Organisation,
    Person,
    Workstream,
)
from mouplanner.domain.enums import AgendaKind, AttendeeRole, PartyRole
from mouplanner.services.meeting_dashboard import OPEN_ACTION
from mouplanner.services.rows import to_row
from mouplanner.storage import Workspace


@dataclass
class Attendee:
    person: Any  # a person row
    organisation: Any  # an organisation row, or None
    role: AttendeeRole


@dataclass
class Action:
    item: Any  # an action item row
    owner: Any  # a person row, or None
    handed_out_at: Any  # the meeting row it comes from
    update: Any = None  # its update recorded at this meeting (a row), if any


@dataclass
class Entry:
    item: Any  # an agenda item row
    presenter: Any = None  # a person row
    workstream: Any = None  # a workstream row
    decisions: list[Any] = field(default_factory=list)  # decision rows
    actions: list[Action] = field(default_factory=list)  # handed out under it
    arising: list[Action] = field(default_factory=list)  # matters arising: under this item


@dataclass
class Outline:
    meeting: Any
    agreement: Any
    sides: dict[int, list[Any]] = field(default_factory=dict)  # side -> its parties' organisations, signatories first
    co_chairs: dict[int, Any] = field(default_factory=dict)  # side -> person row
    attendees: dict[int, list[Attendee]] = field(default_factory=dict)  # side -> attendees
    agenda: list[Entry] = field(default_factory=list)
    decisions: list[Any] = field(default_factory=list)  # not under any agenda item
    actions: list[Action] = field(default_factory=list)  # every action item handed out here
    arising: list[Action] = field(default_factory=list)  # every matter arising


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


def matters_arising(s: Session, meeting: Meeting) -> list[Action]:
    """The action items of the agreement's earlier meetings that are still open, or that this
    meeting reviewed (an update recorded at it), oldest due first."""
    earlier = select(Meeting.id).where(Meeting.agreement_id == meeting.agreement_id, _live(Meeting),
                                       Meeting.id != meeting.id)
    if meeting.meeting_date is not None:
        earlier = earlier.where(or_(Meeting.meeting_date < meeting.meeting_date, Meeting.meeting_date.is_(None)))
    reviewed = {u.action_item_id: u for u in s.scalars(select(ActionUpdate).where(
        ActionUpdate.meeting_id == meeting.id, _live(ActionUpdate)).order_by(ActionUpdate.update_date))}
    rows = s.execute(
        select(ActionItem, Person, Meeting).join(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(Person, Person.id == ActionItem.owner_id)
        .where(ActionItem.meeting_id.in_(earlier), _live(ActionItem),
               or_(ActionItem.status.in_(OPEN_ACTION), ActionItem.id.in_(list(reviewed) or [""])))
        .order_by(ActionItem.due_date.asc().nulls_last(), Meeting.meeting_date, ActionItem.id)).all()
    return [Action(to_row(item), to_row(owner) if owner else None, to_row(at),
                   to_row(reviewed[item.id]) if item.id in reviewed else None) for item, owner, at in rows]


def outline_in(s: Session, meeting_id: str) -> Outline:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise LookupError(meeting_id)
    agreement = s.get(Agreement, meeting.agreement_id)
    out = Outline(to_row(meeting), to_row(agreement) if agreement else None)
    org_side: dict[str, int] = {}
    for party, org in s.execute(select(AgreementParty, Organisation)
                                .join(Organisation, Organisation.id == AgreementParty.organisation_id)
                                .where(AgreementParty.agreement_id == meeting.agreement_id, _live(AgreementParty))
                                .order_by(AgreementParty.side, AgreementParty.role != PartyRole.SIGNATORY,
                                          AgreementParty.id)):
        out.sides.setdefault(party.side, []).append(to_row(org))
        org_side.setdefault(org.id, party.side)
    for side, chair_id in ((1, meeting.co_chair_1_id), (2, meeting.co_chair_2_id)):
        chair = s.get(Person, chair_id) if chair_id else None
        if chair is not None:
            out.co_chairs[side] = to_row(chair)
    for attendee, person, org in s.execute(
            select(MeetingAttendee, Person, Organisation).join(Person, Person.id == MeetingAttendee.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(MeetingAttendee.meeting_id == meeting.id, _live(MeetingAttendee))
            .order_by(MeetingAttendee.side, MeetingAttendee.role, Person.name_en, Person.id)):
        out.attendees.setdefault(attendee.side, []).append(
            Attendee(to_row(person), to_row(org) if org else None, attendee.role))
    entries: dict[str, Entry] = {}
    for agenda_item, presenter, stream in s.execute(
            select(AgendaItem, Person, Workstream).outerjoin(Person, Person.id == AgendaItem.presenter_id)
            .outerjoin(Workstream, Workstream.id == AgendaItem.workstream_id)
            .where(AgendaItem.meeting_id == meeting.id, _live(AgendaItem))
            .order_by(AgendaItem.sort_order, AgendaItem.id)):
        entry = Entry(to_row(agenda_item), to_row(presenter) if presenter else None,
                      to_row(stream) if stream else None)
        entries[agenda_item.id] = entry
        out.agenda.append(entry)
    for decision in s.scalars(select(Decision).where(Decision.meeting_id == meeting.id, _live(Decision))
                              .order_by(Decision.created_at, Decision.id)):
        home = entries.get(decision.agenda_item_id or "")
        (home.decisions if home else out.decisions).append(to_row(decision))
    for item, owner in s.execute(select(ActionItem, Person).outerjoin(Person, Person.id == ActionItem.owner_id)
                                 .where(ActionItem.meeting_id == meeting.id, _live(ActionItem))
                                 .order_by(ActionItem.due_date.asc().nulls_last(), ActionItem.id)):
        action = Action(to_row(item), to_row(owner) if owner else None, out.meeting)
        out.actions.append(action)
        home = entries.get(item.agenda_item_id or "")
        if home:
            home.actions.append(action)
    out.arising = matters_arising(s, meeting)
    home = next((e for e in out.agenda if e.item.kind == AgendaKind.MATTERS_ARISING), None)
    if home is not None:
        home.arising = out.arising
    return out


def outline(ws: Workspace, meeting_id: str) -> Outline:
    with ws.read() as s:
        return outline_in(s, meeting_id)


def find_meetings(ws: Workspace, key: str, agreement_code: str | None = None) -> list[tuple[str, str, str]]:
    """The meetings ``key`` names (its id, number or title in any language), as (id, number,
    agreement code), of the agreement with that code where one is given."""
    wanted = key.strip().lower()
    with ws.read() as s:
        stmt = (select(Meeting.id, Meeting.number, Agreement.code).join(Agreement, Agreement.id == Meeting.agreement_id)
                .where(_live(Meeting), or_(Meeting.id == key.strip(), func.lower(Meeting.number) == wanted,
                                           *[func.lower(getattr(Meeting, f"title_{lang}")) == wanted
                                             for lang in ("en", "th", "lo")])))
        if agreement_code:
            stmt = stmt.where(func.lower(Agreement.code) == agreement_code.strip().lower())
        return [(i, n, c) for i, n, c in s.execute(stmt.order_by(Meeting.meeting_date, Meeting.id))]
