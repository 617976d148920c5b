"""Dashboard queries for a scope: progress, overdue and upcoming items, counts, participants
and budgets. Aggregates run in SQL; only the listed items come back as rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from mouplanner.domain import Activity, Milestone, Participation, Person
from mouplanner.domain.enums import ActivityStatus, MilestoneStatus, Sex
from mouplanner.services.meeting_dashboard import Rhythm, rhythm
from mouplanner.services.rows import to_row
from mouplanner.services.scope import Scope
from mouplanner.storage import Workspace

OPEN_MILESTONE = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.DELAYED)
OPEN_ACTIVITY = (ActivityStatus.PLANNED, ActivityStatus.CONFIRMED, ActivityStatus.IN_PROGRESS)


@dataclass
class Dashboard:
    milestones_done: int = 0
    milestones_total: int = 0  # cancelled milestones do not count
    milestones_by_status: dict[str, int] = field(default_factory=dict)
    overdue_milestones: list[Any] = field(default_factory=list)
    upcoming_30: list[Any] = field(default_factory=list)
    upcoming_90: list[Any] = field(default_factory=list)
    activities_by_kind: dict[str, int] = field(default_factory=dict)
    activities_by_status: dict[str, int] = field(default_factory=dict)
    participants_total: int = 0
    participants_women: int = 0
    budget: dict[str, Decimal] = field(default_factory=dict)
    rhythm: Rhythm = field(default_factory=Rhythm)  # action items and the next meeting

    @property
    def progress(self) -> float:
        return self.milestones_done / self.milestones_total if self.milestones_total else 0.0


# the kinds of record the dashboard counts or lists (a change to others leaves it as it is)
READS = frozenset({"activity", "milestone", "participation", "person", "organisation", "workstream", "area",
                   "agreement", "indicator", "indicator_period", "meeting", "action_item", "agreement_party"})
LIST_LIMIT = 100  # the dashboard lists the first ones; the tables show them all


def _milestones(scope: Scope) -> Any:
    return (Milestone.deleted_at.is_(None), scope.activity_filter(Milestone.workstream_id))


def _activities(scope: Scope) -> Any:
    return (Activity.deleted_at.is_(None), scope.activity_filter(Activity.workstream_id))


def _counts(s: Session, col: Any, where: Any) -> dict[str, int]:
    rows = s.execute(select(col, func.count()).where(*where).group_by(col)).all()
    return {getattr(k, "value", k): n for k, n in rows}


def participants(s: Session, scope: Scope) -> tuple[int, int]:
    """Named participants plus head counts of unnamed ones: (total, women)."""
    per_person = select(Participation.person_id, func.count().label("n")).where(Participation.deleted_at.is_(None))
    if not scope.is_all:  # deleting an activity deletes its participants: for the whole workspace, no join
        per_person = per_person.join(Activity, Activity.id == Participation.activity_id).where(*_activities(scope))
    counted = per_person.group_by(Participation.person_id).subquery()  # then one lookup per person, not per row
    named_total, named_women = s.execute(
        select(func.coalesce(func.sum(counted.c.n), 0),
               func.coalesce(func.sum(case((Person.sex == Sex.FEMALE, counted.c.n), else_=0)), 0))
        .select_from(counted).join(Person, Person.id == counted.c.person_id)).one()
    head_total, head_women = s.execute(
        select(func.coalesce(func.sum(Activity.headcount_total), 0),
               func.coalesce(func.sum(Activity.headcount_women), 0)).where(*_activities(scope))).one()
    return int(named_total + head_total), int(named_women + head_women)


def budget(s: Session, scope: Scope) -> dict[str, Decimal]:
    rows = s.execute(
        select(Activity.currency, func.sum(Activity.budget_amount))
        .where(*_activities(scope), Activity.budget_amount.is_not(None),
               Activity.status != ActivityStatus.CANCELLED)
        .group_by(Activity.currency).order_by(Activity.currency)).all()
    return {cur.value: Decimal(str(total)) for cur, total in rows if cur is not None}


def upcoming(s: Session, scope: Scope, today: date, days: int) -> list[Any]:
    # "Not closed" rather than "open": a condition no index serves, so the date index leads.
    closed = [status for status in ActivityStatus if status not in OPEN_ACTIVITY]
    stmt = (select(Activity).where(*_activities(scope), Activity.status.not_in(closed),
                                   Activity.planned_start >= today,
                                   Activity.planned_start <= today + timedelta(days=days))
            .order_by(Activity.planned_start, Activity.id).limit(LIST_LIMIT))
    return [to_row(a) for a in s.scalars(stmt)]


def overdue(s: Session, scope: Scope, today: date) -> list[Any]:
    stmt = (select(Milestone).where(*_milestones(scope), Milestone.status.in_(OPEN_MILESTONE),
                                    Milestone.planned_date < today)
            .order_by(Milestone.planned_date, Milestone.id).limit(LIST_LIMIT))
    return [to_row(m) for m in s.scalars(stmt)]


def dashboard(ws: Workspace, scope: Scope, today: date | None = None) -> Dashboard:
    today = today or date.today()
    with ws.read() as s:
        by_status = _counts(s, Milestone.status, _milestones(scope))
        total, women = participants(s, scope)
        kinds: dict[str, int] = {}
        statuses: dict[str, int] = {}
        for status, kind, n in s.execute(select(Activity.status, Activity.kind, func.count())  # one pass for both
                                         .where(*_activities(scope)).group_by(Activity.status, Activity.kind)):
            kinds[kind.value] = kinds.get(kind.value, 0) + n
            statuses[status.value] = statuses.get(status.value, 0) + n
        return Dashboard(
            milestones_done=by_status.get(MilestoneStatus.DONE.value, 0),
            milestones_total=sum(n for k, n in by_status.items() if k != MilestoneStatus.CANCELLED.value),
            milestones_by_status=by_status,
            overdue_milestones=overdue(s, scope, today),
            upcoming_30=upcoming(s, scope, today, 30),
            upcoming_90=upcoming(s, scope, today, 90),
            activities_by_kind=kinds,
            activities_by_status=statuses,
            participants_total=total,
            participants_women=women,
            budget=budget(s, scope),
            rhythm=rhythm(s, scope, today),
        )
