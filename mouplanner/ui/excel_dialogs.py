"""File > Export report…, Export data workbook…, Export calendar…, New Excel template…: choose the
options and the file, then the export runs off the UI thread with a progress bar and Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mouplanner.excel.errors import Cancelled, WorkbookError
from mouplanner.locale.dates import DateParseError
from mouplanner.locale.formats import Formats
from mouplanner.locale.text import display
from mouplanner.services.scope import Scope
from mouplanner.ui import settings
from mouplanner.ui.date_edit import DateEdit
from mouplanner.ui.document import Document
from mouplanner.ui.file_field import file_row, message_line
from mouplanner.ui.i18n import LANGUAGES, translated
from mouplanner.ui.tasks import Task, run_with_progress

XLSX_FILTER = "Excel (*.xlsx)"


class ExportDialog(QDialog):
    """Options for a report (language, scope, period) or a data workbook (language)."""

    def __init__(self, document: Document, kind: str, scope: Scope, scope_title: str, parent: QWidget,
                 scope_code: str = ""):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.document, self.kind, self.scope, self.scope_title = document, kind, scope, scope_title
        self.task: Task | None = None
        self.written: Path | None = None
        self.setWindowTitle({"report": self.tr("Export report"), "pdf": self.tr("Export PDF report"),
                             "calendar": self.tr("Export calendar"), "mspdi": self.tr("Export to MS Project")}.get(
            kind, self.tr("Export data workbook")))
        self.suffix = {"pdf": ".pdf", "calendar": ".ics", "mspdi": ".xml"}.get(kind, ".xlsx")
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(document.formats.lang))
        form.addRow(self.tr("Language"), self.language)
        # scope and period belong to reports; a data workbook has neither (no hidden stray widgets)
        self.only_scope: QCheckBox | None = None
        self.date_from: DateEdit | None = None
        self.date_to: DateEdit | None = None
        if kind in ("report", "pdf", "calendar", "mspdi"):
            if scope.is_all:
                form.addRow(self.tr("Scope"), QLabel(self.tr("All agreements"), self))
            else:
                self.only_scope = QCheckBox(self.tr("Only %1").replace("%1", scope_title), self)
                self.only_scope.setObjectName("onlyScope")
                self.only_scope.setChecked(True)
                form.addRow(self.tr("Scope"), self.only_scope)
        if kind in ("report", "pdf"):
            self.date_from = DateEdit(document.formats, self, name="dateFrom", today=document.today)
            self.date_to = DateEdit(document.formats, self, name="dateTo", today=document.today)
            for edit in (self.date_from, self.date_to):
                edit.edit.setPlaceholderText(self.tr("day/month/year (empty: no limit)"))
            form.addRow(self.tr("Period from"), self.date_from)
            form.addRow(self.tr("Period to"), self.date_to)
        self.path, row = file_row(self, self._browse)
        form.addRow(self.tr("File"), row)
        notes = {"calendar": self.tr(
            "Activities, milestones, meetings, action items' due dates and agreements' notice and expiry "
            "dates, with reminders. Import the file into Outlook, Thunderbird or Google Calendar; importing "
            "a later export updates the same events."), "mspdi": self.tr(
            "Agreements, areas and workstreams as summary tasks; milestones and activities as tasks with their "
            "planned and actual dates, dependencies and saved baselines; a working calendar without the public "
            "holidays. Opens in MS Project, ProjectLibre and GanttProject.")}
        if kind in notes:  # what the file holds and where it goes
            note = QLabel(notes[kind], self)
            note.setWordWrap(True)
            form.addRow(note)
        self.message = message_line(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)
        what = {"report": self.tr("report"), "pdf": self.tr("report"), "data": self.tr("data"),
                "calendar": self.tr("calendar"), "mspdi": self.tr("plan")}[kind]
        self.path.setText(settings.suggested_file(document.path.stem, scope_code, what, suffix=self.suffix))
        self.setMinimumWidth(640)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                              {".pdf": "PDF (*.pdf)", ".ics": "iCalendar (*.ics)",
                                               ".xml": "MS Project XML (*.xml)"}.get(
                                                  self.suffix, XLSX_FILTER),
                                              options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.path.setText(path if path.endswith(self.suffix) else path + self.suffix)

    @staticmethod
    def _date(edit: DateEdit | None):  # noqa: ANN205 - a date or None; raises DateParseError
        if edit is None:
            return None
        if edit.parse_error() is not None:
            raise edit.parse_error()  # type: ignore[misc]
        return edit.value()

    def start(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose the file to write."))
            return
        target = Path(text if text.endswith(self.suffix) else text + self.suffix)
        if not target.parent.is_dir():
            self.message.setText(self.tr("The folder %1 does not exist.").replace("%1", str(target.parent)))
            return
        try:
            date_from, date_to = self._date(self.date_from), self._date(self.date_to)
        except DateParseError as exc:
            self.message.setText(translated(exc, self.document.formats))
            return
        lang = self.language.currentData()
        formats = Formats(lang, self.document.formats.buddhist_era if lang == self.document.formats.lang else None,
                          self.document.formats.native_digits and lang == self.document.formats.lang)
        facade = self.document.facade
        scope = self.scope if self.only_scope is not None and self.only_scope.isChecked() else Scope()
        label = self.scope_title if not scope.is_all else ""

        def work(progress):  # runs in the task's thread
            if self.kind == "data":
                return facade.export_data(target, formats, progress)
            if self.kind == "calendar":
                facade.exports.calendar(target, scope, lang, self.document.today(), label)
                return target
            if self.kind == "mspdi":
                facade.exports.mspdi(target, scope, lang)
                return target
            from mouplanner.excel import report

            data = facade.report_data(scope, date_from, date_to, self.document.today())
            return report.write_report(data, target, formats, label, progress)

        if self.kind == "pdf":  # painted with widgets: done in the UI thread (about a second)
            from mouplanner.ui.pdf_report import write_pdf

            try:
                self._done(write_pdf(facade, target, formats, scope, label, date_from, date_to, self.document.today()))
            except OSError as exc:
                self._failed(exc)
            return
        self.buttons.setEnabled(False)
        self.task = run_with_progress(self, self.tr("Exporting…"), work, self._done, self._failed,
                                      self.document.background)

    def _done(self, path: Path) -> None:
        self.written = path
        settings.remember_output(path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Cancelled: no file was written."))
        elif isinstance(exc, WorkbookError):
            self.message.setText(translated(exc, self.document.formats))
        else:
            self.message.setText(self.tr("The export failed and no file was written: %1").replace("%1", str(exc)))


def write_template_to(parent: QWidget, document_formats: Formats, path: str | None = None) -> Path | None:
    title = QCoreApplication.translate("ExportDialog", "New Excel template")
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, title, "", XLSX_FILTER,
                                              options=QFileDialog.Option.DontUseNativeDialog)
    if not path:
        return None
    from mouplanner.excel.data_export import write_template

    target = Path(path if path.endswith(".xlsx") else path + ".xlsx")
    try:
        return write_template(target, document_formats)
    except OSError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None


def scope_title(document: Document, scope: Scope, lang: str) -> str:
    return scope_names(document, scope, lang)[0]


def scope_names(document: Document, scope: Scope, lang: str) -> tuple[str, str]:
    """The scope's title, and a short name for file names (an agreement's code)."""
    from mouplanner.domain import Agreement, Area, Workstream

    for model, record_id in ((Workstream, scope.workstream_id), (Area, scope.area_id), (Agreement, scope.agreement_id)):
        if record_id:
            row = document.service(model).get(record_id)
            title = display(row, lang)
            return title, getattr(row, "code", "") or title[:40]
    return "", ""


def open_export_dialog(window: Any, kind: str) -> ExportDialog | None:
    """File > Export…: the options dialog for the navigator's selection; the status bar says where
    the file went."""
    if window.document is None or window.page is None:
        return None
    scope = window.page.navigator.scope()
    title, code = scope_names(window.document, scope, window.formats.lang)
    dialog = ExportDialog(window.document, kind, scope, title, window, scope_code=code if kind != "data" else "")
    dialog.accepted.connect(lambda: window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Written to %1").replace("%1", str(dialog.written)), 8000))
    dialog.open()
    return dialog
