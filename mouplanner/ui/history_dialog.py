"""The change history of one record, from the journal: when, who, what, old -> new."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouplanner.domain import Record
from mouplanner.services.history import ChangeRow
from mouplanner.ui.document import Document
from mouplanner.ui.field_text import field_label, local_time, value_text


class HistoryDialog(QDialog):
    def __init__(self, document: Document, model: type[Record], record_id: str, title: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        self.entries: list[ChangeRow] = document.facade.history(record_id)
        self.table = QTableWidget(len(self.entries), 5, self)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change"),
                                              self.tr("Field"), self.tr("Old → new")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        ops = {"create": self.tr("Created"), "update": self.tr("Changed"), "delete": self.tr("Deleted"),
               "restore": self.tr("Restored")}
        fmt = document.formats

        def text(name: str | None, value: object) -> str:
            if isinstance(value, dict):  # a creation: every field it was created with
                return "; ".join(f"{field_label(model, k)}: {value_text(model, k, value[k], document)}"
                                 for k in model.domain_fields() if value.get(k) not in (None, "", 0))
            return value_text(model, name, value, document) if name else ""

        for row, entry in enumerate(self.entries):
            op = ops.get(entry.op, entry.op)
            # The recorded action is English; other languages show the translated kind of change.
            values = [local_time(entry.at, fmt), entry.actor,
                      f"{op} ({entry.action})" if entry.action and fmt.lang == "en" else op,
                      field_label(model, entry.field) if entry.field else "",
                      f"{text(entry.field, entry.old)} → {text(entry.field, entry.new)}" if entry.op == "update"
                      else text(entry.field, entry.new)]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 420)
