"""What a change received from another laptop must be before it is stored: values a form or a
workbook would accept (the same ``coerce`` and field rules), so that a crafted or damaged file can
bring no negative head count, endless title or infinite budget. The valid part of a file still
arrives; each refused change is named in the receive report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mouplanner.domain import BY_TABLE
from mouplanner.domain.enums import ChangeOp
from mouplanner.domain.validation import CoerceError, Problem, coerce, errors, field_problems, problem
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
    model = BY_TABLE[change["entity"]]
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
