"""A record's fields as a person reads them, wherever a single field is shown on its own (record
history, conflicts): its label from the record's form, and its value formatted in the reader's
language (dates, kinds and statuses, amounts; a link by the name of the record it points at)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from mouplanner import kinds
from mouplanner.domain import Record
from mouplanner.domain.validation import CoerceError, coerce
from mouplanner.locale.formats import Formats
from mouplanner.locale.text import display
from mouplanner.ui.display import format_value
from mouplanner.ui.forms.specs import FORMS
from mouplanner.ui.i18n import LANGUAGES
from mouplanner.ui.labels import entity_label


def field_label(model: type[Record], name: str) -> str:
    spec = FORMS.get(model)
    for fld in (spec.fields if spec else []):
        if fld.name == name:
            return QCoreApplication.translate("Form", fld.label)
        if fld.kind == "tri" and name.startswith(fld.name + "_") and name[-2:] in LANGUAGES:
            return f"{QCoreApplication.translate('Form', fld.label)} ({LANGUAGES[name[-2:]]})"
    return name.replace("_", " ").capitalize()


def value_text(model: type[Record], name: str, value: Any, document: Any) -> str:
    """``value`` as stored in the journal or an exchange file, written for the reader."""
    if value is None or value == "":
        return "—"
    column = model.__table__.columns.get(name)
    if column is not None and column.foreign_keys:
        kind = kinds.by_table(next(iter(column.foreign_keys)).column.table.name)
        if kind is not None:
            target = kind.model
            try:
                row = document.service(target).get(str(value), include_deleted=True)
                return display(row, document.formats.lang) or entity_label(target.LABEL)
            except LookupError:
                return str(value)
    try:
        return format_value(coerce(model, name, value), document.formats) if column is not None else str(value)
    except (CoerceError, ValueError):
        return str(value)


def local_time(moment: datetime, formats: Formats) -> str:
    """A moment of the journal (kept in UTC) on this computer's clock: "21 Nov 2026 14:05"."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    local = aware.astimezone()
    return f"{formats.date(local.date(), 'medium')} {formats.digits(local.strftime('%H:%M'))}"
