"""Work off the UI thread, owned by the open workspace: one runner for all of it.

Two kinds of work go through a document's ``Runner``:

- quiet reads a view asks for (``run``: the dashboard's charts count 300,000 participations at
  ministry scale, the check after opening reads the whole file). A newer request with the same key
  makes an older result stale; the result comes back to the UI thread as a queued signal.
- long work a person waits for, behind a progress dialog with Cancel (``start``, used by
  ``tasks.run_with_progress``: exports, imports). The work gets a ``progress(done, total) -> bool``
  callback; False (after Cancel) makes it raise ``Cancelled`` and leave nothing behind.

The work runs in the runner's worker threads. Each call it makes through the facade takes its own
connection from the workspace's pool for as long as it runs (SQLite in WAL lets it read while the
UI writes), never one another thread holds. Closing the workspace cancels the long work, drops
what has not started, and waits for what is running: nothing touches a closed workspace or a
deleted widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from mouplanner.excel.errors import Cancelled

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], bool]], Any]
WORKERS = 3  # a long task, a view's query and the check after opening can all run at once


class Task:
    """Long work running or finished; a plain handle, safe to ask at any time."""

    def __init__(self, on_progress: Callable[[int, int], None], on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None]):
        self._cancelled = threading.Event()
        self._running = True
        self._future: Future | None = None
        self.on_progress, self.on_success, self.on_failure = on_progress, on_success, on_failure

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class Runner(QObject):
    _finished = Signal(str, int, object, object)  # key, ticket, result, error
    _progressed = Signal(object, int, int)  # task, done, total
    _ended = Signal(object, object, object)  # task, result, error

    def __init__(self, parent: QObject | None = None, workers: int = WORKERS):
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(max_workers=workers,
                                                                   thread_name_prefix="mouplanner-work")
        self._tickets: dict[str, int] = {}
        self._callbacks: dict[str, Callable[[Any, BaseException | None], None]] = {}
        self._futures: set[Future] = set()
        self._tasks: list[Task] = []
        self._finished.connect(self._deliver)
        self._progressed.connect(lambda task, done, total: task.running and task.on_progress(done, total))
        self._ended.connect(self._end)

    # --- quiet reads ----------------------------------------------------------------------------

    def run(self, key: str, query: Callable[[], Any], done: Callable[[Any, BaseException | None], None]) -> None:
        """Run ``query()`` in a worker; later call ``done(result, error)`` on the UI thread,
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

        self._submit(work)

    def _deliver(self, key: str, ticket: int, result: Any, error: BaseException | None) -> None:
        if self._pool is None or self._tickets.get(key) != ticket:
            return
        done = self._callbacks.pop(key, None)
        if error is not None:
            log.warning("background query %s failed: %s", key, error)
        if done is not None:
            done(result, error)

    # --- long work with progress ------------------------------------------------------------------

    def start(self, work: Work, on_progress: Callable[[int, int], None], on_success: Callable[[Any], None],
              on_failure: Callable[[BaseException], None]) -> Task:
        """Run ``work(progress)`` in a worker; its progress, then its result or its error, come
        back to the UI thread. A task started after the workspace closed fails at once."""
        task = Task(on_progress, on_success, on_failure)
        if self._pool is None:
            task._running = False
            on_failure(RuntimeError("the workspace is closed"))
            return task

        def progress(done: int, total: int) -> bool:
            self._progressed.emit(task, done, total)
            return not task._cancelled.is_set()

        def run() -> None:
            try:
                result, error = work(progress), None
            except BaseException as exc:  # reported to the UI thread, never lost
                result, error = None, exc
            self._ended.emit(task, result, error)

        self._tasks = [t for t in self._tasks if t.running] + [task]
        task._future = self._submit(run)
        return task

    def _end(self, task: Task, result: Any, error: BaseException | None) -> None:
        """Its dialog closes and says how it ended, even after the workspace closed (Cancelled)."""
        if not task._running:
            return
        task._running = False
        if error is None:
            task.on_success(result)
        else:
            task.on_failure(error)

    # --- a read the UI thread waits for ---------------------------------------------------------------

    def ahead(self, query: Callable[[], Any]) -> Future | None:
        """Start ``query()`` now in a worker, for the UI thread to take its result later
        (``future.result()``) while it does other work meanwhile; None once the workspace closed."""
        return self._submit(query) if self._pool is not None else None

    # --- both ------------------------------------------------------------------------------------

    def _submit(self, work: Callable[[], None]) -> Future:
        assert self._pool is not None
        future = self._pool.submit(work)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return future

    @property
    def busy(self) -> bool:
        return bool(self._futures)

    def close(self) -> None:
        """Cancel the long work, drop what has not started, wait for what runs; nothing is
        delivered after this."""
        for task in self._tasks:
            task.cancel()
        pool, self._pool = self._pool, None
        self._callbacks.clear()
        self._tickets.clear()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        for task in self._tasks:  # never started: ended here (the others end through _ended)
            if task._future is not None and task._future.cancelled():
                self._end(task, None, Cancelled())
        self._tasks.clear()


__all__ = ["Runner", "Task", "Work"]
