"""How values look in tables and lists (one place, so every view agrees)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from mouplanner.locale.formats import Formats
from mouplanner.locale.periods import PeriodLabel, Unit, period_text, unit_text
from mouplanner.ui.labels import enum_label


def format_value(value: object, formats: Formats) -> str:
    if value is None:
        return ""
    if isinstance(value, PeriodLabel):
        return period_text(value, formats)
    if isinstance(value, Unit):
        return unit_text(value, formats.lang)
    if isinstance(value, Enum):
        return enum_label(value)
    if isinstance(value, date):
        return formats.date(value, "medium")
    if isinstance(value, Decimal):
        return formats.number(value, 0 if value == value.to_integral_value() else 2)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formats.number(value)
    return str(value)


def is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)
