"""File > Exchange: the dialogs that ask where to write a copy for another laptop or a file of
changes, with a file name to start from ("demo for MPTC laptop 2026-12-01.mousync") and room to
read what is asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mouplanner.domain import Agreement
from mouplanner.locale.text import display
from mouplanner.ui import settings
from mouplanner.ui.document import Document
from mouplanner.ui.file_field import file_row, message_line

SYNC_FILTER = "mouplanner exchange (*.mousync)"
WORKSPACE_FILTER = "mouplanner workspace (*.mouplan)"


class _ToFile(QDialog):
    """A question or two, then the file to write (suggested, with Browse…)."""

    suffix = ""
    file_filter = ""

    def __init__(self, document: Document, parent: QWidget, title: str, note: str, ok_text: str):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(title)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        self.path, self.file_row = file_row(self, self._browse)
        self.message = message_line(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    def _finish_form(self) -> None:
        self.form.addRow(self.tr("File"), self.file_row)

    def suggest(self, *parts: str) -> None:
        self.path.setText(settings.suggested_file(self.document.path.stem, *parts, suffix=self.suffix))

    def target(self) -> Path:
        text = self.path.text().strip()
        return Path(text if text.endswith(self.suffix) else text + self.suffix)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), self.file_filter,
                                              options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.path.setText(path)

    def _check(self) -> None:
        if not self.path.text().strip():
            self.message.setText(self.tr("Choose the file to write."))
            return
        if not self.target().parent.is_dir():
            self.message.setText(self.tr("The folder %1 does not exist.").replace("%1", str(self.target().parent)))
            return
        settings.remember_output(self.target())
        self.accept()


class SendDialog(_ToFile):
    suffix = ".mousync"
    file_filter = SYNC_FILTER

    def __init__(self, document: Document, parent: QWidget):
        super().__init__(document, parent, self.tr("Send changes"), self.tr(
            "Writes the changes the other laptop has not had yet into a file. Send it by e-mail or on a USB "
            "stick; the other laptop receives it with File > Exchange > Receive changes."), self.tr("Send"))
        self.setObjectName("sendDialog")
        self.peer = QComboBox(self)
        self.peer.setObjectName("peer")
        self.peer.addItem(self.tr("Everything (for a laptop not listed)"), None)
        for p in document.facade.peers():
            self.peer.addItem(p.name, p.replica_id)
        if self.peer.count() > 1:
            self.peer.setCurrentIndex(1)
        self.form.addRow(self.tr("To"), self.peer)
        self._finish_form()
        self.peer.currentIndexChanged.connect(lambda _i: self._suggest_for_peer())
        self._suggest_for_peer()

    def _suggest_for_peer(self) -> None:
        self.suggest(self.tr("for %1").replace("%1", self.peer.currentText()) if self.peer.currentData() else
                     self.tr("changes"))


class CopyDialog(_ToFile):
    suffix = ".mouplan"
    file_filter = WORKSPACE_FILTER

    def __init__(self, document: Document, parent: QWidget):
        super().__init__(document, parent, self.tr("Make a copy for another laptop"), self.tr(
            "Writes a copy of this workspace that another laptop opens and works on offline. Afterwards the two "
            "laptops exchange their changes with Send changes and Receive changes."), self.tr("Make the copy"))
        self.setObjectName("copyDialog")
        self.name = QLineEdit(self)
        self.name.setObjectName("laptopName")
        self.name.setPlaceholderText(self.tr("e.g. MPTC laptop"))
        self.name.textChanged.connect(lambda text: self.suggest(self.tr("for %1").replace("%1", text.strip()))
                                      if text.strip() else self.suggest(self.tr("copy")))
        self.form.addRow(self.tr("Name of the other laptop"), self.name)
        self.agreement = QComboBox(self)  # a desk officer takes only their MOU offline
        self.agreement.setObjectName("agreement")
        self.agreement.addItem(self.tr("All agreements"), None)
        for row in document.service(Agreement).list():
            self.agreement.addItem(f"{row.code} — {display(row, document.formats.lang)}", row.id)
        self.agreement.setToolTip(self.tr(
            "A copy of one agreement holds that agreement with every organisation and person; "
            "what it is sent and what it syncs afterwards is that agreement."))
        self.form.addRow(self.tr("Agreement"), self.agreement)
        self._finish_form()
        self.suggest(self.tr("copy"))
        self.name.setFocus()

    def _check(self) -> None:
        if not self.name.text().strip():
            self.message.setText(self.tr("Give the other laptop a name, so that both know whose changes are whose."))
            return
        super()._check()


__all__ = ["CopyDialog", "SYNC_FILTER", "SendDialog", "WORKSPACE_FILTER"]
