"""Long work (exports, imports) off the UI thread, with a progress dialog and Cancel.

A task runs a function that takes a ``progress(done, total) -> bool`` callback; returning False
from the callback (after Cancel) makes the function raise ``Cancelled`` and leave nothing behind.
The result or the error comes back to the UI thread as a signal.

The UI keeps a :class:`Task`, a plain Python handle: the thread behind it is a Qt object that is
deleted once it has finished, so asking the handle whether it is still running is always safe
(asking the deleted thread raised "Internal C++ object already deleted", which broke Apply).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], bool]], Any]


class _Thread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, work: Work, cancelled: threading.Event, parent: QWidget | None = None):
        super().__init__(parent)
        self._work = work
        self._cancelled = cancelled

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # reported to the UI thread, never lost
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Task:
    """A running or finished piece of long work; outlives the thread that ran it."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._running = True
        self._thread: _Thread | None = None  # keeps the thread's Python side alive while it runs

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _ended(self) -> None:
        self._running = False
        self._thread = None

    def stop(self) -> None:
        """Cancel the work and wait until its thread has ended (the workspace it reads is closing):
        the work stops at its next progress step, and nothing of it is kept."""
        self._cancelled.set()
        thread = self._thread
        if thread is not None:
            thread.wait()


def run_with_progress(parent: QWidget, label: str, work: Work,
                      on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None],
                      owner: Any = None) -> Task:
    """Start ``work`` in a thread behind a progress dialog with Cancel. ``owner`` (the Document whose
    workspace the work reads) keeps the task, and stops it before it closes the workspace."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task()
    thread = _Thread(work, task._cancelled, parent)
    task._thread = thread
    dialog.canceled.connect(task.cancel)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def finished_ok(result: Any) -> None:
        task._ended()
        dialog.close()
        dialog.deleteLater()
        on_success(result)

    def finished_bad(exc: BaseException) -> None:
        task._ended()
        dialog.close()
        dialog.deleteLater()
        on_failure(exc)

    thread.progressed.connect(progressed)
    thread.succeeded.connect(finished_ok)
    thread.failed.connect(finished_bad)
    thread.finished.connect(thread.deleteLater)
    if owner is not None:
        owner.track(task)
    thread.start()
    return task
