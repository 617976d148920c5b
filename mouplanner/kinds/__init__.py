"""Every kind of record the workspace keeps, described once (``kind.Kind``), and what is read from
those descriptions: the journalled models in the order they are created and dumped, lookups by
table, key and model, and validation with each kind's own rule.

Adding a kind of record means its model, its migration and its description, added here. The
layers above (services, Excel, exchange, the UI) build from ``all_kinds()`` when they are first
imported; ``add`` joins a description before that (the test that adds a throwaway kind uses it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mouplanner.domain import Record
from mouplanner.domain import validation as _validation
from mouplanner.domain.validation import Context, Problem
from mouplanner.kinds.activities import ACTIVITY, PARTICIPANT
from mouplanner.kinds.agreements import AGREEMENT, AGREEMENT_EVENT, AREA, PARTY, SIGNATORY
from mouplanner.kinds.documents import ATTACHMENT
from mouplanner.kinds.indicators import INDICATOR, PERIOD
from mouplanner.kinds.kind import Child, Field, Kind
from mouplanner.kinds.meetings import ACTION_ITEM, ACTION_UPDATE, AGENDA_ITEM, ATTENDEE, DECISION, MEETING
from mouplanner.kinds.people import ORGANISATION, PERSON
from mouplanner.kinds.plans import COORDINATOR, DEPENDENCY, MILESTONE, WORKSTREAM

# parents before children: the order records are created in, dumped and sent
_KINDS: list[Kind] = [ORGANISATION, PERSON, AGREEMENT, PARTY, SIGNATORY, AGREEMENT_EVENT, AREA, WORKSTREAM,
                      COORDINATOR, MILESTONE, DEPENDENCY, ACTIVITY, PARTICIPANT, INDICATOR, PERIOD, MEETING, ATTENDEE,
                      AGENDA_ITEM, DECISION, ACTION_ITEM, ACTION_UPDATE, ATTACHMENT]
_read = False  # set once the layers above have built from the list: too late to add to it
_BY_MODEL: dict[type[Record], Kind] = {}
_BY_TABLE: dict[str, Kind] = {}
_BY_KEY: dict[str, Kind] = {}


def _index() -> None:
    for kind in _KINDS:
        _BY_MODEL[kind.model], _BY_TABLE[kind.table], _BY_KEY[kind.key] = kind, kind, kind


def add(kind: Kind) -> None:
    """Join a description, before anything has been built from the list (after all the others)."""
    if _read:
        raise RuntimeError(f"the kinds were read before {kind.key!r} was added")
    if kind.key in _BY_KEY or kind.table in _BY_TABLE:
        raise ValueError(f"a kind {kind.key!r} or a table {kind.table!r} is described already")
    _KINDS.append(kind)
    _index()


def all_kinds() -> tuple[Kind, ...]:
    global _read
    _read = True
    return tuple(_KINDS)


def record_types() -> tuple[type[Record], ...]:
    """Every journalled model, parents before children."""
    return tuple(k.model for k in all_kinds())


def of(model: type[Record]) -> Kind:
    return _BY_MODEL[model]


def by_table(table: str) -> Kind | None:
    return _BY_TABLE.get(table)


def model_of(table: str) -> type[Record]:
    """The model of a journalled table (KeyError for any other)."""
    return _BY_TABLE[table].model


def by_key(key: str) -> Kind:
    return _BY_KEY[key]


def plural_of(label: str) -> str:
    """Many of the kind whose one is ``label`` ("Participant" -> "Participants"), marked "Labels"."""
    return next((k.plural for k in _KINDS if k.label == label), label)


def validate(model: type[Record], rec: Mapping[str, Any], ctx: Context | None = None) -> list[Problem]:
    """Every problem of a record's full field state, its kind's own rule included (errors first)."""
    return _validation.validate(model, rec, ctx, _BY_MODEL[model].rules)


_index()

__all__ = ["Child", "Field", "Kind", "add", "all_kinds", "by_key", "by_table", "model_of", "of", "plural_of",
           "record_types",
           "validate"]
