"""Hybrid logical clock: timestamps that order edits across laptops with skewed clocks.

A timestamp is text ``"<ms:015d>.<counter:05d>.<replica>"``, so comparing strings compares
clocks (ties broken by replica id).
"""

from __future__ import annotations

import time
from typing import Callable, Iterable


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
    def __init__(self, replica: str, last: str = "", wall_ms: Callable[[], int] | None = None):
        self.replica = replica
        self._wall = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._ms, self._counter = (parse(last)[:2] if last else (0, 0))

    def now(self) -> str:
        wall = self._wall()
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        else:
            self._counter += 1
        return format_stamp(self._ms, self._counter, self.replica)

    def observe(self, stamp: str) -> None:
        """Move past a timestamp received from another replica."""
        ms, counter, _ = parse(stamp)
        if (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter

    @property
    def last(self) -> str:
        return format_stamp(self._ms, self._counter, self.replica)
