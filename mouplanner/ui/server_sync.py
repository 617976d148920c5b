"""A laptop's copy of a server workspace (``exchange clone URL``) and its server: when the server can
be reached (the laptop is back on the ministry's network), a strip above the views offers to sync,
saying how many changes made here the server has not seen; File > Exchange with another laptop >
Sync with the server does the same at any time. The sync asks for the password as connecting does, then sends and
receives in one step and reports what was taken, what the server refused and the conflicts."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QMessageBox, QPushButton, QSizePolicy, QWidget

from mouplanner.exchange.direct import SyncReport
from mouplanner.exchange.errors import ExchangeError
from mouplanner.facade.servers import ServerAddress, reachable
from mouplanner.storage.errors import WorkspaceError
from mouplanner.ui.banner import BANNER_STYLE, Strip
from mouplanner.ui.document import Document
from mouplanner.ui.i18n import translated

CHECK_MS = 20_000  # how often a laptop's copy looks for its server (a socket's connect: no login)


class SyncOffer(QObject):
    """The strip offering to sync, shown when the server is within reach again."""

    syncRequested = Signal()

    def __init__(self, parent: QWidget, document: Document):
        super().__init__(parent)
        self.document = document
        self.server = document.server_copy_of
        self.strip = QFrame(parent)
        self.strip.setObjectName("syncOfferBanner")
        self.strip.setStyleSheet(f"QFrame#syncOfferBanner {{ {BANNER_STYLE} }}")
        self.strip.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # its text's height
        self.label = Strip(self.strip)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.strip)
        self.button.setObjectName("syncNow")
        self.button.clicked.connect(self.syncRequested)
        row = QHBoxLayout(self.strip)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.strip.hide()
        self.reached = False  # what the last look found
        self.unsent = 0
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.look)
        if self.server and not document.read_only:
            QTimer.singleShot(0, self.look)
            self.timer.start()
        self.retranslate()

    def look(self) -> None:
        url = self.server
        if url:  # (off the UI thread: a laptop off the network waits for the timeout)
            self.document.background.run("server-reachable", lambda: reachable(url), self._looked)

    def _looked(self, answer: Any, error: BaseException | None) -> None:
        now = bool(answer) and error is None
        if now and not self.reached:  # back within reach (or at the start): offer, once
            self.unsent = self.document.facade.unsent_to_server()
            self.retranslate()
            self.strip.show()
        elif not now:
            self.strip.hide()
        self.reached = now

    def synced(self) -> None:
        self.strip.hide()  # (offered again after the server was out of reach)

    def retranslate(self) -> None:
        if not self.server:
            return
        where = ServerAddress.from_url(self.server).label
        said = QCoreApplication.translate("SyncOffer", "The server %1 can be reached.").replace("%1", where) + " "
        if self.unsent:
            said += QCoreApplication.translate(
                "SyncOffer", "%1 changes made on this laptop have not been sent to it yet.").replace(
                "%1", self.document.formats.number(self.unsent))
        else:
            said += QCoreApplication.translate("SyncOffer", "Sync to receive what others changed meanwhile.")
        self.label.setText(said)
        self.button.setText(QCoreApplication.translate("SyncOffer", "Sync now"))


def sync_now(window: Any) -> SyncReport | None:
    """Connect to the server this laptop's copy came from and sync with it; the report is shown."""
    from mouplanner.ui.server_connect import connect

    document: Document = window.document
    title = QCoreApplication.translate("SyncOffer", "Sync with the server")
    if document is None or not document.server_copy_of:
        return None
    server = connect(window, document.server_copy_of)  # (a password from pgpass, the keyring or the user)
    if server is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = document.facade.sync_with(server)
    except (ExchangeError, WorkspaceError) as exc:
        window.show_error(title, translated(exc, document.formats))
        return None
    finally:
        QApplication.restoreOverrideCursor()
        server.close()
    document.undo_stack.clear()  # undo must not reach behind a merge with the server
    _show(window, document, report, title)
    if window.page is not None:
        window.page.offer.synced()
        if report.received.conflicts:
            window.page.tabs.setCurrentWidget(window.page.conflicts)
    window.update_exchange_status()
    return report


def _show(window: Any, document: Document, report: SyncReport, title: str) -> None:
    from mouplanner.ui.exchange_ui import taken_text

    sent = replace(report.sent, sender=report.server, conflicts=[])  # (the clashes: those found here, below)
    text = taken_text(document, sent, QCoreApplication.translate(
        "SyncOffer", "Sent to %1: %2 changes taken; %3 records created, %4 updated, %5 deleted, %6 restored there."),
        by_server=True)
    text += "\n\n" + taken_text(document, report.received, QCoreApplication.translate(
        "ExchangeActions", "From %1: %2 new changes; %3 records created, %4 updated, %5 deleted, %6 restored."))
    box = QMessageBox(QMessageBox.Icon.Warning if sent.refused else QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("syncReport")
    window.sync_box = box
    box.open()


__all__ = ["CHECK_MS", "SyncOffer", "sync_now"]
