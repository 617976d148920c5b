"""File > Exchange and the Conflicts view, driven with clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mouplanner.demo import demo_id
from mouplanner.exchange import sync
from mouplanner.services import Services
from mouplanner.storage import Workspace
from mouplanner.ui import exchange_ui
from tests.ui.conftest import ws_of


def test_copy_send_receive_and_resolve_a_conflict(qtbot, window, tmp_path):
    copy = exchange_ui.make_copy(window, str(tmp_path / "lao"), "MPTC laptop")
    assert copy == tmp_path / "lao.mouplan"
    assert "MPTC laptop: today" in window.exchange_label.text()
    window.document.facade.records.activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    with Workspace.open(copy, actor="vilayvanh") as lao:
        Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Savannakhet"})
        Services(lao).people.update(demo_id("khamla"), {"position": "Web editor"})
        sent = sync.send(lao, tmp_path / "from-lao.mousync", ws_of(window).replica_name)
    report = exchange_ui.receive_changes(window, str(sent.path))
    assert report.received == 2
    box = window.receive_box
    assert box.isVisible() and box.text().startswith("From MPTC laptop: 2 new changes")
    assert "Conflicts that need a decision: 1." in box.text()
    box.close()
    page = window.page
    view = page.conflicts
    assert page.tabs.currentWidget() is view and page.tabs.tabText(page.tabs.indexOf(view)) == "Conflicts (1)"
    assert view.table.rowCount() == 1
    assert view.table.item(0, 0).text() == "Activity: Building websites with Joomla"
    assert view.table.item(0, 1).text() == "Place" and view.keep[1].text() == "Keep the other value"
    assert view.table.item(0, 2).text().startswith("Savannakhet\n— vilayvanh, MPTC laptop")
    assert view.table.item(0, 3).text().startswith("Pakse\n— ")
    view.table.selectRow(0)
    assert view.keep[0].isEnabled() and view.keep[1].isEnabled() and not view.keep[2].isEnabled()
    qtbot.mouseClick(view.keep[1], Qt.MouseButton.LeftButton)
    svc = window.document.facade.records
    assert svc.activities.get(demo_id("act-tr-joomla")).place == "Pakse"
    assert svc.people.get(demo_id("khamla")).position == "Web editor"
    assert view.table.rowCount() == 0 and page.tabs.tabText(page.tabs.indexOf(view)) == "Conflicts"
    assert window.act_undo.text() == "&Undo resolve a conflict"
    out = exchange_ui.send_changes(window, str(tmp_path / "to-lao"), None)
    assert out.path.name == "to-lao.mousync" and out.changes > 0


def test_a_bad_exchange_file_gets_a_message(qtbot, window, tmp_path):
    bad = tmp_path / "x.mousync"
    bad.write_bytes(b"MOUSYNC\n\x00\x00\x00\x05{oops")
    assert exchange_ui.receive_changes(window, str(bad)) is None
    assert window.error_box.isVisible() and "damaged" in window.error_box.text()


def when_copy_dialog(fill):
    """``fill(dialog)`` once the copy dialog is up (it is modal: a timer looks for it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "copyDialog":
            QTimer.singleShot(20, look)
            return
        fill(dialog)

    QTimer.singleShot(0, look)


def test_making_a_copy_asks_for_the_laptop_and_suggests_where(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from mouplanner.ui import settings
    from tests.ui.conftest import type_text

    settings.remember_output(tmp_path / "anything")
    seen = {}

    def fill(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()  # no name yet: it says so and stays
        seen["message"] = dialog.message.text()
        type_text(dialog.name, "MPTC laptop")
        seen["path"] = dialog.path.text()
        seen["width"] = dialog.width()
        ok.click()

    when_copy_dialog(fill)
    window.act_clone.trigger()
    assert seen["message"].startswith("Give the other laptop a name")
    assert seen["path"].startswith(str(tmp_path)) and "for MPTC laptop" in seen["path"] and seen["width"] >= 640
    assert list(tmp_path.glob("demo for MPTC laptop *.mouplan"))


def test_refused_changes_are_named_in_the_receive_report(qtbot, window, tmp_path):
    from mouplanner.demo import demo_id
    from mouplanner.exchange import fileformat
    from tests.exchange.test_sync import _crafted

    ws = ws_of(window)
    path = _crafted(tmp_path, ws)
    header, changes = fileformat.read(path, ws.workspace_id)
    bad = {**changes[0], "change_id": "c2", "field": "headcount_total", "new_value": "-5",
           "record_id": demo_id("act-signing")}
    path = fileformat.write(tmp_path / "mixed.mousync", header, [changes[0], bad])
    report = exchange_ui.receive_changes(window, str(path))
    assert report.received == 1 and len(report.refused) == 1
    text = window.receive_box.text()
    assert "Not taken, because this workspace does not accept such values (1):" in text
    assert "Activity “MOU signing ceremony”: Other participants (not named) — cannot be negative" in text


def test_a_copy_of_one_agreement_from_the_dialog(qtbot, window, tmp_path):
    """The dialog offers the agreements; the one picked (with the keyboard, as in the dialog) is
    all the copy holds, with every organisation and person."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from mouplanner.domain import Agreement
    from mouplanner.exchange import direct
    from mouplanner.storage import Workspace
    from mouplanner.ui import settings
    from tests.ui.conftest import type_text

    settings.remember_output(tmp_path / "anything")
    seen = {}

    def fill(dialog):
        seen["choices"] = [dialog.agreement.itemText(i) for i in range(dialog.agreement.count())]
        type_text(dialog.name, "Somchai laptop")
        dialog.agreement.setFocus()
        qtbot.keyClick(dialog.agreement, Qt.Key.Key_Down)
        seen["picked"] = dialog.agreement.currentText()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_copy_dialog(fill)
    window.act_clone.trigger()
    assert seen["choices"][0] == "All agreements" and len(seen["choices"]) == 3
    assert seen["picked"] == seen["choices"][1]
    [out] = tmp_path.glob("demo for Somchai laptop *.mouplan")
    with Workspace.open(out) as copy:
        with copy.read() as s:
            kept = [(a.id, a.code) for a in s.query(Agreement)]
        assert len(kept) == 1 and seen["picked"].startswith(kept[0][1] + " — ")
        assert direct.copy_of(copy) == kept[0][0]
