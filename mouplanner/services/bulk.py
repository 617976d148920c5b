"""Saving edits to many records of one kind at once (an import of thousands of workbook rows),
inside the caller's transaction: each record is checked as a form would check it (its fields, its
kind's rule, its agreement's term, its links) and journalled field by field with the same change
rows an edit in a form writes; but read, written and journalled a chunk at a time, with Core
statements, not one ORM object per record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from mouplanner.batches import in_chunks
from mouplanner.domain import Change, Record
from mouplanner.domain.enums import ChangeOp
from mouplanner.domain.validation import Context, ValidationError, coerce_fields, errors
from mouplanner.kinds import validate
from mouplanner.services.records import PLANS, NotFound, agreement_range, link_problems
from mouplanner.storage.journal import JournalContext, bases, change_row, to_json_value

Progress = Callable[[int], None]  # records saved so far


def update_many(s: Session, model: type[Record], edits: Mapping[str, Mapping[str, Any]],
                today: date | None = None, progress: Progress | None = None) -> int:
    """Apply ``edits`` (record id -> the fields to set); returns how many records changed. The
    first record that a form would refuse raises ValidationError (the caller rolls back)."""
    ctx: JournalContext = s.info["journal"]
    if model in PLANS:  # the agreement terms kept in this transaction may change with these
        s.info.pop("agreement_ranges", None)
    entity, fields = model.__tablename__, model.domain_fields()
    table = model.__table__
    changed_records = 0
    for chunk in in_chunks(list(edits)):
        current = {row.id: row._mapping for row in s.execute(
            select(table).where(table.c.id.in_(chunk), table.c.deleted_at.is_(None)))}
        known = bases(s, {entity: list(chunk)})
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        journal: list[dict[str, Any]] = []
        for record_id in chunk:
            if record_id not in current:
                raise NotFound(f"no {model.LABEL.lower()} with id {record_id}")
            was = current[record_id]
            typed = _checked(s, model, was, edits[record_id], fields, today)
            fresh = {n: v for n, v in typed.items() if to_json_value(v) != to_json_value(was[n])}
            if not fresh:
                continue
            seen = known.get((entity, record_id), {"": "", "*": ""})
            journal += [change_row(ctx, entity, record_id, ChangeOp.UPDATE, n, was[n], v,
                                   base=seen.get(n, seen["*"])) for n, v in fresh.items()]
            updates[tuple(sorted(fresh))].append({"b_id": record_id, **{f"b_{k}": v for k, v in fresh.items()}})
            changed_records += 1
        for names, rows in updates.items():  # one statement per set of fields, for all its records
            s.execute(update(table).where(table.c.id == bindparam("b_id")).values(
                {**{n: bindparam(f"b_{n}") for n in names}, "version": table.c.version + 1,
                 "updated_at": ctx.now, "changed_by": ctx.actor, "changed_on": ctx.replica_name}), rows)
            for name in names:
                ctx.touch(entity, [r["b_id"] for r in rows], name)
        if journal:
            s.execute(insert(cast(Table, Change.__table__)), journal)
        if progress:
            progress(len(chunk))
    return changed_records


def _checked(s: Session, model: type[Record], was: Any, values: Mapping[str, Any],
             fields: list[str], today: date | None) -> dict[str, Any]:
    """The values in their types, or ValidationError with every problem a form would show."""
    typed, problems = coerce_fields(model, values)
    full = {**{n: was[n] for n in fields}, **typed}
    start, end = agreement_range(s, model, full)
    bad = {p.field for p in problems}
    problems += [p for p in validate(model, full, Context(start, end, today or date.today())) if p.field not in bad]
    problems += link_problems(s, model, {k: v for k, v in typed.items() if k not in bad})
    if errors(problems):
        raise ValidationError(model.LABEL, problems)
    return typed


__all__ = ["update_many"]
