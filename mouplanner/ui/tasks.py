"""Long work (exports, imports) off the UI thread, with a progress dialog and Cancel.

A task runs a function that takes a ``progress(done, total) -> bool`` callback; returning False
from the callback (after Cancel) makes the function raise ``Cancelled`` and leave nothing behind.
The result or the error comes back to the UI thread as a signal.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Task(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, work: Callable[[Callable[[int, int], bool]], Any], parent: QWidget | None = None):
        super().__init__(parent)
        self._work = work
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

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


def run_with_progress(parent: QWidget, label: str, work: Callable[[Callable[[int, int], bool]], Any],
                      on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None]) -> Task:
    """Start ``work`` in a thread behind a progress dialog with Cancel."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(work, parent)
    dialog.canceled.connect(task.cancel)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def finished_ok(result: Any) -> None:
        dialog.close()
        on_success(result)

    def finished_bad(exc: BaseException) -> None:
        dialog.close()
        on_failure(exc)

    task.progressed.connect(progressed)
    task.succeeded.connect(finished_ok)
    task.failed.connect(finished_bad)
    task.finished.connect(task.deleteLater)
    task.start()
    return task
