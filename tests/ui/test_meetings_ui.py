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
    assert [a.text() for a in shown][-3:] == ["Conflicts", "Timeline", "Calendar"]
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
    assert meeting[0].endswith("9th Joint Working Group meeting — Luang Prabang, LA")
    assert meeting[1] == "To prepare: 3 open action items due by then"
    gms = next(dash.action_items.item(i) for i in range(dash.action_items.count())
               if texts[i].endswith("Share the GMS link traffic figures"))
    assert gms.data(ITEM_ROLE) == ("action_item", demo_id("mt-jwg-last-a1"))
    dash.action_items.setFocus()
    dash.action_items.setCurrentItem(gms)
    qtbot.keyClick(dash.action_items, Qt.Key.Key_Return)  # (as Enter on any dashboard item opens it)
    qtbot.waitUntil(lambda: window.page.form is not None and window.page.form.isVisible())
    assert window.page.form.windowTitle() == "Edit Action item: Share the GMS link traffic figures"
    window.page.form.reject()
