"""Long work (exports, imports) behind a progress dialog with Cancel, run by the open document's
runner (``ui.background``): the dialog shows its progress, Cancel stops it at its next step and
leaves nothing behind, and its result or error comes back to the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from mouplanner.ui.background import Runner, Task, Work


def run_with_progress(parent: QWidget, label: str, work: Work, on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None], runner: Runner) -> Task:
    """Start ``work`` on ``runner`` (the document's, whose workspace the work reads: closing it
    stops the work first) behind a progress dialog with Cancel."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def ended(then: Callable[[Any], None]) -> Callable[[Any], None]:
        def end(outcome: Any) -> None:
            dialog.close()
            dialog.deleteLater()
            then(outcome)
        return end

    task = runner.start(work, progressed, ended(on_success), ended(on_failure))
    dialog.canceled.connect(task.cancel)
    return task


__all__ = ["Task", "run_with_progress"]
