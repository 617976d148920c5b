"""The navigator: agreements, their cooperation areas and the areas' workstreams, with counts
and status, read in four queries whatever the size of the workspace."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from mouplanner.domain import Activity, Agreement, Area, Milestone, Workstream
from mouplanner.services.dashboard import OPEN_MILESTONE
from mouplanner.storage import Workspace

# what the tree shows and counts: any change to the three levels; of activities and milestones, only
# what moves the counts (a record created, deleted or restored is always counted)
READS = {"agreement": None, "area": None, "workstream": None, "activity": frozenset({"workstream_id"}),
         "milestone": frozenset({"workstream_id", "status", "planned_date"})}


@dataclass
class Node:
    kind: str  # "agreement", "area" or "workstream"
    id: str
    titles: dict[str, str]
    status: str = ""
    count: int = 0  # areas of an agreement, workstreams of an area, activities of a workstream
    overdue: int = 0  # overdue milestones below this node
    children: list[Node] = field(default_factory=list)


def _titles(obj: object) -> dict[str, str]:
    return {c: getattr(obj, f"title_{c}") for c in ("en", "th", "lo")}


def navigator(ws: Workspace, today: date | None = None) -> list[Node]:
    today = today or date.today()
    with ws.read() as s:
        agreements = s.execute(select(Agreement.id, Agreement.code, Agreement.status, Agreement.title_en,
                                      Agreement.title_th, Agreement.title_lo)
                               .where(Agreement.deleted_at.is_(None)).order_by(Agreement.code)).all()
        areas = s.execute(select(Area.id, Area.agreement_id, Area.title_en, Area.title_th, Area.title_lo)
                          .where(Area.deleted_at.is_(None)).order_by(Area.sort_order, Area.title_en)).all()
        streams = s.execute(select(Workstream.id, Workstream.area_id, Workstream.status, Workstream.title_en,
                                   Workstream.title_th, Workstream.title_lo)
                            .where(Workstream.deleted_at.is_(None)).order_by(Workstream.title_en)).all()
        activity_counts = dict(s.execute(
            select(Activity.workstream_id, func.count()).where(Activity.deleted_at.is_(None))
            .group_by(Activity.workstream_id)).all())
        overdue = dict(s.execute(
            select(Milestone.workstream_id, func.count()).where(
                Milestone.deleted_at.is_(None), Milestone.status.in_(OPEN_MILESTONE),
                Milestone.planned_date < today).group_by(Milestone.workstream_id)).all())
    by_area: dict[str, list[Node]] = defaultdict(list)
    for w in streams:
        by_area[w.area_id].append(Node("workstream", w.id, _titles(w), w.status.value,
                                       activity_counts.get(w.id, 0), overdue.get(w.id, 0)))
    by_agreement: dict[str, list[Node]] = defaultdict(list)
    for a in areas:
        kids = by_area.get(a.id, [])
        by_agreement[a.agreement_id].append(Node("area", a.id, _titles(a), "", len(kids),
                                                 sum(k.overdue for k in kids), kids))
    nodes = []
    for g in agreements:
        kids = by_agreement.get(g.id, [])
        titles = {**_titles(g), "code": g.code}
        nodes.append(Node("agreement", g.id, titles, g.status.value, len(kids),
                          sum(k.overdue for k in kids), kids))
    return nodes
