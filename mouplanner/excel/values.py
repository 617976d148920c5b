"""Reading what people really type into cells: numbers with thousand separators, currency signs,
stray spaces and Thai or Lao digits; dates as date cells or as text in any of the accepted forms;
kinds and statuses in any of the three languages. Each reader returns the value or raises a
CellError saying what was expected."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from typing import Any

from mouplanner.locale.catalog import enum_label
from mouplanner.locale.dates import DateParseError, parse_date
from mouplanner.locale.formats import to_ascii_digits
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

CURRENCY_WORDS = re.compile(r"(THB|LAK|USD|US\$|บาท|กีบ|ກີບ|ບາດ|ดอลลาร์|ໂດລາ|[฿$₭])", re.IGNORECASE)
SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
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
    if isinstance(value, (int, float)):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    raw = SPACES.sub("", CURRENCY_WORDS.sub("", to_ascii_digits(str(value))))
    if not raw:
        return None
    negative = raw.startswith("(") and raw.endswith(")")
    raw = raw.strip("()")
    if "," in raw and "." in raw:  # the later one is the decimal mark: 1,234.50 or 1.234,50
        raw = raw.replace(",", "") if raw.rfind(".") > raw.rfind(",") else raw.replace(".", "").replace(",", ".")
    elif "," in raw:
        groups = raw.split(",")
        raw = raw.replace(",", "") if all(len(g) == 3 for g in groups[1:]) else raw.replace(",", ".")
    elif raw.count(".") > 1:
        raw = raw.replace(".", "")
    try:
        result = Decimal(raw)
    except InvalidOperation:
        raise CellError(QT_TRANSLATE_NOOP("Excel", "a number, e.g. 1,250.50")) from None
    return -result if negative else result


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
        for name in (member.value, member.label, *(enum_label(member, lang) for lang in ("en", "th", "lo"))):
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
