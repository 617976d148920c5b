"""Bar charts painted with QPainter (no second toolkit): stacked or grouped bars, a legend, labels in
the UI language; a click on a bar says which records it stands for. The same painting renders
into the PDF report."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from mouplanner.locale.catalog import translate
from mouplanner.locale.formats import Formats
from mouplanner.locale.periods import QUARTER
from mouplanner.locale.text import pick
from mouplanner.locale.wordbreaks import ZWSP, breakable
from mouplanner.services.axes import value_ticks
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
                 parent: QWidget | None = None, horizontal: bool = False):
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal  # bars left to right, long category names beside them
        self.stacked = stacked and not independent
        self.independent = independent  # each category on its own scale, values written on the bars
        self.data = Series([], {})
        self.labels: dict[str, str] = {}  # series key -> label
        self.category_labels: list[str] = []
        self.formats = Formats("en")
        self.lang = "en"
        self.bars: list[tuple[QRectF, str, str]] = []  # hit areas from the last paint
        self.drawn_labels: list[str] = []  # the category labels the last paint wrote
        self.placeholder = "—"  # shown when there is nothing to draw (or while counting)
        self.setMinimumSize(QSize(320, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: Series, labels: dict[str, str], formats: Formats, lang: str,
                 category_labels: list[str] | None = None) -> None:
        self.data, self.labels, self.formats, self.lang = data, labels, formats, lang
        self.placeholder = "—"
        self.category_labels = category_labels or [self._category_label(c) for c in data.categories]
        if self.horizontal:
            self.setMinimumHeight(int(max(220, self.height_for(QFontMetricsF(self.font())))))
        self.update()

    def _category_label(self, category: str) -> str:
        if category in self.data.titles:
            return pick(self.data.titles[category], self.lang)[0]
        if self.data.axis == "year":
            return self.formats.digits(str(self.formats.year(int(category))))
        return self.formats.digits(category)

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
        """Title, legend, a value axis of round numbers with gridlines on its ticks, the bars, and
        a label under every bar: flat, wrapped on two lines, or slanted when they do not fit; a
        time axis in two tiers (quarters, and the year under its quarters)."""
        self.bars, self.drawn_labels = [], []
        font = QFont(self.font())
        painter.setFont(font)
        fm = QFontMetricsF(font)
        keys, top_of_plot = self._heading(painter, fm, area)
        n = len(self.data.categories)
        if not n or not keys:
            painter.drawText(QRectF(area.left(), top_of_plot, area.width(), area.bottom() - top_of_plot),
                             int(Qt.AlignmentFlag.AlignCenter), self.placeholder)
            return
        totals = [sum(self.data.series[k][i] for k in keys) if self.stacked else
                  max(self.data.series[k][i] for k in keys) for i in range(n)]
        ticks = [] if self.independent else value_ticks(max(totals, default=0), whole=self.whole)
        tick_texts = [self.formats.number(t) for t in ticks]
        if self.horizontal and ticks:
            self._render_horizontal(painter, fm, QRectF(area.left(), top_of_plot, area.width(),
                                                        area.bottom() - top_of_plot), keys, ticks, tick_texts)
            return
        axis_w = 8 if self.independent else max(fm.horizontalAdvance(t) for t in tick_texts) + 12
        slot = (area.width() - axis_w - 8) / n
        layout = self._label_layout(fm, slot, area.height())
        plot = QRectF(area.left() + axis_w, top_of_plot, area.width() - axis_w - 8,
                      area.bottom() - top_of_plot - layout.height - 6)
        if plot.height() < 20:
            return
        top = ticks[-1] if ticks else 1.0
        self._value_axis(painter, fm, QRectF(area.left(), plot.top(), axis_w - 6, plot.height()), plot,
                         ticks, tick_texts, top)
        self._bars(painter, fm, plot, slot, keys, top)
        painter.setPen(QColor("#222222"))
        layout.draw(painter, fm, plot, slot)
        self.drawn_labels = layout.drawn

    def _heading(self, painter: QPainter, fm: QFontMetricsF, area: QRectF) -> tuple[list[str], float]:
        """The white ground, the title and the legend; the series drawn, and where the plot begins."""
        painter.fillRect(area, QColor("white"))
        painter.setPen(QColor("#222222"))
        title_h = fm.height() + 6
        painter.drawText(QRectF(area.left() + 6, area.top() + 2, area.width() - 12, title_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.title)
        keys = [k for k in self.data.series if any(self.data.series[k])]
        self.colours = {k: QColor(COLOURS[k]) if k in COLOURS else QColor(PALETTE[i % len(PALETTE)])
                        for i, k in enumerate(keys)}
        legend_h = self._legend(painter, fm, area, area.top() + title_h, keys)
        return keys, area.top() + title_h + legend_h + 8 + (fm.height() if self.independent else 0)

    @staticmethod
    def _value_axis(painter: QPainter, fm: QFontMetricsF, labels: QRectF, plot: QRectF, ticks: list[float],
                    tick_texts: list[str], top: float) -> None:
        """A gridline on every tick (the zero line darker), its number right-aligned in ``labels``."""
        for tick, text in zip(ticks, tick_texts, strict=True):
            y = plot.bottom() - plot.height() * tick / top
            painter.setPen(QColor("#999999") if tick == 0 else QColor("#e3e3e3"))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(labels.left(), y - fm.height() / 2, labels.width(), fm.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)

    def _render_horizontal(self, painter: QPainter, fm: QFontMetricsF, area: QRectF, keys: list[str],
                           ticks: list[float], tick_texts: list[str]) -> None:
        """Categories down the left with their names in full (on two lines where needed), bars to
        the right, the value axis along the bottom."""
        n = len(self.data.categories)
        label_w = min(max(fm.horizontalAdvance(t) for t in self.category_labels) + 8, area.width() * 0.4)
        plot = QRectF(area.left() + label_w + 6, area.top(), area.width() - label_w - 6 - 12,
                      area.height() - fm.height() - 6)
        row = plot.height() / n
        top = ticks[-1]
        for tick, text in zip(ticks, tick_texts, strict=True):
            x = plot.left() + plot.width() * tick / top
            painter.setPen(QColor("#999999") if tick == 0 else QColor("#e3e3e3"))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QColor("#555555"))
            advance = fm.horizontalAdvance(text)
            painter.drawText(QPointF(min(x - advance / 2, area.right() - advance), plot.bottom() + fm.ascent() + 3),
                             text)
        flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        for i, category in enumerate(self.data.categories):
            left = plot.left()
            thick = row * 0.7 / (1 if self.stacked else len(keys))
            for j, key in enumerate(keys):
                value = self.data.series[key][i]
                width = plot.width() * value / top
                y = plot.top() + row * i + row * 0.15 + (0 if self.stacked else j * thick)
                rect = QRectF(left if self.stacked else plot.left(), y, width, thick)
                if value:
                    painter.fillRect(rect, self.colours[key])
                    self.bars.append((rect, category, key))
                if self.stacked:
                    left += width
            box = QRectF(area.left(), plot.top() + row * i, label_w, row)
            text = label = breakable(self.category_labels[i])  # (Thai and Lao wrap between words)
            lines = max(1, min(2, int(row // fm.height())))
            room = label_w * lines
            while fm.boundingRect(box, flags, text).height() > lines * fm.height() + 1 and room > label_w / 2:
                room *= 0.9  # wrapping leaves gaps at line ends: cut a little more until it fits
                text = fm.elidedText(label, Qt.TextElideMode.ElideRight, room)
            painter.setPen(QColor("#222222"))
            painter.drawText(box, flags, text)
            self.drawn_labels.append(text.replace(ZWSP, ""))

    def height_for(self, fm: QFontMetricsF) -> float:
        """The height a horizontal chart needs: two lines for each category's name."""
        return 0.0 if not self.horizontal else len(self.data.categories) * (fm.height() * 2 + 4) + fm.height() * 5 + 30

    @property
    def whole(self) -> bool:
        """Counts of things: ticks are whole numbers."""
        return all(float(v).is_integer() for values in self.data.series.values() for v in values)

    def _legend(self, painter: QPainter, fm: QFontMetricsF, area: QRectF, top: float, keys: list[str]) -> float:
        x, line = area.left() + 6, 0
        for key in keys:
            label = self.labels.get(key, key)
            advance = 24 + fm.horizontalAdvance(label)
            if x + advance > area.right() and x > area.left() + 6:
                x, line = area.left() + 6, line + 1
            y = top + line * (fm.height() + 2)
            painter.fillRect(QRectF(x, y + (fm.height() - 10) / 2, 10, 10), self.colours[key])
            painter.drawText(QPointF(x + 14, y + fm.ascent()), label)
            x += advance
        return (line + 1) * (fm.height() + 2)

    def _bars(self, painter: QPainter, fm: QFontMetricsF, plot: QRectF, slot: float, keys: list[str],
              top: float) -> None:
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
                    painter.fillRect(rect, self.colours[key])
                    self.bars.append((rect, category, key))
                    if self.independent:
                        self._value_label(painter, fm, rect, self.formats.number(round(value)))
                if self.stacked:
                    base -= height

    def _label_layout(self, fm: QFontMetricsF, slot: float, height: float) -> CategoryLabels:
        if self.data.axis == "quarter":
            return QuarterLabels(self.data.categories, self.formats, self.lang, fm, slot)
        return CategoryLabels(self.category_labels, fm, slot, height * 0.35)

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


class CategoryLabels:
    """A label under every bar: on one line when they fit, else wrapped on two lines at spaces,
    else slanted (45°, or upright when the bars are narrower than a line), cut with … only past
    ``room`` pixels. Every label is drawn; ``drawn`` keeps them for the tests."""

    def __init__(self, labels: list[str], fm: QFontMetricsF, slot: float, room: float):
        self.labels = labels
        self.drawn: list[str] = []  # the labels drawn in full (the tests read them)
        widest = max((fm.horizontalAdvance(t) for t in labels), default=0)
        if widest <= slot - 4:
            self.mode, self.height = "flat", fm.height() + 4
            return
        two = [fm.boundingRect(QRectF(0, 0, slot - 4, 1000), int(Qt.TextFlag.TextWordWrap), t) for t in labels]
        if all(r.width() <= slot - 4 and r.height() <= fm.height() * 2 + 1 for r in two):
            self.mode, self.height = "wrap", fm.height() * 2 + 4
            return
        self.mode = "slant" if slot >= fm.height() * 1.45 else "upright"
        self.length = min(widest, room)
        sine = 0.7071 if self.mode == "slant" else 1.0
        self.height = self.length * sine + fm.height() + 4

    def draw(self, painter: QPainter, fm: QFontMetricsF, plot: QRectF, slot: float) -> None:
        for i, text in enumerate(self.labels):
            x = plot.left() + slot * i
            if self.mode in ("flat", "wrap"):
                flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                if self.mode == "wrap":
                    flags |= Qt.TextFlag.TextWordWrap
                painter.drawText(QRectF(x + 2, plot.bottom() + 4, slot - 4, self.height), int(flags), text)
                self.drawn.append(text)
                continue
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, self.length)
            painter.save()
            painter.translate(x + slot / 2 + fm.ascent() / 3, plot.bottom() + 6)
            painter.rotate(-45 if self.mode == "slant" else -90)
            painter.drawText(QPointF(-fm.horizontalAdvance(shown), fm.ascent() / 2), shown)
            painter.restore()
            self.drawn.append(shown)


class QuarterLabels(CategoryLabels):
    """A time axis of quarters: Q1 … Q4 under each bar where they fit, and each year under its
    quarters. Every quarter of the span is a bar, so the years stand where their time is."""

    def __init__(self, categories: list[str], formats: Formats, lang: str, fm: QFontMetricsF, slot: float):
        self.drawn = []
        self.periods = [(int(c[:4]), int(c[-1])) for c in categories]
        self.formats = formats
        self.short = translate("Labels", QUARTER, lang)
        widest = fm.horizontalAdvance(self.short.replace("%1", "4"))
        self.quarters = "label" if widest <= slot - 2 else "digit" if fm.horizontalAdvance("4") <= slot - 2 else ""
        self.height = fm.height() * (2 if self.quarters else 1) + 6

    def draw(self, painter: QPainter, fm: QFontMetricsF, plot: QRectF, slot: float) -> None:
        row = plot.bottom() + 3
        if self.quarters:
            for i, (_year, quarter) in enumerate(self.periods):
                digit = self.formats.digits(str(quarter))
                text = self.short.replace("%1", digit) if self.quarters == "label" else digit
                painter.drawText(QRectF(plot.left() + slot * i, row, slot, fm.height()),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)
                self.drawn.append(text)
            row += fm.height()
        years: dict[int, list[int]] = {}
        for i, (year, _quarter) in enumerate(self.periods):
            years.setdefault(year, []).append(i)
        painter.save()
        painter.setPen(QColor("#bbbbbb"))
        for slots in years.values():  # a tick where each year begins
            x = plot.left() + slot * slots[0]
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, row + fm.height()))
        painter.restore()
        free_from = plot.left() - axis_room(fm)
        for year, slots in years.items():
            text = self.formats.digits(str(self.formats.year(year)))
            width = fm.horizontalAdvance(text) + 4
            centre = plot.left() + slot * (slots[0] + len(slots) / 2)
            left = min(max(centre - width / 2, free_from), plot.right() + 6 - width)  # a year of one quarter
            if left < free_from:  # leans inwards at the ends; one that would overlap its neighbour waits
                continue
            painter.drawText(QRectF(left, row, width, fm.height()),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)
            self.drawn.append(text)
            free_from = left + width + 2


def axis_room(fm: QFontMetricsF) -> float:
    """How far a label under the first bar may reach left, into the value axis's margin."""
    return fm.horizontalAdvance("00")
