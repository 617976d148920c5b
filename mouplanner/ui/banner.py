"""The strip above a view or form that says the workspace is open read-only, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

BANNER_STYLE = ("background: #fff4cc; color: #5c4400; border: 1px solid #e0c46c; border-radius: 3px; "
                "padding: 6px 10px;")


def read_only_banner(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("readOnlyBanner")
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    retranslate_banner(label)
    return label


def retranslate_banner(label: QLabel) -> None:
    label.setText(QCoreApplication.translate(
        "Banner", "Read-only: this workspace is open for editing in another window or by another person. You "
                  "can read, search and export it; changes cannot be saved here."))
