"""Reading dates that users type (forms, Excel cells). Issue-4 formats extend this module."""

from __future__ import annotations

import re
from datetime import date

ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d+)\s*$")


class DateParseError(ValueError):
    pass


def parse_date(text: str) -> date | None:
    """ISO (2018-02-07) or day/month/year (7/2/2018); empty text is None.

    Two-digit years are refused, never guessed."""
    if not text or not text.strip():
        return None
    m = ISO.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = DMY.match(text)
        if not m:
            raise DateParseError(f"{text.strip()!r} is not a date; type day/month/year, e.g. 7/2/2018")
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) != 4:
            raise DateParseError(f"{text.strip()!r}: write the year with four digits, e.g. 7/2/2018")
    try:
        return date(year, month, day)
    except ValueError:
        raise DateParseError(f"{text.strip()!r} is not a real date") from None
