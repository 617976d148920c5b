"""Plain, immutable row objects that services hand to the UI, the CLI and the exporters.

Each kind's row class is generated from its model (``row_types``, by scripts/generate_rows.py) so
that type checks see its fields; a kind without one yet gets a row class made from the model's
columns. Rows hold no session and never load anything lazily.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from mouplanner.domain import Record
from mouplanner.services.row_types import ROWS

ROW_BOOKKEEPING = ("id", "version", "updated_at", "changed_by", "deleted_at")


_MADE: dict[type[Record], type] = {}


def row_type(model: type[Record]) -> type:
    if model in ROWS:
        return ROWS[model]
    if model in _MADE:
        return _MADE[model]
    fields: list[tuple[str, Any]] = [
        ("id", str), ("version", int), ("updated_at", datetime | None), ("changed_by", str),
        ("deleted_at", datetime | None),
    ]
    fields += [(name, Any) for name in model.domain_fields()]
    cls = dataclasses.make_dataclass(f"{model.__name__}Row", fields, frozen=True)
    cls.model = model  # type: ignore[attr-defined]
    _MADE[model] = cls
    return cls


def to_row(obj: Record) -> Any:
    model = type(obj)
    cls = row_type(model)
    values = {name: getattr(obj, name) for name in (*ROW_BOOKKEEPING, *model.domain_fields())}
    return cls(**values)


def row_values(row: Any) -> dict[str, Any]:
    """The domain fields of a row, as a dict (for forms and updates)."""
    return {name: getattr(row, name) for name in row.model.domain_fields()}
