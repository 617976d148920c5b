"""File > Import from MS Project…: the plan file chosen is checked first (nothing changes) and
what the import would do is listed: the changes to milestones and activities, the conflicts with
edits made here since the export, the new records and dependencies, and what cannot be mapped.
Apply makes all of it as one undo step; while a conflict is not settled (the file's values or
the workspace's) Apply waits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouplanner import kinds
from mouplanner.standards.mspdi_import import MODELS, PlanImport
from mouplanner.storage import WorkspaceError
from mouplanner.ui.display import format_value
from mouplanner.ui.document import Document
from mouplanner.ui.file_field import message_line
from mouplanner.ui.i18n import translated


class PlanImportDialog(QDialog):
    def __init__(self, document: Document, plan: PlanImport, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("planImportDialog")
        self.document, self.plan = document, plan
        self.applied = ""
        self.setWindowTitle(self.tr("Import from MS Project: %1").replace("%1", plan.path.name))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("planChanges")
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Now"), self.tr("In the file")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fill()
        self.keep_file = QRadioButton(self.tr("Take the file's values"), self)
        self.keep_workspace = QRadioButton(self.tr("Keep the workspace's values"), self)
        choice = QHBoxLayout()
        self.conflict_label = QLabel(self.tr("Conflicts:"), self)
        for shown in (self.conflict_label, self.keep_file, self.keep_workspace):
            choice.addWidget(shown)
            shown.setVisible(bool(plan.conflicts))
        for button in (self.keep_file, self.keep_workspace):
            button.toggled.connect(self._settled)
        choice.addStretch(1)
        self.message = message_line(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setEnabled(plan.can_apply and self._has_work())
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addLayout(choice)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

    def _has_work(self) -> bool:
        return bool(self.plan.changes or self.plan.new or self.plan.links)

    def _field(self, kind: str, name: str) -> str:
        found = kinds.of(MODELS[kind]).field(name)
        return QCoreApplication.translate("Form", found.label) if found else name

    def _fill(self) -> None:
        plan, fmt = self.plan, self.document.formats
        changes = [c for c in plan.changes if not c.conflict]
        groups = ((self.tr("Conflicts with edits made here since the export"), plan.conflicts),
                  (self.tr("Changes"), changes))
        for title, rows in groups:
            if rows:
                group = QTreeWidgetItem([f"{title} ({fmt.number(len(rows))})"])
                self.tree.addTopLevelItem(group)
                for c in rows:
                    group.addChild(QTreeWidgetItem([c.name, self._field(c.kind, c.field),
                                                    format_value(c.workspace, fmt), format_value(c.file, fmt)]))
        if plan.new:
            group = QTreeWidgetItem([self.tr("New records (%1)").replace("%1", fmt.number(len(plan.new)))])
            self.tree.addTopLevelItem(group)
            for new in plan.new:
                name = next((v for k, v in new.values.items() if k.startswith("title_")), "")
                group.addChild(QTreeWidgetItem([name, kinds.of(MODELS[new.kind]).label, "",
                                                format_value(new.values.get("planned_start")
                                                             or new.values.get("planned_date"), fmt)]))
        if plan.links:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("New dependencies (%1)").replace(
                "%1", fmt.number(len(plan.links)))]))
        if plan.not_mapped:
            group = QTreeWidgetItem([self.tr("Not mapped (%1)").replace("%1", fmt.number(len(plan.not_mapped)))])
            self.tree.addTopLevelItem(group)
            for line in plan.not_mapped:
                group.addChild(QTreeWidgetItem([translated(line, fmt)]))
        self.tree.expandAll()
        self.summary.setText(self.tr(
            "Nothing has changed yet. %1 changes (%2 conflicts), %3 new records, %4 new dependencies; %5 parts of "
            "the file are not mapped.").replace("%1", fmt.number(len(plan.changes))).replace(
            "%2", fmt.number(len(plan.conflicts))).replace("%3", fmt.number(len(plan.new))).replace(
            "%4", fmt.number(len(plan.links))).replace("%5", fmt.number(len(plan.not_mapped))))

    def _settled(self) -> None:
        if self.keep_file.isChecked() or self.keep_workspace.isChecked():
            self.plan.settle("file" if self.keep_file.isChecked() else "workspace")
        self.apply_button.setEnabled(self.plan.can_apply and self._has_work())

    def apply(self) -> None:
        try:
            self.applied = self.document.facade.exports.apply_plan(self.plan)
        except WorkspaceError as exc:
            self.message.setText(translated(exc, self.document.formats))
            return
        self.document.record_action(self.tr("import “%1”").replace("%1", self.plan.path.name), self.applied)
        self.accept()


def import_plan(window: Any, path: str | None = None) -> PlanImportDialog | None:
    """Choose the file, check it, show what the import would do."""
    document = window.document
    if document is None:
        return None
    title = QCoreApplication.translate("MainWindow", "Import from MS Project")
    if not path:
        path, _ = QFileDialog.getOpenFileName(window, title, "", "MS Project XML (*.xml)",
                                              options=QFileDialog.Option.DontUseNativeDialog)
    if not path:
        return None
    try:
        plan = document.facade.exports.check_plan(Path(path), document.formats.lang)
    except WorkspaceError as exc:
        window.show_error(title, translated(exc, document.formats))
        return None
    dialog = PlanImportDialog(document, plan, window)
    dialog.accepted.connect(lambda: window.page and window.page.refresh())
    window.plan_import_dialog = dialog
    dialog.open()
    return dialog
