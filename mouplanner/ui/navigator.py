"""The navigator: all agreements -> agreements -> cooperation areas -> workstreams, with counts
and a status colour. Selecting a node scopes every view to it."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from mouplanner.locale.text import pick
from mouplanner.services.scope import Scope
from mouplanner.services.tree import Node
from mouplanner.ui.document import Document
from mouplanner.ui.icons import icon

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {
    "planned": "#8a94a6", "active": "#2e8b57", "on_hold": "#d08c00", "completed": "#2f5d8a",
    "cancelled": "#b03a2e", "draft": "#8a94a6", "signed": "#5b8fc7", "in_force": "#2e8b57",
    "expired": "#b03a2e", "terminated": "#b03a2e", "renewed": "#2e8b57",
}


@cache
def status_dot(colour: str) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pix)


class Navigator(QTreeView):
    scopeChanged = Signal(object)  # Scope
    openRequested = Signal(str, str)  # kind, id

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("navigator")
        self.document = document
        self.lang = "en"
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.doubleClicked.connect(self._double_clicked)
        self._nodes: list[Node] = []
        self.reload()

    def _label(self, node: Node) -> str:
        title = pick(node.titles, self.lang)[0] or "—"
        if node.kind == "agreement":
            title = f"{node.titles.get('code', '')}  {title}".strip()
        text = f"{title} ({node.count})"
        return text + "  ⚠" if node.overdue else text

    def _tooltip(self, node: Node) -> str:
        if node.kind == "agreement":
            what = self.tr("%n cooperation area(s)", "", node.count)
        elif node.kind == "area":
            what = self.tr("%n workstream(s)", "", node.count)
        else:
            what = self.tr("%n activity(ies)", "", node.count)
        lines = [pick(node.titles, self.lang)[0], what]
        if node.overdue:
            lines.append(self.tr("%n overdue milestone(s)", "", node.overdue))
        return "\n".join(lines)

    def _item(self, node: Node) -> QStandardItem:
        item = QStandardItem(self._label(node))
        item.setData(f"{node.kind}:{node.id}", KEY_ROLE)
        item.setToolTip(self._tooltip(node))
        if node.status:
            item.setIcon(status_dot(STATUS_COLOURS.get(node.status, "#8a94a6")))
        else:
            item.setIcon(icon("area"))
        for child in node.children:
            item.appendRow(self._item(child))
        return item

    def reload(self) -> None:
        current = self.current_key()
        expanded = self._expanded_keys()
        self._nodes = self.document.facade.navigator(self.document.today())
        self.model_.clear()
        root = QStandardItem(self.tr("All agreements"))
        root.setIcon(icon("agreement"))
        root.setData("all:", KEY_ROLE)
        for node in self._nodes:
            root.appendRow(self._item(node))
        self.model_.appendRow(root)
        self.expand(root.index())
        first_load = not expanded
        for item in self._walk(root):
            key = item.data(KEY_ROLE)
            if first_load and key.split(":")[0] in ("agreement", "area") or key in expanded:
                self.expand(item.index())
        self.select_key(current or ("all", ""), emit=False)

    def _walk(self, item: QStandardItem):
        for row in range(item.rowCount()):
            child = item.child(row)
            yield child
            yield from self._walk(child)

    def _expanded_keys(self) -> set[str]:
        if self.model_.rowCount() == 0:
            return set()
        root = self.model_.item(0)
        return {i.data(KEY_ROLE) for i in self._walk(root) if self.isExpanded(i.index())}

    def current_key(self) -> tuple[str, str] | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        kind, _, record_id = index.data(KEY_ROLE).partition(":")
        return kind, record_id

    def select_key(self, key: tuple[str, str], emit: bool = True) -> bool:
        root = self.model_.item(0)
        if root is None:
            return False
        for item in [root, *self._walk(root)]:
            if item.data(KEY_ROLE) == ":".join(key):
                if not emit:
                    self.selectionModel().blockSignals(True)
                self.setCurrentIndex(item.index())
                self.selectionModel().blockSignals(False)
                return True
        return False

    def scope(self) -> Scope:
        kind, record_id = self.current_key() or ("all", "")
        return {"agreement": Scope(agreement_id=record_id), "area": Scope(area_id=record_id),
                "workstream": Scope(workstream_id=record_id)}.get(kind, Scope())

    def _current_changed(self, *_args: object) -> None:
        self.scopeChanged.emit(self.scope())

    def _double_clicked(self, index: object) -> None:
        kind, record_id = self.current_key() or ("all", "")
        if kind != "all":
            self.openRequested.emit(kind, record_id)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._nodes:
            self.reload()
        super().changeEvent(event)
