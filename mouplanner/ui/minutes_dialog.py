"""File > Meeting minutes…, and Minutes… in a meeting's form: which meeting, in which language
(one, or English with Thai or Lao side by side), as Word or PDF, and where; then it is written
(well under a second), and the window says where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from mouplanner.domain import Meeting
from mouplanner.locale.formats import Formats
from mouplanner.locale.text import display
from mouplanner.storage import WorkspaceError
from mouplanner.ui import settings
from mouplanner.ui.document import Document
from mouplanner.ui.file_field import file_row, message_line
from mouplanner.ui.i18n import LANGUAGES, translated

FORMATS = {".docx": "Word (*.docx)", ".pdf": "PDF (*.pdf)"}


class MinutesDialog(QDialog):
    def __init__(self, document: Document, meeting_id: str | None, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("minutesDialog")
        self.setWindowTitle(self.tr("Meeting minutes"))
        self.document, self.lang = document, lang
        self.written: Path | None = None
        form = QFormLayout()
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("meeting")
        meetings = sorted(document.service(Meeting).list({}), key=lambda m: (m.meeting_date is None, m.meeting_date),
                          reverse=True)  # the latest first
        for m in meetings:
            when = document.formats.date(m.meeting_date) if m.meeting_date else self.tr("no date")
            self.meeting.addItem(f"{when} · {m.number + ' · ' if m.number else ''}{display(m, lang)}", m.id)
        if meeting_id:
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(meeting_id)))
        form.addRow(self.tr("Meeting"), self.meeting)
        self.layout_ = QComboBox(self)
        self.layout_.setObjectName("layout")
        for code, name in LANGUAGES.items():
            self.layout_.addItem(name, code)
        for other in ("th", "lo"):
            self.layout_.addItem(self.tr("%1 and %2 side by side").replace("%1", LANGUAGES["en"])
                                 .replace("%2", LANGUAGES[other]), f"en+{other}")
        self.layout_.setCurrentIndex(self.layout_.findData(document.formats.lang))
        form.addRow(self.tr("Language"), self.layout_)
        self.kind = QComboBox(self)
        self.kind.setObjectName("format")
        self.kind.addItem(self.tr("Word document (.docx)"), ".docx")
        self.kind.addItem(self.tr("PDF"), ".pdf")
        self.kind.currentIndexChanged.connect(self._suffix_changed)
        form.addRow(self.tr("Format"), self.kind)
        self.path, row = file_row(self, self._browse)
        form.addRow(self.tr("File"), row)
        self.message = message_line(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.meeting.currentIndexChanged.connect(self._suggest)
        self._suggest()
        self.setMinimumWidth(640)
        if self.meeting.count() == 0:
            self.message.setText(self.tr("This workspace has no meeting yet."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    @property
    def suffix(self) -> str:
        return str(self.kind.currentData())

    def _suggest(self) -> None:
        meeting = self.meeting.currentText().split(" · ")
        what = self.tr("minutes") + (f" {meeting[1]}" if len(meeting) > 2 else "")
        self.path.setText(settings.suggested_file(self.document.path.stem, what, suffix=self.suffix))

    def _suffix_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(self.suffix)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), FORMATS[self.suffix],
                                              options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.path.setText(path if path.lower().endswith(self.suffix) else path + self.suffix)

    def start(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose the file to write."))
            return
        target = Path(text if text.lower().endswith(self.suffix) else text + self.suffix)
        if not target.parent.is_dir():
            self.message.setText(self.tr("The folder %1 does not exist.").replace("%1", str(target.parent)))
            return
        meetings, layout = self.document.facade.meetings, str(self.layout_.currentData())
        meeting_id = str(self.meeting.currentData())
        try:
            if self.suffix == ".docx":
                self.written = meetings.write_docx(meeting_id, target, layout)
            else:
                from mouplanner.ui.minutes_pdf import write_minutes_pdf

                self.written = write_minutes_pdf(meetings.minutes(meeting_id, layout), target, Formats(layout[:2]))
        except LookupError:
            self.message.setText(self.tr("This meeting was deleted meanwhile."))
            return
        except OSError as exc:
            self.message.setText(self.tr("The minutes could not be written: %1").replace(
                "%1", exc.strerror or str(exc)))
            return
        except WorkspaceError as exc:  # (the connection to a server lost...)
            self.message.setText(translated(exc, self.document.formats))
            return
        settings.remember_output(self.written)
        self.accept()


def open_minutes_dialog(parent: QWidget, document: Document, meeting_id: str | None, lang: str,
                        done: Callable[[Path], None]) -> MinutesDialog:
    """The dialog, open; ``done(path)`` once the minutes are written."""
    dialog = MinutesDialog(document, meeting_id, lang, parent)

    def accepted() -> None:
        if dialog.written is not None:
            done(dialog.written)
    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def minutes_from_window(window: Any) -> MinutesDialog | None:
    """File > Meeting minutes…: of the meeting the user is on, if any."""
    if window.document is None or window.page is None:
        return None
    current = window.page.current_record()
    meeting_id = current[1] if current and current[0] is Meeting else None

    def done(path: Path) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Written to %1").replace(
            "%1", str(path)), 8000)
    window.minutes_dialog = open_minutes_dialog(window, window.document, meeting_id, window.page.lang, done)
    return window.minutes_dialog
