"""Data for the timeline, the calendar and the dashboard charts (plain rows, no ORM objects),
baselines of planned dates, and rescheduling by dragging."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select

from mouplanner.domain import (
    Activity, Area, Baseline, BaselineItem, Milestone, MilestoneDependency, Participation, Person, Workstream,
)
from mouplanner.domain.enums import ActivityStatus, Sex
from mouplanner.services.records import RecordService, Saved
from mouplanner.services.scope import Scope
from mouplanner.storage import Workspace

KEEP_BASELINES = 20


@dataclass
class Bar:
    id: str
    workstream_id: str
    kind: str
    status: str
    titles: dict[str, str]
    planned_start: date | None
    planned_end: date | None
    actual_start: date | None = None
    actual_end: date | None = None
    baseline_start: date | None = None
    baseline_end: date | None = None


@dataclass
class Diamond:
    id: str
    workstream_id: str
    status: str
    titles: dict[str, str]
    planned: date | None
    actual: date | None
    baseline: date | None = None


@dataclass
class Lane:
    kind: str  # "area" or "workstream"
    id: str
    titles: dict[str, str]


@dataclass
class Timeline:
    lanes: list[Lane] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    diamonds: list[Diamond] = field(default_factory=list)
    dependencies: list[tuple[str, str]] = field(default_factory=list)  # (milestone, depends on)
    baseline: str = ""  # name and date of the baseline shown, if any

    def span(self) -> tuple[date, date] | None:
        days = [d for b in self.bars for d in (b.planned_start, b.planned_end, b.actual_start, b.actual_end) if d]
        days += [d for m in self.diamonds for d in (m.planned, m.actual) if d]
        return (min(days), max(days)) if days else None


def _tri(row: Any) -> dict[str, str]:
    return {c: getattr(row, f"title_{c}") or "" for c in ("en", "th", "lo")}


def latest_baseline(ws: Workspace) -> tuple[str, dict[tuple[str, str], tuple[date | None, date | None]]]:
    with ws.read() as s:
        base = s.scalar(select(Baseline).order_by(Baseline.id.desc()).limit(1))
        if base is None:
            return "", {}
        items = s.execute(select(BaselineItem.entity, BaselineItem.record_id, BaselineItem.planned_start,
                                 BaselineItem.planned_end).where(BaselineItem.baseline_id == base.id)).all()
        label = f"{base.name} ({base.created_at.date().isoformat()})"
        return label, {(e, r): (a, b) for e, r, a, b in items}


def save_baseline(ws: Workspace, name: str) -> int:
    """Keep today's planned dates of every milestone and activity (the last 20 baselines are kept)."""
    with ws.read() as s, s.begin():
        now = datetime.now(timezone.utc)
        base = Baseline(name=name.strip() or now.date().isoformat(), created_at=now)
        s.add(base)
        s.flush()
        acts = s.execute(select(Activity.id, Activity.planned_start, Activity.planned_end)
                         .where(Activity.deleted_at.is_(None))).all()
        mss = s.execute(select(Milestone.id, Milestone.planned_date).where(Milestone.deleted_at.is_(None))).all()
        rows = [{"baseline_id": base.id, "entity": "activity", "record_id": i, "planned_start": a, "planned_end": b}
                for i, a, b in acts]
        rows += [{"baseline_id": base.id, "entity": "milestone", "record_id": i, "planned_start": d, "planned_end": d}
                 for i, d in mss]
        if rows:
            s.execute(insert(BaselineItem), rows)
        old = s.scalars(select(Baseline.id).order_by(Baseline.id.desc()).offset(KEEP_BASELINES)).all()
        if old:
            s.execute(delete(BaselineItem).where(BaselineItem.baseline_id.in_(old)))
            s.execute(delete(Baseline).where(Baseline.id.in_(old)))
        return base.id


def timeline(ws: Workspace, scope: Scope) -> Timeline:
    label, baseline = latest_baseline(ws)
    data = Timeline(baseline=label)
    ws_ids = scope.workstream_ids()
    with ws.read() as s:
        streams = s.execute(select(Workstream, Area).join(Area, Area.id == Workstream.area_id)
                            .where(Workstream.id.in_(ws_ids)).order_by(Area.sort_order, Workstream.title_en)).all()
        last_area = None
        for stream, area in streams:
            if area.id != last_area:
                data.lanes.append(Lane("area", area.id, _tri(area)))
                last_area = area.id
            data.lanes.append(Lane("workstream", stream.id, _tri(stream)))
        for a in s.scalars(select(Activity).where(Activity.deleted_at.is_(None), Activity.workstream_id.in_(ws_ids))
                           .order_by(Activity.planned_start)):
            b0, b1 = baseline.get(("activity", a.id), (None, None))
            data.bars.append(Bar(a.id, a.workstream_id, a.kind.value, a.status.value, _tri(a), a.planned_start,
                                 a.planned_end, a.actual_start, a.actual_end, b0, b1))
        for m in s.scalars(select(Milestone).where(Milestone.deleted_at.is_(None), Milestone.workstream_id.in_(ws_ids))
                           .order_by(Milestone.planned_date)):
            data.diamonds.append(Diamond(m.id, m.workstream_id, m.status.value, _tri(m), m.planned_date, m.actual_date,
                                         baseline.get(("milestone", m.id), (None, None))[0]))
        shown = {m.id for m in data.diamonds}
        data.dependencies = [(d.milestone_id, d.depends_on_id) for d in s.scalars(
            select(MilestoneDependency).where(MilestoneDependency.deleted_at.is_(None)))
            if d.milestone_id in shown and d.depends_on_id in shown]
    return data


def reschedule(ws: Workspace, kind: str, record_id: str, days: int) -> Saved:
    """Move an activity (its planned start and end) or a milestone (its planned date) by whole days;
    validated like any edit (ValidationError) and journalled (undoable)."""
    if kind == "activity":
        service = RecordService(ws, Activity)
        row = service.get(record_id)
        shift = {k: getattr(row, k) + timedelta(days=days) for k in ("planned_start", "planned_end") if getattr(row, k)}
    else:
        service = RecordService(ws, Milestone)
        row = service.get(record_id)
        shift = {"planned_date": row.planned_date + timedelta(days=days)} if row.planned_date else {}
    return service.update(record_id, shift, expected_version=row.version)


@dataclass
class CalendarItem:
    day: date
    kind: str  # an activity kind, or "deadline" for a milestone
    id: str
    entity: str
    titles: dict[str, str]
    days: int = 1  # how many days it lasts


def calendar_items(ws: Workspace, scope: Scope, first: date, last: date) -> list[CalendarItem]:
    ws_ids = scope.workstream_ids()
    out: list[CalendarItem] = []
    with ws.read() as s:
        for a in s.execute(select(Activity.id, Activity.kind, Activity.planned_start, Activity.planned_end,
                                  Activity.title_en, Activity.title_th, Activity.title_lo)
                           .where(Activity.deleted_at.is_(None), Activity.workstream_id.in_(ws_ids),
                                  Activity.planned_start <= last, Activity.status != ActivityStatus.CANCELLED)):
            end = a.planned_end or a.planned_start
            if end >= first:
                out.append(CalendarItem(a.planned_start, a.kind.value, a.id, "activity", _tri(a),
                                        (end - a.planned_start).days + 1))
        for m in s.execute(select(Milestone.id, Milestone.planned_date, Milestone.title_en, Milestone.title_th,
                                  Milestone.title_lo)
                           .where(Milestone.deleted_at.is_(None), Milestone.workstream_id.in_(ws_ids),
                                  Milestone.planned_date >= first, Milestone.planned_date <= last)):
            out.append(CalendarItem(m.planned_date, "deadline", m.id, "milestone", _tri(m)))
    return sorted(out, key=lambda i: (i.day, i.kind))


@dataclass
class Series:
    """One chart: categories along the axis, named series of values, and what each bar stands for."""

    categories: list[str]
    series: dict[str, list[float]]
    records: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (category, series) -> ids
    titles: dict[str, dict[str, str]] = field(default_factory=dict)  # category -> en/th/lo, where it has them


def _quarter(d: date) -> str:
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


def chart_data(ws: Workspace, scope: Scope) -> dict[str, Series]:
    """Activities by kind per quarter, milestone status per area, participants (women/men) per year,
    budget per currency."""
    ws_ids = scope.workstream_ids()
    with ws.read() as s:
        acts = s.execute(select(Activity.id, Activity.kind, Activity.planned_start, Activity.headcount_total,
                                Activity.headcount_women, Activity.budget_amount, Activity.currency, Activity.status)
                         .where(Activity.deleted_at.is_(None), Activity.workstream_id.in_(ws_ids))).all()
        named = s.execute(select(Participation.activity_id, Person.sex).join(Person, Person.id == Participation.person_id)
                          .where(Participation.deleted_at.is_(None),
                                 Participation.activity_id.in_([a.id for a in acts]))).all()
        mss = s.execute(select(Milestone.id, Milestone.status, Area.id.label("area_id"), Area.title_en, Area.title_th,
                               Area.title_lo, Area.sort_order)
                        .join(Workstream, Workstream.id == Milestone.workstream_id).join(Area, Area.id == Workstream.area_id)
                        .where(Milestone.deleted_at.is_(None), Milestone.workstream_id.in_(ws_ids))).all()
    charts: dict[str, Series] = {}
    quarters = sorted({_quarter(a.planned_start) for a in acts if a.planned_start})
    by_kind: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(quarters))
    records: dict[tuple[str, str], list[str]] = defaultdict(list)
    for a in acts:
        if a.planned_start:
            q = _quarter(a.planned_start)
            by_kind[a.kind.value][quarters.index(q)] += 1
            records[(q, a.kind.value)].append(a.id)
    charts["kinds"] = Series(quarters, dict(by_kind), dict(records))
    areas = sorted({(m.sort_order, m.area_id) for m in mss})
    area_ids = [a for _, a in areas]
    status: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(area_ids))
    records = defaultdict(list)
    titles = {}
    for m in mss:
        status[m.status.value][area_ids.index(m.area_id)] += 1
        records[(m.area_id, m.status.value)].append(m.id)
        titles[m.area_id] = _tri(m)
    charts["milestones"] = Series(area_ids, dict(status), dict(records), titles)
    years = sorted({a.planned_start.year for a in acts if a.planned_start})
    women, men = [0.0] * len(years), [0.0] * len(years)
    records = defaultdict(list)
    sex_of: dict[str, list[Any]] = defaultdict(list)
    for activity_id, sex in named:
        sex_of[activity_id].append(sex)
    for a in acts:
        if not a.planned_start:
            continue
        i = years.index(a.planned_start.year)
        w = (a.headcount_women or 0) + sum(1 for x in sex_of[a.id] if x == Sex.FEMALE)
        total = (a.headcount_total or 0) + len(sex_of[a.id])
        women[i] += w
        men[i] += total - w
        if total:
            records[(str(a.planned_start.year), "women")].append(a.id)
            records[(str(a.planned_start.year), "men")].append(a.id)
    charts["participants"] = Series([str(y) for y in years], {"women": women, "men": men}, dict(records))
    budget: dict[tuple[str, str], Decimal] = defaultdict(Decimal)  # (currency, year)
    records = defaultdict(list)
    for a in acts:
        if a.budget_amount is not None and a.currency and a.planned_start and a.status != ActivityStatus.CANCELLED:
            key = (a.currency.value, str(a.planned_start.year))
            budget[key] += Decimal(a.budget_amount)
            records[key].append(a.id)
    currencies = sorted({c for c, _ in budget})
    budget_years = sorted({y for _, y in budget})
    charts["budget"] = Series(currencies, {y: [float(budget.get((c, y), 0)) for c in currencies] for y in budget_years},
                              dict(records))
    return charts


__all__ = ["Bar", "CalendarItem", "Diamond", "Lane", "Series", "Timeline", "calendar_items", "chart_data",
           "latest_baseline", "reschedule", "save_baseline", "timeline"]
