"""Starts the desktop app: fonts, the workspace to open, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from mouplanner.services.summary import format_summary, summary
from mouplanner.storage import Workspace


def run(workspace: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    from mouplanner.paths import default_demo_path

    path = Path(workspace) if workspace else default_demo_path()
    if not path.exists() and workspace is None:
        from mouplanner.demo import build_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo(path).close()
    ws = Workspace.open(path)
    window = QMainWindow()
    window.setWindowTitle(f"{path.name} - mouplanner")
    window.setCentralWidget(QLabel(format_summary(summary(ws))))
    window.show()
    code = app.exec()
    ws.close()
    return code
