"""Dates, numbers and money in the UI language, shared by the UI, the Excel export and reports.

Babel has no Buddhist calendar (its long Thai format prints "ค.ศ. 2018"), so the Buddhist-era
year is made here, in one place: the era field is dropped from babel's pattern and the year is
written as a literal, CE + 543. Thai official style is the long format: "7 กุมภาพันธ์ 2561".
Years always have four digits. Thai or Lao digits are optional, for display only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import get_date_format, get_day_names
from babel.numbers import format_decimal, get_currency_precision

BE_OFFSET = 543
BABEL_LOCALES = {"en": "en_GB", "th": "th_TH", "lo": "lo_LA"}
NATIVE_DIGITS = {"th": "๐๑๒๓๔๕๖๗๘๙", "lo": "໐໑໒໓໔໕໖໗໘໙"}
TO_ASCII = str.maketrans({d: str(i) for digits in NATIVE_DIGITS.values() for i, d in enumerate(digits)})
_ERA = re.compile(r"\s*G+\s*")
_YEAR = re.compile(r"y+")
_SEPT = re.compile(r"\bSept\b")


def to_ascii_digits(text: str) -> str:
    return text.translate(TO_ASCII)


@lru_cache(maxsize=64)
def _pattern(style: str, locale: str) -> str:
    pattern = get_date_format(style, locale=locale).pattern  # type: ignore[arg-type]
    return _ERA.sub(" ", pattern).strip()


Day = date  # (inside Formats, ``date`` names its method)

@dataclass(frozen=True)
class Formats:
    """How one reader wants to see values: language, era and digits."""

    lang: str = "en"
    buddhist_era: bool | None = None  # None: Buddhist era in Thai, common era otherwise
    native_digits: bool = False  # Thai digits in Thai, Lao digits in Lao

    @property
    def locale(self) -> str:
        return BABEL_LOCALES.get(self.lang, "en_GB")

    @property
    def be(self) -> bool:
        return self.lang == "th" if self.buddhist_era is None else self.buddhist_era

    def year(self, year: int) -> int:
        return year + BE_OFFSET if self.be else year

    def digits(self, text: str) -> str:
        native = NATIVE_DIGITS.get(self.lang)
        if not self.native_digits or not native:
            return text
        return text.translate(str.maketrans("0123456789", native))

    def date(self, value: date | None, style: str = "medium") -> str:
        """``short`` 7/2/2561, ``medium`` 7 ก.พ. 2561, ``long`` 7 กุมภาพันธ์ 2561 (Thai, BE)."""
        if value is None:
            return ""
        return _format_date(self, value, style)

    def month_year(self, value: Day, style: str = "long") -> str:
        """``long`` กุมภาพันธ์ 2561, ``short`` ก.พ. 2561 (Thai, BE); September 2026, Sep 2026."""
        return _format_month(self, value.year, value.month, style)

    def month(self, month: int, style: str = "short") -> str:
        """The month's name alone: ``short`` ก.พ., Feb; ``long`` กุมภาพันธ์, February."""
        return _month_name(self.locale, month, style)

    def weekday_names(self) -> list[str]:
        """Monday to Sunday, abbreviated."""
        names = get_day_names("abbreviated", locale=self.locale)
        return [names[i] for i in range(7)]

    def number(self, value: int | float | Decimal | None, decimals: int | None = None) -> str:
        if value is None:
            return ""
        if decimals is None:
            text = format_decimal(value, locale=self.locale)
        else:
            fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
            text = format_decimal(value, format=fmt, locale=self.locale, decimal_quantization=True)
        return self.digits(text)

    def territory(self, code: str) -> str:
        """A country's name from its ISO code, in the reader's language (Lao PDR, ลาว, ລາວ)."""
        return Locale.parse(self.locale).territories.get(code.upper(), code)

    def money(self, amount: Decimal | int | float | None, currency: str | None) -> str:
        """Amount then ISO code, the same in every language and unambiguous in reports:
        "450,000.00 THB", "95,000,000 LAK" (no decimals), "9,800.00 USD"."""
        if amount is None:
            return ""
        if not currency:
            return self.number(amount)
        decimals = get_currency_precision(currency)
        return f"{self.number(amount, decimals)} {currency}"


@lru_cache(maxsize=65536)
def _format_date(formats: Formats, value: date, style: str) -> str:
    """Cached: tables repaint the same few thousand days again and again, and babel is slow."""
    year = f"'{formats.year(value.year):04d}'"
    pattern = _YEAR.sub(year, _pattern(style, formats.locale))
    return formats.digits(_english_months(babel_format_date(value, format=pattern, locale=formats.locale)))


def _english_months(text: str) -> str:
    """CLDR's British English abbreviates September as "Sept"; every other month has three
    letters, and so does September in the documents these reports go to."""
    return _SEPT.sub("Sep", text)


@lru_cache(maxsize=4096)
def _format_month(formats: Formats, year: int, month: int, style: str) -> str:
    return formats.digits(f"{_month_name(formats.locale, month, style)} {formats.year(year):04d}")


@lru_cache(maxsize=128)
def _month_name(locale: str, month: int, style: str) -> str:
    pattern = "LLLL" if style == "long" else "LLL"
    return _english_months(babel_format_date(date(2001, month, 1), format=pattern, locale=locale))


ENGLISH = Formats("en")
