"""A searchable, filterable, sortable table of one kind of record (activities, milestones,
people, organisations, indicator periods, action items), whose visible rows and columns export to
CSV or xlsx and copy to the clipboard as a table (``ui.list_export``)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mouplanner.services.listing import Listing
from mouplanner.services.scope import Scope
from mouplanner.ui import list_export, settings
from mouplanner.ui.date_edit import DateEdit
from mouplanner.ui.document import Document
from mouplanner.ui.labels import enum_label
from mouplanner.ui.table_model import PAGE, IdTableModel
from mouplanner.ui.tasks import Task


class RecordTable(QTableView):
    """The table: Enter opens, Delete deletes, double-click opens."""

    openRequested = Signal(str)
    deleteRequested = Signal(str)
    copyRequested = Signal()

    def current_id(self) -> str | None:
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or not isinstance(model, IdTableModel):
            return None
        return model.record_id(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        record_id = self.current_id()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and record_id:
            self.openRequested.emit(record_id)
            return
        if event.key() == Qt.Key.Key_Delete and record_id:
            self.deleteRequested.emit(record_id)
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copyRequested.emit()
            return
        super().keyPressEvent(event)


class RecordListView(QWidget):
    def __init__(self, document: Document, name: str, listing: Listing, parent: QWidget | None = None):
        super().__init__(parent)
        kinds, statuses, dates = listing.enum_of(listing.kind_col), listing.enum_of(listing.status_col), \
            listing.date_col is not None
        self.name = name
        self.shows = listing.shows  # the kinds of record whose changes it refreshes for
        self.setObjectName(f"{name}View")
        self.document = document
        self.model = IdTableModel(document, listing, self)
        self._kinds, self._statuses = kinds, statuses

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.update_query(text=text))
        self.kind_filter = self._combo(kinds, "kindFilter")
        self.status_filter = self._combo(statuses, "statusFilter")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.kind_filter, self.status_filter):
            if combo is not None:
                bar.addWidget(combo, 1)
        # the date filters and their labels exist only where the list has dates (no stray widgets)
        self.date_from: DateEdit | None = None
        self.date_to: DateEdit | None = None
        self.from_label: QLabel | None = None
        self.to_label: QLabel | None = None
        if dates:
            self.from_label, self.to_label = QLabel(self), QLabel(self)
            self.date_from = self._date_edit("dateFrom")
            self.date_to = self._date_edit("dateTo")
            self.from_label.setBuddy(self.date_from)
            self.to_label.setBuddy(self.date_to)
            for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
                bar.addWidget(widget)
        bar.addWidget(self.count_label)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportList")
        self.export_button.clicked.connect(lambda: list_export.export_list(self))
        bar.addWidget(self.export_button)
        self.exported: Path | None = None  # the file the last export wrote
        self.export_task: Task | None = None
        self.message = ""  # what the last export or copy said (also in the window's status bar)

        self.table = RecordTable(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(listing.columns.index(listing.default_sort), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # rows to copy
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(PAGE)  # measure the rows on screen, not a hundred thousand
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # which columns to show
        header.customContextMenuRequested.connect(lambda pos: list_export.column_menu(self, pos))
        self.table.copyRequested.connect(self.copy_selection)
        self.table.doubleClicked.connect(lambda index: self.table.openRequested.emit(
            self.model.record_id(index.row())))
        self.model.modelReset.connect(self._update_count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.retranslate()
        state = settings.load_state(f"table/{name}")
        self._fitted = state is not None and header.restoreState(state)  # the person's own widths stay

    # --- filters -----------------------------------------------------------------------------

    def _combo(self, enum_cls: type[Enum] | None, name: str) -> QComboBox | None:
        if enum_cls is None:
            return None
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem("", None)
        for member in enum_cls:
            combo.addItem(enum_label(member), member.value)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _date_edit(self, name: str) -> DateEdit:
        edit = DateEdit(self.document.formats, self, name=name, today=self.document.today)
        edit.setObjectName(name)
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00/00/00000") + 60)
        edit.dateChanged.connect(self._filters_changed)
        return edit

    @staticmethod
    def _date_of(edit: DateEdit | None) -> date | None:
        return None if edit is None else edit.value()

    def _filters_changed(self) -> None:
        kind = self.kind_filter.currentData() if self.kind_filter else None
        status = self.status_filter.currentData() if self.status_filter else None
        self.model.update_query(kinds=(kind,) if kind else (), statuses=(status,) if status else (),
                                date_from=self._date_of(self.date_from), date_to=self._date_of(self.date_to))

    def clear_filters(self) -> None:
        self.search.clear()
        for edit in (self.date_from, self.date_to):
            if edit is not None:
                edit.clear()
        self.set_kind(None)
        self.set_status(None)

    def set_kind(self, value: str | None) -> None:
        if self.kind_filter is not None:
            self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(value)))

    def set_status(self, value: str | None) -> None:
        if self.status_filter is not None:
            self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(value)))

    # The workspace page refreshes a view when it is shown: these only record what to show.
    def set_scope(self, scope: Scope) -> None:
        self.model.stage(scope=scope)

    def set_language(self, lang: str) -> None:
        self.model.stage(lang=lang)
        for edit in (self.date_from, self.date_to):
            if edit is not None:
                edit.set_formats(self.document.formats)

    def refresh(self) -> None:
        current = self.table.current_id()
        self.model.refresh()
        self.select(current)
        if not self._fitted and self.model.rowCount():
            self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its header and the values on screen, titles at most a third of
        the table, other columns at most a quarter; done once, then the person's widths are kept."""
        self._fitted = True
        header = self.table.horizontalHeader()
        room = max(self.table.viewport().width(), 900)
        arrow = self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMarkSize) + 16
        for column in range(self.model.columnCount()):
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            wanted = max(self.table.sizeHintForColumn(column), header.fontMetrics().horizontalAdvance(label) + arrow)
            header.resizeSection(column, min(wanted + 8, room // (3 if column == 0 else 4)))

    def select(self, record_id: str | None) -> None:
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def copy_selection(self) -> None:
        count = list_export.copy_rows(self)
        if count:
            self.say(self.tr("%n row(s) copied", "", count))

    def say_written(self, rows: int, path: Path) -> None:
        self.say(self.tr("%n row(s) written to %1", "", rows).replace("%1", str(path)))

    def say(self, text: str) -> None:
        self.message = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n record(s)", "", self.model.rowCount()))

    # --- language and state ----------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self._search_hint())
        if self.kind_filter is not None:
            self.kind_filter.setItemText(0, self.tr("All kinds"))
            for i, member in enumerate(self._kinds or [], start=1):
                self.kind_filter.setItemText(i, enum_label(member))
        if self.status_filter is not None:
            self.status_filter.setItemText(0, self.tr("All statuses"))
            for i, member in enumerate(self._statuses or [], start=1):
                self.status_filter.setItemText(i, enum_label(member))
        if self.from_label is not None and self.to_label is not None:
            self.from_label.setText(self.tr("From"))
            self.to_label.setText(self.tr("To"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr(
            "Write the list as shown (its columns, search, filters and order) to Excel or CSV. Ctrl+C copies "
            "the selected rows as a table; right-click a column's header to show or hide columns."))
        self._update_count()

    def _search_hint(self) -> str:
        hints = {
            "activities": self.tr("Search (Ctrl+F): title, place, organisation, people"),
            "milestones": self.tr("Search (Ctrl+F): title, deliverable"),
            "people": self.tr("Search (Ctrl+F): name, position, e-mail"),
            "organisations": self.tr("Search (Ctrl+F): name, short name"),
            "indicators": self.tr("Search (Ctrl+F): indicator name"),
        }
        return hints.get(self.name, self.tr("Search (Ctrl+F)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save_state(self) -> None:
        settings.save_state(f"table/{self.name}", self.table.horizontalHeader().saveState())
