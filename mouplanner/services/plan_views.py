"""Data for the timeline, the calendar and the dashboard charts (plain rows, no ORM objects),
baselines of planned dates, and rescheduling by dragging."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Integer, cast, delete, func, insert, literal_column, select

from mouplanner.domain import (
    Activity,
    Agreement,
    Area,
    Baseline,
    BaselineItem,
    Milestone,
    MilestoneDependency,
    Participation,
    Person,
    Workstream,
)
from mouplanner.domain.enums import ActivityStatus, MilestoneStatus, Sex
from mouplanner.services.axes import quarters_between, years_between
from mouplanner.services.records import RecordService, Saved
from mouplanner.services.scope import Scope
from mouplanner.storage import Workspace

KEEP_BASELINES = 20
PLAN_READS = frozenset({"agreement", "area", "workstream", "milestone", "milestone_dependency", "activity"})
TIMELINE_READS = PLAN_READS | {"baseline", "baseline_item"}  # what the timeline draws from
CALENDAR_READS = PLAN_READS


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
    """A row of the timeline: an agreement or an area (a summary of the rows under it), or a
    workstream (its activities and milestones). Start and end: the workstream's planned dates, or
    the span of what it holds; done of total: its milestones and activities (cancelled ones left out)."""

    kind: str  # "agreement", "area" or "workstream"
    id: str
    titles: dict[str, str]
    start: date | None = None
    end: date | None = None
    done: int = 0
    total: int = 0

    @property
    def days(self) -> int | None:
        return (self.end - self.start).days + 1 if self.start and self.end else None

    @property
    def percent_done(self) -> float | None:
        return 100.0 * self.done / self.total if self.total else None


@dataclass(frozen=True)
class Link:
    """A dependency the timeline draws: the one that follows, the one it follows, how, and the lag."""

    id: str
    kind: str  # milestone or activity: the follower's
    record_id: str
    after_kind: str
    after_id: str
    link_type: str  # "FS", "SS", "FF", "SF"
    lag_days: int = 0


@dataclass
class Timeline:
    lanes: list[Lane] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    diamonds: list[Diamond] = field(default_factory=list)
    dependencies: list[Link] = field(default_factory=list)
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
    with ws.unjournalled(("baseline", "baseline_item"), "Save baseline") as s:
        now = datetime.now(UTC)
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


def count_items(ws: Workspace, scope: Scope) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(Activity).where(
            Activity.deleted_at.is_(None), Activity.workstream_id.in_(scope.workstream_ids()))) or 0


def timeline(ws: Workspace, scope: Scope) -> Timeline:
    label, baseline = latest_baseline(ws)
    data = Timeline(baseline=label)
    ws_ids = scope.workstream_ids()
    with ws.read() as s:
        streams = s.execute(select(Workstream, Area, Agreement).join(Area, Area.id == Workstream.area_id)
                            .join(Agreement, Agreement.id == Area.agreement_id)
                            .where(Workstream.id.in_(ws_ids))
                            .order_by(Agreement.code, Area.sort_order, Workstream.title_en)).all()
        last_agreement = last_area = None
        for stream, area, agreement in streams:
            if agreement.id != last_agreement:
                titles = {c: " ".join(filter(None, (agreement.code, t))) for c, t in _tri(agreement).items()}
                data.lanes.append(Lane("agreement", agreement.id, titles))
                last_agreement = agreement.id
            if area.id != last_area:
                data.lanes.append(Lane("area", area.id, _tri(area)))
                last_area = area.id
            data.lanes.append(Lane("workstream", stream.id, _tri(stream), stream.planned_start, stream.planned_end))
        for a in s.scalars(select(Activity).where(Activity.deleted_at.is_(None), Activity.workstream_id.in_(ws_ids))
                           .order_by(Activity.planned_start)):
            b0, b1 = baseline.get(("activity", a.id), (None, None))
            data.bars.append(Bar(a.id, a.workstream_id, a.kind.value, a.status.value, _tri(a), a.planned_start,
                                 a.planned_end, a.actual_start, a.actual_end, b0, b1))
        for m in s.scalars(select(Milestone).where(Milestone.deleted_at.is_(None), Milestone.workstream_id.in_(ws_ids))
                           .order_by(Milestone.planned_date)):
            data.diamonds.append(Diamond(m.id, m.workstream_id, m.status.value, _tri(m), m.planned_date, m.actual_date,
                                         baseline.get(("milestone", m.id), (None, None))[0]))
        shown = {("milestone", m.id) for m in data.diamonds} | {("activity", b.id) for b in data.bars}
        for d in s.scalars(select(MilestoneDependency).where(MilestoneDependency.deleted_at.is_(None))):
            follower = ("milestone", d.milestone_id) if d.milestone_id else ("activity", d.activity_id)
            followed = ("milestone", d.depends_on_id) if d.depends_on_id else ("activity", d.depends_on_activity_id)
            if follower in shown and followed in shown:
                data.dependencies.append(Link(d.id, *follower, *followed, d.link_type.name, d.lag_days or 0))
    _sum_up(data)
    return data


def _sum_up(data: Timeline) -> None:
    """Each workstream's span and progress from its items; areas and agreements from theirs."""
    days: dict[str, list[date]] = defaultdict(list)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for b in data.bars:
        days[b.workstream_id] += [d for d in (b.planned_start, b.planned_end) if d]
        if b.status != ActivityStatus.CANCELLED.value:
            counts[b.workstream_id][0] += b.status == ActivityStatus.DONE.value
            counts[b.workstream_id][1] += 1
    for m in data.diamonds:
        days[m.workstream_id] += [d for d in (m.planned,) if d]
        if m.status != MilestoneStatus.CANCELLED.value:
            counts[m.workstream_id][0] += m.status == MilestoneStatus.DONE.value
            counts[m.workstream_id][1] += 1
    groups: list[Lane] = []
    for lane in data.lanes:
        if lane.kind != "workstream":
            groups = [g for g in groups if (g.kind, lane.kind) == ("agreement", "area")] + [lane]
            continue
        found = days.get(lane.id, [])
        lane.start = lane.start or min(found, default=None)
        lane.end = lane.end or max(found, default=None)
        lane.done, lane.total = counts[lane.id]
        for group in groups:
            group.start = min(filter(None, (group.start, lane.start)), default=None)
            group.end = max(filter(None, (group.end, lane.end)), default=None)
            group.done += lane.done
            group.total += lane.total


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
    axis: str = ""  # "quarter" ("2026-Q4") or "year" ("2026"): every period of the span is a category


def _year(col: Any) -> Any:
    return cast(func.extract("year", col), Integer)


def _quarter_of(col: Any) -> Any:
    """1-4, in integers and with its numbers written into the SQL: an expression grouped by must read
    the same in the GROUP BY as in the SELECT, which bound parameters do not on PostgreSQL."""
    return (cast(func.extract("month", col), Integer) + literal_column("2")) / literal_column("3")


def chart_data(ws: Workspace, scope: Scope) -> dict[str, Series]:
    """Activities by kind per quarter, milestone status per area, participants (women/men) per year,
    budget per currency and year: aggregated in SQL, whatever the size of the workspace."""
    # Undated activities come back under a None year and are left out here, not in SQL: a
    # condition on the date would steer SQLite to the date index instead of the narrow totals index.
    live = (Activity.deleted_at.is_(None), scope.activity_filter(Activity.workstream_id))
    charts: dict[str, Series] = {}
    with ws.read() as s:
        rows = [r for r in s.execute(select(_year(Activity.planned_start), _quarter_of(Activity.planned_start),
                                            Activity.kind, func.count()).where(*live).group_by(
            _year(Activity.planned_start), _quarter_of(Activity.planned_start), Activity.kind)) if r[0] is not None]
        seen = sorted({(int(y), int(q)) for y, q, _k, _n in rows})
        quarters = [f"{y}-Q{q}" for y, q in (quarters_between(seen[0], seen[-1]) if seen else [])]
        slot = {name: i for i, name in enumerate(quarters)}
        kinds: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(quarters))
        for y, q, kind, n in rows:
            kinds[kind.value][slot[f"{int(y)}-Q{int(q)}"]] += n
        charts["kinds"] = Series(quarters, dict(kinds), axis="quarter")
        rows = list(s.execute(select(Area.id, Area.sort_order, Area.title_en, Area.title_th, Area.title_lo,
                                     Milestone.status, func.count()).join(Workstream, Workstream.area_id == Area.id)
                              .join(Milestone, Milestone.workstream_id == Workstream.id)
                              .where(Milestone.deleted_at.is_(None), scope.activity_filter(Milestone.workstream_id))
                              .group_by(Area.id, Milestone.status)).all())
        area_ids = [a for _o, a in sorted({(r.sort_order, r.id) for r in rows})]
        status: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(area_ids))
        for r in rows:
            status[r.status.value][area_ids.index(r.id)] += r[-1]
        charts["milestones"] = Series(area_ids, dict(status), titles={r.id: _tri(r) for r in rows})
        heads = [r for r in s.execute(select(_year(Activity.planned_start), func.sum(Activity.headcount_total),
                                             func.sum(Activity.headcount_women)).where(*live)
                                      .group_by(_year(Activity.planned_start))) if r[0] is not None]
        named = s.execute(select(_year(Activity.planned_start), Person.sex, func.count())
                          .select_from(Participation).join(Person, Person.id == Participation.person_id)
                          .join(Activity, Activity.id == Participation.activity_id)
                          .where(Participation.deleted_at.is_(None), *live)
                          .group_by(_year(Activity.planned_start), Person.sex)).all()
        named = [r for r in named if r[0] is not None]
        seen_years = {int(r[0]) for r in heads} | {int(r[0]) for r in named}
        years = years_between(min(seen_years), max(seen_years)) if seen_years else []
        women, men = [0.0] * len(years), [0.0] * len(years)
        for y, total, w in heads:
            women[years.index(int(y))] += w or 0
            men[years.index(int(y))] += (total or 0) - (w or 0)
        for y, sex, n in named:
            (women if sex == Sex.FEMALE else men)[years.index(int(y))] += n
        charts["participants"] = Series([str(y) for y in years], {"women": women, "men": men}, axis="year")
        rows = [r for r in s.execute(
            select(Activity.currency, _year(Activity.planned_start), func.sum(Activity.budget_amount))
            .where(*live, Activity.budget_amount.is_not(None), Activity.currency.is_not(None),
                   Activity.status != ActivityStatus.CANCELLED)
            .group_by(Activity.currency, _year(Activity.planned_start))) if r[1] is not None]
        currencies = sorted({c.value for c, _y, _v in rows})
        budget_years = sorted({str(int(y)) for _c, y, _v in rows})
        amounts = {(c.value, str(int(y))): float(v or 0) for c, y, v in rows}
        charts["budget"] = Series(currencies, {y: [amounts.get((c, y), 0.0) for c in currencies] for y in budget_years})
    return charts


def chart_records(ws: Workspace, scope: Scope, chart: str, category: str, series: str) -> tuple[str, list[str]]:
    """The records behind one bar of a chart: (entity, ids)."""
    ws_ids = scope.workstream_ids()
    with ws.read() as s:
        if chart == "milestones":
            return "milestone", list(s.scalars(
                select(Milestone.id).join(Workstream, Workstream.id == Milestone.workstream_id)
                .where(Milestone.deleted_at.is_(None), Milestone.workstream_id.in_(ws_ids),
                       Workstream.area_id == category, Milestone.status == series)))
        stmt = select(Activity.id).where(Activity.deleted_at.is_(None), Activity.workstream_id.in_(ws_ids))
        if chart == "kinds":
            year, quarter = category.split("-Q")
            stmt = stmt.where(_year(Activity.planned_start) == int(year),
                              _quarter_of(Activity.planned_start) == int(quarter), Activity.kind == series)
        elif chart == "participants":
            stmt = stmt.where(_year(Activity.planned_start) == int(category))
        elif chart == "budget":
            stmt = stmt.where(Activity.currency == category, _year(Activity.planned_start) == int(series),
                              Activity.budget_amount.is_not(None), Activity.status != ActivityStatus.CANCELLED)
        return "activity", list(s.scalars(stmt.order_by(Activity.planned_start).limit(500)))


__all__ = ["Bar", "CalendarItem", "Diamond", "Lane", "Series", "Timeline", "calendar_items", "chart_data",
           "chart_records", "count_items",
           "latest_baseline", "reschedule", "save_baseline", "timeline"]
