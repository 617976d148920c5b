"""What can be picked up on the timeline: activity bars and milestone diamonds, dragged along the
time axis in whole days and reported on release; and the dependencies' arrows, whose double click
opens the form (of the one that follows) where the dependency is edited."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
)

from mouplanner.domain.enums import LinkType
from mouplanner.ui.labels import enum_label

if TYPE_CHECKING:
    from mouplanner.locale.formats import Formats
    from mouplanner.services.plan_views import Link
    from mouplanner.ui.timeline.view import TimelineView


class _Draggable:
    """Shared by bars and diamonds: horizontal drag snapped to days (not in read-only mode)."""

    view: TimelineView
    kind: str
    record_id: str

    def setup(self, view: TimelineView, kind: str, record_id: str, tooltip: str) -> None:
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


def diamond(x: float, y: float, r: float = 8.0) -> QPolygonF:
    return QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])


class LinkItem(QGraphicsPathItem):
    """A dependency's arrow: a double click opens the form of the one that follows, where its
    dependencies are listed and edited."""

    def setup(self, view: TimelineView, link: Link) -> None:
        self.view, self.link = view, link
        self.setData(0, (link.after_id, link.record_id))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def shape(self) -> Any:  # a thin line is hard to hit: a few pixels either side count
        from PySide6.QtGui import QPainterPathStroker

        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(self.path())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.view.openRequested.emit(self.link.kind, self.link.record_id)


def link_text(link: Link, formats: Formats) -> str:
    """"Start to start, 2 days after" (or "before"), as the arrow's tooltip says it."""
    how = enum_label(LinkType[link.link_type])
    if not link.lag_days:
        return how
    text = QCoreApplication.translate("TimelineView", "%1, %2 days after") if link.lag_days > 0 else \
        QCoreApplication.translate("TimelineView", "%1, %2 days before")
    return text.replace("%1", how).replace("%2", formats.number(abs(link.lag_days)))
