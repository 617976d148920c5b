"""Long lists of ids sent to the database in batches, so that no statement carries more parameters
than a database takes (SQLite: 32,766) and no result holds more rows than is sensible at once."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

ROWS = 500  # ids whose whole rows (or ORM objects) come back
KEYS = 5000  # ids where only ids and a few small columns come back


def in_chunks(items: Sequence[T], size: int = ROWS) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start:start + size]
