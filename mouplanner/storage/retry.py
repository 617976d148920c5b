"""A use case that met another one on the server (a deadlock, a serialization failure) is run
again, a few times, after a short random pause: the server rolled it back whole, so running it
again is safe. A file on a laptop has one writer and never needs it."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from mouplanner.storage.errors import TryAgain

T = TypeVar("T")
ATTEMPTS = 6


def retried(action: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """``action()``, run again while the server asks for it (TryAgain), at most ``attempts`` times."""
    for attempt in range(attempts - 1):
        try:
            return action()
        except TryAgain:
            time.sleep(random.uniform(0.01, 0.05) * 2 ** attempt)  # apart, so that they do not meet again
    return action()
