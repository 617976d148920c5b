"""Workspace summary (for ``mouplanner summary``) and the canonical dump (``mouplanner dump``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from mouplanner import kinds
from mouplanner.domain import (
    ActionItem,
    Activity,
    Agreement,
    Area,
    Meeting,
    Milestone,
    Organisation,
    Person,
    Workstream,
)
from mouplanner.domain.term import Term
from mouplanner.services.agreement_terms import terms_in
from mouplanner.services.dashboard import dashboard
from mouplanner.services.scope import Scope
from mouplanner.storage import Workspace
from mouplanner.storage.journal import to_json_value

DUMP_FORMAT = "mouplanner-dump"
DUMP_VERSION = 1


def _title(row: Any) -> str:
    return row.title_en or row.title_th or row.title_lo


def _figures(ws: Workspace, scope: Scope, today: date) -> dict[str, Any]:
    d = dashboard(ws, scope, today)
    return {
        "milestones": {"done": d.milestones_done, "total": d.milestones_total,
                       "overdue": len(d.overdue_milestones), "by_status": d.milestones_by_status},
        "activities": {"total": sum(d.activities_by_kind.values()), "by_kind": d.activities_by_kind,
                       "by_status": d.activities_by_status},
        "participants": {"total": d.participants_total, "women": d.participants_women},
        "budget": {cur: to_json_value(amount) for cur, amount in d.budget.items()},
        "action_items": {"open": sum(c.open for c in d.rhythm.by_side.values()),
                         "overdue": sum(c.overdue for c in d.rhythm.by_side.values())},
        "next_meeting": {"number": d.rhythm.next_meeting.number, "title": _title(d.rhythm.next_meeting),
                         "date": to_json_value(d.rhythm.next_meeting.meeting_date)}
        if d.rhythm.next_meeting is not None else None,
    }


def summary(ws: Workspace, today: date | None = None) -> dict[str, Any]:
    today = today or date.today()
    with ws.read() as s:
        def live(model: Any) -> int:
            return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0

        counts = {name: live(model) for name, model in (
            ("agreements", Agreement), ("areas", Area), ("workstreams", Workstream),
            ("milestones", Milestone), ("activities", Activity), ("people", Person),
            ("organisations", Organisation), ("meetings", Meeting), ("action items", ActionItem))}
        agreements = s.execute(select(Agreement).where(Agreement.deleted_at.is_(None))
                               .order_by(Agreement.code, Agreement.id)).scalars().all()
        per_agreement = []
        terms = terms_in(s, today)
        for ag in agreements:
            areas = s.scalar(select(func.count()).select_from(Area).where(
                Area.agreement_id == ag.id, Area.deleted_at.is_(None)))
            scope = Scope(agreement_id=ag.id)
            workstreams = s.scalar(select(func.count()).select_from(scope.workstream_ids().subquery()))
            per_agreement.append({
                "code": ag.code, "title": _title(ag), "status": ag.status.value,
                "signed_date": to_json_value(ag.signed_date), "areas": areas, "workstreams": workstreams,
                "term": _term(terms[ag.id]),
            })
    for entry, ag in zip(per_agreement, agreements, strict=True):
        entry.update(_figures(ws, Scope(agreement_id=ag.id), today))
    return {"workspace": ws.name, "date": today.isoformat(), "counts": counts,
            "agreements": per_agreement, "totals": _figures(ws, Scope(), today)}


def _term(term: Term) -> dict[str, Any]:
    return {"state": term.state.value, "ends_on": to_json_value(term.ends_on),
            "notice_by": to_json_value(term.notice_by), "renewals": term.renewals,
            "notice_given": to_json_value(term.notice_given)}


def format_summary(data: dict[str, Any]) -> str:
    lines = [f"Workspace {data['workspace']} on {data['date']}"]
    lines.append("  " + ", ".join(f"{n} {k}" for k, n in data["counts"].items()))

    def block(fig: dict[str, Any], indent: str) -> None:
        m, a, p = fig["milestones"], fig["activities"], fig["participants"]
        lines.append(f"{indent}milestones: {m['done']}/{m['total']} done, {m['overdue']} overdue")
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(a["by_kind"].items())) or "none"
        states = ", ".join(f"{k} {n}" for k, n in sorted(a["by_status"].items())) or "none"
        lines.append(f"{indent}activities: {a['total']} ({kinds}); status: {states}")
        lines.append(f"{indent}participants: {p['total']} ({p['women']} women)")
        money = ", ".join(f"{Decimal(amount):,} {cur}" for cur, amount in fig["budget"].items()) or "none"
        lines.append(f"{indent}budget: {money}")
        actions, meeting = fig["action_items"], fig["next_meeting"]
        lines.append(f"{indent}action items: {actions['open']} open, {actions['overdue']} overdue; next meeting: "
                     + (f"{meeting['number'] or meeting['title']} on {meeting['date']}" if meeting else "none planned"))

    for ag in data["agreements"]:
        lines.append(f"{ag['code']}  {ag['title']}  [{ag['status']}, signed {ag['signed_date'] or '-'}]")
        term = ag["term"]
        lines.append(f"    term: {term['state'].replace('_', ' ')}"
                     + (f" until {term['ends_on']}" if term["ends_on"] else "")
                     + (f", renewed {term['renewals']}x" if term["renewals"] else "")
                     + (f", notice not to renew by {term['notice_by']}" if term["notice_by"] else "")
                     + (f", notice given {term['notice_given']}" if term["notice_given"] else ""))
        lines.append(f"    {ag['areas']} areas, {ag['workstreams']} workstreams")
        block(ag, "    ")
    lines.append("All agreements")
    block(data["totals"], "    ")
    return "\n".join(lines)


def dump(ws: Workspace) -> dict[str, Any]:
    """Every live record, by table and id, with domain fields only (no machine-local data)."""
    records: dict[str, list[dict[str, Any]]] = {}
    with ws.read() as s:
        for model in kinds.record_types():
            cols = [getattr(model, n) for n in model.domain_fields()]
            stmt = (select(model.id, *cols).where(model.deleted_at.is_(None)).order_by(model.id))
            records[model.__tablename__] = [
                {"id": row[0], **{c.key: to_json_value(v) for c, v in zip(cols, row[1:], strict=True)}}
                for row in s.execute(stmt)
            ]
    return {"format": DUMP_FORMAT, "version": DUMP_VERSION, "records": records}
