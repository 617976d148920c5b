"""What a change received from another laptop must be before it is stored: values a form or a
workbook would accept (the same ``coerce`` and field rules), so that a crafted or damaged file can
bring no negative head count, endless title or infinite budget. The valid part of a file still
arrives; each refused change is named in the receive report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mouplanner import kinds
from mouplanner.batches import in_chunks
from mouplanner.domain.enums import ChangeOp
from mouplanner.domain.validation import CoerceError, Problem, coerce, errors, field_problems, problem
from mouplanner.kinds import validate
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage.journal import decode


@dataclass(frozen=True)
class Refused:
    """A received change that was not taken: which record and field, and why (a Problem)."""

    entity: str
    record_id: str
    field: str
    problem: Any


def admissible(change: dict[str, Any]) -> list[Any]:
    """What is wrong with a received change's values, by the same rules as a form or a workbook
    (type, finite numbers, lengths, signs, country codes; control characters are dropped on the
    way in); empty when it may be stored. A creation is checked field by field."""
    model = kinds.model_of(change["entity"])
    if change["op"] == ChangeOp.UPDATE.value:
        if change["field"] not in model.domain_fields():
            return [problem(change["field"] or "", QT_TRANSLATE_NOOP("Validation", "{entity} has no field {name}"),
                            entity=model.LABEL, name=repr(change["field"]))]
        values = {change["field"]: _decoded(change["new_value"])}
    elif change["op"] == ChangeOp.CREATE.value:
        values = _decoded(change["new_value"] or "{}")
        if not isinstance(values, dict):
            return [problem("", UNREADABLE, value=str(change["new_value"])[:40])]
        values = {k: v for k, v in values.items() if k in model.domain_fields()}
    else:
        return []
    found = []
    for name, raw in values.items():
        if raw is _UNREADABLE:
            found.append(problem(name, UNREADABLE, value=str(change["new_value"])[:40]))
            continue
        try:
            found += errors(field_problems(model, name, coerce(model, name, raw)))
        except CoerceError as exc:
            found.append(Problem(name, exc.template, "error", raw, exc.params))
    return found


_UNREADABLE = object()
UNREADABLE = QT_TRANSLATE_NOOP("Validation", "{value} cannot be read as a value")


def _decoded(text: Any) -> Any:
    try:
        return decode(text)
    except ValueError:
        return _UNREADABLE


# The fields the record rules compare with each other (an end before its start, more women than
# participants, a budget without its currency, an indicator with two owners): a received change to
# one of them, or a creation, is checked with the record it lands in.
RULE_FIELDS = frozenset({
    "planned_start", "planned_end", "actual_start", "actual_end", "effective_date", "expiry_date", "signed_date",
    "headcount_total", "headcount_women", "budget_amount", "currency", "status", "actual_date", "period_start",
    "period_end", "label", "code", "agreement_id", "area_id", "workstream_id", "title_en", "title_th", "title_lo",
    "name_en", "name_th", "name_lo",
})


def record_problems(session: Any, changes: list[dict[str, Any]]) -> dict[tuple[str, str], list[Any]]:
    """(entity, record id) -> the errors the received changes would bring into that record (its rules
    on the record as it would be), where they bring any; errors it already had are not theirs."""
    from sqlalchemy import select

    touched: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in changes:
        if c["op"] == ChangeOp.CREATE.value or (c["op"] == ChangeOp.UPDATE.value and c["field"] in RULE_FIELDS):
            touched.setdefault((c["entity"], c["record_id"]), []).append(c)
    found: dict[tuple[str, str], list[Any]] = {}
    for entity in {e for e, _ in touched}:
        model = kinds.model_of(entity)
        ids = [r for e, r in touched if e == entity]
        names = model.domain_fields()
        current: dict[str, dict[str, Any]] = {}
        columns = [getattr(model, n) for n in names]
        for chunk in in_chunks(ids):  # plain rows: no ORM objects left behind in the merge's session
            for row in session.execute(select(model.id, *columns).where(model.id.in_(chunk))):
                current[row[0]] = dict(zip(names, row[1:], strict=True))
        for record_id in ids:
            before = current.get(record_id)
            state = dict(before) if before else _defaults(model)
            for c in sorted(touched[(entity, record_id)], key=lambda c: c["hlc"]):
                raw = _decoded(c["new_value"] or "{}")
                values = raw if c["op"] == ChangeOp.CREATE.value else {c["field"]: raw}
                for name, value in (values.items() if isinstance(values, dict) else ()):
                    if name in names:
                        state[name] = coerce(model, name, value)  # (each value passed ``admissible``)
            had = {(p.field, p.template) for p in errors(validate(model, before))} if before else set()
            new = [p for p in errors(validate(model, state)) if (p.field, p.template) not in had]
            if new:
                found[(entity, record_id)] = new
    return found


def _defaults(model: Any) -> dict[str, Any]:
    blank = model()
    blank.apply_defaults()
    return {n: getattr(blank, n) for n in model.domain_fields()}
