"""What the app does with a workspace open elsewhere, a damaged one, one on a network share, and
restoring a backup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.storage import Workspace, sqlite
from mouplanner.storage.sqlite import backups
from tests.ui.conftest import answer_next_box, settle, show, ws_of


def test_a_workspace_open_elsewhere_opens_read_only(qtbot, make_window, demo_path):
    other = Workspace.open(demo_path)  # another instance has it
    try:
        window = make_window()
        seen: list[str] = []
        answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
        assert window.open_workspace(demo_path)
        assert "already open for editing" in seen[0] and "(by  on" not in seen[0]
        assert window.windowTitle().endswith("(read-only)")
        assert not window.act_new_record.isEnabled() and not window.act_import.isEnabled()
        assert window.act_find.isEnabled()
        writes = [window.act_new_record, window.act_delete, window.act_import, window.act_send, window.act_receive,
                  window.act_clone, window.act_restore, *window.add_actions.values()]
        assert [a.objectName() for a in writes if a.isEnabled()] == []
        page = window.page
        settle(qtbot)
        assert page.banner.isVisible() and page.banner.text().startswith("Read-only:")
        show(page.timeline)
        assert not page.timeline.baseline_button.isEnabled()
        bar = page.timeline.items[("activity", demo_id("act-tr-joomla"))]
        assert not bar.flags() & bar.GraphicsItemFlag.ItemIsMovable
        show(page.conflicts)
        assert not any(b.isEnabled() for b in page.conflicts.keep)
        view = show(page.views["activities"])
        view.select(demo_id("act-tr-joomla"))
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # nothing to confirm, nothing deleted
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        form = page.form
        assert form.isVisible() and not form.save_button.isEnabled()
        assert form.findChild(QLabel, "readOnlyBanner").isVisible()
        form.findChild(QLineEdit, "place").setText("Pakse")
        assert not form.save_button.isEnabled()
        form.reject()
        assert Services(other).activities.get(demo_id("act-tr-joomla")).place != "Pakse"
    finally:
        other.close()


def test_a_damaged_workspace_offers_its_latest_backup(qtbot, make_window, demo_path):
    backups.create(demo_path, "manual")
    data = bytearray(demo_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    for suffix in ("-wal", "-shm"):
        demo_path.with_name(demo_path.name + suffix).unlink(missing_ok=True)
    demo_path.write_bytes(bytes(data))
    window = make_window()
    seen: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    assert window.open_workspace(demo_path)
    assert "damaged" in seen[0]
    assert window.windowTitle() == "demo.mouplan — mouplanner"
    assert sqlite.integrity_problems(demo_path) == []


def test_restore_from_backup_in_the_app(qtbot, window):
    path = window.document.path
    backups.create(path, "manual")
    window.document.facade.records.activities.delete(demo_id("act-signing"))
    assert window.restore_backup(choose=False)
    assert window.document.facade.records.activities.get(demo_id("act-signing"))
    assert [b.reason for b in backups.list_backups(path)][:2] == ["before-restore", "manual"]


def test_a_network_share_is_detected_and_warned_about(qtbot, make_window, demo_path, monkeypatch):
    monkeypatch.setattr(sqlite.files, "is_network_share", lambda path: True)
    window = make_window(demo_path)
    assert window.network_box.isVisible() and "network share" in window.network_box.text()
    with ws_of(window).engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"


def _damage_behind_the_app(path, statement):
    import sqlite3 as driver

    con = driver.connect(path)
    con.execute(statement)
    con.commit()
    con.close()


def test_damage_found_after_opening_offers_the_newest_good_backup(qtbot, make_window, demo_path):
    """What SQLite's own reads do not trip on (a search trigger another program dropped) is found by
    the check that runs once the window shows; the newest backup replaces the file."""
    backups.create(demo_path, "manual")
    _damage_behind_the_app(demo_path, "DROP TRIGGER activity_search_au")
    window = make_window()
    seen: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    assert window.open_workspace(demo_path)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "demo.mouplan is damaged (the search index is incomplete (activity_search_au is missing))" in seen[0]
    settle(qtbot)
    assert sqlite.damage(demo_path) is None  # the backup is in its place
    assert window.document is not None and not ws_of(window).read_only
    assert [b.reason for b in backups.list_backups(demo_path)][:2] == ["before-restore", "manual"]


def test_damage_found_after_opening_without_a_backup_keeps_it_read_only(qtbot, make_window, demo_path):
    _damage_behind_the_app(demo_path, "DROP TRIGGER activity_search_au")
    window = make_window()
    assert window.open_workspace(demo_path)
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible(), timeout=5000)
    assert "the search index is incomplete" in window.error_box.text()
    assert ws_of(window).read_only and window.windowTitle().endswith("(read-only)")
    assert not window.act_new_record.isEnabled()
    banner = window.page.banner
    assert banner.text().startswith("Read-only: this workspace is damaged")
    window.resize(1366, 768)
    settle(qtbot)
    assert banner.height() < 3 * banner.fontMetrics().height()  # one line of text, not a tall empty strip


def test_a_value_the_first_page_trips_on_is_damage_with_the_backup_offered(qtbot, make_window, demo_path):
    backups.create(demo_path, "manual")
    _damage_behind_the_app(demo_path, "UPDATE activity SET kind = 'picnic' WHERE rowid = 1")
    window = make_window()
    seen: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    assert window.open_workspace(demo_path)
    assert "it is damaged (a stored value 'picnic' is not one of the listed values)" in seen[0]
    settle(qtbot)
    assert sqlite.damage(demo_path) is None and window.page is not None
