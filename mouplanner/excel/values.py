"""Reading what people really type into cells: numbers with thousand separators, currency signs,
stray spaces and Thai or Lao digits; dates as date cells or as text in any of the accepted forms;
kinds and statuses in any of the three languages. Each reader returns the value or raises a
CellError saying what was expected."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import Any

from mouplanner.locale.catalog import enum_label
from mouplanner.locale.dates import DateParseError, parse_date
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.locale.numbers import read_number

EXCEL_EPOCH = date(1899, 12, 30)


class CellError(ValueError):
    def __init__(self, expected: str, **params: Any):
        self.expected = expected
        self.params = params
        super().__init__(expected.format(**params))


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    return " ".join(str(value).split())


def number(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise CellError(QT_TRANSLATE_NOOP("Excel", "a number"))
    if isinstance(value, float) and not math.isfinite(value):
        raise CellError(QT_TRANSLATE_NOOP("Excel", "a number, e.g. 1,250.50"))
    try:
        if isinstance(value, (int, float)):
            value = repr(value) if isinstance(value, float) else str(value)
        return read_number(value)
    except ValueError:
        raise CellError(QT_TRANSLATE_NOOP("Excel", "a number, e.g. 1,250.50")) from None


def integer(value: Any) -> int | None:
    result = number(value)
    if result is None:
        return None
    if result != result.to_integral_value():
        raise CellError(QT_TRANSLATE_NOOP("Excel", "a whole number"))
    return int(result)


def a_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, timedelta):
        raise CellError(QT_TRANSLATE_NOOP("Excel", "a date, e.g. 7/2/2561 or 7 ก.พ. 2561"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # a date typed into a cell formatted as a number
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError(QT_TRANSLATE_NOOP("Excel", "a date, e.g. 7/2/2561 or 7 ก.พ. 2561"))
    try:
        return parse_date(str(value))
    except DateParseError:
        raise CellError(QT_TRANSLATE_NOOP("Excel", "a date, e.g. 7/2/2561 or 7 ก.พ. 2561")) from None


@lru_cache(maxsize=64)
def _enum_names(enum_cls: type[Enum]) -> dict[str, Enum]:
    names: dict[str, Enum] = {}
    for member in enum_cls:
        labels = (enum_label(member, lang) for lang in ("en", "th", "lo"))
        for name in (member.value, getattr(member, "label", member.value), *labels):
            names[" ".join(str(name).split()).casefold()] = member
    return names


def choice(value: Any, enum_cls: type[Enum], lang: str) -> Enum | None:
    wanted = text(value).casefold()
    if not wanted:
        return None
    found = _enum_names(enum_cls).get(wanted)
    if found is None:
        allowed = ", ".join(enum_label(m, lang) for m in enum_cls)
        raise CellError(QT_TRANSLATE_NOOP("Excel", "one of: {allowed}"), allowed=allowed)
    return found
