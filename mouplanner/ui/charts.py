"""Bar charts painted with QPainter (no second toolkit): stacked or grouped bars, a legend, labels in
the UI language; a click on a bar says which records it stands for. The same painting renders
into the PDF report."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from mouplanner.locale.formats import Formats
from mouplanner.locale.text import pick
from mouplanner.services.plan_views import Series

COLOURS = {
    "visit": "#4e79a7", "training": "#f28e2b", "expert_exchange": "#e15759", "meeting": "#76b7b2",
    "workshop": "#59a14f", "exhibition": "#edc948", "joint_project": "#b07aa1", "information_exchange": "#ff9da7",
    "other": "#9c755f", "deadline": "#333333", "planned": "#8a94a6", "in_progress": "#4e79a7", "done": "#59a14f",
    "delayed": "#e15759", "cancelled": "#bab0ac", "women": "#b07aa1", "men": "#4e79a7", "budget": "#f28e2b",
}


PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"]


def colour(key: str) -> QColor:
    if key in COLOURS:
        return QColor(COLOURS[key])
    return QColor(PALETTE[sum(map(ord, key)) % len(PALETTE)])


class BarChart(QWidget):
    barClicked = Signal(str, str)  # category, series

    def __init__(self, title: str = "", stacked: bool = True, independent: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.stacked = stacked and not independent
        self.independent = independent  # each category on its own scale, values written on the bars
        self.data = Series([], {})
        self.labels: dict[str, str] = {}  # series key -> label
        self.category_labels: list[str] = []
        self.formats = Formats("en")
        self.bars: list[tuple[QRectF, str, str]] = []  # hit areas from the last paint
        self.drawn_labels: list[str] = []  # the category labels the last paint wrote
        self.placeholder = "—"  # shown when there is nothing to draw (or while counting)
        self.setMinimumSize(QSize(320, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: Series, labels: dict[str, str], formats: Formats, lang: str,
                 category_labels: list[str] | None = None) -> None:
        self.data, self.labels, self.formats = data, labels, formats
        self.placeholder = "—"
        self.category_labels = category_labels or [
            pick(data.titles[c], lang)[0] if c in data.titles else formats.digits(c) for c in data.categories]
        self.update()

    def set_waiting(self, text: str) -> None:
        """No bars while the figures are being counted: say so instead."""
        self.data, self.placeholder = Series([], {}), text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render_chart(painter, QRectF(self.rect()))
        painter.end()

    def render_chart(self, painter: QPainter, area: QRectF) -> None:
        self.bars, self.drawn_labels = [], []
        font = QFont(self.font())
        painter.setFont(font)
        fm = QFontMetricsF(font)
        painter.fillRect(area, QColor("white"))
        painter.setPen(QColor("#222222"))
        title_h = fm.height() + 6
        painter.drawText(QRectF(area.left() + 6, area.top() + 2, area.width() - 12, title_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.title)
        keys = [k for k in self.data.series if any(self.data.series[k])]
        self.palette = {k: QColor(COLOURS[k]) if k in COLOURS else QColor(PALETTE[i % len(PALETTE)])
                        for i, k in enumerate(keys)}
        x, line = area.left() + 6, 0
        for key in keys:
            label = self.labels.get(key, key)
            advance = 24 + fm.horizontalAdvance(label)
            if x + advance > area.right() and x > area.left() + 6:
                x, line = area.left() + 6, line + 1
            top = area.top() + title_h + line * (fm.height() + 2)
            painter.fillRect(QRectF(x, top + 3, 10, 10), self.palette[key])
            painter.drawText(QPointF(x + 14, top + fm.ascent()), label)
            x += advance
        legend_h = (line + 1) * (fm.height() + 2)
        n = len(self.data.categories)
        totals = [sum(self.data.series[k][i] for k in keys) if self.stacked else
                  max(self.data.series[k][i] for k in keys) for i in range(n)] if keys else []
        top = max(totals, default=0) or 1  # the axis goes up to the highest bar (a stack's total)
        axis_w = 8 if self.independent else max(
            (fm.horizontalAdvance(self.formats.number(round(top * step / 4))) for step in range(5)), default=20) + 10
        plot = QRectF(area.left() + axis_w, area.top() + title_h + legend_h + 8 + (fm.height() if self.independent else 0),
                      area.width() - axis_w - 8,
                      area.height() - title_h - legend_h - fm.height() * 2 - 16 - (fm.height() if self.independent else 0))
        if not n or not keys or plot.height() < 20:
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.placeholder)
            return
        painter.setPen(QColor("#cccccc"))
        for step in range(0 if self.independent else 5):
            y = plot.bottom() - plot.height() * step / 4
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(area.left(), y - fm.height() / 2, axis_w - 6, fm.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             self.formats.number(round(top * step / 4)))
            painter.setPen(QColor("#cccccc"))
        slot = plot.width() / n
        widest = max((fm.horizontalAdvance(part) for label in self.category_labels for part in label.split("\n")[:2]),
                     default=0)
        every = max(1, math.ceil((widest + 6) / slot))  # many narrow bars: label every few, not all elided
        width = slot * 0.7 / (1 if self.stacked else len(keys))
        for i, category in enumerate(self.data.categories):
            base = plot.bottom()
            scale = (max(self.data.series[k][i] for k in keys) or 1) if self.independent else top
            for j, key in enumerate(keys):
                value = self.data.series[key][i]
                height = plot.height() * value / scale
                left = plot.left() + slot * i + slot * 0.15 + (0 if self.stacked else j * width)
                rect = QRectF(left, (base - height) if self.stacked else plot.bottom() - height, width, height)
                if value:
                    painter.fillRect(rect, self.palette[key])
                    self.bars.append((rect, category, key))
                    if self.independent:
                        self._value_label(painter, fm, rect, self.formats.number(round(value)))
                if self.stacked:
                    base -= height
            room = slot * min(every, n - i)
            if i % every or (every > 1 and room < widest + 6):  # every few, and only where it fits whole
                continue
            painter.setPen(QColor("#222222"))
            label = "\n".join(fm.elidedText(part, Qt.TextElideMode.ElideRight, room - 2)
                              for part in self.category_labels[i].split("\n")[:2])
            self.drawn_labels.append(label)
            painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 2, room, fm.height() * 2 + 2),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) if every > 1 else
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), label)

    @staticmethod
    def _value_label(painter: QPainter, fm: QFontMetricsF, rect: QRectF, text: str) -> None:
        """The value above a bar, or written upwards inside it when the bar is too narrow."""
        advance = fm.horizontalAdvance(text)
        painter.save()
        if advance <= rect.width():
            painter.setPen(QColor("#222222"))
            painter.drawText(QPointF(rect.center().x() - advance / 2, rect.top() - 3), text)
        else:
            painter.setPen(QColor("white") if rect.height() > advance + 4 else QColor("#222222"))
            painter.translate(rect.center().x() + fm.ascent() / 2 - 1, rect.bottom() - 3)
            painter.rotate(-90)
            painter.drawText(QPointF(0, 0), text)
        painter.restore()

    def bar_at(self, point: QPointF) -> tuple[str, str] | None:
        for rect, category, key in self.bars:
            if rect.contains(point):
                return category, key
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.bar_at(event.position())
        if hit:
            self.barClicked.emit(*hit)
        super().mousePressEvent(event)
