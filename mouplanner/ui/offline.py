"""A workspace on a server whose connection is lost (the server restarted, the Wi-Fi dropped):
the views keep what they last read, a strip says the connection is lost, and the reads are tried
again every few seconds until the server answers; then the strip goes and the view in sight reads
again. Nothing is written meanwhile that could be lost: a form's save is refused with a message
and keeps what was typed (the form's own handling of workspace errors)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from mouplanner.storage.errors import ConnectionLost
from mouplanner.ui.banner import BANNER_STYLE, Strip

RETRY_MS = 3000


class ServerWatch(QObject):
    def __init__(self, parent: QWidget, again: Callable[[], None]):
        super().__init__(parent)
        self.strip: QLabel = Strip(parent)
        self.strip.setObjectName("connectionLostBanner")
        self.strip.setWordWrap(True)
        self.strip.setStyleSheet(BANNER_STYLE)
        self.strip.hide()
        self._again = again
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self._again)
        self.retranslate()

    @property
    def lost(self) -> bool:
        return self.timer.isActive()

    def read(self, reading: Callable[[], object]) -> bool:
        """Run a read; False when the server could not be reached (tried again later)."""
        try:
            reading()
        except ConnectionLost:
            self.strip.show()
            self.timer.start()
            return False
        if self.timer.isActive():
            self.timer.stop()
            self.strip.hide()
        return True

    def retranslate(self) -> None:
        self.strip.setText(QCoreApplication.translate(
            "Banner", "The connection to the server is lost. You see what was read before; mouplanner tries again "
                      "every few seconds. A form you save meanwhile keeps what you typed."))


__all__ = ["RETRY_MS", "ServerWatch"]
