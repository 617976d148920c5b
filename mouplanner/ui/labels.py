"""Every label the app shows for a domain value, column or entity, in the UI language.

The tables of English source strings live in ``mouplanner.locale.labels`` (shared with the Excel
export); here they are translated with Qt's installed translators.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from mouplanner.locale.labels import COLUMNS, CONTEXT, ENUMS


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def enum_label(value: object) -> str:
    if isinstance(value, Enum) and value in ENUMS:
        return tr(ENUMS[value])
    return "" if value is None else str(value)


def column_label(key: str) -> str:
    return tr(COLUMNS.get(key, key))


def entity_label(label: str) -> str:
    """One of a kind, from its model's LABEL: "Participant"."""
    return tr(label)


def entities_label(label: str) -> str:
    """Many of a kind, from its model's LABEL: "Participants", for a count."""
    from mouplanner import kinds  # loaded by then: counts are of an open workspace's records

    return tr(kinds.plural_of(label))
