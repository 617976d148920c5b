"""UI fixtures: settings and data folders of each test live in its own temp folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget

from mouplanner.ui import fonts, i18n
from mouplanner.ui.collector import collect_on_ui_thread
from mouplanner.ui.list_export import release_clipboard
from mouplanner.ui.main_window import MainWindow
from tests.conftest import DEMO_DAY


@pytest.fixture(autouse=True)
def no_printed_traceback(capfd):
    """Any traceback the app prints (a slot, a thread, a task) fails the test that caused it.
    pytest-qt already fails a test on an exception that reaches Qt's event loop."""
    yield
    err = capfd.readouterr().err
    assert "Traceback (most recent call last)" not in err, err


@pytest.fixture(autouse=True, scope="session")
def clipboard_released_at_the_end(qapp):
    """As the app does when it quits (``list_export.release_clipboard``): pytest-qt never quits."""
    yield
    release_clipboard()


@pytest.fixture(autouse=True)
def ui_thread_collector(qapp):
    """Cycles collected on the UI thread only, as in the app (``ui/collector.py``)."""
    collect_on_ui_thread(qapp)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield
    if QApplication.instance() is not None:
        i18n.translators().switch("en")  # the translators are the application's: back to English


def ws_of(window):
    """The storage object beneath the window's facade: a test looks there at what the database holds
    (the app itself never does)."""
    return window.document.facade._ws


@pytest.fixture
def make_window(qtbot):
    windows = []

    def make(path=None) -> MainWindow:
        fonts.install(QApplication.instance())
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if path is not None:
            assert window.open_workspace(path)
            window.document.fixed_today = DEMO_DAY
            window.page.refresh()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


@pytest.fixture
def window(make_window, demo_path) -> MainWindow:
    return make_window(demo_path)


def settle(qtbot, ms: int = 60) -> None:
    """What happens between two clicks of a real person: the event loop runs for ``ms``, and with
    it the deferred deletes Qt queued (a finished task's thread, a closed dialog)."""
    qtbot.wait(ms)


def click(qtbot, widget, ms: int = 60) -> None:
    """A person's click: first the pause a person takes, then the click on the widget's centre."""
    from PySide6.QtCore import Qt

    settle(qtbot, ms)
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName() or widget} cannot be clicked"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_next_box(qtbot, button: QMessageBox.StandardButton | str, seen: list) -> None:
    """Answer the next modal message box (the app calls exec(), which blocks): a standard button,
    or one of the app's own by its object name ("delete", "keep")."""
    from PySide6.QtCore import QTimer

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        if isinstance(button, str):
            from PySide6.QtWidgets import QAbstractButton

            found = box.findChild(QAbstractButton, button)
            assert found is not None, f"no button {button!r} in {[b.text() for b in box.buttons()]}"
            found.click()
        else:
            box.button(button).click()

    QTimer.singleShot(0, press)


def type_text(widget, text: str) -> None:
    """Type text key by key. QTest.keyClicks only knows ASCII (it asserts on Thai and Lao), so
    each character goes as a key event carrying its text, as a Thai or Lao keyboard layout sends."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def show(view):
    """Bring a view's tab to the front, as a person would before reading it (views refresh when shown)."""
    tabs = view.parentWidget()
    while not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    tabs.setCurrentWidget(view)
    return view
