"""What the dashboard says of the working group's rhythm for a scope: open and overdue action items
per side, the overdue ones themselves, and the next meeting with what is still to prepare for it
(its agreement's action items still open that fall due by its date)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session

from mouplanner.domain import ActionItem, AgreementParty, Meeting, Person
from mouplanner.domain.enums import ActionStatus, MeetingStatus
from mouplanner.services.meeting_listings import agreements_of
from mouplanner.services.rows import to_row
from mouplanner.services.scope import Scope

OPEN_ACTION = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
LIST_LIMIT = 100


@dataclass
class SideCount:
    open: int = 0
    overdue: int = 0


@dataclass
class Rhythm:
    by_side: dict[int, SideCount] = field(default_factory=dict)  # side (1, 2; 0: the owner's side unknown)
    overdue: list[Any] = field(default_factory=list)  # action item rows, oldest due first
    next_meeting: Any = None  # a meeting row
    to_prepare: list[Any] = field(default_factory=list)  # open action items due by the next meeting


def _meetings(scope: Scope) -> list[Any]:
    conds = [Meeting.deleted_at.is_(None)]
    if not scope.is_all:
        conds.append(Meeting.agreement_id.in_(agreements_of(scope)))
    return conds


def with_owners_side(stmt: Select) -> Select:
    """``stmt`` over action items joined with their meeting and owner, with the owner's side as its
    last column: their organisation's, as a party of the meeting's agreement (None where it is not
    one). An organisation that is a party twice gives an item twice: keep the first."""
    return (stmt.join(Meeting, Meeting.id == ActionItem.meeting_id)
            .outerjoin(Person, Person.id == ActionItem.owner_id)
            .outerjoin(AgreementParty, and_(AgreementParty.agreement_id == Meeting.agreement_id,
                                            AgreementParty.organisation_id == Person.organisation_id,
                                            AgreementParty.deleted_at.is_(None)))
            .add_columns(AgreementParty.side))


def rhythm(s: Session, scope: Scope, today: date) -> Rhythm:
    out = Rhythm()
    open_items = s.execute(
        with_owners_side(select(ActionItem, Meeting.agreement_id))
        .where(*_meetings(scope), ActionItem.deleted_at.is_(None), ActionItem.status.in_(OPEN_ACTION))
        .order_by(ActionItem.due_date.asc().nulls_last(), ActionItem.id)).all()
    items: dict[str, tuple[ActionItem, int, str]] = {}
    for item, agreement, side in open_items:  # (once each, though its owner's organisation be a party twice)
        items.setdefault(item.id, (item, side or 0, agreement))
    for item, side, _agreement in items.values():
        count = out.by_side.setdefault(side, SideCount())
        count.open += 1
        if item.due_date is not None and item.due_date < today:
            count.overdue += 1
            if len(out.overdue) < LIST_LIMIT:
                out.overdue.append(to_row(item))
    upcoming = s.scalars(select(Meeting).where(*_meetings(scope), Meeting.status == MeetingStatus.PLANNED,
                                               Meeting.meeting_date >= today)
                         .order_by(Meeting.meeting_date, Meeting.id).limit(1)).first()
    if upcoming is not None and upcoming.meeting_date is not None:
        by = upcoming.meeting_date
        out.next_meeting = to_row(upcoming)
        out.to_prepare = [to_row(item) for item, _side, agreement in items.values()  # (of its agreement)
                          if agreement == upcoming.agreement_id and (item.due_date is None or item.due_date <= by)
                          ][:LIST_LIMIT]
    return out
