"""File > Restore from backup…: the backups kept next to the workspace, newest first, with when and
why each was made; restoring first backs up the current file, so it can be undone the same way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouplanner.facade import backups_of, restore
from mouplanner.locale.formats import Formats


class RestoreDialog(QDialog):
    def __init__(self, workspace_path, formats: Formats, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.items = backups_of(workspace_path)
        self.list = QListWidget(self)
        self.list.setObjectName("backups")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        reasons = {"before-migration": self.tr("before an upgrade of the file"),
                   "before-import": self.tr("before an import from Excel"),
                   "before-exchange": self.tr("before receiving changes"),
                   "before-restore": self.tr("before a restore"), "manual": self.tr("made by hand")}
        for backup in self.items:
            when = f"{formats.date(backup.created.date(), 'long')} {formats.digits(backup.created.strftime('%H:%M'))}"
            item = QListWidgetItem(f"{when} — {reasons.get(backup.reason, backup.reason)}")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if self.items:
            self.list.setCurrentRow(0)
        note = QLabel(self.tr("The workspace is replaced by the backup you choose. The current file is kept as a "
                              "backup first, so you can come back to it.") if self.items
                      else self.tr("There are no backups of this workspace yet."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.items))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


def restore_from_backup(window: Any, choose: bool = True) -> bool:
    """Close the workspace, put the chosen backup in its place, and open it again."""
    from pathlib import Path

    from mouplanner.storage import WorkspaceError
    from mouplanner.ui.i18n import translated

    if window.document is None:
        return False
    path = window.document.path
    dialog = RestoreDialog(path, window.formats, window)
    window.restore_dialog = dialog
    if choose and dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    chosen = dialog.chosen()
    if not chosen:
        return False
    window.close_workspace()
    try:
        restore(path, Path(chosen))
    except WorkspaceError as exc:
        window.show_error(dialog.windowTitle(), translated(exc, window.formats))
    return window.open_workspace(path)


CHECK_AFTER_MS = 1500


def check_after_open(window: Any, document: Any) -> None:
    """The checks every writer runs, on the workspace just opened, off the UI thread and once the
    window and its dashboard are up (1.7 s at 800 MB, on a laptop's two cores): a damaged file is
    said, and its newest good backup offered, or it is kept open read-only, so that nothing is
    written into it. (Every write that backs up first, and every send, checks again before it.)"""

    def checked(found: str | None, error: BaseException | None) -> None:
        if not found or window.document is not document:
            return
        from pathlib import Path

        from PySide6.QtCore import QCoreApplication as Q

        from mouplanner.locale.marks import fill

        path = Path(document.path)
        title = Q.translate("MainWindow", "Damaged workspace")
        text = fill(Q.translate("MainWindow", "{name} is damaged ({reason}). Nothing more will be written into it."),
                    {"name": path.name, "reason": found})
        if backups_of(path) and window.ask(title, text + "\n\n" + Q.translate(
                "MainWindow", "Replace it with its latest backup? The damaged file is kept as a backup too."),
                Q.translate("MainWindow", "Restore the latest backup")):
            window.close_workspace()
            restore(path)
            window.open_workspace(path)
            return
        window.close_workspace()
        window.open_workspace(path, read_only=True, damaged=True)
        window.show_error(title, text)

    def start() -> None:
        if window.document is document:  # (still open: not closed or replaced meanwhile)
            document.background.run("damage", document.facade.damage, checked)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(CHECK_AFTER_MS, document, start)  # once the window and its dashboard are up


__all__ = ["RestoreDialog", "check_after_open", "restore_from_backup"]
