"""Hybrid logical clock: timestamps that order edits across laptops with skewed clocks.

A timestamp is text ``"<ms:015d>.<counter:05d>.<replica>"``, so comparing strings compares
clocks (ties broken by replica id). That holds only while both numbers keep their width: the counter
never passes 99999 (the clock moves on a millisecond instead) and a clock is never accepted from
another laptop when it is malformed or further ahead of this computer's than ``MAX_AHEAD_MS``
(a laptop whose date is years off would otherwise drag every clock it reaches with it).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable

STAMP = re.compile(r"^\d{15}\.\d{5}\.[0-9A-Za-z_-]{1,64}$")
MAX_COUNTER = 99_999
MAX_AHEAD_MS = 7 * 24 * 3600 * 1000  # a week: laptops' clocks drift and time zones are set wrong, not more


def is_stamp(text: str) -> bool:
    return bool(STAMP.match(text))


def ahead_of_now(stamp: str) -> bool:
    """Further ahead of this computer's clock than any laptop's could honestly be."""
    return parse(stamp)[0] > time.time_ns() // 1_000_000 + MAX_AHEAD_MS


def parse(stamp: str) -> tuple[int, int, str]:
    ms, counter, replica = stamp.split(".", 2)
    return int(ms), int(counter), replica


def format_stamp(ms: int, counter: int, replica: str) -> str:
    return f"{ms:015d}.{counter:05d}.{replica}"


# What the author of a change had seen of a record or field: the newest timestamp known from each
# laptop (a version vector), written as the timestamps joined by spaces. A change was seen when the
# vector holds a timestamp of the same laptop at or after it: comparing timestamps of different
# laptops says nothing about what travelled between them.

def seen_vector(stamps: Iterable[str]) -> str:
    newest: dict[str, str] = {}
    for stamp in stamps:
        if stamp:
            origin = stamp.split(".", 2)[2]
            if stamp > newest.get(origin, ""):
                newest[origin] = stamp
    return " ".join(sorted(newest.values()))


def has_seen(vector: str, stamp: str) -> bool:
    origin = stamp.split(".", 2)[2] if stamp.count(".") >= 2 else None
    return any(seen >= stamp and seen.split(".", 2)[2] == origin for seen in vector.split() if seen.count(".") >= 2)


class HybridClock:
    """One replica's clock. Safe to read from several threads (a write in a worker, as an import,
    and one in the UI thread): two calls never get the same stamp."""

    def __init__(self, replica: str, last: str = "", wall_ms: Callable[[], int] | None = None):
        self.replica = replica
        self._wall = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._ms, self._counter = (parse(last)[:2] if last else (0, 0))
        self._lock = threading.Lock()

    def now(self) -> str:
        with self._lock:
            wall = self._wall()
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            elif self._counter < MAX_COUNTER:
                self._counter += 1
            else:  # the counter keeps its five digits: the clock moves on a millisecond instead
                self._ms, self._counter = self._ms + 1, 0
            return format_stamp(self._ms, self._counter, self.replica)

    def observe(self, stamp: str) -> None:
        """Move past a timestamp received from another replica."""
        ms, counter, _ = parse(stamp)
        with self._lock:
            if (ms, counter) > (self._ms, self._counter):
                self._ms, self._counter = ms, counter

    @property
    def last(self) -> str:
        return format_stamp(self._ms, self._counter, self.replica)
