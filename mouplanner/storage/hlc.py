"""Hybrid logical clock: timestamps that order edits across laptops with skewed clocks.

A timestamp is text ``"<ms:015d>.<counter:05d>.<replica>"``, so comparing strings compares
clocks (ties broken by replica id).
"""

from __future__ import annotations

import time
from typing import Callable


def parse(stamp: str) -> tuple[int, int, str]:
    ms, counter, replica = stamp.split(".", 2)
    return int(ms), int(counter), replica


def format_stamp(ms: int, counter: int, replica: str) -> str:
    return f"{ms:015d}.{counter:05d}.{replica}"


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
