"""When someone else saved the same fields of a record while it was open in a form (a workspace on
a server): both values of each field side by side, with who changed it and when; the person
chooses, field by field, and the form saves what they chose."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mouplanner.domain import Record
from mouplanner.locale.marks import fill
from mouplanner.services.concurrent import EditConflict
from mouplanner.ui.field_text import field_label, local_time, value_text


class ClashDialog(QDialog):
    def __init__(self, conflict: EditConflict, model: type[Record], document: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clashDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.conflict = conflict
        who, when = conflict.params["who"], local_time(conflict.params["when"], document.formats)
        note = QLabel(fill(self.tr("{who} saved this record at {when}, after you opened it, and changed fields "
                                   "you changed too. Choose the value to keep for each:"), {"who": who, "when": when}),
                      self)
        note.setWordWrap(True)
        grid = QGridLayout()
        for column, heading in enumerate((self.tr("Field"), fill(self.tr("Saved by {who}"), {"who": who}),
                                          self.tr("Yours"))):
            label = QLabel(heading, self)
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, column)
        self.keep_theirs: dict[str, QRadioButton] = {}
        for row, clash in enumerate(conflict.clashes, start=1):
            theirs = QRadioButton(value_text(model, clash.field, clash.theirs, document), self)
            mine = QRadioButton(value_text(model, clash.field, clash.mine, document), self)
            theirs.setObjectName(f"theirs_{clash.field}")
            mine.setObjectName(f"mine_{clash.field}")
            mine.setChecked(True)
            group = QButtonGroup(self)  # (one choice per field)
            group.addButton(theirs)
            group.addButton(mine)
            grid.addWidget(QLabel(field_label(model, clash.field), self), row, 0)
            grid.addWidget(theirs, row, 1)
            grid.addWidget(mine, row, 2)
            self.keep_theirs[clash.field] = theirs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Save my choice"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back to the form"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def theirs_kept(self) -> dict[str, Any]:
        """The fields whose value saved by the other person is kept, with that value."""
        return {c.field: c.theirs for c in self.conflict.clashes if self.keep_theirs[c.field].isChecked()}


__all__ = ["ClashDialog"]
