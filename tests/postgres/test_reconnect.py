"""A lost connection (the server restarted, the Wi-Fi dropped) is a message and a reconnect, never
a lost edit: a form whose save cannot reach the server keeps what was typed, and saves it once the
server is back; the open window listens again and the lists read again."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from mouplanner.demo import demo_id
from mouplanner.domain import Activity
from mouplanner.services import Services
from mouplanner.storage import Workspace
from mouplanner.storage.errors import ConnectionLost
from tests.ui.conftest import click, settle, show

JOOMLA = demo_id("act-tr-joomla")


def test_an_edit_that_could_not_be_saved_stays_in_its_form_until_the_server_is_back(
        qtbot, make_window, server_demo, server_switch):
    location = server_demo.location
    server_demo.close()
    window = make_window(location)
    view = show(window.page.views["activities"])
    form = window.page.open_form(Activity, JOOMLA)
    qtbot.waitExposed(form)
    place = form.findChild(QLineEdit, "place")
    place.clear()
    qtbot.keyClicks(place, "Attapeu")
    server_switch.stop()  # the server restarts while the form is open
    said: list[str] = []
    _answer_warning(said)
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "was lost" in said[0] and "nothing was changed" in said[0]
    settle(qtbot)
    assert form.isVisible() and place.text() == "Attapeu"  # the edit is still there
    form.hide()  # (the person looks at other tabs meanwhile)
    for tab in (window.page.dashboard, window.page.views["milestones"], window.page.timeline):
        window.page.tabs.setCurrentWidget(tab)
        settle(qtbot, 300)
    strip = window.page.server.strip
    assert strip.isVisible() and "connection to the server is lost" in strip.text()
    assert window.page.timeline in window.page.stale  # read again once the server answers
    server_switch.start()
    qtbot.waitUntil(lambda: not strip.isVisible(), timeout=4000)  # tried again every few seconds
    assert window.page.timeline not in window.page.stale
    window.page.tabs.setCurrentWidget(view)
    form.show()
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    with Workspace.open(location) as ws:
        assert Services(ws).activities.get(JOOMLA).place == "Attapeu"
    row = view.model.row_of(JOOMLA)
    qtbot.waitUntil(lambda: "Attapeu" in [view.model.index(row, c).data() for c in range(view.model.columnCount())],
                    timeout=2000)


def _answer_warning(said: list[str], tries: int = 200) -> None:
    """The warning the form shows (modal): read, then closed, as a person does."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        said.append(box.text())
        box.accept()
    elif tries:
        QTimer.singleShot(30, lambda: _answer_warning(said, tries - 1))


def test_a_lost_connection_is_said_as_such(server_demo, server_switch):
    import pytest

    server_switch.stop()
    with pytest.raises(ConnectionLost, match="was lost"):
        Services(server_demo).activities.update(JOOMLA, {"place": "Attapeu"})
    server_switch.start()
    Services(server_demo).activities.update(JOOMLA, {"place": "Attapeu"})  # the next use connects again
