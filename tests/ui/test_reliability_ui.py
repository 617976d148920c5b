"""What the app does with a workspace open elsewhere, a damaged one, one on a network share, and
restoring a backup."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.storage import Workspace, backups, sqlite
from tests.ui.conftest import answer_next_box


def test_a_workspace_open_elsewhere_opens_read_only(qtbot, make_window, demo_path):
    other = Workspace.open(demo_path)  # another instance has it
    try:
        window = make_window()
        seen: list[str] = []
        answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
        assert window.open_workspace(demo_path)
        assert "already open for editing" in seen[0]
        assert window.windowTitle().endswith("(read-only)")
        assert not window.act_new_record.isEnabled() and not window.act_import.isEnabled()
        assert window.act_find.isEnabled()
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
    Services(window.document.ws).activities.delete(demo_id("act-signing"))
    assert window.restore_backup(choose=False)
    assert Services(window.document.ws).activities.get(demo_id("act-signing"))
    assert [b.reason for b in backups.list_backups(path)][:2] == ["before-restore", "manual"]


def test_a_network_share_is_detected_and_warned_about(qtbot, make_window, demo_path, monkeypatch):
    monkeypatch.setattr(sqlite, "is_network_share", lambda path: True)
    window = make_window(demo_path)
    assert window.network_box.isVisible() and "network share" in window.network_box.text()
    with window.document.ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
