"""A scope's plan as project-management tools see it (``standards/mspdi.py`` writes it for MS
Project, ProjectLibre and GanttProject): agreements, cooperation areas and workstreams as summary
tasks, milestones and activities as tasks under their workstream, with planned and actual dates,
how far done, the dependencies (of the four kinds, with their lag), the saved baselines (newest first) and each record's
identity; and the country whose public holidays the working calendar leaves out."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from mouplanner.domain import (
    Activity,
    Agreement,
    AgreementParty,
    Area,
    Baseline,
    BaselineItem,
    Milestone,
    MilestoneDependency,
    Organisation,
    Workstream,
)
from mouplanner.domain.enums import ActivityStatus, MilestoneStatus
from mouplanner.locale.text import display
from mouplanner.services.scope import Scope
from mouplanner.storage import Workspace

MAX_BASELINES = 11  # MS Project keeps Baseline and Baseline1 to Baseline10


@dataclass
class PlanTask:
    key: str  # "activity:<id>": the record's kind and identity
    name: str
    level: int  # 1 agreement, 2 area, 3 workstream, 4 milestone or activity (less when the scope is smaller)
    start: date | None = None
    finish: date | None = None
    milestone: bool = False
    actual_start: date | None = None
    actual_finish: date | None = None
    percent: int = 0
    notes: str = ""
    # the tasks it follows: (key, link type "FS"/"SS"/"FF"/"SF", lag in days)
    predecessors: list[tuple[str, str, int]] = field(default_factory=list)
    # (start, finish) in each saved baseline, newest first; None where a baseline did not have it yet
    baselines: list[tuple[date, date] | None] = field(default_factory=list)
    children: list[PlanTask] = field(default_factory=list)
    version: int | None = None  # a milestone's or an activity's, when exported

    @property
    def summary(self) -> bool:
        return bool(self.children)


@dataclass
class Plan:
    name: str
    country: str  # whose public holidays are not working days
    tasks: list[PlanTask]  # the top level, each with its children
    baseline_names: list[str] = field(default_factory=list)  # newest first

    def flat(self) -> list[PlanTask]:
        out: list[PlanTask] = []

        def walk(tasks: list[PlanTask]) -> None:
            for task in tasks:
                out.append(task)
                walk(task.children)
        walk(self.tasks)
        return out


def _roll_up(task: PlanTask) -> None:
    for child in task.children:
        _roll_up(child)
    if task.children:
        starts = [c.start for c in task.children if c.start]
        finishes = [c.finish or c.start for c in task.children if c.finish or c.start]
        task.start = min(starts) if starts else None
        task.finish = max(d for d in finishes if d) if finishes else None


def load(ws: Workspace, scope: Scope, lang: str, country: str = "") -> Plan:
    with ws.read() as s:
        streams = list(s.scalars(select(Workstream).where(Workstream.id.in_(scope.workstream_ids()))))
        areas = {a.id: a for a in s.scalars(select(Area).where(Area.id.in_({w.area_id for w in streams})))}
        agreements = {a.id: a for a in s.scalars(select(Agreement).where(
            Agreement.id.in_({a.agreement_id for a in areas.values()}), Agreement.deleted_at.is_(None)))}
        ids = [w.id for w in streams]
        milestones = list(s.scalars(select(Milestone).where(Milestone.workstream_id.in_(ids),
                                                            Milestone.deleted_at.is_(None))))
        activities = list(s.scalars(select(Activity).where(Activity.workstream_id.in_(ids),
                                                           Activity.deleted_at.is_(None))))
        follows: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        for dep in s.scalars(select(MilestoneDependency).where(MilestoneDependency.deleted_at.is_(None))):
            after = f"milestone:{dep.depends_on_id}" if dep.depends_on_id else f"activity:{dep.depends_on_activity_id}"
            mine = f"milestone:{dep.milestone_id}" if dep.milestone_id else f"activity:{dep.activity_id}"
            follows[mine].append((after, dep.link_type.name, dep.lag_days or 0))
        baselines = list(s.scalars(select(Baseline).order_by(Baseline.created_at.desc(), Baseline.id.desc())
                                   .limit(MAX_BASELINES)))
        kept: dict[str, list[tuple[date, date] | None]] = defaultdict(list)
        for baseline in baselines:
            items = {(i.entity, i.record_id): i for i in s.scalars(select(BaselineItem).where(
                BaselineItem.baseline_id == baseline.id))}
            for entity, rows in (("milestone", milestones), ("activity", activities)):
                for row in rows:
                    item = items.get((entity, row.id))
                    kept[f"{entity}:{row.id}"].append(
                        (item.planned_start, item.planned_end or item.planned_start)
                        if item and item.planned_start else None)
        if not country:
            country = _home_country(s, list(agreements))
    leaves: dict[str, list[PlanTask]] = defaultdict(list)
    for m in milestones:
        key = f"milestone:{m.id}"
        leaves[m.workstream_id].append(PlanTask(
            key, display(m, lang), 4, m.planned_date, m.planned_date, True, m.actual_date, m.actual_date,
            100 if m.status == MilestoneStatus.DONE else 0, m.deliverable or "", follows.get(key, []),
            kept.get(key, []), version=m.version))
    for a in activities:
        key = f"activity:{a.id}"
        done = a.status == ActivityStatus.DONE
        leaves[a.workstream_id].append(PlanTask(
            key, display(a, lang), 4, a.planned_start, a.planned_end or a.planned_start, False, a.actual_start,
            a.actual_end if done else None, 100 if done else 50 if a.status == ActivityStatus.IN_PROGRESS else 0,
            a.notes or "", follows.get(key, []), kept.get(key, []), version=a.version))
    by_area: dict[str, list[PlanTask]] = defaultdict(list)
    for w in sorted(streams, key=lambda w: (display(w, lang), w.id)):
        children = sorted(leaves[w.id], key=lambda t: (t.start or date.max, t.key))
        by_area[w.area_id].append(PlanTask(f"workstream:{w.id}", display(w, lang), 3, w.planned_start,
                                           w.planned_end, notes=w.objective or "", children=children))
    by_agreement: dict[str, list[PlanTask]] = defaultdict(list)
    for area in sorted(areas.values(), key=lambda a: (a.sort_order, a.id)):
        by_agreement[area.agreement_id].append(PlanTask(f"area:{area.id}", display(area, lang), 2,
                                                        children=by_area[area.id]))
    top = [PlanTask(f"agreement:{a.id}", f"{a.code} {display(a, lang)}".strip(), 1, children=by_agreement[a.id])
           for a in sorted(agreements.values(), key=lambda a: a.code)]
    for task in top:
        _roll_up(task)
    name = top[0].name if len(top) == 1 else "mouplanner"
    return Plan(name, country, _narrowed(top, scope), [b.name for b in baselines])


def _narrowed(top: list[PlanTask], scope: Scope) -> list[PlanTask]:
    """An area's or a workstream's plan starts at that level (its outline levels counted from 1)."""
    wanted = f"area:{scope.area_id}" if scope.area_id else f"workstream:{scope.workstream_id}" \
        if scope.workstream_id else ""
    if not wanted:
        return top
    for task in [t for agreement in top for t in [*agreement.children, *[w for a in agreement.children
                                                                          for w in a.children]]]:
        if task.key == wanted:
            _shift(task, 1 - task.level)
            return [task]
    return []


def _shift(task: PlanTask, by: int) -> None:
    task.level += by
    for child in task.children:
        _shift(child, by)


def _home_country(s: Any, agreement_ids: list[str]) -> str:
    """The country of the first side's party (the one that keeps this plan, as a rule)."""
    countries = s.scalars(select(Organisation.country).join(
        AgreementParty, Organisation.id == AgreementParty.organisation_id).where(
        AgreementParty.agreement_id.in_(agreement_ids), AgreementParty.deleted_at.is_(None), Organisation.country != "")
        .order_by(AgreementParty.side, AgreementParty.id))
    return str(countries.first() or "")
