"""What the main window shows while no workspace is open: new, open, or the demo workspace."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from mouplanner.ui.icons import icon


class WelcomePage(QWidget):
    def __init__(self, window: Any):
        super().__init__(window)
        self.setObjectName("welcomePage")
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(icon("new"), "", self)
        self.open_button = QPushButton(icon("open"), "", self)
        self.connect_button = QPushButton(icon("server"), "", self)
        self.demo_button = QPushButton(icon("agreement"), "", self)
        self.new_button.clicked.connect(window.new_workspace)
        self.open_button.clicked.connect(window.choose_workspace)
        self.connect_button.clicked.connect(window.connect_to_server)
        self.demo_button.clicked.connect(window.open_demo)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.label)
        for button in (self.new_button, self.open_button, self.connect_button, self.demo_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("No workspace is open."))
        self.new_button.setText(self.tr("New workspace…"))
        self.open_button.setText(self.tr("Open workspace…"))
        self.connect_button.setText(self.tr("Connect to a server…"))
        self.demo_button.setText(self.tr("Open the demo workspace"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
