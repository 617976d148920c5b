"""Public holidays of a country, with their names in the reader's language where the ``holidays``
library has them (Thai for Thailand, Lao and Thai for Lao PDR), else in English; and working days
(Monday to Friday, less the public holidays) between two dates."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays as library

LANGUAGES = {"en": "en_US", "th": "th", "lo": "lo"}


@cache
def _year(country: str, year: int, lang: str) -> dict[date, str]:
    try:
        cls = library.country_holidays(country.upper(), years=year)
    except (NotImplementedError, KeyError, AttributeError):
        return {}  # a country the library does not know: no holidays said
    wanted = LANGUAGES.get(lang, "en_US")
    language = wanted if wanted in cls.supported_languages else "en_US" if "en_US" in cls.supported_languages \
        else None
    found = library.country_holidays(country.upper(), years=year, language=language)
    return {day: name for day, name in found.items()}


def holiday(country: str, day: date, lang: str = "en") -> str | None:
    """The public holiday ``day`` is in ``country`` (its name), or None."""
    if not country:
        return None
    return _year(country, day.year, lang).get(day)


def between(country: str, first: date, last: date, lang: str = "en") -> dict[date, str]:
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        found.update({d: n for d, n in _year(country, year, lang).items() if first <= d <= last})
    return found


def working_days(first: date, last: date, country: str = "") -> int:
    """Days from ``first`` to ``last`` (both counted) that are neither a weekend nor a public holiday."""
    if last < first:
        return 0
    off = between(country, first, last) if country else {}
    return sum(1 for n in range((last - first).days + 1)
               if (d := first + timedelta(days=n)).weekday() < 5 and d not in off)
