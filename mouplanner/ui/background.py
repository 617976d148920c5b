"""Read-only queries off the UI thread, owned by the open workspace.

Some figures take longer than a keystroke at ministry scale (the dashboard's charts count 300,000
participations). A view hands such a query to ``Background.run``: it runs in one worker thread on
its own SQLite connection (WAL lets it read while the UI writes), and its result comes back to the
UI thread as a queued signal. A newer request with the same key makes an older result stale, and
closing the workspace waits for the running query and drops the rest, so nothing touches a
closed workspace or a deleted widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Background(QObject):
    _finished = Signal(str, int, object, object)  # key, ticket, result, error

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mouplanner-read")
        self._tickets: dict[str, int] = {}
        self._callbacks: dict[str, Callable[[Any, BaseException | None], None]] = {}
        self._futures: set[Future] = set()
        self._finished.connect(self._deliver)

    def run(self, key: str, query: Callable[[], Any], done: Callable[[Any, BaseException | None], None]) -> None:
        """Run ``query()`` in the worker; later call ``done(result, error)`` on the UI thread,
        unless another ``run`` with the same key came after it or the workspace closed."""
        if self._pool is None:
            return
        ticket = self._tickets.get(key, 0) + 1
        self._tickets[key] = ticket
        self._callbacks[key] = done

        def work() -> None:
            if self._tickets.get(key) != ticket:  # already superseded: do not run it at all
                return
            try:
                result, error = query(), None
            except Exception as exc:  # reported to the view, never lost
                result, error = None, exc
            self._finished.emit(key, ticket, result, error)

        future = self._pool.submit(work)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    @property
    def busy(self) -> bool:
        return bool(self._futures)

    def _deliver(self, key: str, ticket: int, result: Any, error: BaseException | None) -> None:
        if self._pool is None or self._tickets.get(key) != ticket:
            return
        done = self._callbacks.pop(key, None)
        if error is not None:
            log.warning("background query %s failed: %s", key, error)
        if done is not None:
            done(result, error)

    def close(self) -> None:
        """Wait for the query running now, drop the waiting ones; nothing is delivered after this."""
        pool, self._pool = self._pool, None
        self._callbacks.clear()
        self._tickets.clear()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
