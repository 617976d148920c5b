"""A small editable table of child rows inside a form (participants, periods, parties...)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from mouplanner.locale.formats import Formats
from mouplanner.ui.date_edit import DateEdit
from mouplanner.ui.forms.fields import Spec
from mouplanner.ui.forms.picker import Choices, RecordPicker
from mouplanner.ui.forms.specs import ChildSpec
from mouplanner.ui.icons import icon
from mouplanner.ui.labels import enum_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Form", text)


class ChildTable(QWidget):
    changed = Signal()

    def __init__(self, spec: ChildSpec, choices: Callable[[str], Choices], formats: Formats, parent: QWidget,
                 today: Callable[[], date] = date.today):
        super().__init__(parent)
        self._today = today
        self.formats = formats
        self.spec = spec
        self.setObjectName(f"{spec.model.__tablename__}Table")
        self._choices = choices
        self._ids: list[str | None] = []
        self.original: dict[str, dict[str, Any]] = {}  # the saved rows as shown (what a save merges from)
        self.table = QTableWidget(0, len(spec.columns), self)
        self.table.setObjectName("rows")
        self.table.setHorizontalHeaderLabels([_tr(c.label) for c in spec.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(icon("new"), QCoreApplication.translate("Form", "Add"), self)
        self.add_button.setObjectName("add")
        self.remove_button = QPushButton(icon("delete"), QCoreApplication.translate("Form", "Remove"), self)
        self.remove_button.setObjectName("remove")
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _editor(self, column: Spec) -> QWidget:
        if column.kind == "link":
            return RecordPicker(self._choices(column.link), self.table)
        if column.kind == "enum":
            combo = QComboBox(self.table)
            for member in column.enum or []:
                combo.addItem(enum_label(member), member.value)
            return combo
        if column.kind == "date":
            return DateEdit(self.formats, self.table, name=column.name, today=self._today)
        return QLineEdit(self.table)

    def add_row(self, values: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(values.get("id"))
        for col, column in enumerate(self.spec.columns):
            editor = self._editor(column)
            value = values.get(column.name)
            if isinstance(editor, RecordPicker):
                editor.set_value(value)
            elif isinstance(editor, QComboBox):
                value = getattr(value, "value", value)
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, DateEdit):
                editor.set_value(value)
            elif value is not None:
                cast(QLineEdit, editor).setText(str(value))
                cast(QLineEdit, editor).setCursorPosition(0)  # a long text shows from its start
            self.table.setCellWidget(row, col, editor)
        for col in range(len(self.spec.columns)):  # connected once the whole row exists
            editor = self.table.cellWidget(row, col)
            signal = (editor.currentIndexChanged if isinstance(editor, QComboBox) else editor.edited
                      if isinstance(editor, DateEdit) else editor.textChanged)  # type: ignore[attr-defined]
            signal.connect(self._edited)
        self.table.setCurrentCell(row, 0)
        self._edited()
        picker = self.table.cellWidget(row, 0)
        if isinstance(picker, RecordPicker) and picker.value() is None:
            picker.setFocus()  # a new participant: type a name at once

    def _edited(self, *_args: object) -> None:
        self._leave_out_chosen()
        self.changed.emit()

    def _leave_out_chosen(self) -> None:
        """A record chosen in one row is not offered in the others (a person is a participant once)."""
        for col, column in enumerate(self.spec.columns):
            if column.kind != "link":
                continue
            pickers = [self.table.cellWidget(row, col) for row in range(self.table.rowCount())]
            chosen = {p.value() for p in pickers if isinstance(p, RecordPicker)} - {None}
            for picker in pickers:
                if isinstance(picker, RecordPicker):
                    picker.blockSignals(True)
                    picker.leave_out(chosen)
                    picker.blockSignals(False)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]
            self._edited()

    def set_rows(self, rows: list[Any]) -> None:
        self.table.setRowCount(0)
        self._ids.clear()
        for row in rows:
            self.add_row({"id": row.id, **{c.name: getattr(row, c.name) for c in self.spec.columns}})
        self.original = {values["id"]: values for values in self.rows()}

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {"id": self._ids[row]}
            for col, column in enumerate(self.spec.columns):
                editor = self.table.cellWidget(row, col)
                if isinstance(editor, RecordPicker):
                    values[column.name] = editor.value()
                elif isinstance(editor, QComboBox):
                    values[column.name] = editor.currentData()
                elif isinstance(editor, DateEdit):  # a date that cannot be read goes on as text: the rules name it
                    values[column.name] = editor.text() if editor.parse_error() else editor.value()
                else:
                    values[column.name] = cast(QLineEdit, editor).text()
            out.append(values)
        return out

    def missing(self) -> list[str]:
        """Messages for rows whose required choices are empty."""
        problems = []
        for i, values in enumerate(self.rows(), start=1):
            for column in self.spec.columns:
                if column.kind == "link" and not column.optional and not values.get(column.name):
                    problems.append(QCoreApplication.translate("Form", "Row %1: choose the %2").replace("%1", str(i))
                                    .replace("%2", _tr(column.label).lower()))
        return problems
