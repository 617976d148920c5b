"""Starts the desktop app: fonts, the main window, and the workspace to open (the one given,
else the last one, else the demo workspace, written to the user's data folder on first start)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mouplanner import __version__
from mouplanner.paths import is_server_url
from mouplanner.ui import fonts, i18n, settings
from mouplanner.ui.collector import collect_on_ui_thread
from mouplanner.ui.main_window import MainWindow, ensure_demo


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("mouplanner")
    app.setOrganizationName("mouplanner")
    app.setApplicationVersion(__version__)
    fonts.install(app)
    collect_on_ui_thread(app)
    return app


def startup_workspace(given: str | None) -> Path | str:
    """What to open first: the workspace given, else the last one (a file still there, or a
    server), else the demo workspace."""
    if given:
        return given if is_server_url(given) else Path(given)
    last = settings.last_workspace()
    if last and (is_server_url(last) or Path(last).exists()):
        return last if is_server_url(last) else Path(last)
    return ensure_demo()


def start(workspace: str | None = None) -> MainWindow:
    """Everything before the event loop: the window shows at once (it needs Qt alone) and the
    workspace opens as soon as the window has painted, so a large workspace never keeps the
    person looking at nothing."""
    make_app()
    window = MainWindow()
    lang = i18n.saved_language()
    window.apply_formats(i18n.saved_formats(lang))
    if workspace and workspace.lower().endswith(".mousync"):  # a received exchange file, double-clicked
        from mouplanner.ui.about import receive_when_open

        received, workspace = workspace, None
        QTimer.singleShot(0, lambda: receive_when_open(window, received))
    window.open_when_painted(lambda: startup_workspace(workspace))
    window.show()
    return window


def run(workspace: str | None = None) -> int:
    window = start(workspace)  # (kept alive by this frame while the loop runs)
    app = QApplication.instance()
    assert app is not None  # start() made it
    if os.environ.get("MOUPLANNER_EXIT_WHEN_READY"):
        exit_when_ready(window)
    return app.exec()


def exit_when_ready(window: MainWindow) -> None:
    """Quit once the workspace is in sight, saying so on stdout ("ready" and the window's title),
    or "not ready" and exit status 1 when it could not be opened or an error reached the event
    loop meanwhile: how a bundle's smoke test and the start-up benchmark tell, from outside its
    process, that the app started."""
    started = time.monotonic()
    failed: list[str] = []
    before = sys.excepthook

    def record(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        failed.append(f"{kind.__name__}: {error}")
        before(kind, error, trace)

    sys.excepthook = record

    def check() -> None:
        app = QApplication.instance()
        page = window.centralWidget()
        opening = page is not None and page.objectName() == "openingPage"
        if failed or not opening or time.monotonic() - started > 120:
            opened = not failed and window.document is not None and page is window.page
            said = "ready " + window.windowTitle() if opened else "not ready " + "; ".join(failed or ["not opened"])
            print(said, flush=True)
            QTimer.singleShot(0, lambda: app.exit(0 if opened else 1) if app else None)
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)
