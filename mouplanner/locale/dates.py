"""Reading dates as people type them, in forms and in Excel cells.

Accepted: 2018-02-07; 7/2/2018 (also with . or -); "7 กุมภาพันธ์ 2561", "7 ก.พ. 2561",
"7 ກຸມພາ 2018", "7 Feb 2018", "February 7, 2018"; Thai and Lao digits; an era word (พ.ศ., ค.ศ.,
ພ.ສ., ຄ.ສ., BE, CE). A four-digit year above 2400 is a Buddhist-era year (CE + 543): no common-era
date a coordinator types is that far ahead. Two-digit years are refused, never guessed.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from babel.dates import get_month_names

from mouplanner.locale.formats import BABEL_LOCALES, BE_OFFSET, to_ascii_digits
from mouplanner.locale.marks import QT_TRANSLATE_NOOP, Translatable

ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d+)$")
DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*([^\d\s,]+(?:\s[^\d\s,]+)?)\s*,?\s*(\d+)$")
MONTH_DAY_YEAR = re.compile(r"^([^\d\s,]+)\s+(\d{1,2}),?\s+(\d+)$")
BE_WORDS = ("พ.ศ.", "พ.ศ", "ພ.ສ.", "ພ.ສ", "BE", "B.E.")
CE_WORDS = ("ค.ศ.", "ค.ศ", "ຄ.ສ.", "ຄ.ສ", "CE", "C.E.", "AD", "A.D.")
BE_THRESHOLD = 2400


class DateParseError(ValueError, Translatable):
    context = "Dates"

    def __init__(self, template: str, text: str):
        self.template, self.params = template, {"text": text}
        super().__init__(self.english())


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Every month name and abbreviation in English, Thai and Lao (lower case, dots optional)."""
    names: dict[str, int] = {}
    for locale in BABEL_LOCALES.values():
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    key = name.lower()
                    names[key] = number
                    names[key.replace(".", "").replace(" ", "")] = number
                    if locale == "en_GB":
                        names[key[:3]] = number  # "Sep", as the app writes it
    return names


def _year(digits: str, text: str, era: str | None) -> int:
    if len(digits) != 4:
        raise DateParseError(QT_TRANSLATE_NOOP(
            "Dates", "{text}: write the year with four digits, e.g. 2018 or 2561"), text)
    year = int(digits)
    if era == "be" or (era is None and year > BE_THRESHOLD):
        year -= BE_OFFSET
    return year


def _strip_era(text: str) -> tuple[str, str | None]:
    for words, era in ((BE_WORDS, "be"), (CE_WORDS, "ce")):
        for word in words:
            pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
            if pattern.search(text):
                return pattern.sub(" ", text), era
    return text, None


def parse_date(text: str | None) -> date | None:
    """The date typed in ``text``; None for empty text; DateParseError naming what is wrong."""
    if text is None or not str(text).strip():
        return None
    original = str(text).strip()
    cleaned, era = _strip_era(to_ascii_digits(original))
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    try:
        if m := ISO.match(cleaned):
            return date(_year(m.group(1), original, era), int(m.group(2)), int(m.group(3)))
        if m := NUMERIC.match(cleaned):
            return date(_year(m.group(3), original, era), int(m.group(2)), int(m.group(1)))
        if m := DAY_MONTH_YEAR.match(cleaned):
            month = month_numbers().get(m.group(2).lower()) or month_numbers().get(
                m.group(2).lower().replace(".", "").replace(" ", ""))
            if month:
                return date(_year(m.group(3), original, era), month, int(m.group(1)))
        if m := MONTH_DAY_YEAR.match(cleaned):
            month = month_numbers().get(m.group(1).lower().replace(".", ""))
            if month:
                return date(_year(m.group(3), original, era), month, int(m.group(2)))
    except ValueError as exc:
        if isinstance(exc, DateParseError):
            raise
        raise DateParseError(QT_TRANSLATE_NOOP("Dates", "{text} is not a real date"), original) from None
    raise DateParseError(QT_TRANSLATE_NOOP(
        "Dates", "{text} is not a date; type day/month/year, e.g. 7/2/2018"), original)
