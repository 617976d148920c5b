"""The calendar: a month grid with visits, trainings, meetings and milestone deadlines, a filter by
kind, and an agenda of what is coming. Month names and years follow the reader's language and
era (พฤศจิกายน 2569)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from mouplanner.domain.enums import ActivityKind
from mouplanner.locale.text import pick
from mouplanner.services.plan_views import CalendarItem, calendar_items
from mouplanner.services.scope import Scope
from mouplanner.ui.charts import colour
from mouplanner.ui.document import Document
from mouplanner.ui.labels import enum_label

ITEMS_ROLE = Qt.ItemDataRole.UserRole + 1
AGENDA_DAYS = 60


class CalendarView(QWidget):
    openRequested = Signal(str, str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.document = document
        self.scope = Scope()
        self.lang = "en"
        today = document.today()
        self.month = date(today.year, today.month, 1)
        self.items: list[CalendarItem] = []
        self.previous = QPushButton("◀", self)
        self.previous.setObjectName("previousMonth")
        self.next = QPushButton("▶", self)
        self.next.setObjectName("nextMonth")
        self.title = QLabel(self)
        self.title.setObjectName("monthTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kindFilter")
        self.kind.addItem("", None)
        for member in ActivityKind:
            self.kind.addItem("", member.value)
        self.kind.addItem("", "deadline")
        self.previous.clicked.connect(lambda: self.show_month(self._shift(-1)))
        self.next.clicked.connect(lambda: self.show_month(self._shift(1)))
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        bar = QHBoxLayout()
        for w in (self.previous, self.title, self.next):
            bar.addWidget(w)
        bar.addStretch()
        bar.addWidget(self.kind)
        self.grid = QTableWidget(6, 7, self)
        self.grid.setObjectName("monthGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setWordWrap(True)
        self.grid.cellDoubleClicked.connect(self._open_cell)
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("agenda")
        self.agenda.itemActivated.connect(self._open_agenda)
        self.agenda.itemDoubleClicked.connect(self._open_agenda)
        self.agenda_label = QLabel(self)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.agenda_label)
        side_layout.addWidget(self.agenda)
        split = QSplitter(self)
        month = QWidget(self)
        month_layout = QVBoxLayout(month)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addLayout(bar)
        month_layout.addWidget(self.grid)
        split.addWidget(month)
        split.addWidget(side)
        split.setSizes([700, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self.retranslate()

    def _shift(self, months: int) -> date:
        m = self.month.month - 1 + months
        return date(self.month.year + m // 12, m % 12 + 1, 1)

    # The workspace page refreshes a view when it is shown: these only record what to show.
    def set_scope(self, scope: Scope) -> None:
        self.scope = scope

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def show_month(self, month: date) -> None:
        self.month = date(month.year, month.month, 1)
        self.refresh()

    def first_cell(self) -> date:
        return self.month - timedelta(days=self.month.weekday())  # weeks start on Monday

    def cell_of(self, day: date) -> tuple[int, int]:
        offset = (day - self.first_cell()).days
        return offset // 7, offset % 7

    def refresh(self) -> None:
        fmt = self.document.formats
        first = self.first_cell()
        last = first + timedelta(days=41)
        wanted = self.kind.currentData()
        today = self.document.today()
        items = calendar_items(self.document.ws, self.scope, min(first, today), max(last, today + timedelta(days=AGENDA_DAYS)))
        self.items = [i for i in items if wanted is None or i.kind == wanted]
        long_date = fmt.date(self.month, "long")
        self.title.setText(long_date.split(" ", 1)[-1])  # "พฤศจิกายน 2569"
        by_day: dict[date, list[CalendarItem]] = {}
        for item in self.items:
            for n in range(item.days):
                day = item.day + timedelta(days=n)
                # a long activity shows on its first day, then on Mondays and on the 1st of a month
                if item.days <= 7 or n == 0 or day.weekday() == 0 or day.day == 1:
                    by_day.setdefault(day, []).append(item)
        for cell in range(42):
            day = first + timedelta(days=cell)
            entries = by_day.get(day, [])
            lines = [fmt.digits(str(day.day))] + [f"• {pick(i.titles, self.lang)[0]}" for i in entries[:4]]
            if len(entries) > 4:
                lines.append("…")
            widget_item = QTableWidgetItem("\n".join(lines))
            widget_item.setData(ITEMS_ROLE, [(i.entity, i.id) for i in entries])
            widget_item.setToolTip("\n".join(f"{self._kind(i.kind)}: {pick(i.titles, self.lang)[0]}" for i in entries))
            widget_item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if day.month != self.month.month:
                widget_item.setForeground(QBrush(QColor("#aaaaaa")))
            if day == today:
                widget_item.setBackground(QBrush(QColor("#fff4d6")))
            elif entries:
                widget_item.setBackground(QBrush(colour(entries[0].kind).lighter(185)))
            self.grid.setItem(cell // 7, cell % 7, widget_item)
        self.agenda.clear()
        for item in [i for i in self.items if today <= i.day <= today + timedelta(days=AGENDA_DAYS)]:
            entry = QListWidgetItem(f"{fmt.date(item.day, 'medium')}  {self._kind(item.kind)}: "
                                    f"{pick(item.titles, self.lang)[0]}")
            entry.setData(ITEMS_ROLE, (item.entity, item.id))
            entry.setForeground(QBrush(colour(item.kind).darker(150)))
            self.agenda.addItem(entry)

    def _kind(self, kind: str) -> str:
        return self.tr("Deadline") if kind == "deadline" else enum_label(ActivityKind(kind))

    def _open_cell(self, row: int, column: int) -> None:
        entries = self.grid.item(row, column).data(ITEMS_ROLE) or []
        if entries:
            self.openRequested.emit(*entries[0])

    def _open_agenda(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(*item.data(ITEMS_ROLE))

    def retranslate(self) -> None:
        self.kind.setItemText(0, self.tr("All kinds"))
        for i, member in enumerate(ActivityKind, start=1):
            self.kind.setItemText(i, enum_label(member))
        self.kind.setItemText(self.kind.count() - 1, self.tr("Milestone deadlines"))
        self.grid.setHorizontalHeaderLabels(self.document.formats.weekday_names())
        self.agenda_label.setText(self.tr("Coming in the next %1 days").replace("%1", str(AGENDA_DAYS)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
