"""The timeline (Gantt chart): on the left a table of agreements, their cooperation areas and the
areas' workstreams with start, end, duration and % done; on the right their activities as bars
coloured by kind (planned; actual as a thin bar below), milestones as diamonds (hollow: planned,
filled: done on the actual date), summary spans, dependencies, a today line and the last baseline
as grey ghosts, under an axis of weeks, months, quarters or years in the reader's era. A legend says
what each mark means; Today brings today into view; zooming keeps the day in the middle where it
was. Hover shows details, double-click opens the record, dragging a bar or diamond reschedules it
(undoable, validated; not in read-only mode)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouplanner.domain.enums import ActivityKind
from mouplanner.domain.validation import ValidationError
from mouplanner.locale.text import pick
from mouplanner.services import StaleRecord
from mouplanner.services.plan_views import TIMELINE_READS, Timeline
from mouplanner.services.scope import Scope
from mouplanner.storage import WorkspaceError
from mouplanner.ui.charts import colour
from mouplanner.ui.document import Document
from mouplanner.ui.i18n import translated
from mouplanner.ui.labels import enum_label
from mouplanner.ui.timeline.scene import AXIS_H, LANE_H, ZOOMS, TimelineScene

MAX_ITEMS = 5000  # more bars than anyone can read; the navigator narrows the scope
MARGIN_DAYS = 45


class _RowDelegate(QStyledItemDelegate):
    """Rows exactly as high as the chart's lanes, so each row stands beside its bars."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), int(LANE_H))


class TimelineView(QWidget):
    openRequested = Signal(str, str)  # entity, id
    shows = TIMELINE_READS  # the kinds of record whose changes it refreshes for

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.document = document
        self.scope = Scope()
        self.lang = "en"
        self.zoom_key = "month"
        self.ppd = ZOOMS["month"][0]
        self.origin = date.today()
        self.last = date.today()
        self.data = Timeline()
        self.items: dict[tuple[str, str], Any] = {}
        self.lane_y: dict[str, float] = {}
        self.today_line: QGraphicsLineItem | None = None
        self.holiday_bands: list[QGraphicsRectItem] = []  # the public holidays over the lanes
        self._centred: tuple[date, int] | None = None
        self.ticks: dict[str, list[date]] = {}  # unit -> the days the axis marks (tests read them)

        self.zoom = QComboBox(self)
        self.zoom.setObjectName("zoom")
        for key in ZOOMS:
            self.zoom.addItem("", key)
        self.zoom.setCurrentIndex(1)
        self.zoom.currentIndexChanged.connect(lambda _i: self.set_zoom(self.zoom.currentData()))
        self.today_button = QPushButton(self)
        self.today_button.setObjectName("today")
        self.today_button.clicked.connect(self.show_today)
        self.baseline_button = QPushButton(self)
        self.baseline_button.setObjectName("saveBaseline")
        self.baseline_button.clicked.connect(self.save_baseline)
        self.baseline_button.setEnabled(not document.read_only)
        self.baseline_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b03a2e;")
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        for widget in (self.zoom, self.today_button, self.baseline_button):
            bar.addWidget(widget)
        bar.addWidget(self.baseline_label, 1)
        bar.addWidget(self.message, 2)
        self.legend = QLabel(self)
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)

        self.table = QTreeWidget(self)
        self.table.setObjectName("timelineTable")
        self.table.setColumnCount(5)
        self.table.setRootIsDecorated(False)
        self.table.setItemsExpandable(False)
        self.table.setUniformRowHeights(True)
        self.table.setIndentation(14)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # as high as the chart's
        self.table.header().setFixedHeight(int(AXIS_H))
        self.table.header().setStretchLastSection(False)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.header().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.itemDoubleClicked.connect(self._row_opened)
        self.table.setItemDelegate(_RowDelegate(self.table))
        self._sized = False
        self.scene, self.axis_scene = QGraphicsScene(self), QGraphicsScene(self)
        self.axis = QGraphicsView(self.axis_scene, self)
        self.axis.setObjectName("timelineAxis")
        self.axis.setFixedHeight(int(AXIS_H))
        self.view = QGraphicsView(self.scene, self)
        self.view.setObjectName("timelineCanvas")
        for canvas in (self.axis, self.view):
            canvas.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            canvas.setFrameShape(QFrame.Shape.NoFrame)
            canvas.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.axis.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.axis.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.viewport().installEventFilter(self)
        self.view.horizontalScrollBar().valueChanged.connect(self.axis.horizontalScrollBar().setValue)
        self.view.verticalScrollBar().valueChanged.connect(self.table.verticalScrollBar().setValue)
        self.table.verticalScrollBar().valueChanged.connect(self.view.verticalScrollBar().setValue)
        chart = QWidget(self)
        box = QVBoxLayout(chart)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.axis)
        box.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("timelineSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chart)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    # --- geometry -------------------------------------------------------------------------------

    def x_of(self, day: date) -> float:
        return (day - self.origin).days * self.ppd

    def day_at(self, x: float) -> date:
        return self.origin + timedelta(days=round(x / self.ppd))

    def centre_day(self) -> date:
        """The day in the middle of the view; the one zooming centred on while nobody has scrolled
        since (a pixel is several days at the widest zooms: zooming in and out must not drift)."""
        if self._centred is not None and self._centred[1] == self.view.horizontalScrollBar().value():
            return self._centred[0]
        return self.day_at(self.view.mapToScene(self.view.viewport().rect().center()).x())

    def title_of(self, titles: dict[str, str]) -> str:
        return pick(titles, self.lang)[0]

    # --- data -----------------------------------------------------------------------------------

    # The workspace page refreshes a view when it is shown: these only record what to show.
    def set_scope(self, scope: Scope) -> None:
        self.scope = scope

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def set_zoom(self, key: str) -> None:
        """Another scale; the day in the middle of the view stays in the middle."""
        centre = self.centre_day()
        self.zoom_key, self.ppd = key, ZOOMS[key][0]
        self.zoom.blockSignals(True)
        self.zoom.setCurrentIndex(list(ZOOMS).index(key))
        self.zoom.blockSignals(False)
        self.build()
        self.centre_on(centre)

    def centre_on(self, day: date) -> None:
        half = self.view.viewport().width() / 2
        scroll = self.view.horizontalScrollBar()
        scroll.setValue(int(self.x_of(day) - half))
        self._centred = (day, scroll.value())

    def refresh(self) -> None:
        if self.document.facade.count_items(self.scope) > MAX_ITEMS:
            self.data = Timeline()
            self.build()
            self.message.setText(self.tr("More than %1 activities: choose an agreement, a cooperation area or a "
                                         "workstream in the navigator to see its timeline.")
                                 .replace("%1", str(MAX_ITEMS)))
            return
        self.message.clear()
        keep = self.centre_day() if self.data.lanes else None
        self.data = self.document.facade.timeline(self.scope)
        span = self.data.span()
        today = self.document.today()
        first = min(span[0], today) if span else today - timedelta(days=30)
        last = max(span[1], today) if span else today + timedelta(days=60)
        first = min([first, *(lane.start for lane in self.data.lanes if lane.start)])
        last = max([last, *(lane.end for lane in self.data.lanes if lane.end)])
        self.origin = date(first.year, 1, 1) - timedelta(days=MARGIN_DAYS)
        self.last = date(last.year + 1, 1, 1) + timedelta(days=MARGIN_DAYS)
        self.build()
        if keep is not None:
            self.centre_on(keep)
        else:
            self.show_today()

    def build(self) -> None:
        self.scene.clear()
        self.axis_scene.clear()
        self.items.clear()
        self.lane_y.clear()
        self.today_line = None
        TimelineScene(self).build(self.origin, self.last)
        self._fill_table()
        self.baseline_label.setText(self.tr("Grey: baseline %1").replace("%1", self.data.baseline)
                                    if self.data.baseline else "")

    def _fill_table(self) -> None:
        fmt = self.document.formats
        self.table.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        indent = {"agreement": "", "area": "   ", "workstream": "      "}
        for lane in self.data.lanes:
            days = lane.days
            done = lane.percent_done
            item = QTreeWidgetItem([indent[lane.kind] + self.title_of(lane.titles), fmt.date(lane.start, "short"),
                                    fmt.date(lane.end, "short"), self.duration(days),
                                    f"{fmt.number(round(done))} %" if done is not None else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, (lane.kind, lane.id))
            item.setToolTip(0, self.title_of(lane.titles))
            for column in range(5):
                if column:
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if lane.kind != "workstream":
                    item.setFont(column, bold)
                    item.setBackground(column, QColor("#dfe7f1" if lane.kind == "agreement" else "#eef2f7"))
            self.table.addTopLevelItem(item)
        header = self.table.header()
        for column in range(5):
            self.table.resizeColumnToContents(column)
        total = sum(self.splitter.sizes()) or self.width()
        others = sum(header.sectionSize(c) for c in range(1, 5))
        header.resizeSection(0, max(180, min(header.sectionSize(0), 340, int(total * 0.5) - others - 8)))
        if not self._sized:  # the first time: as wide as the table's columns; later the person's choice
            self._sized = True
            wanted = min(header.sectionSize(0) + others + 8, int(total * 0.5))
            self.splitter.setSizes([wanted, total - wanted])

    def duration(self, days: int | None) -> str:
        """Days for short spans, months for longer ones, years beyond three: what a planner reads."""
        if not days:
            return ""
        fmt = self.document.formats
        if days < 90:
            text = self.tr("%1 day") if days == 1 else self.tr("%1 days")
            return text.replace("%1", fmt.number(days))
        months = round(days / 30.44)
        if months < 36:
            return self.tr("%1 months").replace("%1", fmt.number(months))
        return self.tr("%1 years").replace("%1", fmt.number(round(days / 365.25, 1), 1))

    def _row_opened(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, record_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.openRequested.emit(kind, record_id)

    def show_today(self) -> None:
        """Today a third of the way in from the left: what just happened and what comes next."""
        third = self.view.viewport().width() / 3
        self.view.horizontalScrollBar().setValue(int(self.x_of(self.document.today()) - third))

    def scroll_to(self, day: date) -> None:
        self.view.horizontalScrollBar().setValue(int(self.x_of(day) - 80))

    # --- actions --------------------------------------------------------------------------------

    def move_item(self, kind: str, record_id: str, days: int) -> bool:
        self.message.clear()
        what = self.tr("reschedule “%1”").replace("%1", self._item_title(kind, record_id))
        try:
            self.document.run(what, lambda: self.document.facade.reschedule(kind, record_id, days))
        except ValidationError as exc:
            self.message.setText("; ".join(translated(p, self.document.formats) for p in exc.problems
                                           if p.severity == "error"))
            self.build()  # back where it was
            return False
        except (StaleRecord, WorkspaceError) as exc:
            self.message.setText(translated(exc, self.document.formats))
            self.refresh()
            return False
        return True

    def _item_title(self, kind: str, record_id: str) -> str:
        pool = self.data.bars if kind == "activity" else self.data.diamonds
        return next((self.title_of(i.titles) for i in pool if i.id == record_id), "")

    def save_baseline(self) -> None:
        name = self.document.formats.date(self.document.today(), "medium")
        try:
            self.document.run(self.tr("save baseline"), lambda: self.document.facade.save_baseline(name))
        except WorkspaceError as exc:
            self.message.setText(translated(exc, self.document.formats))

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            keys = list(ZOOMS)
            i = keys.index(self.zoom_key) + (1 if event.angleDelta().y() < 0 else -1)
            self.set_zoom(keys[max(0, min(len(keys) - 1, i))])
            return True
        return super().eventFilter(watched, event)

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Weeks"), self.tr("Months"), self.tr("Quarters"), self.tr("Years"))):
            self.zoom.setItemText(i, text)
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Bring today into view"))
        self.baseline_button.setText(self.tr("Save baseline"))
        self.baseline_button.setToolTip(self.tr("Keep today's planned dates, to show slippage later"))
        self.table.setHeaderLabels([self.tr("Agreement, area, workstream"), self.tr("Start"), self.tr("End"),
                                    self.tr("Duration"), self.tr("% done")])
        self.legend.setText(self._legend())

    def _legend(self) -> str:
        def swatch(colour_name: str) -> str:
            return f"<span style='background:{colour_name}; color:{colour_name}'>&nbsp;&nbsp;&nbsp;</span>"

        kinds = "&nbsp; ".join(f"{swatch(colour(k.value).name())} {enum_label(k)}" for k in ActivityKind)
        marks = [("◇", self.tr("milestone planned")), ("◆", self.tr("milestone done")),
                 ("▬", self.tr("actual dates")), ("┆", self.tr("baseline (grey, dashed)")),
                 ("<span style='color:#d62728'>│</span>", self.tr("today"))]
        return kinds + "&nbsp;&nbsp; · &nbsp;" + "&nbsp; ".join(f"{m} {t}" for m, t in marks)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
