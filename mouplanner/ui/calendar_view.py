"""The calendar: a month grid with visits, trainings, meetings and milestone deadlines, a filter by
kind, and an agenda of what is coming. Month names and years follow the reader's language and
era (พฤศจิกายน 2569)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouplanner.domain.enums import ActivityKind
from mouplanner.locale.text import pick
from mouplanner.services.plan_views import CALENDAR_READS, CalendarItem
from mouplanner.services.scope import Scope
from mouplanner.ui.charts import colour
from mouplanner.ui.document import Document
from mouplanner.ui.labels import enum_label

HOLIDAY_ROLE = Qt.ItemDataRole.UserRole + 4  # the public holidays of the day: "TH: Songkran Festival"
HOLIDAY = QColor("#b03a2e")
ITEMS_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 2  # (kind, title) of what the day holds
DAY_ROLE = Qt.ItemDataRole.UserRole + 3  # (day number as written, in this month, today)
AGENDA_DAYS = 60


class DayDelegate(QStyledItemDelegate):
    """A day of the month grid: its number, then one line per activity or deadline with a dot of
    its kind's colour, each title on one line cut with … (never wrapped mid-word, as Lao would
    be). Days of the months around are greyed but readable; today is tinted; the selected day
    is framed, not filled, so its text stays readable."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        number, in_month, is_today = index.data(DAY_ROLE) or ("", True, False)
        entries = index.data(ENTRIES_ROLE) or []
        off = index.data(HOLIDAY_ROLE) or []
        rect = option.rect.adjusted(1, 1, -1, -1)
        painter.save()
        painter.fillRect(rect, QColor("#fff4d6") if is_today else QColor("#fbeeee") if off and in_month
                         else QColor("white") if in_month else QColor("#f4f4f4"))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(QColor("#2f5d8a"), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        fm = QFontMetrics(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#222222") if in_month else QColor("#767676"))
        line = fm.height() + 1
        painter.drawText(rect.adjusted(4, 2, -4, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         number)
        painter.setFont(option.font)
        y = rect.top() + 2 + line
        if off:  # the holiday beside the day's number, in red
            painter.setPen(HOLIDAY if in_month else QColor("#767676"))
            shift = fm.horizontalAdvance(number + "  ") + 4
            painter.drawText(rect.left() + shift, rect.top() + 2 + fm.ascent(),
                             fm.elidedText(" · ".join(off), Qt.TextElideMode.ElideRight, rect.width() - shift - 4))
        room = max(1, int((rect.bottom() - y) // line))
        shown = entries if len(entries) <= room else entries[:max(room - 1, 0)]
        for kind, title in shown:
            painter.setBrush(colour(kind))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(rect.left() + 5, y + (line - 8) // 2, 8, 8)
            painter.setPen(QColor("#222222") if in_month else QColor("#767676"))
            text = fm.elidedText(title, Qt.TextElideMode.ElideRight, rect.width() - 22)
            painter.drawText(rect.left() + 17, y + fm.ascent(), text)
            y += line
        if len(shown) < len(entries):
            painter.setPen(QColor("#555555"))
            painter.drawText(rect.left() + 17, y + fm.ascent(),
                             QCoreApplication.translate("CalendarView", "+ %1 more")
                             .replace("%1", str(len(entries) - len(shown))))
        painter.restore()


class CalendarView(QWidget):
    openRequested = Signal(str, str)
    shows = CALENDAR_READS  # the kinds of record whose changes it refreshes for

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
        self.grid.setWordWrap(False)
        self.grid.setItemDelegate(DayDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.cellDoubleClicked.connect(self._open_cell)
        self.legend = QLabel(self)
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("agenda")
        self.agenda.setWordWrap(True)
        self.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        month_layout.addWidget(self.grid, 1)
        month_layout.addWidget(self.legend)
        split.addWidget(month)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([760, 340])
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
        items = self.document.facade.calendar_items(self.scope, min(first, today),
                               max(last, today + timedelta(days=AGENDA_DAYS)))
        self.items = [i for i in items if wanted is None or i.kind == wanted]
        off = self.document.facade.public_holidays(min(first, today), max(last, today + timedelta(days=AGENDA_DAYS)),
                                                   self.lang)
        self.title.setText(fmt.month_year(self.month, "long"))  # "พฤศจิกายน 2569"
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
            titles = [pick(i.titles, self.lang)[0] for i in entries]
            widget_item = QTableWidgetItem("\n".join([fmt.digits(str(day.day)), *titles]))  # what a screen reader reads
            widget_item.setData(ITEMS_ROLE, [(i.entity, i.id) for i in entries])
            widget_item.setData(ENTRIES_ROLE, [(i.kind, t) for i, t in zip(entries, titles, strict=True)])
            widget_item.setData(DAY_ROLE, (fmt.digits(str(day.day)), day.month == self.month.month, day == today))
            holidays = [f"{country}: {name}" for country, name in off.get(day, [])]
            widget_item.setData(HOLIDAY_ROLE, holidays)
            widget_item.setToolTip(f"{fmt.date(day, 'long')}\n" + "\n".join(holidays + [
                f"{self._kind(i.kind)}: {t}" for i, t in zip(entries, titles, strict=True)]))
            self.grid.setItem(cell // 7, cell % 7, widget_item)
        self.agenda.clear()
        coming: list[tuple[date, int, QListWidgetItem]] = []
        for day, names in off.items():  # public holidays among them, in red: plans go around them
            if today <= day <= today + timedelta(days=AGENDA_DAYS):
                entry = QListWidgetItem(f"{fmt.date(day, 'medium')}  " + self.tr("Public holiday") + ": "
                                        + "; ".join(f"{name} ({country})" for country, name in names))
                entry.setForeground(QBrush(HOLIDAY))
                coming.append((day, 0, entry))
        for n, item in enumerate(i for i in self.items if today <= i.day <= today + timedelta(days=AGENDA_DAYS)):
            entry = QListWidgetItem(f"{fmt.date(item.day, 'medium')}  {self._kind(item.kind)}: "
                                    f"{pick(item.titles, self.lang)[0]}")
            entry.setData(ITEMS_ROLE, (item.entity, item.id))
            entry.setForeground(QBrush(colour(item.kind).darker(150)))
            coming.append((item.day, n + 1, entry))
        for _day, _n, entry in sorted(coming, key=lambda c: (c[0], c[1])):
            self.agenda.addItem(entry)

    def _kind(self, kind: str) -> str:
        return self.tr("Deadline") if kind == "deadline" else enum_label(ActivityKind(kind))

    def _open_cell(self, row: int, column: int) -> None:
        cell = self.grid.item(row, column)
        entries = (cell.data(ITEMS_ROLE) if cell is not None else None) or []
        if entries:
            self.openRequested.emit(*entries[0])

    def _open_agenda(self, item: QListWidgetItem) -> None:
        if item.data(ITEMS_ROLE):  # (a public holiday opens nothing)
            self.openRequested.emit(*item.data(ITEMS_ROLE))

    def retranslate(self) -> None:
        self.kind.setItemText(0, self.tr("All kinds"))
        for i, member in enumerate(ActivityKind, start=1):
            self.kind.setItemText(i, enum_label(member))
        self.kind.setItemText(self.kind.count() - 1, self.tr("Milestone deadlines"))
        self.grid.setHorizontalHeaderLabels(self.document.formats.weekday_names())
        self.agenda_label.setText(self.tr("Coming in the next %1 days").replace("%1", str(AGENDA_DAYS)))
        dots = "&nbsp; ".join(f"<span style='color:{colour(k).name()}'>●</span> {self._kind(k)}"
                              for k in [m.value for m in ActivityKind] + ["deadline"])
        self.legend.setText(dots + f"&nbsp; <span style='color:{HOLIDAY.name()}'>■</span> " + self.tr("Public holiday"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
