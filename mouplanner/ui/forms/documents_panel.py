"""Under a saved record's fields (an agreement, a meeting, a workstream, an activity, an action
item): its documents, with their type, size, date and who added them; Attach…, Open, Save as…
and Remove. Opening writes the document, verified, to a folder of the user's temporary files and
hands it to the system's viewer. An agreement's panel also lists the documents of its renewals,
amendments and notices, and Attach… asks which of them a new one belongs to."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouplanner.storage import WorkspaceError
from mouplanner.ui.document import Document
from mouplanner.ui.file_field import message_line
from mouplanner.ui.i18n import translated
from mouplanner.ui.labels import enum_label

ID = Qt.ItemDataRole.UserRole
NAME = Qt.ItemDataRole.UserRole + 1
OWNER_OF = {"agreement": "agreement_id", "meeting": "meeting_id", "workstream": "workstream_id",
            "activity": "activity_id", "action_item": "action_item_id"}


def size_text(size: int, document: Document) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{document.formats.number(round(size / scale, 1))} {unit}"
    return f"{document.formats.number(size)} B"


class DocumentsPanel(QGroupBox):
    def __init__(self, document: Document, owner: str, owner_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.document, self.owner, self.owner_id = document, owner, owner_id
        self.documents = document.facade.documents
        self.with_events = owner == "agreement_id"
        self.setTitle(self.tr("Documents"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("documents")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Added"),
                                   self.tr("By")] + ([self.tr("Of")] if self.with_events else []))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setMinimumHeight(110)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.open_current())
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot in (("attach", self.tr("Attach…"), self.attach),
                                 ("open", self.tr("Open"), self.open_current),
                                 ("saveAs", self.tr("Save as…"), self.save_current),
                                 ("remove", self.tr("Remove"), self.remove_current)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        self.limit = QLabel(self.tr("At most %1 per file").replace("%1", document.facade.documents.limit()), self)
        self.limit.setObjectName("limit")
        row.addWidget(self.limit)
        self.message = message_line(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.opened: Path | None = None  # the file last handed to the viewer
        if self.with_events:  # Attach… asks: to the agreement, or to one of its dated events
            self.attach_menu = QMenu(self)
            self.attach_menu.aboutToShow.connect(self._fill_attach_menu)
            self.buttons["attach"].clicked.disconnect()
            self.buttons["attach"].setMenu(self.attach_menu)
        self.reload()

    def event_text(self, event: Any) -> str:
        """"Renewal, 6 Feb 2023": which of the agreement's events a document belongs to."""
        return f"{enum_label(event.kind)}, {self.document.formats.date(event.event_date)}".rstrip(", ")

    def _fill_attach_menu(self) -> None:
        self.attach_menu.clear()
        self.attach_menu.addAction(self.tr("To the agreement…"), lambda: self.attach())
        events = self.documents.events_of(self.owner_id)
        if events:
            self.attach_menu.addSeparator()
        for event in events:
            action = self.attach_menu.addAction(self.tr("To the %1…").replace("%1", self.event_text(event)))
            action.triggered.connect(lambda _checked=False, e=event.id: self.attach(None, "agreement_event_id", e))

    def reload(self) -> None:
        self.tree.clear()
        for listed in self.documents.attached(self.owner, self.owner_id):
            row = listed.row
            name = row.file_name if listed.here else self.tr("%1 (not on this laptop yet)").replace(
                "%1", row.file_name)
            line = QTreeWidgetItem([name, row.media_type, size_text(row.size, self.document),
                                    self.document.formats.date(row.updated_at.date(), "short"), row.changed_by])
            if self.with_events:
                line.setText(5, self.event_text(listed.event) if listed.event else self.tr("The agreement"))
            line.setToolTip(0, row.description or row.file_name)
            line.setData(0, ID, row.id)
            line.setData(0, NAME, row.file_name)
            self.tree.addTopLevelItem(line)
        for column in range(1, self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self._enable()

    def _enable(self) -> None:
        chosen = self.tree.currentItem() is not None
        writable = not self.document.read_only
        self.buttons["attach"].setEnabled(writable)
        self.buttons["open"].setEnabled(chosen)
        self.buttons["saveAs"].setEnabled(chosen)
        self.buttons["remove"].setEnabled(chosen and writable)

    def _current(self) -> tuple[str, str] | None:
        """The chosen document's id and file name."""
        item = self.tree.currentItem()
        return None if item is None else (str(item.data(0, ID)), str(item.data(0, NAME)))

    def _say(self, exc: WorkspaceError) -> None:
        self.message.setText(translated(exc, self.document.formats))

    def attach(self, path: str | None = None, owner: str = "", owner_id: str = "") -> None:
        """Attach a file (asked for when not given) to this record, or to one of its agreement's events."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"), "",
                                                  options=QFileDialog.Option.DontUseNativeDialog)
        if not path:
            return
        try:
            self.document.run(self.tr("attach %1").replace("%1", Path(path).name),
                              lambda: self.documents.attach(owner or self.owner, owner_id or self.owner_id,
                                                            Path(path)))
        except WorkspaceError as exc:
            self._say(exc)
            return
        self.message.clear()
        self.reload()

    def open_current(self) -> None:
        chosen = self._current()
        if chosen is None:
            return
        attachment_id, name = chosen
        folder = Path(tempfile.gettempdir()) / "mouplanner-documents" / attachment_id[:8]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.opened = self.documents.write_to(attachment_id, folder / Path(name).name)
        except (WorkspaceError, OSError) as exc:
            self.message.setText(translated(exc, self.document.formats) if isinstance(exc, WorkspaceError)
                                 else str(exc))
            return
        self.message.clear()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.opened))):
            self.message.setText(self.tr("No program on this computer opens this kind of file; it was saved as "
                                         "%1").replace("%1", str(self.opened)))

    def save_current(self, target: str | None = None) -> None:
        chosen = self._current()
        if chosen is None:
            return
        attachment_id, name = chosen
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document as"), name,
                                                    options=QFileDialog.Option.DontUseNativeDialog)
        if not target:
            return
        try:
            self.documents.write_to(attachment_id, Path(target))
        except WorkspaceError as exc:
            self._say(exc)
            return
        except OSError as exc:
            self.message.setText(self.tr("The document could not be saved: %1").replace("%1", exc.strerror or ""))
            return
        self.message.setText(self.tr("Saved as %1").replace("%1", str(target)))

    def remove_current(self) -> None:
        chosen = self._current()
        if chosen is None:
            return
        attachment_id, name = chosen
        try:
            self.document.run(self.tr("remove %1").replace("%1", name), lambda: self.documents.remove(attachment_id))
        except WorkspaceError as exc:
            self._say(exc)
            return
        self.reload()


def attach_panel(form: Any, layout: Any, body: QWidget) -> DocumentsPanel:
    panel = DocumentsPanel(form.document, OWNER_OF[form.model.__tablename__], form.record_id, body)
    layout.addRow(panel)
    return panel

