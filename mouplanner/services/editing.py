"""Saving a record together with its child rows as one action (one transaction, one undo step):
an activity with its participants, an indicator with its periods, an agreement with its parties
and signatories, a workstream with its coordinators."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from mouplanner.domain import Meeting, Record
from mouplanner.domain.validation import Problem, ValidationError
from mouplanner.services import concurrent, meeting_series
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
    # The rows as the form opened them (id -> values). With them, what someone else did to the rows
    # since is kept: their new rows stay, a row is written only in the fields the person changed,
    # and a row the person changed that someone else changed too is refused (RowsChanged).
    original: dict[str, dict[str, Any]] | None = None


def save(ws: Workspace, model: type[Record], record_id: str | None, values: Mapping[str, Any],
         children: list[Children] = (), *, expected_version: int | None = None,  # type: ignore[assignment]
         original: Mapping[str, Any] | None = None) -> Saved:
    parent = RecordService(ws, model)
    verb = "Edit" if record_id else "Create"
    with ws.transaction(f"{verb} {model.LABEL.lower()}") as s:
        before = s.get(model, record_id) if record_id and model is Meeting else None
        status_before = getattr(before, "status", None)
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
                        if group.original is not None and row["id"] in group.original:
                            data = _mine(s, group, row["id"], data)
                            if not data:
                                continue  # the person left it as it was
                        child = service.update_in(s, row["id"], data)
                    else:
                        child = service.create_in(s, data)
                except ValidationError as exc:
                    raise ValidationError(model.LABEL, [
                        Problem(f"{group.model.__tablename__}[{i}].{p.field}", p.template, p.severity, p.value,
                                p.params)
                        for p in exc.problems]) from None
                warnings += child.warnings
            removed = live - wanted if group.original is None else (set(group.original) - wanted) & live
            for gone in removed:  # (with the rows as opened: only those the person took out)
                service.delete_in(s, gone)
        obj = s.get(model, saved.row.id)
        assert obj is not None  # saved just now, in this transaction
        followed = (meeting_series.follow_up(s, ws, obj, status_before)
                    if isinstance(obj, Meeting) else None)
        return Saved(to_row(obj), warnings, saved.txn_id, followed)


def _mine(s: Any, group: Children, row_id: str, data: dict[str, Any]) -> dict[str, Any]:
    """What the person changed in the row ``row_id``, to write over it as it is now; RowsChanged
    when someone else changed the same fields, or removed the row, meanwhile."""
    assert group.original is not None
    obj = s.get(group.model, row_id)
    if obj is None or obj.deleted_at is not None:
        if concurrent.changed_fields(group.model, data, group.original[row_id])[0]:
            raise concurrent.RowsChanged(group.model, obj.changed_by if obj else "?",
                                         obj.updated_at if obj else datetime.now(UTC))
        return {}
    try:
        return concurrent.merged(group.model, obj, data, group.original[row_id])
    except concurrent.EditConflict as exc:
        raise concurrent.RowsChanged(group.model, exc.params["who"], exc.params["when"]) from None
