"""What a ministry report holds for a scope and a reporting period, read in a few Core queries
and aggregated in Python (no ORM objects). Shared by the Excel report and the PDF report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select

from mouplanner.batches import in_chunks
from mouplanner.domain import (
    ActionItem,
    ActionUpdate,
    Activity,
    Agreement,
    Area,
    Indicator,
    IndicatorPeriod,
    Meeting,
    Milestone,
    Organisation,
    Participation,
    Person,
    Workstream,
)
from mouplanner.domain.enums import ActivityKind, ActivityStatus, MilestoneStatus, Sex
from mouplanner.domain.term import Term
from mouplanner.services.agreement_terms import terms_in
from mouplanner.services.dashboard import OPEN_MILESTONE
from mouplanner.services.meeting_dashboard import OPEN_ACTION, with_owners_side
from mouplanner.services.scope import Scope
from mouplanner.storage import Workspace


@dataclass
class Totals:
    workstreams: int = 0
    milestones_done: int = 0
    milestones_total: int = 0
    milestones_overdue: int = 0
    by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    participants: int = 0
    women: int = 0
    budget: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))

    def add(self, other: Totals) -> None:
        for name in ("workstreams", "milestones_done", "milestones_total", "milestones_overdue", "participants",
                     "women"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, n in other.by_kind.items():
            self.by_kind[k] += n
        for c, amount in other.budget.items():
            self.budget[c] += amount


@dataclass
class ReportData:
    scope: Scope
    date_from: date | None
    date_to: date | None
    today: date
    agreements: list[dict[str, Any]] = field(default_factory=list)
    areas: list[dict[str, Any]] = field(default_factory=list)
    workstreams: list[dict[str, Any]] = field(default_factory=list)
    milestones: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    action_items: list[dict[str, Any]] = field(default_factory=list)  # with their meeting, owner and last update
    organisations: dict[str, dict[str, Any]] = field(default_factory=dict)
    terms: dict[str, Term] = field(default_factory=dict)  # each agreement's term on the report's day
    area_totals: dict[str, Totals] = field(default_factory=dict)
    baseline: str = ""  # the last saved baseline, if any
    slippage: dict[str, int] = field(default_factory=dict)  # milestone or activity id -> days moved since it


def _rows(s: Any, stmt: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in s.execute(stmt)]


def _tri(model: Any, prefix: str, label: str = "") -> list[Any]:
    return [getattr(model, f"{prefix}_{c}").label(f"{label or prefix}_{c}") for c in ("en", "th", "lo")]


def load(ws: Workspace, scope: Scope, date_from: date | None, date_to: date | None,
         today: date | None = None) -> ReportData:
    data = ReportData(scope, date_from, date_to, today or date.today())
    ws_ids = scope.workstream_ids()
    with ws.read() as s:
        data.organisations = {r["id"]: r for r in _rows(s, select(
            Organisation.id, Organisation.short_name, *_tri(Organisation, "name")))}
        data.workstreams = _rows(s, select(
            Workstream.id, Workstream.area_id, Area.agreement_id, Workstream.status, Workstream.lead_org_1_id,
            Workstream.lead_org_2_id, Workstream.planned_start, Workstream.planned_end, *_tri(Workstream, "title"))
            .join(Area, Area.id == Workstream.area_id).where(Workstream.id.in_(ws_ids))
            .order_by(Area.sort_order, Workstream.title_en))
        area_ids = {w["area_id"] for w in data.workstreams}
        area_stmt = select(Area.id, Area.agreement_id, Area.sort_order, *_tri(Area, "title")).where(
            Area.deleted_at.is_(None))
        if scope.workstream_id or scope.area_id:
            area_stmt = area_stmt.where(Area.id.in_(area_ids | {scope.area_id}))
        elif scope.agreement_id:
            area_stmt = area_stmt.where(Area.agreement_id == scope.agreement_id)
        data.areas = _rows(s, area_stmt.order_by(Area.sort_order))
        agreement_ids = {a["agreement_id"] for a in data.areas} | ({scope.agreement_id} - {None})
        data.agreements = _rows(s, select(Agreement.id, Agreement.code, Agreement.status, Agreement.signed_date,
                                          *_tri(Agreement, "title")).where(
            Agreement.id.in_(agreement_ids), Agreement.deleted_at.is_(None)).order_by(Agreement.code))
        data.terms = terms_in(s, data.today, [a["id"] for a in data.agreements])
        ms = select(Milestone.id, Milestone.workstream_id, Milestone.status, Milestone.planned_date,
                    Milestone.actual_date, Milestone.deliverable, *_tri(Milestone, "title")).where(
            Milestone.deleted_at.is_(None), Milestone.workstream_id.in_(ws_ids))
        if date_from:
            ms = ms.where(or_(Milestone.planned_date.is_(None), Milestone.planned_date >= date_from))
        if date_to:
            ms = ms.where(or_(Milestone.planned_date.is_(None), Milestone.planned_date <= date_to))
        data.milestones = _rows(s, ms.order_by(Milestone.planned_date, Milestone.title_en))
        acts = select(Activity.id, Activity.workstream_id, Activity.kind, Activity.status, Activity.planned_start,
                      Activity.planned_end, Activity.actual_start, Activity.actual_end, Activity.place,
                      Activity.country, Activity.host_org_id, Activity.direction, Activity.headcount_total,
                      Activity.headcount_women, Activity.budget_amount, Activity.currency, Activity.funding_source,
                      *_tri(Activity, "title")).where(Activity.deleted_at.is_(None), Activity.workstream_id.in_(ws_ids))
        end = func.coalesce(Activity.planned_end, Activity.planned_start)
        if date_from:
            acts = acts.where(or_(end.is_(None), end >= date_from))
        if date_to:
            acts = acts.where(or_(Activity.planned_start.is_(None), Activity.planned_start <= date_to))
        data.activities = _rows(s, acts.order_by(Activity.planned_start, Activity.title_en))
        activity_ids = [a["id"] for a in data.activities]
        for chunk in in_chunks(activity_ids):
            data.participants += _rows(s, select(
                Participation.activity_id, Participation.role, Person.sex, Person.position,
                Person.organisation_id, *_tri(Person, "name")).join(Person, Person.id == Participation.person_id)
                .where(Participation.deleted_at.is_(None),
                       Participation.activity_id.in_(chunk)))
        ind_owner = or_(Indicator.workstream_id.in_(ws_ids), Indicator.area_id.in_([a["id"] for a in data.areas]),
                        Indicator.agreement_id.in_(agreement_ids))
        periods = select(Indicator.id.label("indicator_id"), Indicator.unit, Indicator.baseline,
                         Indicator.baseline_label, Indicator.agreement_id, Indicator.area_id, Indicator.workstream_id,
                         *_tri(Indicator, "name"), IndicatorPeriod.label, IndicatorPeriod.period_start,
                         IndicatorPeriod.period_end, IndicatorPeriod.target, IndicatorPeriod.actual).join(
            IndicatorPeriod, and_(IndicatorPeriod.indicator_id == Indicator.id, IndicatorPeriod.deleted_at.is_(None))
        ).where(Indicator.deleted_at.is_(None), ind_owner)
        if date_from:
            periods = periods.where(or_(IndicatorPeriod.period_end.is_(None), IndicatorPeriod.period_end >= date_from))
        if date_to:
            periods = periods.where(or_(IndicatorPeriod.period_start.is_(None),
                                        IndicatorPeriod.period_start <= date_to))
        data.indicators = _rows(s, periods.order_by(Indicator.name_en, IndicatorPeriod.period_start,
                                                    IndicatorPeriod.label))
        _action_items(s, data, agreement_ids)
    _totals(data)
    _slippage(ws, data)
    return data


def _action_items(s: Any, data: ReportData, agreement_ids: set[Any]) -> None:
    """The action items handed out at the scope's agreements' meetings: those still open, and those
    due in the reporting period; each with its owner's side (their organisation's, as a party of the
    agreement) and its latest update."""
    stmt = with_owners_side(select(
        ActionItem.id, ActionItem.due_date, ActionItem.status, ActionItem.workstream_id, *_tri(ActionItem, "title"),
        Meeting.number.label("meeting"), Meeting.meeting_date, Person.organisation_id,
        *_tri(Person, "name", "owner"))).where(
        ActionItem.deleted_at.is_(None), Meeting.deleted_at.is_(None), Meeting.agreement_id.in_(agreement_ids))
    in_period: list[Any] = [ActionItem.due_date.is_not(None)]
    if data.date_from:
        in_period.append(ActionItem.due_date >= data.date_from)
    if data.date_to:
        in_period.append(ActionItem.due_date <= data.date_to)
    if data.date_from or data.date_to:
        stmt = stmt.where(or_(ActionItem.status.in_(OPEN_ACTION), and_(*in_period)))
    unique: dict[str, dict[str, Any]] = {}
    for row in _rows(s, stmt.order_by(ActionItem.due_date.asc().nulls_last(), ActionItem.title_en)):
        unique.setdefault(row["id"], row)
    data.action_items = list(unique.values())
    latest: dict[str, dict[str, Any]] = {}
    for chunk in in_chunks([a["id"] for a in data.action_items]):
        for u in _rows(s, select(ActionUpdate.action_item_id, ActionUpdate.update_date, ActionUpdate.text).where(
                ActionUpdate.deleted_at.is_(None), ActionUpdate.action_item_id.in_(chunk))
                .order_by(ActionUpdate.update_date)):
            latest[u["action_item_id"]] = u
    for item in data.action_items:
        item["overdue"] = item["status"] in OPEN_ACTION and item["due_date"] is not None \
            and item["due_date"] < data.today
        update = latest.get(item["id"])
        item["update_date"], item["update"] = (update["update_date"], update["text"]) if update else (None, "")


def _slippage(ws: Workspace, data: ReportData) -> None:
    from mouplanner.services.plan_views import latest_baseline

    label, planned = latest_baseline(ws)
    data.baseline = label
    for m in data.milestones:
        then = planned.get(("milestone", m["id"]), (None, None))[0]
        if then and m["planned_date"] and then != m["planned_date"]:
            data.slippage[m["id"]] = (m["planned_date"] - then).days
    for a in data.activities:
        then = planned.get(("activity", a["id"]), (None, None))[0]
        if then and a["planned_start"] and then != a["planned_start"]:
            data.slippage[a["id"]] = (a["planned_start"] - then).days


def _totals(data: ReportData) -> None:
    area_of = {w["id"]: w["area_id"] for w in data.workstreams}
    totals: dict[str, Totals] = {a["id"]: Totals() for a in data.areas}
    for w in data.workstreams:
        totals.setdefault(w["area_id"], Totals()).workstreams += 1
    for m in data.milestones:
        t = totals.setdefault(area_of[m["workstream_id"]], Totals())
        if m["status"] != MilestoneStatus.CANCELLED:
            t.milestones_total += 1
        t.milestones_done += m["status"] == MilestoneStatus.DONE
        t.milestones_overdue += bool(m["status"] in OPEN_MILESTONE and m["planned_date"]
                                     and m["planned_date"] < data.today)
    named: dict[str, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for p in data.participants:
        total, women = named[p["activity_id"]]
        named[p["activity_id"]] = (total + 1, women + (p["sex"] == Sex.FEMALE))
    for a in data.activities:
        t = totals.setdefault(area_of[a["workstream_id"]], Totals())
        t.by_kind[a["kind"].value] += 1
        total, women = named[a["id"]]
        t.participants += total + (a["headcount_total"] or 0)
        t.women += women + (a["headcount_women"] or 0)
        if a["budget_amount"] is not None and a["currency"] and a["status"] != ActivityStatus.CANCELLED:
            t.budget[a["currency"].value] += Decimal(a["budget_amount"])
    data.area_totals = totals


KINDS = list(ActivityKind)
