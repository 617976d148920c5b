"""Choosing a record (a person, an organisation, a workstream) among thousands: type any part of
any of its names, in any language, and pick from the list that narrows as you type. A picker can
leave out what is already chosen elsewhere (a person already among an activity's participants).

The records come from one :class:`Choices` model per form and kind, shared by all of its pickers;
each picker looks at it through a filter of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from mouplanner.locale.text import sort_key

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7  # every name of the record, case-folded, for matching
ID_ROLE = Qt.ItemDataRole.UserRole


class Choices(QStandardItemModel):
    """The records a picker offers: an empty first row, then (label, id, search text) by name."""

    def __init__(self, rows: Iterable[tuple[str, Any, str]], parent: Any = None):
        super().__init__(parent)
        empty = QStandardItem("")
        empty.setData(None, ID_ROLE)
        empty.setData("", SEARCH_ROLE)
        self.appendRow(empty)
        for label, value, search in sorted(rows, key=lambda r: sort_key(r[0])):
            item = QStandardItem(label)
            item.setData(value, ID_ROLE)
            item.setData(f"{label} {search}".casefold(), SEARCH_ROLE)
            item.setToolTip(label)
            self.appendRow(item)


class _Excluding(QSortFilterProxyModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.excluded: set[Any] = set()

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        value = self.sourceModel().index(row, 0, parent).data(ID_ROLE)
        return value is None or value not in self.excluded


class RecordPicker(QComboBox):
    """An editable combo over shared :class:`Choices`; ``value()`` is the chosen id or None (also
    while the typed text names no record)."""

    def __init__(self, choices: Choices, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # as wide as the form gives it, not as its longest name (an agreement's title would push the
        # form wider than its window, behind a scroll bar); the list that opens shows names whole
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.filtered = _Excluding(self)
        self.filtered.setSourceModel(choices)
        self.setModel(self.filtered)
        completer = QCompleter(self.filtered, self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._completed)  # type: ignore[index]
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # an editable combo box has one
        line.editingFinished.connect(self._settle)

    def _completed(self, index: Any) -> None:
        """A name picked from the list of matches: that record, shown by its label."""
        value = index.data(ID_ROLE) if hasattr(index, "data") else None
        row = self.findData(value, ID_ROLE)
        if row >= 0:
            self.setCurrentIndex(row)
            # once the combo's own handler has written the matched search text into the field
            QTimer.singleShot(0, self._show_label)

    def _show_label(self) -> None:
        self.setEditText(self.itemText(self.currentIndex()))

    def _settle(self) -> None:
        """Leaving the field: text that names no record is left for the form to point out."""
        text = self.currentText().strip()
        if not text:
            self.setCurrentIndex(0)

    def value(self) -> Any:
        if self.currentText() != self.itemText(self.currentIndex()):
            return None  # typed, not picked
        return self.currentData(ID_ROLE)

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(max(0, self.findData(value, ID_ROLE)))
        line = self.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # a long name shows from its start (its code first)

    def leave_out(self, values: set[Any]) -> None:
        """Offer none of ``values`` (chosen elsewhere); the current choice stays."""
        current = self.value()
        if values - {current} == self.filtered.excluded:
            return
        self.filtered.beginFilterChange()
        self.filtered.excluded = values - {current}
        self.filtered.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.set_value(current)
