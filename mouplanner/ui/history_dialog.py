"""The change history of one record, from the journal: when, who, what, old -> new."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from mouplanner.services.history import ChangeRow, history
from mouplanner.ui.document import Document


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()) if v not in (None, ""))
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class HistoryDialog(QDialog):
    def __init__(self, document: Document, record_id: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        self.entries: list[ChangeRow] = history(document.ws, record_id)
        self.table = QTableWidget(len(self.entries), 5, self)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("Change"),
                                              self.tr("Field"), self.tr("Old → new")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        ops = {"create": self.tr("Created"), "update": self.tr("Changed"), "delete": self.tr("Deleted"),
               "restore": self.tr("Restored")}
        fmt = document.formats
        for row, entry in enumerate(self.entries):
            change = entry.old if entry.op == "update" else None
            op = ops.get(entry.op, entry.op)
            # The recorded action is English; other languages show the translated kind of change.
            values = [f"{fmt.date(entry.at.date(), 'medium')} {fmt.digits(entry.at.strftime('%H:%M'))}", entry.actor,
                      f"{op} ({entry.action})" if entry.action and fmt.lang == "en" else op,
                      entry.field or "",
                      f"{_text(change)} → {_text(entry.new)}" if entry.op == "update" else _text(entry.new)]
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
