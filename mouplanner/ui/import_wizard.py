"""File > Import from Excel…: choose a workbook, see the dry run (what would be created, updated,
deleted, every problem highlighted with its sheet, row and column, every conflict with both
values and a choice), then Apply: all of it in one transaction, undoable, or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mouplanner.excel.errors import Cancelled, WorkbookError
from mouplanner.storage.errors import WorkspaceError
from mouplanner.ui.display import format_value
from mouplanner.ui.document import Document
from mouplanner.ui.i18n import translated
from mouplanner.ui.tasks import Task, run_with_progress

COLOURS = {"error": "#f6d5d1", "warning": "#fbe8c8", "note": "#e8eef6"}


if TYPE_CHECKING:
    from mouplanner.excel import importer


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setObjectName("filePage")
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Choose a data workbook exported from mouplanner, or a filled template. Nothing "
                              "changes until you apply the import after checking it."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(row)
        self.setTitle(self.tr("Workbook"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.title(), "", "Excel (*.xlsx)",
                                              options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())


class _CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setObjectName("checkPage")
        self.wiz = wizard
        self.setTitle(self.tr("Check"))
        self.changes_shown: list[Any] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 5, self)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                                                 self.tr("Value found"), self.tr("What is expected")])
        self.problems.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().setVisible(False)
        self.conflicts = QTableWidget(0, 6, self)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                                                  self.tr("In the workspace"), self.tr("In the workbook"),
                                                  self.tr("Keep")])
        self.conflicts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflicts.verticalHeader().setVisible(False)
        self.keep_workspace = QPushButton(self.tr("Keep all workspace values"), self)
        self.keep_workspace.setObjectName("keepWorkspace")
        self.take_workbook = QPushButton(self.tr("Take all workbook values"), self)
        self.take_workbook.setObjectName("takeWorkbook")
        self.keep_workspace.clicked.connect(lambda: self._choose_all(0))
        self.take_workbook.clicked.connect(lambda: self._choose_all(1))
        self.conflict_label = QLabel(self.tr("Conflicts: changed in the workspace since the export and in the "
                                             "workbook. Choose which value to keep."), self)
        self.conflict_label.setWordWrap(True)
        self.changes = QTableWidget(0, 5, self)
        self.changes.setObjectName("changes")
        self.changes.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Record"),
                                                self.tr("Column"), self.tr("Now → after the import")])
        self.changes.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_workspace)
        buttons.addWidget(self.take_workbook)
        buttons.addStretch()
        conflicts = QWidget(self)
        box = QVBoxLayout(conflicts)
        box.addWidget(self.conflict_label)
        box.addLayout(buttons)
        box.addWidget(self.conflicts)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("checkTabs")
        self.tabs.addTab(self.changes, "")
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(conflicts, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def initializePage(self) -> None:
        self.wiz.check(Path(self.wiz.file_page.path.text().strip()))

    def show_plan(self, plan: importer.ImportPlan) -> None:
        fmt = self.wiz.document.formats
        counts = plan.counts()
        text = self.tr("To create: %1 · to update: %2 · to delete: %3 · unchanged: %4").replace(
            "%1", fmt.number(counts["create"])).replace("%2", fmt.number(counts["update"])).replace(
            "%3", fmt.number(counts["delete"])).replace("%4", fmt.number(counts["unchanged"]))
        errors = len(plan.errors)
        if errors:
            text += "\n" + self.tr("%n problem(s) must be fixed in the workbook before it can be imported.", "", errors)
        self.summary.setText(text)
        self._show_changes(plan)
        self.problems.setRowCount(len(plan.problems))
        for r, p in enumerate(sorted(plan.problems, key=lambda p: (["error", "warning", "note"].index(p.severity),
                                                                   p.sheet, p.row))):
            values = [p.sheet, fmt.number(p.row) if p.row else "", p.column, p.value, translated(p, fmt)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setBackground(QBrush(QColor(COLOURS[p.severity])))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.problems.setItem(r, c, item)
        self.conflicts.setRowCount(len(plan.conflicts))
        for r, conflict in enumerate(plan.conflicts):
            when = f" ({conflict.changed_by}, {conflict.changed_at})" if conflict.changed_by else ""
            for col, value in enumerate([conflict.sheet, fmt.number(conflict.row), conflict.column,
                                         format_value(conflict.workspace_value, fmt) + when,
                                         format_value(conflict.workbook_value, fmt)]):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.conflicts.setItem(r, col, item)
            combo = QComboBox(self.conflicts)
            combo.addItem(self.tr("Choose…"), None)
            combo.addItem(self.tr("Workspace value"), "workspace")
            combo.addItem(self.tr("Workbook value"), "workbook")
            combo.currentIndexChanged.connect(lambda _=0, chosen=conflict, box=combo: self._chosen(chosen, box))
            self.conflicts.setCellWidget(r, 5, combo)
        shown = len(self.changes_shown)
        self.tabs.setTabText(0, self.tr("Changes (%1)").replace("%1", fmt.number(shown)) if shown < 2000
                             else self.tr("Changes (first %1)").replace("%1", fmt.number(shown)))
        self.tabs.setTabText(1, self.tr("Problems (%1)").replace("%1", fmt.number(len(plan.problems))))
        self.tabs.setTabText(2, self.tr("Conflicts (%1)").replace("%1", fmt.number(len(plan.conflicts))))
        self.tabs.setTabEnabled(2, bool(plan.conflicts))
        self.tabs.setCurrentIndex(2 if plan.conflicts else 1 if plan.errors else 0)
        self.completeChanged.emit()

    def _show_changes(self, plan: importer.ImportPlan) -> None:
        fmt = self.wiz.document.formats
        self.changes_shown = plan.changes(fmt.lang)
        actions = {"create": self.tr("new"), "delete": self.tr("deleted")}
        self.changes.setRowCount(len(self.changes_shown))
        for r, change in enumerate(self.changes_shown):
            if change.action == "delete":
                what = self.tr("the record is deleted")
            elif change.action == "create":
                what = format_value(change.new, fmt)
            else:
                what = f"{format_value(change.old, fmt) or '—'} → {format_value(change.new, fmt) or '—'}"
            record = (change.record or "—") + (f" ({actions[change.action]})" if change.action in actions else "")
            for c, value in enumerate([change.sheet, fmt.number(change.row), record, change.column, what]):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.changes.setItem(r, c, item)
        self.changes.resizeColumnsToContents()
        self.changes.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _chosen(self, conflict: importer.Conflict, box: QComboBox) -> None:
        conflict.choice = box.currentData()
        self.completeChanged.emit()

    def _choose_all(self, which: int) -> None:
        for r in range(self.conflicts.rowCount()):
            cast(QComboBox, self.conflicts.cellWidget(r, 5)).setCurrentIndex(which + 1)

    def isComplete(self) -> bool:
        return self.wiz.plan is not None and self.wiz.plan.can_apply


class ImportWizard(QWizard):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.document = document
        self.plan: importer.ImportPlan | None = None
        self.task: Task | None = None
        self.result_txn: str | None = None
        self.setWindowTitle(self.tr("Import from Excel"))
        self.file_page = _FilePage(self)
        self.check_page = _CheckPage(self)
        self.addPage(self.file_page)
        self.addPage(self.check_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Apply"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Check"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setWordWrap(True)
        cast(QVBoxLayout, self.check_page.layout()).addWidget(self.error)
        self.resize(980, 640)

    def check(self, path: Path) -> None:
        self.plan = None
        self.error.clear()
        facade, lang, today = self.document.facade, self.document.formats.lang, self.document.today()

        def work(progress: Any) -> importer.ImportPlan:
            return facade.check_import(path, lang, today, progress)  # (the Excel readers load then)

        self.task = run_with_progress(self, self.tr("Checking the workbook…"), work, self._checked, self._failed,
                                      self.document.background)

    def _checked(self, plan: importer.ImportPlan) -> None:
        self.plan = plan
        self.check_page.show_plan(plan)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.error.setText(self.tr("Cancelled: nothing was changed."))
        elif isinstance(exc, (WorkbookError, WorkspaceError)):  # (a damaged workspace says so)
            self.error.setText(translated(exc, self.document.formats))
        else:
            self.error.setText(self.tr("The workbook could not be read; nothing was changed: %1")
                               .replace("%1", str(exc)))
        self.check_page.completeChanged.emit()

    def accept(self) -> None:
        if self.plan is None or not self.plan.can_apply or (self.task is not None and self.task.running):
            return
        plan, facade = self.plan, self.document.facade
        self.error.clear()

        def applied(txn_id: str) -> None:
            self.result_txn = txn_id
            self.document.record_action(self.tr("import “%1”").replace("%1", plan.path.name), txn_id)
            QWizard.accept(self)

        self.task = run_with_progress(self, self.tr("Importing…"), lambda progress: facade.apply_import(plan, progress),
                                      applied, self._failed, self.document.background)
