"""Reading numbers as people type them, in forms and in Excel cells: thousand separators (1,250.50
or 1.250,50), currency words and signs (฿, THB, กีบ, ₭), spaces, Thai and Lao digits, (accounting
negatives). Only finite numbers: "Infinity", "NaN" and "1e309" are not amounts anyone means."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from mouplanner.locale.formats import to_ascii_digits

CURRENCY_WORDS = re.compile(r"(THB|LAK|USD|US\$|บาท|กีบ|ກີບ|ບາດ|ดอลลาร์|ໂດລາ|[฿$₭])", re.IGNORECASE)
SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
LARGEST = Decimal("1e15")  # more than any budget or count; SQLite's numbers stay exact below it


def read_number(text: str) -> Decimal | None:
    """The number in ``text``; None for empty text; ValueError when it is not a finite number."""
    raw = SPACES.sub("", CURRENCY_WORDS.sub("", to_ascii_digits(str(text))))
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
        raise ValueError(f"{text!r} is not a number") from None
    if not result.is_finite() or abs(result) >= LARGEST:
        raise ValueError(f"{text!r} is not a finite number below {LARGEST}")
    return -result if negative else result
