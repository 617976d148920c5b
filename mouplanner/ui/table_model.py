"""A table model over record ids: filtering and sorting happen in SQL (``services.listing``),
and rows are fetched a page at a time when the view paints them. No proxy model, no item per
cell, so 100,000 rows cost a list of ids and the pages on screen."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from mouplanner.services.listing import Cell, Listing, ListQuery, PlainList
from mouplanner.ui.display import format_value, is_number
from mouplanner.ui.document import Document
from mouplanner.ui.i18n import LANGUAGES
from mouplanner.ui.labels import column_label

PAGE = 50  # rows fetched together: a screenful (each search keystroke fetches the first one again)
MAX_CACHED_ROWS = 5000
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
LATE_COLOUR = QBrush(QColor("#b03a2e"))


@cache
def overdue_icon() -> QIcon:
    """A small red circle with "!": an overdue row, seen at a glance in the first column."""
    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#b03a2e"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 14, 14)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(12)
    painter.setFont(font)
    painter.drawText(pix.rect(), int(Qt.AlignmentFlag.AlignCenter), "!")
    painter.end()
    return QIcon(pix)


class IdTableModel(QAbstractTableModel):
    def __init__(self, document: Document, listing: Listing, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.listing = listing
        self.query = ListQuery(sort=listing.default_sort)
        self._ids: list[str] = []
        self._base: PlainList | None = None  # the ids without search text, for searches to filter
        self._cache: dict[str, list[Cell]] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self.loaded = False  # the first query runs when the view is first shown (refresh)

    # --- query -------------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        """Read the rows, then show them: a read that fails (a server out of reach) leaves the rows
        shown before as they were, and the model whole."""
        ids, base = self.document.facade.list_ids(self.listing, query, self._base)
        self.loaded = True
        self.beginResetModel()
        self.query = query
        self._ids, self._base = ids, base
        self._cache.clear()
        self.endResetModel()

    def update_query(self, **changes: Any) -> None:
        query = replace(self.query, **changes)
        if self.loaded and query.effective() != self.query.effective():
            self.set_query(query)
        else:  # not shown yet, or the same rows (a search still too short to filter): no query
            self.query = query

    def stage(self, **changes: Any) -> None:
        """Change the query without running it: it runs at the next refresh."""
        self.query = replace(self.query, **changes)

    def refresh(self) -> None:
        self._base = None  # the data may have changed
        self.set_query(self.query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.listing.columns[column]
        self.update_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)

    def record_id(self, row: int) -> str:
        return self._ids[row]

    def ids(self) -> list[str]:
        """The rows' ids, as shown: searched, filtered and sorted."""
        return self._ids

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    # --- model -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.listing.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            key = self.listing.columns[section]
            own = self.listing.headers.get(key)
            return QCoreApplication.translate("Form", own) if own else column_label(key)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def _cells(self, row: int) -> list[Cell]:
        record_id = self._ids[row]
        cells = self._cache.get(record_id)
        if cells is None:
            start = row - row % PAGE
            page = self._ids[start:start + PAGE]
            if len(self._cache) > MAX_CACHED_ROWS:
                self._cache.clear()
            self._cache.update(self.document.facade.list_rows(self.listing, page, self.query.lang))
            cells = self._cache.get(record_id) or [Cell(None)] * len(self.listing.columns)
        return cells

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.DecorationRole):
            return None
        cells = self._cells(index.row())
        cell = cells[index.column()]
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole):
            if not self.listing.is_late(cells, self.document.today()):
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return LATE_COLOUR
            return overdue_icon() if index.column() == 0 else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_value(cell.value, self.document.formats)
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if cell.fallback else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.listing.is_late(cells, self.document.today()) and index.column() == 0:
                return self.tr("Overdue: planned for %1").replace(
                    "%1", format_value(cells[self.listing.columns.index(self.listing.due[0])].value,  # type: ignore[index]
                                       self.document.formats))
            if cell.fallback:
                return self.tr("Shown in %1: no text in this language yet").replace(
                    "%1", LANGUAGES[cell.fallback])
            return format_value(cell.value, self.document.formats) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and is_number(cell.value):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
