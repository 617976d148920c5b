"""What goes with a deleted record: its dependents are deleted, optional links are cleared.

The rules come from the foreign keys: a record whose required link points at a deleted
record is deleted too (an area with its agreement); an optional link is cleared (an
activity's milestone), unless the model lists it in ``CASCADE_LINKS``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from mouplanner import kinds
from mouplanner.batches import in_chunks
from mouplanner.domain import Record


@dataclass
class DeletePlan:
    delete: dict[type[Record], set[str]] = field(default_factory=lambda: defaultdict(set))
    unlink: list[tuple[type[Record], str, str]] = field(default_factory=list)  # model, id, field

    def counts(self) -> dict[str, int]:
        """How many records of each kind are deleted, by entity label, root included."""
        return {m.LABEL: len(ids) for m, ids in self.delete.items() if ids}

    def unlinked(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for model, _id, _field in self.unlink:
            out[model.LABEL] += 1
        return dict(out)


def _links_to(target: type[Record]) -> list[tuple[type[Record], str, bool]]:
    """(model, column, cascades) for every link pointing at ``target``."""
    table = target.__tablename__
    links = []
    for model in kinds.record_types():
        for col in model.__table__.columns:
            if any(fk.column.table.name == table for fk in col.foreign_keys):
                links.append((model, col.key, (not col.nullable) or col.key in model.CASCADE_LINKS))
    return links


def live_dependents(session: Session, model: type[Record], ids: list[str]) -> list[tuple[type[Record], str, str]]:
    """(dependent model, dependent id, parent id): live records whose required link points at one of
    ``ids`` (what deleting those records would delete with them, one level down)."""
    found = []
    for child, column, cascades in _links_to(model):
        if not cascades:
            continue
        col = getattr(child, column)
        for chunk in _chunks(ids):
            found += [(child, child_id, parent_id) for child_id, parent_id in session.execute(
                select(child.id, col).where(col.in_(chunk), child.deleted_at.is_(None)))]
    return found


def required_parents(model: type[Record]) -> list[tuple[str, type[Record]]]:
    """(column, parent model) of each link whose parent's deletion deletes a record of ``model``."""
    out = []
    for parent in kinds.record_types():
        out += [(column, parent) for child, column, cascades in _links_to(parent) if child is model and cascades]
    return out


def _chunks(ids: list[str]) -> list[list[str]]:
    return [list(chunk) for chunk in in_chunks(ids)]


def plan_delete(session: Session, model: type[Record], record_id: str) -> DeletePlan:
    plan = DeletePlan()
    plan.delete[model].add(record_id)
    queue: list[tuple[type[Record], list[str]]] = [(model, [record_id])]
    while queue:
        target, ids = queue.pop()
        for child, column, cascades in _links_to(target):
            col = getattr(child, column)
            for chunk in _chunks(ids):
                found = session.execute(
                    select(child.id).where(col.in_(chunk), child.deleted_at.is_(None))).scalars().all()
                if cascades:
                    new = [i for i in found if i not in plan.delete[child]]
                    plan.delete[child].update(new)
                    if new:
                        queue.append((child, new))
                else:
                    plan.unlink.extend((child, i, column) for i in found)
    # A record deleted anyway needs no unlinking.
    plan.unlink = [(m, i, f) for m, i, f in plan.unlink if i not in plan.delete[m]]
    return plan


def apply_delete(session: Session, plan: DeletePlan, now: object) -> None:
    for model, ids in plan.delete.items():
        for chunk in _chunks(sorted(ids)):
            for obj in session.scalars(select(model).where(model.id.in_(chunk))):
                obj.deleted_at = now  # type: ignore[assignment]
    for model, record_id, column in plan.unlink:
        linked = session.get(model, record_id)
        if linked is not None:
            setattr(linked, column, None)
