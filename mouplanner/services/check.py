"""Checks every live record against the domain rules (``mouplanner check``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from mouplanner import kinds
from mouplanner.domain.validation import Problem
from mouplanner.services.records import RecordService
from mouplanner.storage import Workspace


@dataclass(frozen=True)
class Finding:
    entity: str
    record_id: str
    title: str
    problem: Problem

    def __str__(self) -> str:
        kind = "error" if self.problem.severity == "error" else "warning"
        return f"{kind}: {self.entity} {self.title!r} ({self.record_id}): {self.problem}"


def check_records(ws: Workspace, today: date | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for model in kinds.record_types():
        service = RecordService(ws, model)
        with ws.read() as s:
            objs = s.scalars(select(model).where(model.deleted_at.is_(None)).order_by(model.id)).all()
            items = [(o.id, {n: getattr(o, n) for n in model.domain_fields()}) for o in objs]
        for record_id, values in items:
            title = next((values[k] for k in ("title_en", "name_en", "code", "label", "title_th", "name_th")
                          if values.get(k)), "")
            for problem in service.check(values, record_id, today=today):
                findings.append(Finding(model.LABEL, record_id, str(title), problem))
    return findings


def dangling_links(ws: Workspace) -> list[str]:
    """Live records that point at deleted ones (possible after merging a deletion from another
    laptop with a concurrent creation underneath it)."""
    found = []
    with ws.read() as s:
        for model in kinds.record_types():
            for col in model.__table__.columns:
                if not col.foreign_keys:
                    continue
                target = kinds.model_of(next(iter(col.foreign_keys)).column.table.name)
                link = getattr(model, col.key)
                rows = s.execute(select(model.id).join(target, target.id == link)
                                 .where(model.deleted_at.is_(None), target.deleted_at.is_not(None))).scalars().all()
                found += [f"{model.LABEL} {r}: {col.key} points at a deleted {target.LABEL.lower()}" for r in rows]
    return found


def journal_gaps(ws: Workspace) -> list[str]:
    """Records with no creation in the change journal (history and exchange would miss them)."""
    from mouplanner.domain import Change

    found = []
    with ws.read() as s:
        for model in kinds.record_types():
            created = select(Change.record_id).where(Change.entity == model.__tablename__, Change.op == "create")
            rows = s.execute(select(model.id).where(model.id.notin_(created))).scalars().all()
            found += [f"{model.LABEL} {r}: not in the change journal" for r in rows]
    return found


def damage(ws: Workspace) -> str | None:
    """What the checks every writer runs first find wrong with the open workspace's file (SQLite's
    quick check, missing tables, values not of their type), in one line; None when sound. Reads the
    file from a connection of its own, so it may run in a background thread."""
    if ws.read_only:
        return None  # another app has it; that app checks it
    try:
        return ws.backend.damage()
    except Exception as exc:  # noqa: BLE001 - a file the check cannot even open is damaged too
        return str(exc)[:200]
