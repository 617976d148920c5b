"""Saving a record together with its child rows as one action (one transaction, one undo step):
an activity with its participants, an indicator with its periods, an agreement with its parties
and signatories, a workstream with its coordinators."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from mouplanner.domain import Record
from mouplanner.domain.validation import Problem, ValidationError
from mouplanner.services.records import RecordService, Saved
from mouplanner.services.rows import to_row
from mouplanner.storage import Workspace


@dataclass
class Children:
    """The wanted child rows of one kind: rows with an ``id`` are updated, rows without one are
    created, and live children missing from ``rows`` are deleted."""

    model: type[Record]
    link: str  # the child's field that points at the parent
    rows: list[dict[str, Any]] = field(default_factory=list)


def save(ws: Workspace, model: type[Record], record_id: str | None, values: Mapping[str, Any],
         children: list[Children] = (), *, expected_version: int | None = None,  # type: ignore[assignment]
         original: Mapping[str, Any] | None = None) -> Saved:
    parent = RecordService(ws, model)
    verb = "Edit" if record_id else "Create"
    with ws.transaction(f"{verb} {model.LABEL.lower()}") as s:
        saved = (parent.update_in(s, record_id, values, expected_version, original) if record_id
                 else parent.create_in(s, values))
        warnings = list(saved.warnings)
        for group in children:
            service = RecordService(ws, group.model)
            live = {c.id for c in s.scalars(select(group.model).where(
                getattr(group.model, group.link) == saved.row.id, group.model.deleted_at.is_(None)))}
            wanted = set()
            for i, row in enumerate(group.rows):
                data = {k: v for k, v in row.items() if k != "id"}
                data[group.link] = saved.row.id
                try:
                    if row.get("id"):
                        wanted.add(row["id"])
                        child = service.update_in(s, row["id"], data)
                    else:
                        child = service.create_in(s, data)
                except ValidationError as exc:
                    raise ValidationError(model.LABEL, [
                        Problem(f"{group.model.__tablename__}[{i}].{p.field}", p.template, p.severity, p.value,
                                p.params)
                        for p in exc.problems]) from None
                warnings += child.warnings
            for gone in live - wanted:
                service.delete_in(s, gone)
        obj = s.get(model, saved.row.id)
        assert obj is not None  # saved just now, in this transaction
        return Saved(to_row(obj), warnings, saved.txn_id)
