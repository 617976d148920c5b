"""The Meetings and Action items tabs (issue 18, first step), driven as a secretariat does: the
action items of the agreement chosen in the navigator, the overdue ones marked; one opened with
Enter, its status changed with the keyboard, saved, and undone."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from mouplanner.demo import demo_id
from tests.ui.conftest import ws_of


def _shown(window, name):
    view = window.page.views[name]
    window.page.tabs.setCurrentWidget(view)
    view.refresh()
    return view


def test_the_action_items_tab_marks_the_overdue_and_follows_the_navigator(qtbot, window):
    view = _shown(window, "action_items")
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() == 6)
    late = [model.index(r, 0).data() for r in range(model.rowCount())
            if model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole)]
    assert sorted(late) == ["Send comments on the draft report", "Send the list of trainers",
                            "Share the GMS link traffic figures"]
    assert window.page.tabs.tabText(window.page.tabs.indexOf(view)) == "Action items"
    shown = [a for a in window.tab_actions if a.isVisible()]  # the View menu: every tab, the last ones too
    assert [a.text() for a in shown][-4:] == ["Conflicts", "Timeline", "Calendar", "Due"]
    assert shown[9].shortcut().toString() == "Ctrl+0" and shown[-1].shortcut().isEmpty()
    nav = window.page.navigator
    ict = next(nav.model_.item(0).child(i) for i in range(nav.model_.item(0).rowCount())
               if nav.model_.item(0).child(i).text().startswith("TH-LA-ICT-2018"))
    nav.setCurrentIndex(ict.index())
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    meetings = _shown(window, "meetings")
    qtbot.waitUntil(lambda: meetings.model.rowCount() == 4)
    tabs, conflicts = window.page.tabs, window.page.conflicts
    assert not tabs.isTabVisible(tabs.indexOf(conflicts))  # nothing to settle: no tab taking room
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # still there when asked for
    assert tabs.currentWidget() is conflicts and tabs.isTabVisible(tabs.indexOf(conflicts))


def test_an_action_item_marked_done_with_the_keyboard_then_undone(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    from mouplanner.services import Services

    view = _shown(window, "action_items")
    qtbot.waitUntil(lambda: view.model.rowCount() == 6)
    row = view.model.row_of(demo_id("mt-jwg-last-a3"))
    view.table.setFocus()
    view.table.selectionModel().setCurrentIndex(view.model.index(row, 0),
                                                QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    form = window.page.form
    assert form.windowTitle() == "Edit Action item: Send the list of trainers"
    status = form.findChild(QComboBox, "status")
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)
    qtbot.keyClick(status, Qt.Key.Key_Down)
    assert status.currentData() == "done"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    svc = Services(ws_of(window))
    assert svc.action_items.get(demo_id("mt-jwg-last-a3")).status.value == "done"
    qtbot.waitUntil(lambda: not view.model.index(view.model.row_of(demo_id("mt-jwg-last-a3")), 0)
                    .data(Qt.ItemDataRole.ForegroundRole))  # no longer overdue
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert svc.action_items.get(demo_id("mt-jwg-last-a3")).status.value == "open"


def test_the_dashboard_says_what_is_overdue_per_side_and_what_to_prepare_for_the_next_meeting(qtbot, window):
    from mouplanner.ui.dashboard_view import ITEM_ROLE

    dash = window.page.dashboard
    window.page.tabs.setCurrentWidget(dash)
    dash.refresh()
    texts = [dash.action_items.item(i).text() for i in range(dash.action_items.count())]
    assert texts[:2] == ["Side 1: 2 open, 2 overdue", "Side 2: 2 open, 1 overdue"]
    assert any(t.startswith("⚠ ") and t.endswith("Share the GMS link traffic figures") for t in texts)
    meeting = [dash.next_meeting.item(i).text() for i in range(dash.next_meeting.count())]
    assert meeting[0].endswith("9th Joint Working Group meeting — Luang Prabang, Laos")
    # 32 weekdays from Mon 23 Nov to Tue 5 Jan, less the Lao National Day (2 Dec) and New Year's Day
    assert meeting[1] == "In 45 days, 30 working days"
    assert meeting[2] == "To prepare: 3 open action items due by then"
    gms = next(dash.action_items.item(i) for i in range(dash.action_items.count())
               if texts[i].endswith("Share the GMS link traffic figures"))
    assert gms.data(ITEM_ROLE) == ("action_item", demo_id("mt-jwg-last-a1"))
    dash.action_items.setFocus()
    dash.action_items.setCurrentItem(gms)
    qtbot.keyClick(dash.action_items, Qt.Key.Key_Return)  # (as Enter on any dashboard item opens it)
    qtbot.waitUntil(lambda: window.page.form is not None and window.page.form.isVisible())
    assert window.page.form.windowTitle() == "Edit Action item: Share the GMS link traffic figures"
    window.page.form.reject()


def _open_meeting(qtbot, window, key):
    view = _shown(window, "meetings")
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    row = view.model.row_of(demo_id(key))
    view.table.setFocus()
    view.table.selectionModel().setCurrentIndex(view.model.index(row, 0),
                                                QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    form = window.page.form
    qtbot.waitUntil(form.isVisible)
    return form


def _lines(tree):
    out = []

    def walk(item, depth):
        out.append(("  " * depth) + " | ".join(item.text(c) for c in range(3)).rstrip(" |"))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)
    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i), 0)
    return out


def test_a_meetings_form_shows_its_agenda_with_the_matters_arising_and_opens_what_it_lists(qtbot, window):
    form = _open_meeting(qtbot, window, "mt-jwg-next")
    lines = _lines(form.meeting_panel.tree)
    assert lines[0] == "1. Matters arising from the 8th JWG"
    arising = [line for line in lines if line.startswith("  Arising (8th JWG): ")]
    assert arising and any("Share the GMS link traffic figures | Mr. Somphone Keola" in line for line in arising)
    assert lines[-1].startswith("2. Work plan 2027–2028")
    first = form.meeting_panel.tree.topLevelItem(0).child(0)
    form.meeting_panel.tree.itemDoubleClicked.emit(first, 0)
    child = form.child_form
    qtbot.waitUntil(child.isVisible)
    assert child.windowTitle().startswith("Edit Action item: ")
    child.reject()
    form.reject()


def test_the_next_meeting_planned_from_a_meetings_form_then_undone(qtbot, window):
    from mouplanner.services import Services

    form = _open_meeting(qtbot, window, "mt-jwg-next")
    qtbot.mouseClick(form.meeting_panel.plan_button, Qt.MouseButton.LeftButton)
    child = form.child_form
    qtbot.waitUntil(child.isVisible)
    assert child.windowTitle() == "Edit Meeting: 10th Joint Working Group meeting"
    assert _lines(child.meeting_panel.tree)[0] == "1. Matters arising from the 9th JWG"
    svc = Services(ws_of(window))
    ten = svc.meetings.list({"number": "10th JWG"})
    assert len(ten) == 1 and ten[0].host_country == "TH"
    child.reject()
    form.reject()
    meetings = window.page.views["meetings"]
    qtbot.waitUntil(lambda: meetings.model.rowCount() == 6)  # the list shows it without F5
    assert window.act_undo.text() == "&Undo plan the next meeting"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert svc.meetings.list({"number": "10th JWG"}) == []
    qtbot.waitUntil(lambda: meetings.model.rowCount() == 5)


def test_a_series_meeting_saved_as_held_plans_the_next_and_says_so(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    from mouplanner.services import Services

    form = _open_meeting(qtbot, window, "mt-jwg-next")
    status = form.findChild(QComboBox, "status")
    status.setCurrentIndex(status.findData("held"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("The next meeting is planned: 10th JWG"))
    assert len(Services(ws_of(window)).meetings.list({"number": "10th JWG"})) == 1


def test_minutes_written_from_the_file_menu_for_the_meeting_the_user_is_on(qtbot, window, tmp_path):
    import zipfile

    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

    view = _shown(window, "meetings")
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    view.table.selectionModel().setCurrentIndex(view.model.index(view.model.row_of(demo_id("mt-jwg-last")), 0),
                                                QItemSelectionModel.SelectionFlag.ClearAndSelect)
    window.file_menu.setFocus()
    window.act_minutes.trigger()
    dialog = window.minutes_dialog
    qtbot.waitUntil(dialog.isVisible)
    meeting = dialog.findChild(QComboBox, "meeting")
    assert meeting.currentData() == demo_id("mt-jwg-last") and "8th JWG" in meeting.currentText()
    layout = dialog.findChild(QComboBox, "layout")
    layout.setCurrentIndex(layout.findData("en+th"))
    assert layout.currentText() == "English and ไทย side by side"
    path = dialog.findChild(QLineEdit, "path")
    assert path.text().endswith(".docx") and "8th JWG" in path.text()
    dialog.findChild(QComboBox, "format").setCurrentIndex(1)
    assert path.text().endswith(".pdf")  # the name follows the format
    dialog.findChild(QComboBox, "format").setCurrentIndex(0)
    path.setText(str(tmp_path / "no such folder" / "m.docx"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "does not exist" in dialog.message.text()
    path.setText(str(tmp_path / "JWG8 minutes"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    written = tmp_path / "JWG8 minutes.docx"
    assert zipfile.ZipFile(written).read("word/document.xml").decode().count("การประชุมคณะทำงานร่วม ครั้งที่ 8") >= 1
    assert window.statusBar().currentMessage() == f"Written to {written}"


def test_minutes_written_as_pdf_from_a_meetings_form(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

    form = _open_meeting(qtbot, window, "mt-jv-tech")
    qtbot.mouseClick(form.meeting_panel.minutes_button, Qt.MouseButton.LeftButton)
    dialog = form.minutes_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.findChild(QComboBox, "meeting").currentData() == demo_id("mt-jv-tech")
    dialog.findChild(QComboBox, "format").setCurrentIndex(dialog.findChild(QComboBox, "format").findData(".pdf"))
    dialog.findChild(QLineEdit, "path").setText(str(tmp_path / "tm2.pdf"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert (tmp_path / "tm2.pdf").read_bytes().startswith(b"%PDF")
    assert form.meeting_panel.note.text() == f"Written to {tmp_path / 'tm2.pdf'}"
    form.reject()
