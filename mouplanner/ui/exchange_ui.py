"""File > Exchange (make a copy for another laptop, send changes, receive changes), the Conflicts
view, and the status-bar note of when each laptop last exchanged."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouplanner import kinds
from mouplanner.exchange import conflicts, sync
from mouplanner.exchange.errors import ExchangeError
from mouplanner.locale.text import display
from mouplanner.storage.errors import WorkspaceError
from mouplanner.ui.document import Document
from mouplanner.ui.exchange_dialogs import SYNC_FILTER, CopyDialog, SendDialog
from mouplanner.ui.field_text import field_label, local_time, value_text
from mouplanner.ui.i18n import translated
from mouplanner.ui.labels import entity_label

STALE_DAYS = 30


class ConflictsView(QWidget):
    """Both values of each conflict side by side, with who changed them and when; keep one."""

    resolved = Signal()
    shows = frozenset({"exchange_conflict", *(model.__tablename__ for model in kinds.record_types())})

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictsView")
        self.document = document
        self.lang = "en"
        self.items: list[conflicts.Conflict] = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("conflicts")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.keep = [QPushButton(self) for _ in range(3)]
        buttons = QHBoxLayout()
        for i, button in enumerate(self.keep):
            button.setObjectName(f"keep{i}")
            button.clicked.connect(lambda _=False, i=i: self.keep_side(i))
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.items = self.document.facade.open_conflicts()
        fmt = self.document.formats
        self.table.setRowCount(len(self.items))
        for r, c in enumerate(self.items):
            model = kinds.model_of(c.entity)
            row = self.document.service(model).get(c.record_id, include_deleted=True)
            what = f"{entity_label(model.LABEL)}: {display(row, self.lang)}"
            fld = field_label(model, c.field) if c.field else self.tr("deleted or kept")
            cells = [what, fld]
            for side in c.sides[:3]:
                value = self._value(model, c.field, side.value)
                cells.append(f"{value}\n— {side.actor}, {side.replica}, {local_time(side.at, fmt)}")
            for col in range(5):
                self.table.setItem(r, col, QTableWidgetItem(cells[col] if col < len(cells) else ""))
        self.table.resizeRowsToContents()
        self.note.setText(self.tr("The same field was changed on two laptops, or a record was edited on one and "
                                  "deleted on the other. The newest change is in force until you keep one value; "
                                  "your choice travels with the next exchange.") if self.items
                          else self.tr("No conflicts."))
        self._update_buttons()

    def _value(self, model: Any, fld: str, value: Any) -> str:
        if not fld:
            return self.tr("deleted") if value == conflicts.DELETED else self.tr("kept (edited)")
        return value_text(model, fld, value, self.document)

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        sides = len(self.items[row].sides) if 0 <= row < len(self.items) else 0
        for i, button in enumerate(self.keep):
            button.setEnabled(i < sides and not self.document.read_only)

    def keep_side(self, index: int) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        conflict = self.items[row]
        txn = self.document.facade.resolve(conflict, conflict.sides[index])
        self.document.record_action(self.tr("resolve a conflict"), txn)
        self.refresh()
        self.resolved.emit()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("In force now"),
                                              self.tr("Other value"), self.tr("Third value")])
        for button, text in zip(self.keep, (self.tr("Keep the value in force now"), self.tr("Keep the other value"),
                                            self.tr("Keep the third value")), strict=True):
            button.setText(text)

    def set_language(self, lang: str) -> None:
        self.lang = lang  # applied at the next refresh (when the tab is shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _target(text: str, suffix: str) -> Path:
    return Path(text if text.endswith(suffix) else text + suffix)


def make_copy(window: Any, path: str | None = None, name: str | None = None,
              agreement: str | None = None) -> Path | None:
    document: Document = window.document
    if path is None:
        dialog = CopyDialog(document, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        path, name, agreement = str(dialog.target()), dialog.name.text().strip(), dialog.agreement.currentData()
    if not path or name is None:
        return None
    try:
        out = document.facade.clone(_target(path, ".mouplan"), name, agreement)
    except (ExchangeError, WorkspaceError) as exc:
        window.show_error(QCoreApplication.translate("ExchangeActions", "Make a copy for another laptop"),
                          translated(exc, document.formats))
        return None
    window.statusBar().showMessage(QCoreApplication.translate("ExchangeActions", "Copy for %1 written to %2")
                                   .replace("%1", name).replace("%2", str(out)), 8000)
    window.update_exchange_status()
    return out


def send_changes(window: Any, path: str | None = None, to: str | None = None) -> sync.SendReport | None:
    document: Document = window.document
    if path is None:
        dialog = SendDialog(document, window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.path.text().strip():
            return None
        path, to = dialog.path.text().strip(), dialog.peer.currentData()
    try:
        report = document.facade.send(_target(path, ".mousync"), to)
    except (ExchangeError, WorkspaceError) as exc:
        window.show_error(QCoreApplication.translate("ExchangeActions", "Send changes"),
                          translated(exc, document.formats))
        return None
    window.statusBar().showMessage(QCoreApplication.translate("ExchangeActions", "%1 changes written to %2").replace(
        "%1", document.formats.number(report.changes)).replace("%2", str(report.path)), 8000)
    window.update_exchange_status()
    return report


def receive_changes(window: Any, path: str | None = None) -> sync.ReceiveReport | None:
    document: Document = window.document
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("ExchangeActions", "Receive changes"),
                                              "", SYNC_FILTER, options=QFileDialog.Option.DontUseNativeDialog)
    if not path:
        return None
    try:
        report = document.facade.receive(Path(path))
    except (ExchangeError, WorkspaceError) as exc:
        window.show_error(QCoreApplication.translate("ExchangeActions", "Receive changes"),
                          translated(exc, document.formats))
        return None
    text = taken_text(document, report, QCoreApplication.translate(
        "ExchangeActions", "From %1: %2 new changes; %3 records created, %4 updated, %5 deleted, %6 restored."))
    document.undo_stack.clear()  # undo must not reach behind a merge from another laptop
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ExchangeActions", "Receive changes"),
                      text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("receiveReport")
    window.receive_box = box
    box.open()
    if report.conflicts and window.page is not None:
        window.page.tabs.setCurrentWidget(window.page.conflicts)
    window.update_exchange_status()
    return report


def taken_text(document: Document, report: sync.ReceiveReport, counts: str, by_server: bool = False) -> str:
    """What a receive took (``counts``: "%1" the sender, "%2"-"%6" the figures), what it refused
    and the conflicts it found, as the report shows them."""
    fmt = document.formats
    text = counts.replace("%1", report.sender).replace("%2", fmt.number(report.received)) \
        .replace("%3", fmt.number(report.created)).replace("%4", fmt.number(report.updated)) \
        .replace("%5", fmt.number(report.deleted)).replace("%6", fmt.number(report.restored))
    if report.refused:
        shown = report.refused[:8]
        heading = QCoreApplication.translate(
            "ExchangeActions", "Not taken by the server, which your rights there do not allow; they stay on this "
                               "laptop (%1):") if by_server else QCoreApplication.translate(
            "ExchangeActions", "Not taken, because this workspace does not accept such values (%1):")
        text += "\n\n" + heading.replace("%1", fmt.number(len(report.refused))) + "\n" + "\n".join(
            f"  • {_refused_record(document, r)}: {field_label(kinds.model_of(r.entity), r.field) if r.field else ''} "
            f"— {translated(r.problem, fmt)}" for r in shown) + ("\n  …" if len(report.refused) > len(shown) else "")
    if report.conflicts:
        text += "\n\n" + QCoreApplication.translate(
            "ExchangeActions", "Conflicts that need a decision: %1. See the Conflicts view.").replace(
            "%1", fmt.number(len(report.conflicts)))
    return text


def _refused_record(document: Document, refused: Any) -> str:
    model = kinds.model_of(refused.entity)
    try:
        record = document.service(model).get(refused.record_id, include_deleted=True)
        return f"{entity_label(model.LABEL)} “{display(record, document.formats.lang)}”"
    except LookupError:
        return entity_label(model.LABEL)


def status_text(document: Document) -> tuple[str, bool]:
    """"MPTC laptop: 3 days ago" for each laptop, and whether one has not exchanged for long."""
    now = datetime.now(UTC)
    parts, stale = [], False
    for p in document.facade.peers():
        last = max((t for t in (p.last_received_at, p.last_sent_at) if t is not None), default=None)
        if last is None:
            parts.append(QCoreApplication.translate("ExchangeActions", "%1: never").replace("%1", p.name))
            stale = True
            continue
        days = (now - last).days
        parts.append(QCoreApplication.translate("ExchangeActions", "%1: %2 days ago").replace("%1", p.name)
                     .replace("%2", str(days)) if days
                     else QCoreApplication.translate("ExchangeActions", "%1: today").replace("%1", p.name))
        stale = stale or days > STALE_DAYS
    return ("  ·  ".join(parts), stale)


__all__ = ["ConflictsView", "make_copy", "receive_changes", "send_changes", "status_text", "taken_text"]
