"""File > Rights… for an admin of a server workspace: the list of who has what, a login made an
editor of one agreement with a few clicks (and the server holding exactly that), then a reader,
then nobody; a login the server lacks and an admin's own right are refused with a message. Those
who are no admin have no such menu item."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, Qt

from mouplanner.storage.postgres import rights
from tests.postgres.test_connect_ui import _login
from tests.ui.conftest import click, settle


def _rights_of(server_demo, member: str) -> tuple[str, tuple[str, ...]] | None:
    with server_demo.engine.connect() as conn:
        found = {r.member: (r.level, r.agreements) for r in rights.rights(conn)}
    return found.get(member)


def _tick(qtbot, box) -> None:
    """A click on a check box's box (the widget spans the form's row: its centre is empty)."""
    settle(qtbot)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _choose(qtbot, combo, text: str) -> None:
    combo.setFocus()
    combo.setCurrentIndex(combo.findText(text))
    settle(qtbot)


def test_an_admin_gives_and_takes_rights_in_the_dialog(qtbot, make_window, server_demo):
    from mouplanner.demo import demo_id

    newcomer = f"u_{uuid.uuid4().hex[:8]}"
    with server_demo.engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{newcomer}" LOGIN')
    location = server_demo.location
    window = make_window(location)  # as the server's superuser: an admin
    assert window.act_rights.isEnabled()
    window.file_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    settle(qtbot)
    window.act_rights.trigger()
    window.file_menu.hide()
    dialog = window.rights_dialog
    qtbot.waitExposed(dialog)

    dialog.login.setFocus()
    dialog.login.clearEditText()
    qtbot.keyClicks(dialog.login, newcomer)
    _choose(qtbot, dialog.level, "Editor")
    assert dialog.all_agreements.isEnabled() and not dialog.agreements.isEnabled()
    _tick(qtbot, dialog.all_agreements)
    assert dialog.agreements.isEnabled()
    click(qtbot, dialog.apply_button)
    assert "Tick the agreements" in dialog.message.text() and _rights_of(server_demo, newcomer) is None
    item = next(dialog.agreements.item(i) for i in range(dialog.agreements.count())
                if dialog.agreements.item(i).data(Qt.ItemDataRole.UserRole) == "TH-LA-ICT-2018")
    item.setCheckState(Qt.CheckState.Checked)
    click(qtbot, dialog.apply_button)
    assert _rights_of(server_demo, newcomer) == ("editor", (demo_id("mou2018"),))
    shown = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert [newcomer, "Editor", "TH-LA-ICT-2018"] in shown
    assert dialog.message.text() == f"{newcomer}: Editor, TH-LA-ICT-2018"

    _choose(qtbot, dialog.level, "Reader")
    assert not dialog.agreements.isEnabled()
    click(qtbot, dialog.apply_button)
    assert _rights_of(server_demo, newcomer) == ("reader", ())
    _choose(qtbot, dialog.level, "No rights")
    click(qtbot, dialog.apply_button)
    assert _rights_of(server_demo, newcomer) is None
    assert newcomer not in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert dialog.message.text() == f"{newcomer} has no rights now"

    dialog.login.clearEditText()
    qtbot.keyClicks(dialog.login, "nobody_here")
    _choose(qtbot, dialog.level, "Reader")
    click(qtbot, dialog.apply_button)
    assert "the server has no login nobody_here" in dialog.message.text()
    dialog.reject()


def test_an_admin_cannot_take_their_own_admin_right(qtbot, make_window, server_demo):
    admin = _login(server_demo, level="admin")
    url = server_demo.backend.url.set(username=admin).render_as_string(hide_password=False)
    window = make_window(url)
    window.act_rights.trigger()
    dialog = window.rights_dialog
    qtbot.waitExposed(dialog)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == admin)
    dialog.table.selectRow(row)
    assert dialog.login.currentText() == admin and dialog.level.currentData() == "admin"
    _choose(qtbot, dialog.level, "Reader")
    click(qtbot, dialog.apply_button)
    assert "cannot take their own admin right" in dialog.message.text()
    assert _rights_of(server_demo, admin) == ("admin", ())
    dialog.reject()


def test_an_editor_has_no_rights_menu_item(qtbot, make_window, server_demo):
    editor = _login(server_demo, level="editor")
    window = make_window(server_demo.backend.url.set(username=editor).render_as_string(hide_password=False))
    assert not window.act_rights.isEnabled()
