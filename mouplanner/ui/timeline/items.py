"""What can be picked up on the timeline: activity bars and milestone diamonds, dragged along the
time axis in whole days and reported on release."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPolygonItem, QGraphicsRectItem, QGraphicsSceneMouseEvent

if TYPE_CHECKING:
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
