"""File > Connect to server…, driven as a person does: the address typed into the dialog, the
password asked (and asked again when wrong), taken from a pgpass file without asking, never written
to settings; a reader gets the workspace read-only; an unreachable server is a message."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mouplanner.storage.postgres import rights
from mouplanner.ui import settings
from tests.ui.conftest import click, settle, ws_of


def _login(server_demo, password: str | None = None, level: str = "editor") -> str:
    name = f"u_{uuid.uuid4().hex[:8]}"
    with server_demo.engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN' + (f" PASSWORD '{password}' IN ROLE needs_password"
                                                               if password else ""))
        rights.grant(conn, name, level, [])
    return name


def _fill_connect_dialog(qtbot, window, server_demo, user: str):
    click(qtbot, window.centralWidget().connect_button)
    dialog = window.connect_dialog
    qtbot.waitExposed(dialog)
    url = server_demo.backend.url
    qtbot.keyClicks(dialog.host, url.query["host"])
    qtbot.keyClicks(dialog.database, url.database)
    dialog.user.clear()
    qtbot.keyClicks(dialog.user, user)
    return dialog


def _answer_password(qtbot, window, answers: list[str], seen: list[bool], keep: bool = False):
    """Type each answer into the password dialog when it appears (it is modal: a timer does it);
    ``seen``: whether it said the one before was refused (with ``keep``: whether keeping it in the
    keyring was offered, and it is then ticked)."""
    def answer():
        dialog = getattr(window, "password_dialog", None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(30, answer)
            return
        seen.append(dialog.keep.isEnabled() if keep else dialog.refused.isVisible())
        qtbot.keyClicks(dialog.password, answers.pop(0))
        if keep:
            click(qtbot, dialog.keep)
        dialog.accept()
        window.password_dialog = None
        if answers:
            QTimer.singleShot(30, answer)

    QTimer.singleShot(30, answer)


def test_connect_with_a_password_asked_twice_and_kept_nowhere(qtbot, make_window, server_demo, tmp_path):
    user = _login(server_demo, password="Sabaidee-2561")
    window = make_window()
    dialog = _fill_connect_dialog(qtbot, window, server_demo, user)
    seen: list[bool] = []
    _answer_password(qtbot, window, ["wrong", "Sabaidee-2561"], seen)
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: window.document is not None, timeout=10000)
    assert seen == [False, True]  # asked; then asked again, saying the first was refused
    assert not dialog.isVisible()
    assert server_demo.backend.url.database in window.windowTitle() and "read-only" not in window.windowTitle()
    assert f"signed in as {user}" in window.status_label.text()
    assert "Sabaidee" not in window.status_label.text() + window.windowTitle()
    assert not window.act_restore.isEnabled() and not window.act_save_copy.isEnabled()
    assert window.act_new_record.isEnabled()
    stored = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "config").rglob("*.ini"))
    assert user in stored and "Sabaidee" not in stored  # the server is remembered, its password not
    recent = settings.recent_workspaces()[0]
    window.recent_menu.aboutToShow.emit()
    assert recent.startswith("postgresql://") and "(server)" in window.recent_menu.actions()[0].text()


def test_a_password_in_the_pgpass_file_is_not_asked(qtbot, make_window, server_demo, tmp_path, monkeypatch):
    user = _login(server_demo, password="Khop-jai")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:{server_demo.backend.url.database}:{user}:Khop-jai\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    window = make_window()
    dialog = _fill_connect_dialog(qtbot, window, server_demo, user)
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: window.document is not None, timeout=10000)
    assert getattr(window, "password_dialog", None) is None
    assert window.document.facade.user == user


def test_a_server_opened_by_its_url_keeps_every_option_the_url_gives(qtbot, make_window, server_demo):
    """From the command line or Open recent: libpq's options in the URL's query (the port, TLS files,
    the application's name) reach the server as given."""
    user = _login(server_demo, password="Sok-dee")
    url = server_demo.backend.url.set(username=user, drivername="postgresql",
                                      query={**server_demo.backend.url.query, "port": "5432",
                                             "application_name": "mouplanner-desk"})
    window = make_window()
    seen: list[bool] = []
    _answer_password(qtbot, window, ["Sok-dee"], seen)
    assert window.open_workspace(url.render_as_string(hide_password=False))
    with ws_of(window).connection() as conn:
        assert conn.exec_driver_sql("SHOW application_name").scalar() == "mouplanner-desk"
    assert seen == [False] and "application_name=mouplanner-desk" in settings.recent_workspaces()[0]


def test_a_reader_gets_the_workspace_read_only(qtbot, make_window, server_demo):
    user = _login(server_demo, level="reader")
    window = make_window()
    dialog = _fill_connect_dialog(qtbot, window, server_demo, user)
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: window.document is not None, timeout=10000)
    assert "read-only" in window.windowTitle() and not window.act_new_record.isEnabled()
    assert window.page.tabs.count() > 3  # and sees everything


def test_a_server_that_does_not_answer_is_a_message(qtbot, make_window, tmp_path):
    window = make_window()
    click(qtbot, window.centralWidget().connect_button)
    dialog = window.connect_dialog
    qtbot.keyClicks(dialog.host, str(tmp_path / "no server here"))
    qtbot.keyClicks(dialog.database, "mou")
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible(), timeout=10000)
    assert "cannot connect to" in window.error_box.text() and "no server here" in window.error_box.text()
    assert dialog.isVisible() and window.document is None  # to correct the address and try again
    window.error_box.accept()
    settle(qtbot)
    assert QApplication.activeModalWidget() is None or QApplication.activeModalWidget() is dialog
    assert not Path(tmp_path / "no server here").exists()


def test_the_app_started_with_a_server_url_opens_it_and_next_time_too(qtbot, make_window, server_demo):
    from mouplanner.ui.app import startup_workspace

    location = server_demo.location
    assert startup_workspace(location) == location  # a URL is not a file's path ("postgresql:/…")
    window = make_window()
    window.open_when_painted(lambda: startup_workspace(location))
    window.update()
    qtbot.waitUntil(lambda: window.document is not None, timeout=5000)
    assert window.document.facade.on_server and window.error_box is None
    assert startup_workspace(None) == location  # the last workspace: the server again


@pytest.fixture
def file_keyring(tmp_path):
    """A real keyring of its own for the test: keyrings.alt's file keyring (what keyring uses on a
    Linux machine without a desktop's secret service), in the test's folder."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    before = keyring.get_keyring()
    kept = PlaintextKeyring()
    kept.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(kept)
    yield Path(kept.file_path)
    keyring.set_keyring(before)


def test_a_password_kept_in_the_keyring_is_not_asked_again_and_forgotten_once_refused(
        qtbot, make_window, server_demo, file_keyring, tmp_path):
    from mouplanner.facade.servers import ServerAddress, saved_password
    from mouplanner.ui.server_connect import connect

    user = _login(server_demo, password="Sabaidee-2561")
    window = make_window()
    dialog = _fill_connect_dialog(qtbot, window, server_demo, user)
    seen: list[bool] = []
    _answer_password(qtbot, window, ["Sabaidee-2561"], seen, keep=True)
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: window.document is not None, timeout=10000)
    assert seen == [True]  # the keyring is there: keeping is offered
    url = window.document.facade.location
    address = ServerAddress.from_url(url)
    assert saved_password(address) == "Sabaidee-2561"
    assert base64.b64encode(b"Sabaidee-2561").decode() in file_keyring.read_text()  # (as that keyring writes it)
    stored = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "config").rglob("*.ini"))
    assert "Sabaidee" not in stored  # in the keyring, never in settings

    asked_again: list[bool] = []
    _answer_password(qtbot, window, ["Khop-jai-2562"], asked_again)  # (only if asked)
    facade = connect(window, url)  # the next time: from the keyring, not asked
    assert facade is not None and asked_again == []
    facade.close()

    with server_demo.engine.begin() as conn:  # an admin changes the password on the server
        conn.exec_driver_sql(f"ALTER ROLE \"{user}\" PASSWORD 'Khop-jai-2562'")
    facade = connect(window, url)  # the kept one is refused: forgotten, and asked saying so
    assert facade is not None and asked_again == [True]
    assert saved_password(address) is None  # (not kept this time)
    facade.close()
