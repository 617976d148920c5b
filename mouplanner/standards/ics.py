"""A calendar file (iCalendar, RFC 5545), written with the ``icalendar`` library: one event per
happening (``services.calendar_feed``), with

- a UID that stays the same from one export to the next, and the record's version as SEQUENCE,
  so that importing the file again updates the events instead of adding copies;
- STATUS:CANCELLED for what was cancelled, dropped or removed, so that the calendar takes it off;
- whole days as DATE values whose DTEND is the day after the last (it is exclusive);
- a meeting at a set time in its place's time zone (TZID, with the VTIMEZONE it names), until
  17:00 on its last day (an office day; two hours when it starts later);
- a reminder (VALARM) some days before a deadline, none for what is done or cancelled.

Folding long lines into 75 octets, without splitting a Thai or Lao character, is the library's."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from mouplanner.outfile import written_in_place
from mouplanner.services.calendar_feed import CANCELLED, Happening

PRODID = "-//mouplanner//mouplanner calendar 1.0//EN"
OFFICE_ENDS = time(17, 0)
BUSY = ("activity", "meeting")  # what takes the day; deadlines leave it free


def _timed(h: Happening) -> tuple[datetime, datetime] | None:
    """A meeting's start and end in its place's time zone, or None for whole days."""
    if not h.start_time or not h.time_zone:
        return None
    try:
        zone = ZoneInfo(h.time_zone)
        hours, minutes = (int(p) for p in h.start_time.split(":"))
        start = datetime.combine(h.first, time(hours, minutes), zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None  # a time or zone no clock reads: the meeting is shown on its days
    end = datetime.combine(h.last, OFFICE_ENDS, zone)
    return start, end if end > start else start + timedelta(hours=2)


def event(h: Happening, stamp: datetime) -> Event:
    e = Event()
    e.add("uid", h.uid)
    e.add("dtstamp", stamp)
    e.add("summary", h.summary)
    timed = _timed(h)
    if timed:
        e.add("dtstart", timed[0])
        e.add("dtend", timed[1])
    else:
        e.add("dtstart", h.first)
        e.add("dtend", h.last + timedelta(days=1))  # exclusive: the day after the last
    e.add("status", h.status)
    e.add("transp", "OPAQUE" if h.what in BUSY else "TRANSPARENT")
    e.add("sequence", h.sequence)
    if h.modified is not None:
        e.add("last-modified", h.modified.replace(tzinfo=UTC) if h.modified.tzinfo is None else h.modified)
    e.add("categories", [h.what.replace("_", "-")])
    if h.place:
        e.add("location", h.place)
    if h.link:
        e.add("url", h.link)
    if h.description:
        e.add("description", h.description)
    if h.remind_days and h.status != CANCELLED:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", h.summary)
        alarm.add("trigger", timedelta(days=-h.remind_days))
        e.add_component(alarm)
    return e


def calendar(happenings: Iterable[Happening], name: str, stamp: datetime | None = None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    for h in happenings:
        cal.add_component(event(h, stamp))
    cal.add_missing_timezones()  # the VTIMEZONE of every TZID a meeting names
    return cal


def write_calendar(happenings: Iterable[Happening], out: Path | str, name: str) -> Path:
    out = Path(out)
    with written_in_place(out) as tmp:
        tmp.write_bytes(calendar(happenings, name).to_ical())
    return out
