"""What each record form shows, read from the kind's description (``mouplanner.kinds``): its
fields in order, and the tables of the records edited inside it (an agreement's parties)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mouplanner import kinds
from mouplanner.domain import Record
from mouplanner.kinds import Kind
from mouplanner.ui.forms.fields import Spec

# how a field of each type is edited on a form
EDITORS = {"text": "text", "tri": "tri", "long": "multiline", "date": "date", "int": "number", "number": "number",
           "money": "number", "enum": "enum", "link": "link"}


@dataclass
class ChildSpec:
    model: type[Record]
    link: str
    title: str
    columns: list[Spec] = field(default_factory=list)


@dataclass
class FormSpec:
    fields: list[Spec]
    children: list[ChildSpec] = field(default_factory=list)


def _specs(kind: Kind, leave_out: tuple[str, ...] = ()) -> list[Spec]:
    return [Spec(f.name, f.label, EDITORS[f.type], f.enum, f.link, optional=not f.required, only_for=f.only_for)
            for f in kind.form_fields() if f.name not in leave_out]


def _form(kind: Kind) -> FormSpec:
    children = []
    for child in kind.children:
        rows = kinds.by_key(child.key)
        link = child.link or rows.owner
        children.append(ChildSpec(rows.model, link, child.title, _specs(rows, (link, *child.hide))))
    return FormSpec(_specs(kind), children)


# every kind with a form of its own (the others are rows of their owner's form)
FORMS: dict[type[Record], FormSpec] = {k.model: _form(k) for k in kinds.all_kinds() if not k.owner}
