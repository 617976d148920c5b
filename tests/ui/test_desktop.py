"""A desktop citizen (issue 20, first steps): Help > About says the version and the licences of
what mouplanner is made of; `mouplanner desktop install` adds the menu entry and makes .mouplan
and .mousync files open in mouplanner; a .mousync opened that way asks, then is received."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mouplanner import __version__
from mouplanner.cli.main import main
from mouplanner.demo import demo_id
from mouplanner.domain import Activity
from mouplanner.services import Services
from mouplanner.storage import Workspace
from mouplanner.ui.about import receive_when_open
from tests.ui.conftest import answer_next_box


def test_help_about_says_the_version_and_the_licences(qtbot, window):
    assert "&About mouplanner" in [a.text() for a in window.help_menu.actions()]
    assert window.menuBar().actions()[-1].menu() is window.help_menu  # the last menu, as everywhere
    window.act_about.trigger()
    dialog = window.about_dialog
    from PySide6.QtWidgets import QLabel

    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert dialog.isVisible() and f"mouplanner {__version__}" in labels and "PySide6 6." in labels
    text = dialog.licences.toPlainText()
    for part in ("mouplanner", "MIT", "Qt 6", "LGPL-3.0", "SIL OFL 1.1", "icalendar", "SQLAlchemy", "PySide6"):
        assert part in text, part
    assert "pytest" not in text  # the tests' tools are not part of the app
    dialog.reject()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop entry is Linux's")
def test_the_desktop_entry_and_the_file_types_for_the_user(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["desktop", "install"]) == 0
    entry = (tmp_path / "applications" / "mouplanner.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-mouplanner-workspace;application/x-mouplanner-exchange;" in entry
    assert "Exec=" in entry and entry.split("Exec=")[1].split("\n")[0].endswith(" %f") and "@EXEC@" not in entry
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "mouplanner.svg").exists()
    if shutil.which("update-mime-database"):  # the desktop's own tool read our types
        globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-mouplanner-exchange:*.mousync" in globs
        assert "application/x-mouplanner-workspace:*.mouplan" in globs
    assert main(["desktop", "remove"]) == 0
    assert not (tmp_path / "applications" / "mouplanner.desktop").exists()
    assert "removed" in capfd.readouterr().out


def test_a_received_exchange_file_opened_by_double_click_asks_then_is_received(qtbot, window, tmp_path):
    facade = window.document.facade
    laptop = facade.clone(tmp_path / "laptop.mouplan", "Vientiane laptop")
    other = Workspace.open(laptop)
    try:
        Services(other).activities.update(demo_id("act-tr-joomla"), {"place": "Luang Prabang"})
        from mouplanner.exchange import sync

        sync.send(other, tmp_path / "from-vientiane.mousync", None)
    finally:
        other.close()
    seen: list = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    receive_when_open(window, str(tmp_path / "from-vientiane.mousync"))
    assert seen == [f"Receive the changes in from-vientiane.mousync into {facade.name}?"]
    assert facade.service(Activity).get(demo_id("act-tr-joomla")).place == "Luang Prabang"
    qtbot.waitUntil(lambda: getattr(window, "receive_box", None) is not None and window.receive_box.isVisible())
    window.receive_box.accept()
    assert Path(tmp_path / "from-vientiane.mousync").exists()
