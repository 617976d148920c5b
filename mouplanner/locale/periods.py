"""Reporting periods and units as a reader of each language writes them.

An indicator period's label is typed by people ("2021", "2021-Q1", "2021-01", "2020-2021"): a
year in it is written in the reader's era and digits (2564 in Thai), a quarter as the reader's
"Q1", a year-month as "ม.ค. 2564". A unit is typed too; the common ones ("people", "%",
"courses") are said in the reader's language, any other is shown as typed.
"""

from __future__ import annotations

import re
from datetime import date

from mouplanner.locale.catalog import translate
from mouplanner.locale.formats import Formats
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

QUARTER = QT_TRANSLATE_NOOP("Labels", "Q%1")  # a quarter of a year: Q1 … Q4
YEAR_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
QUARTER_OF_YEAR = re.compile(r"^(\d{4})[-/ ]?Q([1-4])$", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
UNITS = {
    "people": QT_TRANSLATE_NOOP("Labels", "people"),
    "persons": QT_TRANSLATE_NOOP("Labels", "persons"),
    "participants": QT_TRANSLATE_NOOP("Labels", "participants"),
    "million people": QT_TRANSLATE_NOOP("Labels", "million people"),
    "women": QT_TRANSLATE_NOOP("Labels", "women"),
    "courses": QT_TRANSLATE_NOOP("Labels", "courses"),
    "trainings": QT_TRANSLATE_NOOP("Labels", "trainings"),
    "events": QT_TRANSLATE_NOOP("Labels", "events"),
    "meetings": QT_TRANSLATE_NOOP("Labels", "meetings"),
    "visits": QT_TRANSLATE_NOOP("Labels", "visits"),
    "projects": QT_TRANSLATE_NOOP("Labels", "projects"),
    "reports": QT_TRANSLATE_NOOP("Labels", "reports"),
    "startups": QT_TRANSLATE_NOOP("Labels", "startups"),
    "centres": QT_TRANSLATE_NOOP("Labels", "centres"),
    "days": QT_TRANSLATE_NOOP("Labels", "days"),
    "hours": QT_TRANSLATE_NOOP("Labels", "hours"),
    "households": QT_TRANSLATE_NOOP("Labels", "households"),
    "villages": QT_TRANSLATE_NOOP("Labels", "villages"),
}


class PeriodLabel(str):
    """A period label as typed; shown with :func:`period_text`."""


class Unit(str):
    """A unit as typed; shown with :func:`unit_text`."""


def period_text(label: str, formats: Formats) -> str:
    text = label.strip()
    if m := YEAR_MONTH.match(text):
        return formats.month_year(date(int(m.group(1)), int(m.group(2)), 1), "short")
    if m := QUARTER_OF_YEAR.match(text):
        quarter = translate("Labels", QUARTER, formats.lang).replace("%1", formats.digits(m.group(2)))
        return f"{quarter}/{formats.digits(str(formats.year(int(m.group(1)))))}"
    return formats.digits(YEAR.sub(lambda y: str(formats.year(int(y.group(1)))), text))


def unit_text(unit: str, lang: str) -> str:
    known = UNITS.get(unit.strip().casefold())
    return translate("Labels", known, lang) if known else unit
