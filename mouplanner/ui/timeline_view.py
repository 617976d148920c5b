"""The timeline (Gantt-style): workstreams as rows grouped by area, activities as bars coloured
by kind (planned; actual as a thin bar below), milestones as diamonds (hollow: planned, filled:
done on the actual date), dependencies between milestones, a today line, the last baseline as
grey ghosts, and an axis in weeks, months, quarters or years with BE or CE years. Hover shows
details, double-click opens the record, dragging a bar or diamond reschedules it (undoable,
validated)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox, QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem, QGraphicsPolygonItem, QGraphicsRectItem,
    QGraphicsScene, QGraphicsSceneMouseEvent, QGraphicsView, QHBoxLayout, QLabel,
    QPushButton, QVBoxLayout, QWidget,
)

from mouplanner.domain.validation import ValidationError
from mouplanner.locale.text import pick
from mouplanner.services import StaleRecord
from mouplanner.storage import WorkspaceError
from mouplanner.services.plan_views import Timeline, count_items, reschedule, save_baseline, timeline
from mouplanner.services.scope import Scope
from mouplanner.ui.charts import colour
from mouplanner.ui.document import Document
from mouplanner.ui.i18n import translated
from mouplanner.ui.labels import enum_label
from mouplanner.domain.enums import ActivityKind, MilestoneStatus

ZOOMS = {"week": 28.0, "month": 7.0, "quarter": 2.4, "year": 0.7}  # pixels per day
LANE_H = 30.0
AXIS_H = 36.0
LABEL_W = 260.0
MAX_ITEMS = 5000  # more bars than anyone can read; the navigator narrows the scope


class _Draggable:
    """Shared by bars and diamonds: horizontal drag snapped to days, reported on release."""

    view: "TimelineView"
    kind: str
    record_id: str

    def setup(self, view: "TimelineView", kind: str, record_id: str, tooltip: str) -> None:
        self.view, self.kind, self.record_id = view, kind, record_id
        movable = not view.document.read_only
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)  # type: ignore[attr-defined]
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)  # type: ignore[attr-defined]
        self.setToolTip(tooltip)  # type: ignore[attr-defined]
        if movable:
            self.setCursor(Qt.CursorShape.SizeHorCursor)  # type: ignore[attr-defined]
        self.setAcceptHoverEvents(True)  # type: ignore[attr-defined]

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            return QPointF(value.x(), 0.0)  # only along the time axis
        return super().itemChange(change, value)  # type: ignore[misc]

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)  # type: ignore[misc]
        days = round(self.pos().x() / self.view.ppd)  # type: ignore[attr-defined]
        if days:
            self.view.move_item(self.kind, self.record_id, days)
        else:
            self.setPos(0, 0)  # type: ignore[attr-defined]

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.view.openRequested.emit(self.kind, self.record_id)


class BarItem(_Draggable, QGraphicsRectItem):
    pass


class DiamondItem(_Draggable, QGraphicsPolygonItem):
    pass


class TimelineView(QWidget):
    openRequested = Signal(str, str)  # entity, id

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.document = document
        self.scope = Scope()
        self.lang = "en"
        self.ppd = ZOOMS["month"]
        self.origin = date.today()
        self.data = Timeline()
        self.items: dict[tuple[str, str], QGraphicsItem] = {}
        self.lane_y: dict[str, float] = {}
        self.zoom = QComboBox(self)
        self.zoom.setObjectName("zoom")
        for key in ZOOMS:
            self.zoom.addItem("", key)
        self.zoom.setCurrentIndex(1)
        self.zoom.currentIndexChanged.connect(lambda _i: self.set_zoom(self.zoom.currentData()))
        self.baseline_button = QPushButton(self)
        self.baseline_button.setObjectName("saveBaseline")
        self.baseline_button.clicked.connect(self.save_baseline)
        self.baseline_button.setEnabled(not document.read_only)
        self.baseline_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b03a2e;")
        bar = QHBoxLayout()
        bar.addWidget(self.zoom)
        bar.addWidget(self.baseline_button)
        bar.addWidget(self.baseline_label, 1)
        bar.addWidget(self.message, 2)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setObjectName("timelineCanvas")
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.view.viewport().installEventFilter(self)
        self.view.horizontalScrollBar().valueChanged.connect(self._pin_labels)
        self.labels: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.retranslate()

    # --- geometry -------------------------------------------------------------------------------

    def x_of(self, day: date) -> float:
        return LABEL_W + (day - self.origin).days * self.ppd

    def day_at(self, x: float) -> date:
        return self.origin + timedelta(days=round((x - LABEL_W) / self.ppd))

    # --- data -----------------------------------------------------------------------------------

    # The workspace page refreshes a view when it is shown: these only record what to show.
    def set_scope(self, scope: Scope) -> None:
        self.scope = scope

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def set_zoom(self, key: str) -> None:
        centre = self.day_at(self.view.mapToScene(self.view.viewport().rect().center()).x())
        self.ppd = ZOOMS[key]
        self.zoom.setCurrentIndex(list(ZOOMS).index(key))
        self.build()
        self.view.centerOn(self.x_of(centre), self.view.mapToScene(self.view.viewport().rect().center()).y())

    def refresh(self) -> None:
        if count_items(self.document.ws, self.scope) > MAX_ITEMS:
            self.data = Timeline()
            self.build()
            self.message.setText(self.tr("More than %1 activities: choose an agreement, a cooperation area or a "
                                         "workstream in the navigator to see its timeline.").replace("%1", str(MAX_ITEMS)))
            return
        self.message.clear()
        self.data = timeline(self.document.ws, self.scope)
        span = self.data.span()
        today = self.document.today()
        first = min(span[0], today) if span else today - timedelta(days=30)
        self.origin = date(first.year, first.month, 1) - timedelta(days=14)
        self.build()
        self.scroll_to(today - timedelta(days=60))

    def _title(self, titles: dict[str, str]) -> str:
        return pick(titles, self.lang)[0]

    def build(self) -> None:
        self.scene.clear()
        self.items.clear()
        self.lane_y.clear()
        self.labels = []
        fmt = self.document.formats
        span = self.data.span()
        today = self.document.today()
        last = max(span[1], today) if span else today + timedelta(days=60)
        width = self.x_of(last + timedelta(days=45))
        y = AXIS_H
        for lane in self.data.lanes:
            if lane.kind == "area":
                self.scene.addRect(QRectF(0, y, width, LANE_H), QPen(Qt.PenStyle.NoPen), QBrush(QColor("#eef2f7")))
            else:
                self.lane_y[lane.id] = y
                self.scene.addLine(0, y + LANE_H, width, y + LANE_H, QPen(QColor("#e6e6e6")))
            # the lane's name stays at the left edge while the time axis scrolls (see _pin_labels)
            label = self.scene.addRect(QRectF(0, 0, LABEL_W - 6, LANE_H - 2), QPen(Qt.PenStyle.NoPen),
                                       QBrush(QColor("#eef2f7" if lane.kind == "area" else "white")))
            text = self.scene.addSimpleText(("" if lane.kind == "area" else "   ") + self._title(lane.titles))
            text.setParentItem(label)
            text.setPos(4, 6)
            if lane.kind == "area":
                text.setFont(self._bold())
            text.setToolTip(self._title(lane.titles))
            label.setPos(0, y + 1)
            label.setZValue(10)
            self.labels.append(label)
            y += LANE_H
        height = y
        self._axis(width, height, fmt)
        for bar in self.data.bars:
            self._bar(bar, fmt)
        for m in self.data.diamonds:
            self._diamond(m, fmt)
        for milestone, depends_on in self.data.dependencies:
            self._dependency(milestone, depends_on)
        today_x = self.x_of(today)
        line = self.scene.addLine(today_x, 0, today_x, height, QPen(QColor("#d62728"), 2))
        line.setZValue(5)
        line.setToolTip(self.tr("Today"))
        self.today_line: QGraphicsLineItem = line
        self.scene.setSceneRect(QRectF(0, 0, width, height + 10))
        self.baseline_label.setText(self.tr("Grey: baseline %1").replace("%1", self.data.baseline)
                                    if self.data.baseline else "")
        self._pin_labels()

    def _pin_labels(self, *_args: object) -> None:
        left = self.view.mapToScene(0, 0).x()
        for label in self.labels:
            label.setX(max(0.0, left))

    def scroll_to(self, day: date) -> None:
        self.view.horizontalScrollBar().setValue(int(self.x_of(day) - LABEL_W - 80))

    def _bold(self) -> Any:
        font = self.font()
        font.setBold(True)
        return font

    def _axis(self, width: float, height: float, fmt: Any) -> None:
        step_months = {28.0: 0, 7.0: 1, 2.4: 3, 0.7: 12}[self.ppd]
        day = self.origin
        if step_months == 0:
            day -= timedelta(days=day.weekday())
        else:
            day = date(day.year, day.month, 1)
        while self.x_of(day) < width:
            x = self.x_of(day)
            self.scene.addLine(x, AXIS_H - 6, x, height, QPen(QColor("#eeeeee")))
            if step_months == 12:
                label = fmt.digits(str(fmt.year(day.year)))
            elif step_months == 0:
                label = fmt.date(day, "short")
            else:
                label = fmt.date(day, "medium").split(" ", 1)[-1]  # month and year, in the reader's era
            text = self.scene.addSimpleText(label)
            text.setPos(x + 2, 4)
            if step_months == 0:
                day += timedelta(days=7)
            else:
                month = day.month - 1 + step_months
                day = date(day.year + month // 12, month % 12 + 1, 1)

    def _bar(self, bar: Any, fmt: Any) -> None:
        y = self.lane_y.get(bar.workstream_id)
        if y is None or not bar.planned_start:
            return
        end = bar.planned_end or bar.planned_start
        if bar.baseline_start and (bar.baseline_start, bar.baseline_end) != (bar.planned_start, bar.planned_end):
            ghost_end = bar.baseline_end or bar.baseline_start
            self.scene.addRect(QRectF(self.x_of(bar.baseline_start), y + 5,
                                      self.x_of(ghost_end + timedelta(days=1)) - self.x_of(bar.baseline_start), 14),
                               QPen(QColor("#999999"), 1, Qt.PenStyle.DashLine), QBrush(Qt.BrushStyle.NoBrush))
        rect = QRectF(self.x_of(bar.planned_start), y + 6, self.x_of(end + timedelta(days=1)) - self.x_of(bar.planned_start), 12)
        item = BarItem(rect)
        item.setBrush(QBrush(colour(bar.kind)))
        item.setPen(QPen(colour(bar.kind).darker(130)))
        title = self._title(bar.titles)
        item.setup(self, "activity", bar.id, f"{title}\n{enum_label(ActivityKind(bar.kind))}\n"
                                             f"{fmt.date(bar.planned_start, 'long')} – {fmt.date(end, 'long')}")
        item.setZValue(3)
        self.scene.addItem(item)
        self.items[("activity", bar.id)] = item
        if bar.actual_start:
            actual_end = bar.actual_end or self.document.today()
            actual = self.scene.addRect(QRectF(self.x_of(bar.actual_start), y + 20,
                                               self.x_of(actual_end + timedelta(days=1)) - self.x_of(bar.actual_start), 4),
                                        QPen(Qt.PenStyle.NoPen), QBrush(QColor("#333333")))
            actual.setToolTip(self.tr("Actual: %1 – %2").replace("%1", fmt.date(bar.actual_start, "long"))
                              .replace("%2", fmt.date(bar.actual_end, "long") if bar.actual_end else "…"))

    def _diamond_shape(self, x: float, y: float, r: float = 8.0) -> QPolygonF:
        return QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])

    def _diamond(self, m: Any, fmt: Any) -> None:
        y = self.lane_y.get(m.workstream_id)
        if y is None or not m.planned:
            return
        mid = y + LANE_H / 2
        if m.baseline and m.baseline != m.planned:
            ghost = self.scene.addPolygon(self._diamond_shape(self.x_of(m.baseline), mid, 6),
                                          QPen(QColor("#999999"), 1, Qt.PenStyle.DashLine))
            ghost.setToolTip(self.tr("Baseline: %1").replace("%1", fmt.date(m.baseline, "long")))
        item = DiamondItem(self._diamond_shape(self.x_of(m.planned), mid))
        item.setPen(QPen(colour(m.status).darker(140), 2))
        item.setBrush(QBrush(QColor("white")))
        status = enum_label(MilestoneStatus(m.status))
        item.setup(self, "milestone", m.id, f"{self._title(m.titles)}\n{status}\n{fmt.date(m.planned, 'long')}")
        item.setZValue(4)
        self.scene.addItem(item)
        self.items[("milestone", m.id)] = item
        if m.actual:
            done = self.scene.addPolygon(self._diamond_shape(self.x_of(m.actual), mid, 6), QPen(Qt.PenStyle.NoPen),
                                         QBrush(colour("done")))
            done.setZValue(4)
            done.setToolTip(self.tr("Done: %1").replace("%1", fmt.date(m.actual, "long")))

    def _dependency(self, milestone: str, depends_on: str) -> None:
        a, b = self.items.get(("milestone", depends_on)), self.items.get(("milestone", milestone))
        if a is None or b is None:
            return
        start, end = a.sceneBoundingRect().center(), b.sceneBoundingRect().center()
        path = QPainterPath(QPointF(start.x() + 8, start.y()))
        path.cubicTo(QPointF(start.x() + 40, start.y()), QPointF(end.x() - 40, end.y()), QPointF(end.x() - 8, end.y()))
        item = QGraphicsPathItem(path)
        item.setPen(QPen(QColor("#7f7f7f"), 1.2))
        item.setZValue(2)
        item.setData(0, (depends_on, milestone))
        self.scene.addItem(item)
        self.items[("dependency", f"{depends_on}>{milestone}")] = item

    # --- actions --------------------------------------------------------------------------------

    def move_item(self, kind: str, record_id: str, days: int) -> bool:
        self.message.clear()
        what = self.tr("reschedule “%1”").replace("%1", self._item_title(kind, record_id))
        try:
            self.document.run(what, lambda: reschedule(self.document.ws, kind, record_id, days))
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
        return next((self._title(i.titles) for i in pool if i.id == record_id), "")

    def save_baseline(self) -> None:
        name = self.document.formats.date(self.document.today(), "medium")
        try:
            self.document.run(self.tr("save baseline"), lambda: save_baseline(self.document.ws, name))
        except WorkspaceError as exc:
            self.message.setText(translated(exc, self.document.formats))

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            keys = list(ZOOMS)
            i = keys.index(self.zoom.currentData()) + (1 if event.angleDelta().y() < 0 else -1)
            self.set_zoom(keys[max(0, min(len(keys) - 1, i))])
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Weeks"), self.tr("Months"), self.tr("Quarters"), self.tr("Years"))):
            self.zoom.setItemText(i, text)
        self.baseline_button.setText(self.tr("Save baseline"))
        self.baseline_button.setToolTip(self.tr("Keep today's planned dates, to show slippage later"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["TimelineView"]
