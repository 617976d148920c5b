"""What a kind of record is, said once: its model, its fields with their labels, what it belongs
to, where it shows (a tab, the New menu, a workbook sheet), its rule and its icon.

The forms, the workbook's sheets, the lists, the labels and the record services are built from
these descriptions (``mouplanner.kinds`` holds them all). Nothing here imports Qt: labels are
English source strings marked for translation, read by Qt Linguist.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from mouplanner.domain import Record
from mouplanner.domain.validation import Rule

# text: one line; tri: one text per language (name_en, name_th, name_lo); long: several lines;
# int, number, money: numbers (money with two decimals in a workbook); link: another record's id
FieldType = Literal["text", "tri", "long", "date", "int", "number", "money", "enum", "link"]


@dataclass(frozen=True)
class Field:
    """One field as people see it: on the form (``label``) and on the workbook's sheet."""

    name: str
    label: str  # marked in the "Form" context
    type: FieldType = "text"
    enum: builtins.type[Enum] | None = None
    link: str = ""  # the key of the kind it points to ("organisations")
    required: bool = False  # a form offers no empty choice
    only_for: tuple[str, ...] = ()  # the activity kinds it belongs to (empty: all)
    header: str = ""  # the sheet's header, where it says more than the label (marked "Excel")
    headers: tuple[str, ...] = ()  # tri: the sheet's header per language (marked "Excel")
    width: int = 18  # of its sheet column, in characters

    def names(self) -> tuple[str, ...]:
        """The model's columns this field edits."""
        return tuple(f"{self.name}_{lang}" for lang in ("en", "th", "lo")) if self.type == "tri" else (self.name,)


@dataclass(frozen=True)
class Child:
    """Records of another kind edited in a table inside this kind's form (an agreement's parties)."""

    key: str  # the child kind; its ``owner`` field points back here
    title: str  # marked in the "Form" context
    link: str = ""  # the field pointing back here, where not the child kind's ``owner``
    hide: tuple[str, ...] = ()  # the child's fields this table leaves out (the other owners' links)


@dataclass(frozen=True)
class Kind:
    model: type[Record]
    key: str  # many of it, in code: the sheet's key, the tab's name, the target of links ("activities")
    plural: str  # marked in the "Labels" context ("Activities"); the singular is the model's LABEL
    fields: tuple[Field, ...]
    icon: str = ""  # a name from the app's icon set
    owner: str = ""  # a row of another record's form: the field pointing at that record
    children: tuple[Child, ...] = ()
    rules: Rule | None = None  # its own rule, beyond the checks every field has (``domain.rules``)
    sheet: bool = False  # a sheet of its own in data workbooks and templates
    sheet_order: tuple[str, ...] = ()  # the sheet's columns, where not in the form's order
    tab: int = 0  # its place among the record tabs (0: no tab)
    rows: str = ""  # the kind its tab lists, where not itself (an indicator's periods)
    columns: tuple[str, ...] = ()  # its list's columns, where services.listings has no listing for it
    new: int = 0  # its place in the Add menu (0: not there)
    new_label: str = ""  # its command there, marked in the "MainWindow" context ("New activity…")
    code: str = ""  # the field shown before its name where it is picked ("code", "short_name")
    files: bool = False  # carries attached documents

    @property
    def label(self) -> str:
        """One of it, marked in the "Labels" context ("Activity")."""
        return self.model.LABEL

    @property
    def table(self) -> str:
        return self.model.__tablename__

    def field(self, name: str) -> Field | None:
        """The field that edits column ``name`` (``title_th`` is the title's)."""
        return next((f for f in self.fields if name in f.names()), None)

    def form_fields(self) -> tuple[Field, ...]:
        """What its form (or its table in the owner's form) shows: every field but the owner."""
        return tuple(f for f in self.fields if f.name != self.owner) if self.owner else self.fields

    def sheet_fields(self) -> tuple[Field, ...]:
        if not self.sheet_order:
            return self.fields
        by_name = {f.name: f for f in self.fields}
        return tuple(by_name[n] for n in self.sheet_order)


__all__ = ["Child", "Field", "FieldType", "Kind"]
