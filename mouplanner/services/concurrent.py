"""Two people editing the same record at once (on a server): what the second one saves is merged
with what the first saved, field by field. Fields only one of them changed are kept both; a field
both changed to different values is never overwritten silently: the save is refused with an
``EditConflict`` naming who changed the record and when, with both values, for the person to
choose and save again."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mouplanner.domain import Record
from mouplanner.domain.validation import coerce_fields
from mouplanner.locale.marks import QT_TRANSLATE_NOOP, Translatable


@dataclass(frozen=True)
class Clash:
    field: str
    theirs: Any  # in the workspace now (typed)
    mine: Any  # what the person saved (typed)


class EditConflict(RuntimeError, Translatable):
    """The same fields were changed by someone else since the record was opened."""

    context = "Errors"
    template = QT_TRANSLATE_NOOP("Errors", "{who} changed this record at {when} since you opened it, in the "
                                           "fields you changed too; choose which values to keep")

    def __init__(self, who: str, when: datetime, version: int, clashes: list[Clash], now: dict[str, Any]):
        self.params = {"who": who, "when": when}
        self.version = version  # the record's version now: save against it once chosen
        self.clashes = clashes
        self.now = now  # every field's value now (the base for the next save)
        super().__init__(self.english())


class RowsChanged(RuntimeError, Translatable):
    """Rows of a form's table (participants, parties...) that the person changed were changed or
    removed by someone else since the form was opened."""

    context = "Errors"
    template = QT_TRANSLATE_NOOP("Errors", "{who} changed rows of this table at {when} since you opened the record, "
                                           "rows you changed too. The table now shows them as they are: make your "
                                           "change again, then save")

    def __init__(self, model: type[Record], who: str, when: datetime):
        self.model = model  # the rows' kind
        self.params = {"who": who, "when": when}
        super().__init__(self.english())


def changed_fields(model: type[Record], values: Mapping[str, Any], original: Mapping[str, Any]
                   ) -> tuple[set[str], dict[str, Any], dict[str, Any]]:
    """The fields of ``values`` that differ from ``original`` (compared as their types, so "5" and 5
    are one value), with both sides typed. Unreadable values count as changed: the checks say so."""
    typed, _ = coerce_fields(model, values)
    before, _ = coerce_fields(model, {k: v for k, v in original.items() if k in typed})
    mine = {name for name, value in typed.items() if name in before and value != before[name]}
    return mine | {name for name in values if name not in typed}, typed, before


def merged(model: type[Record], obj: Record, values: Mapping[str, Any], original: Mapping[str, Any]) -> dict[str, Any]:
    """What to write of ``values`` (a save made from the record as it was, ``original``) onto the
    record as it is now (``obj``): the fields the person changed. Raises ``EditConflict`` when
    someone else changed some of them to something else meanwhile. Values that are not even of
    their field's type are left to the save's own checks."""
    mine, typed, before = changed_fields(model, values, original)
    now = {name: getattr(obj, name) for name in model.domain_fields()}
    clashes = [Clash(name, now[name], typed[name]) for name in sorted(mine & set(typed))
               if now[name] != before[name] and now[name] != typed[name]]
    if clashes:
        raise EditConflict(obj.changed_by or "?", obj.updated_at, obj.version, clashes, now)
    return {name: values[name] for name in values if name in mine}


__all__ = ["Clash", "EditConflict", "RowsChanged", "changed_fields", "merged"]
