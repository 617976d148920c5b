"""The layout of data workbooks and templates: one sheet per kind of record that has one (its
description in ``mouplanner.kinds`` says so), parents first.

Every sheet starts with two hidden, locked columns (the record's id and its row version at
export) and ends with a Delete column. Headers and sheet names are written in the chosen
language and recognised in any of the three when importing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from mouplanner import kinds
from mouplanner.domain import Record
from mouplanner.kinds import Field, Kind
from mouplanner.locale.catalog import translate
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

ID_HEADER = QT_TRANSLATE_NOOP("Excel", "ID (do not edit)")
VERSION_HEADER = QT_TRANSLATE_NOOP("Excel", "Version (do not edit)")
DELETE_HEADER = QT_TRANSLATE_NOOP("Excel", "Delete?")
CHECK_HEADER = QT_TRANSLATE_NOOP("Excel", "Row check (do not edit)")  # hidden; see excel/rowcheck.py
DELETE_WORD = QT_TRANSLATE_NOOP("Excel", "delete")
LISTS_SHEET = "Lists"
META_SHEET = "_mouplanner"
DATA_FORMAT = "mouplanner-data"
TEMPLATE_FORMAT = "mouplanner-template"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Col:
    field: str
    header: str
    kind: str = "text"  # text, long, date, int, number, money, enum, link
    enum: type[Enum] | None = None
    link: str = ""  # key of the target sheet
    width: int = 18
    context: str = "Excel"  # where ``header`` is marked for translation

    def title(self, lang: str) -> str:
        return translate(self.context, self.header, lang)


SHEET_NAME_LIMIT = 31


@dataclass(frozen=True)
class SheetSpec:
    key: str
    model: type[Record]
    name: str  # marked in the "Labels" context: the kind's plural
    columns: tuple[Col, ...]

    def title(self, lang: str) -> str:
        """The sheet's name in ``lang``, cut to the 31 characters Excel allows a sheet's name."""
        return translate("Labels", self.name, lang)[:SHEET_NAME_LIMIT]


def _columns(fld: Field) -> tuple[Col, ...]:
    """The sheet's columns for one field: three for a text in three languages (one per language)."""
    if fld.type == "tri":
        return tuple(Col(f"{fld.name}_{lang}", header, width=fld.width)
                     for lang, header in zip(("en", "th", "lo"), fld.headers, strict=True))
    if fld.header:
        return (Col(fld.name, fld.header, fld.type, fld.enum, fld.link, fld.width),)
    return (Col(fld.name, fld.label, fld.type, fld.enum, fld.link, fld.width, context="Form"),)


def _sheet(kind: Kind) -> SheetSpec:
    return SheetSpec(kind.key, kind.model, kind.plural, tuple(c for f in kind.sheet_fields() for c in _columns(f)))


# one sheet per kind that has one, parents first
SHEETS: tuple[SheetSpec, ...] = tuple(_sheet(k) for k in kinds.all_kinds() if k.sheet)
BY_KEY = {s.key: s for s in SHEETS}


def header_for(spec: SheetSpec, field: str, lang: str) -> str:
    """The column a field has on its sheet, in ``lang``; the field's own name if it has none."""
    for col in spec.columns:
        if col.field == field:
            return col.title(lang)
    return field
