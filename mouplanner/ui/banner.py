"""The strip above a view or form that says the workspace is open read-only, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

BANNER_STYLE = ("background: #fff4cc; color: #5c4400; border: 1px solid #e0c46c; border-radius: 3px; "
                "padding: 6px 10px;")


class Strip(QLabel):
    """A wrapped label as tall as its text at its width: a layout asks a wrapped label for its height
    at a narrow width, and the strip stood three lines tall over one line of text."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height > 0 and self.maximumHeight() != height:
            self.setMaximumHeight(height)


def read_only_banner(parent: QWidget, damaged: bool = False) -> QLabel:
    """The strip; ``damaged``: the workspace is read-only because it is damaged, not held elsewhere."""
    label = Strip(parent)
    label.setObjectName("readOnlyBanner")
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # its text's height, no more
    label.setProperty("damaged", damaged)
    retranslate_banner(label)
    return label


def retranslate_banner(label: QLabel) -> None:
    if label.property("damaged"):
        label.setText(QCoreApplication.translate(
            "Banner", "Read-only: this workspace is damaged. You can read, search and export what can still be "
                      "read; to work in it again, restore a backup (File > Restore from backup)."))
        return
    label.setText(QCoreApplication.translate(
        "Banner", "Read-only: this workspace is open for editing in another window or by another person. You "
                  "can read, search and export it; changes cannot be saved here."))
