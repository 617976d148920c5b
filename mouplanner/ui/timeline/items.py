"""What can be picked up on the timeline: activity bars and milestone diamonds, dragged along the
time axis in whole days and reported on release, or Shift-dragged onto another to make it follow;
and the dependencies' arrows, whose double click opens the form (of the one that follows) where
the dependency is edited, and which Delete removes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
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

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.linking: QGraphicsLineItem | None = None
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not self.view.document.read_only:
            centre = self.sceneBoundingRect().center()  # type: ignore[attr-defined]
            self.linking = self.view.scene.addLine(centre.x(), centre.y(), centre.x(), centre.y(),
                                                   QPen(QColor("#7f7f7f"), 1.2, Qt.PenStyle.DashLine))
            event.accept()
            return
        super().mousePressEvent(event)  # type: ignore[misc]

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if getattr(self, "linking", None) is not None:
            line = self.linking.line()  # type: ignore[union-attr]
            line.setP2(event.scenePos())
            self.linking.setLine(line)  # type: ignore[union-attr]
            return
        super().mouseMoveEvent(event)  # type: ignore[misc]

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if getattr(self, "linking", None) is not None:  # Shift-drag: a dependency onto what it ends on
            self.view.scene.removeItem(self.linking)  # type: ignore[arg-type]
            self.linking = None
            target = next((i for i in self.view.scene.items(event.scenePos())
                           if isinstance(i, _Draggable) and i is not self), None)
            if target is not None:
                from mouplanner.ui.timeline import linking

                linking.link(self.view, (self.kind, self.record_id), (target.kind, target.record_id))
            return
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
        if not view.document.read_only:  # chosen with a click, removed with Delete
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            from mouplanner.ui.timeline import linking

            linking.unlink(self.view, self.link)
            return
        super().keyPressEvent(event)

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
