"""Painting the timeline: the time axis (two tiers, ticks on the first day of each week, month,
quarter or year, in the reader's era), one row per agreement, area and workstream, summary spans,
activity bars with their titles where they fit, milestone diamonds, dependencies, baselines and the
today line."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from mouplanner.domain.enums import ActivityKind, MilestoneStatus
from mouplanner.locale.catalog import translate
from mouplanner.locale.formats import Formats
from mouplanner.locale.periods import QUARTER
from mouplanner.services.axes import calendar_ticks
from mouplanner.services.plan_views import Bar, Diamond, Lane, Link
from mouplanner.ui.charts import colour
from mouplanner.ui.labels import enum_label
from mouplanner.ui.timeline.items import BarItem, DiamondItem, LinkItem, diamond, link_text

if TYPE_CHECKING:
    from mouplanner.ui.timeline.view import TimelineView

LANE_H = 30.0
HOLIDAY_BAND = QColor(214, 39, 40, 30)  # a public holiday, over the lanes
AXIS_H = 44.0
ROW_FILL = {"agreement": "#dfe7f1", "area": "#eef2f7", "workstream": "#ffffff"}
# zoom -> (pixels per day, the unit of the lower tier, the unit of the upper tier)
ZOOMS = {"week": (28.0, "week", "month"), "month": (5.0, "month", "year"),
         "quarter": (1.6, "quarter", "year"), "year": (0.5, "year", "")}


def tick_label(day: date, unit: str, fmt: Formats, lang: str) -> str:
    if unit == "year":
        return fmt.digits(str(fmt.year(day.year)))
    if unit == "quarter":
        return translate("Labels", QUARTER, lang).replace("%1", fmt.digits(str((day.month - 1) // 3 + 1)))
    if unit == "month":
        return fmt.month(day.month, "short")
    return fmt.digits(str(day.day))  # a week: the day its Monday falls on


def upper_label(day: date, unit: str, fmt: Formats) -> str:
    return fmt.digits(str(fmt.year(day.year))) if unit == "year" else fmt.month_year(day, "long")


class TimelineScene:
    """Builds the items of one timeline into the body scene and the axis scene of ``view``."""

    def __init__(self, view: TimelineView):
        self.view = view
        self.fmt: Formats = view.document.formats
        self.fm = QFontMetricsF(view.font())

    def build(self, first: date, last: date) -> None:
        view, fmt = self.view, self.fmt
        width = view.x_of(last)
        y = 0.0
        for lane in view.data.lanes:
            view.lane_y[lane.id] = y
            view.scene.addRect(QRectF(0, y, width, LANE_H), QPen(Qt.PenStyle.NoPen),
                               QBrush(QColor(ROW_FILL[lane.kind])))
            view.scene.addLine(0, y + LANE_H, width, y + LANE_H, QPen(QColor("#e6e6e6")))
            if lane.kind != "workstream":
                self._summary(lane, y)
            y += LANE_H
        height = max(y, 1.0)
        self._axis(first, last, width, height)
        self._holidays(first, last, height)
        for bar in view.data.bars:
            self._bar(bar)
        self._bar_titles()
        for m in view.data.diamonds:
            self._diamond(m)
        for link in view.data.dependencies:
            self._dependency(link)
        today_x = view.x_of(view.document.today())
        line = view.scene.addLine(today_x, 0, today_x, height, QPen(QColor("#d62728"), 2))
        line.setZValue(5)
        line.setToolTip(QCoreApplication.translate("TimelineView", "Today: %1")
                        .replace("%1", fmt.date(view.document.today(), "long")))
        view.today_line = line
        view.axis_scene.addLine(today_x, AXIS_H - 10, today_x, AXIS_H, QPen(QColor("#d62728"), 2))
        view.scene.setSceneRect(QRectF(0, 0, width, height))
        view.axis_scene.setSceneRect(QRectF(0, 0, width, AXIS_H))

    def _holidays(self, first: date, last: date, height: float) -> None:
        """The parties' public holidays: a pale red band over the lanes (under the bars), its names
        on hovering, and a red mark on the axis."""
        view = self.view
        view.holiday_bands = []
        for day, names in sorted(view.document.facade.public_holidays(first, last, view.lang).items()):
            x = view.x_of(day)
            band = view.scene.addRect(QRectF(x, 0, max(view.x_of(day + timedelta(days=1)) - x, 1.5), height),
                                      QPen(Qt.PenStyle.NoPen), QBrush(HOLIDAY_BAND))
            band.setToolTip(f"{self.fmt.date(day, 'long')}\n" + "\n".join(f"{c}: {n}" for c, n in names))
            view.holiday_bands.append(band)
            view.axis_scene.addLine(x, AXIS_H - 4, x, AXIS_H, QPen(QColor("#d62728"), 1.5))

    # --- the axis ------------------------------------------------------------------------------

    def _axis(self, first: date, last: date, width: float, height: float) -> None:
        view, fmt, lang = self.view, self.fmt, self.view.lang
        _ppd, lower, upper = ZOOMS[view.zoom_key]
        view.axis_scene.addRect(QRectF(0, 0, width, AXIS_H), QPen(Qt.PenStyle.NoPen), QBrush(QColor("#f7f7f7")))
        view.axis_scene.addLine(0, AXIS_H - 0.5, width, AXIS_H - 0.5, QPen(QColor("#bbbbbb")))
        ticks = calendar_ticks(first, last, lower)
        view.ticks = {lower: ticks}
        for day, following in pairwise(ticks):
            x, x2 = view.x_of(day), view.x_of(following)
            view.scene.addLine(x, 0, x, height, QPen(QColor("#eeeeee")))
            view.axis_scene.addLine(x, AXIS_H / 2, x, AXIS_H, QPen(QColor("#cccccc")))
            self._text(view.axis_scene, tick_label(day, lower, fmt, lang), x, x2, AXIS_H / 2 + 3)
        if upper:
            tops = calendar_ticks(first, last, upper)
            view.ticks[upper] = tops
            for day, following in pairwise(tops):
                x, x2 = view.x_of(day), view.x_of(following)
                view.scene.addLine(x, 0, x, height, QPen(QColor("#d8d8d8")))
                view.axis_scene.addLine(x, 0, x, AXIS_H, QPen(QColor("#bbbbbb")))
                self._text(view.axis_scene, upper_label(day, upper, fmt), x, x2, 3, bold=True)

    def _text(self, scene: QGraphicsScene, text: str, x: float, x2: float, y: float, bold: bool = False) -> None:
        """A label in the period from ``x`` to ``x2``; left out where it would not fit whole."""
        font = QFont(self.view.font())
        font.setBold(bold)
        advance = QFontMetricsF(font).horizontalAdvance(text)
        if advance > x2 - x - 4:
            return
        item = scene.addSimpleText(text, font)
        item.setPos(x + 3 if bold else x + (x2 - x - advance) / 2, y)

    # --- rows ---------------------------------------------------------------------------------

    def _summary(self, lane: Lane, y: float) -> None:
        """An agreement's or area's span, as a Gantt summary bar with its ends marked."""
        if not lane.start or not lane.end:
            return
        view = self.view
        left, right = view.x_of(lane.start), view.x_of(lane.end + timedelta(days=1))
        pen = QPen(Qt.PenStyle.NoPen)
        brush = QBrush(QColor("#5d6b7e" if lane.kind == "agreement" else "#8a98ab"))
        view.scene.addRect(QRectF(left, y + 11, right - left, 6), pen, brush)
        for x in (left, right):
            view.scene.addPolygon(diamond(x, y + 17, 5), pen, brush)

    def _bar(self, bar: Bar) -> None:
        view, fmt = self.view, self.fmt
        y = view.lane_y.get(bar.workstream_id)
        if y is None or not bar.planned_start:
            return
        end = bar.planned_end or bar.planned_start
        if bar.baseline_start and (bar.baseline_start, bar.baseline_end) != (bar.planned_start, bar.planned_end):
            ghost_end = bar.baseline_end or bar.baseline_start
            view.scene.addRect(QRectF(view.x_of(bar.baseline_start), y + 5,
                                      view.x_of(ghost_end + timedelta(days=1)) - view.x_of(bar.baseline_start), 16),
                               QPen(QColor("#999999"), 1, Qt.PenStyle.DashLine), QBrush(Qt.BrushStyle.NoBrush))
        left = view.x_of(bar.planned_start)
        rect = QRectF(left, y + 6, view.x_of(end + timedelta(days=1)) - left, 14)
        item = BarItem(rect)
        item.setBrush(QBrush(colour(bar.kind)))
        item.setPen(QPen(colour(bar.kind).darker(130)))
        title = view.title_of(bar.titles)
        item.setup(view, "activity", bar.id, f"{title}\n{enum_label(ActivityKind(bar.kind))}\n"
                                             f"{fmt.date(bar.planned_start, 'long')} – {fmt.date(end, 'long')}")
        item.setZValue(3)
        view.scene.addItem(item)
        view.items[("activity", bar.id)] = item
        if bar.actual_start:
            actual_end = bar.actual_end or view.document.today()
            begun = view.x_of(bar.actual_start)
            actual = view.scene.addRect(QRectF(begun, y + 22, view.x_of(actual_end + timedelta(days=1)) - begun, 4),
                                        QPen(Qt.PenStyle.NoPen), QBrush(QColor("#333333")))
            actual.setToolTip(QCoreApplication.translate("TimelineView", "Actual: %1 – %2")
                              .replace("%1", fmt.date(bar.actual_start, "long"))
                              .replace("%2", fmt.date(bar.actual_end, "long") if bar.actual_end else "…"))

    def _bar_titles(self) -> None:
        """Each bar's title inside it where it fits, else just after it where the row is free."""
        view = self.view
        by_lane: dict[str, list[Any]] = {}
        taken: dict[str, list[tuple[float, float]]] = {}  # bars, milestones and titles already in a row
        for bar in view.data.bars:
            item = view.items.get(("activity", bar.id))
            if item is not None:
                by_lane.setdefault(bar.workstream_id, []).append((item.rect(), view.title_of(bar.titles)))
                taken.setdefault(bar.workstream_id, []).append((item.rect().left(), item.rect().right()))
        for m in view.data.diamonds:
            for day in (m.planned, m.actual):
                if day:
                    taken.setdefault(m.workstream_id, []).append((view.x_of(day) - 9, view.x_of(day) + 9))
        for lane_id, found in by_lane.items():
            for rect, title in sorted(found, key=lambda pair: pair[0].left()):
                advance = self.fm.horizontalAdvance(title)
                if advance + 8 <= rect.width():
                    x, pen = rect.left() + 4, QColor("white")
                elif not any(a < rect.right() + advance + 8 and b > rect.right() + 1 for a, b in taken[lane_id]):
                    x, pen = rect.right() + 4, QColor("#333333")
                    taken[lane_id].append((x, x + advance))
                else:
                    continue
                text = QGraphicsSimpleTextItem(title)
                text.setBrush(pen)
                text.setPos(x, rect.center().y() - self.fm.height() / 2)
                text.setZValue(3.5)
                text.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                view.scene.addItem(text)

    def _diamond(self, m: Diamond) -> None:
        view, fmt = self.view, self.fmt
        y = view.lane_y.get(m.workstream_id)
        if y is None or not m.planned:
            return
        mid = y + LANE_H / 2
        if m.baseline and m.baseline != m.planned:
            ghost = view.scene.addPolygon(diamond(view.x_of(m.baseline), mid, 6),
                                          QPen(QColor("#999999"), 1, Qt.PenStyle.DashLine))
            ghost.setToolTip(QCoreApplication.translate("TimelineView", "Baseline: %1")
                             .replace("%1", fmt.date(m.baseline, "long")))
        item = DiamondItem(diamond(view.x_of(m.planned), mid))
        item.setPen(QPen(colour(m.status).darker(140), 2))
        item.setBrush(QBrush(QColor("white")))
        status = enum_label(MilestoneStatus(m.status))
        item.setup(view, "milestone", m.id, f"{view.title_of(m.titles)}\n{status}\n{fmt.date(m.planned, 'long')}")
        item.setZValue(4)
        view.scene.addItem(item)
        view.items[("milestone", m.id)] = item
        if m.actual:
            done = view.scene.addPolygon(diamond(view.x_of(m.actual), mid, 6), QPen(Qt.PenStyle.NoPen),
                                         QBrush(colour("done")))
            done.setZValue(4)
            done.setToolTip(QCoreApplication.translate("TimelineView", "Done: %1")
                            .replace("%1", fmt.date(m.actual, "long")))

    def _dependency(self, link: Link) -> None:
        """An arrow from the end (or the start) of the one followed to the start (or the end) of the
        one that follows, as the link's kind says; its tooltip says how and with what lag."""
        view = self.view
        a, b = view.items.get((link.after_kind, link.after_id)), view.items.get((link.kind, link.record_id))
        if a is None or b is None:
            return
        ra, rb = a.sceneBoundingRect(), b.sceneBoundingRect()
        start = QPointF(ra.right() if link.link_type[0] == "F" else ra.left(), ra.center().y())
        end = QPointF(rb.left() if link.link_type[1] == "S" else rb.right(), rb.center().y())
        bend = 30 if link.link_type[0] == "F" else -30
        into = -30 if link.link_type[1] == "S" else 30
        path = QPainterPath(start)
        path.cubicTo(QPointF(start.x() + bend, start.y()), QPointF(end.x() + into, end.y()), end)
        tip = -1 if link.link_type[1] == "S" else 1  # the arrowhead points into the follower
        path.moveTo(end)
        path.lineTo(QPointF(end.x() + tip * 6, end.y() - 4))
        path.moveTo(end)
        path.lineTo(QPointF(end.x() + tip * 6, end.y() + 4))
        item = LinkItem(path)
        item.setup(view, link)
        item.setPen(QPen(QColor("#7f7f7f"), 1.2))
        item.setZValue(2)
        item.setToolTip(link_text(link, view.document.formats))
        view.scene.addItem(item)
        view.items[("dependency", link.id)] = item
