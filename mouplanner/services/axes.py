"""Axes that tell the truth, for the charts and the timeline (no Qt: tested on their own).

``value_ticks``: round numbers in 1-2-5 steps from zero to at least the highest value, whole
numbers only for counts. ``calendar_ticks``: the first day of each week, month, quarter or year in
a span, so that a tick reads "Jan 2027" exactly where January 2027 begins. ``quarters_between`` and
``years_between``: every period of a span, the empty ones too, so that a time axis is continuous.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

STEPS = (1, 2, 5)
UNITS = ("week", "month", "quarter", "year")


def value_ticks(highest: float, whole: bool = True, most: int = 6) -> list[float]:
    """Ticks 0, s, 2s, ... up to the first one at or above ``highest``, with s = 1, 2 or 5 times a
    power of ten and at most ``most`` intervals; ``whole``: s is at least 1 (counts of things)."""
    if not math.isfinite(highest) or highest <= 0:
        return [0.0, 1.0]
    rough = highest / most
    power = 10 ** math.floor(math.log10(rough))
    step = next((m * power for m in (*STEPS, 10) if m * power >= rough), 10 * power)
    if whole:
        step = max(1.0, float(round(step)))
    count = math.ceil(highest / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def _month_start(day: date, months: int) -> date:
    """The first day of the period of ``months`` months (1, 3 or 12) that holds ``day``."""
    month = ((day.month - 1) // months) * months + 1
    return date(day.year, month, 1)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


def calendar_ticks(first: date, last: date, unit: str) -> list[date]:
    """Every start of a ``unit`` (week: Monday; month, quarter, year: the 1st) from the one at or
    before ``first`` to the one after ``last``."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; one of {', '.join(UNITS)}")
    if unit == "week":
        day = first - timedelta(days=first.weekday())
        ticks = [day]
        while ticks[-1] <= last:
            ticks.append(ticks[-1] + timedelta(days=7))
        return ticks
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    ticks = [_month_start(first, months)]
    while ticks[-1] <= last:
        ticks.append(_add_months(ticks[-1], months))
    return ticks


def quarters_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """(year, quarter) from ``first`` to ``last``, every one of them."""
    out = []
    year, quarter = first
    while (year, quarter) <= last:
        out.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return out


def years_between(first: int, last: int) -> list[int]:
    return list(range(first, last + 1))


__all__ = ["UNITS", "calendar_ticks", "quarters_between", "value_ticks", "years_between"]
