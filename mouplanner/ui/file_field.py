"""The parts every "write a file" dialog has: the file's path with Browse… beside it, and the line
under the form that says what is wrong (no folder, a file that could not be written)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

ERROR_STYLE = "color: #b03a2e;"


def file_row(parent: QWidget, browse: Callable[[], None]) -> tuple[QLineEdit, QHBoxLayout]:
    path = QLineEdit(parent)
    path.setObjectName("path")
    button = QPushButton(QCoreApplication.translate("FileField", "Browse…"), parent)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(button)
    return path, row


def message_line(parent: QWidget) -> QLabel:
    message = QLabel(parent)
    message.setObjectName("message")
    message.setStyleSheet(ERROR_STYLE)
    message.setWordWrap(True)
    return message
