"""File > Rights… (an admin of a workspace on a server): who may read and edit it, and changing
that. The list shows every login with a right; choosing one (or typing a login the server has)
fills the editor below: its level and, for an editor, which agreements. Apply makes the login's
rights exactly so, in one transaction; the server enforces them (storage/postgres/rights.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouplanner.domain import Agreement
from mouplanner.locale.text import display
from mouplanner.services.rights import Member
from mouplanner.storage.errors import WorkspaceError
from mouplanner.ui.document import Document
from mouplanner.ui.i18n import translated

NONE = ""  # the level "no rights"


class RightsDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None, read: bool = True):
        super().__init__(parent)
        self.setObjectName("rightsDialog")
        self.document = document
        self.members: list[Member] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("members")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.login = QComboBox(self)
        self.login.setObjectName("login")
        self.login.setEditable(True)
        self.login.currentTextChanged.connect(self._login_typed)
        self.level = QComboBox(self)
        self.level.setObjectName("level")
        self.level.currentIndexChanged.connect(self._update)
        self.all_agreements = QCheckBox(self)
        self.all_agreements.setObjectName("allAgreements")
        self.all_agreements.toggled.connect(self._update)
        self.agreements = QListWidget(self)
        self.agreements.setObjectName("agreements")
        for row in document.service(Agreement).list():
            item = QListWidgetItem(f"{row.code} — {display(row, document.formats.lang)}", self.agreements)
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, row.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.agreements.setMaximumHeight(120)
        self.agreements.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agreements.setTextElideMode(Qt.TextElideMode.ElideRight)  # (each title whole in its tip)
        self.message = QLabel(self)
        self.message.setObjectName("rightsMessage")
        self.message.setWordWrap(True)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyRights")
        self.apply_button.clicked.connect(self.apply)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]  # login, level, may edit
        for label, field in zip(self.labels, (self.login, self.level, self.all_agreements), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.agreements)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.retranslate()
        if read:
            self.refresh()

    # --- what the server holds ------------------------------------------------------------------

    def refresh(self) -> None:
        self.show_members(self.document.facade.members(), self.document.facade.logins())

    def show_members(self, members: list[Member], logins: list[str]) -> None:
        self.members = members
        self.table.setRowCount(len(members))
        for r, m in enumerate(members):
            for c, text in enumerate((m.name, self._level_text(m.level), self._scope_text(m))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        typed = self.login.currentText()
        self.login.blockSignals(True)
        self.login.clear()
        self.login.addItems(logins)
        self.login.setEditText(typed)
        self.login.blockSignals(False)

    def _level_text(self, level: str) -> str:
        return {"reader": self.tr("Reader"), "editor": self.tr("Editor"), "admin": self.tr("Admin")}.get(level, level)

    def _scope_text(self, m: Member) -> str:
        if m.level == "reader":
            return self.tr("reads every agreement")
        return ", ".join(m.agreements) if m.agreements else self.tr("every agreement")

    # --- the editor -----------------------------------------------------------------------------

    def _chosen(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.members):
            self.login.setEditText(self.members[row].name)

    def _login_typed(self, name: str) -> None:
        m = next((m for m in self.members if m.name == name), None)
        self.level.setCurrentIndex(self.level.findData(m.level if m else NONE))
        self.all_agreements.setChecked(m is None or not m.agreements)
        for i in range(self.agreements.count()):
            item = self.agreements.item(i)
            item.setCheckState(Qt.CheckState.Checked if m and item.data(Qt.ItemDataRole.UserRole) in m.agreements
                               else Qt.CheckState.Unchecked)
        self.message.clear()
        self._update()

    def chosen_agreements(self) -> list[str]:
        return [self.agreements.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.agreements.count())
                if self.agreements.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        editor = self.level.currentData() == "editor"
        self.all_agreements.setEnabled(editor)
        self.agreements.setEnabled(editor and not self.all_agreements.isChecked())
        self.apply_button.setEnabled(bool(self.login.currentText().strip()))

    def apply(self) -> None:
        member, level = self.login.currentText().strip(), self.level.currentData() or None
        codes = [] if level != "editor" or self.all_agreements.isChecked() else self.chosen_agreements()
        if level == "editor" and not self.all_agreements.isChecked() and not codes:
            self._say(self.tr("Tick the agreements %1 may edit, or All agreements.").replace("%1", member), True)
            return
        try:
            self.document.facade.set_rights(member, level, codes)
        except WorkspaceError as exc:
            self._say(translated(exc, self.document.formats), True)
            return
        self.refresh()
        m = next((m for m in self.members if m.name == member), None)
        self._say(self.tr("%1: %2, %3").replace("%1", member).replace("%2", self._level_text(m.level))
                  .replace("%3", self._scope_text(m)) if m else self.tr("%1 has no rights now").replace("%1", member),
                  False)

    def _say(self, text: str, wrong: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b03a2e;" if wrong else "color: #1e6b34;")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rights"))
        self.intro.setText(self.tr(
            "Who may read and edit this workspace. Readers see everything; editors change the agreements given "
            "them; admins change everything and give rights. The server itself enforces them, for every program "
            "that connects."))
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Level"), self.tr("Agreements")])
        for label, text in zip(self.labels, (self.tr("Login"), self.tr("Level"), self.tr("May edit")), strict=True):
            label.setText(text)
        current = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        for code, text in ((NONE, self.tr("No rights")), ("reader", self.tr("Reader")), ("editor", self.tr("Editor")),
                           ("admin", self.tr("Admin"))):
            self.level.addItem(text, code)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.level.blockSignals(False)
        self.all_agreements.setText(self.tr("All agreements"))
        self.apply_button.setText(self.tr("Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_rights(window: Any) -> RightsDialog | None:
    if window.document is None:
        return None
    try:
        dialog = RightsDialog(window.document, window)
    except WorkspaceError as exc:
        window.show_error(QCoreApplication.translate("RightsDialog", "Rights"), translated(exc, window.formats))
        return None
    window.rights_dialog = dialog
    dialog.open()
    return dialog


__all__ = ["RightsDialog", "show_rights"]
