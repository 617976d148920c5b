"""The main window on the demo workspace, driven with clicks and key presses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QListWidget, QMessageBox

from mouplanner.demo import demo_id
from mouplanner.ui.navigator import KEY_ROLE
from tests.ui.conftest import answer_next_box, show, type_text, ws_of


def navigator_item(window, key):
    model = window.page.navigator.model_
    for index in model.match(model.index(0, 0), KEY_ROLE, ":".join(key), 1,
                             Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly):
        return index
    raise AssertionError(f"no navigator node {key}")


def click_node(qtbot, window, key):
    nav = window.page.navigator
    index = navigator_item(window, key)
    nav.scrollTo(index)
    rect = nav.visualRect(index)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert nav.current_key() == key


def visible_texts(view, column=0):
    show(view)
    model = view.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_opens_demo_with_navigator_and_dashboard(window):
    assert window.windowTitle() == "demo.mouplan — mouplanner"
    nav_model = window.page.navigator.model_
    root = nav_model.item(0)
    assert root.text() == "All agreements" and root.rowCount() == 2
    assert root.child(1).text().startswith("TH-LA-ICT-2018  MOU on Postal") and root.child(1).text().endswith("(8)  ⚠")
    dash = window.page.dashboard
    assert dash.progress_bar.format() == "4/16"
    assert dash.people_label.text() == "Participants: 296 (women: 129)"
    assert "255,000,000 LAK" in dash.budget_label.text()
    overdue = [dash.overdue.item(i).text() for i in range(dash.overdue.count())]
    assert overdue[0] == "22 Sep 2026  Feasibility report submitted" and len(overdue) == 4


def test_selecting_a_node_scopes_every_view(qtbot, window):
    click_node(qtbot, window, ("workstream", demo_id("w-training")))
    page = window.page
    assert page.dashboard.progress_bar.format() == "1/3"
    assert len(visible_texts(page.views["activities"])) == 7
    assert len(visible_texts(page.views["milestones"])) == 3
    click_node(qtbot, window, ("agreement", demo_id("mou2021")))
    assert sorted(visible_texts(page.views["activities"])) == [
        "MOU signing with AIF Group", "Review of the draft feasibility report",
        "Stakeholder workshop on electronic fee collection"]
    assert len(visible_texts(page.views["indicators"])) == 5
    click_node(qtbot, window, ("all", ""))
    assert len(visible_texts(page.views["activities"])) == 19
    assert len(visible_texts(page.views["people"])) == 11
    assert len(visible_texts(page.views["organisations"])) == 6


def test_a_hidden_list_queries_nothing_until_shown_then_shows_the_scope_chosen_meanwhile(qtbot, window):
    view = window.page.views["milestones"]
    assert window.page.tabs.currentWidget() is not view
    click_node(qtbot, window, ("workstream", demo_id("w-training")))
    assert not view.model.loaded and view.model.rowCount() == 0  # no query for a list nobody sees
    assert len(visible_texts(view)) == 3  # shown: loaded, in the scope chosen while it was hidden
    assert view.model.loaded


def test_quick_search_filters_as_you_type_and_ctrl_f_focuses_it(qtbot, window):
    page = window.page
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = page.views["activities"]
    assert page.tabs.currentWidget() is view
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    type_text(view.search, "ดูงาน")
    assert sorted(visible_texts(view)) == ["International Computer course and study visit",
                                           "Study visit to Thai community ICT learning centres"]
    view.search.clear()
    qtbot.keyClicks(view.search, "depa")  # host organisation
    assert sorted(visible_texts(view)) == ["Lao startups at the Thai digital startup exhibition"]
    view.search.clear()
    qtbot.keyClicks(view.search, "Khamla")  # a participant
    assert len(visible_texts(view)) == 2
    assert view.count_label.text() == "2 records"


def test_the_first_two_characters_typed_run_no_query_the_third_filters(qtbot, window, monkeypatch):
    view = window.page.views["activities"]
    window.page.tabs.setCurrentWidget(view)
    everything = len(visible_texts(view))
    queries = []
    listing = type(view.model.listing)
    real_ids = listing.ids_from
    monkeypatch.setattr(listing, "ids_from", lambda self, ws, q, base: queries.append(q.text) or real_ids(self, ws, q, base))
    type_text(view.search, "Vi")
    assert queries == [] and len(visible_texts(view)) == everything
    type_text(view.search, "e")
    assert queries == ["Vie"] and 0 < len(visible_texts(view)) < everything
    view.search.setText("Vi")  # back under three characters: everything again
    assert queries == ["Vie", "Vi"] and len(visible_texts(view)) == everything


def test_filters_and_sorting(qtbot, window):
    view = window.page.views["activities"]
    window.page.tabs.setCurrentWidget(view)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("training"))
    assert len(visible_texts(view)) == 5
    view.status_filter.setCurrentIndex(view.status_filter.findData("planned"))
    assert sorted(visible_texts(view)) == ["Building websites with Joomla",
                                           "Using social media for public communication"]
    view.kind_filter.setCurrentIndex(0)
    view.status_filter.setCurrentIndex(0)
    view.date_from.set_value(date(2027, 1, 1))
    assert len(visible_texts(view)) == 3
    view.date_from.clear()
    header = view.table.horizontalHeader()
    col = view.model.listing.columns.index("participants")

    def click_header():
        view.table.scrollTo(view.model.index(0, col))
        x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        return [int(view.model.index(r, col).data().replace(",", "")) for r in range(view.model.rowCount())]

    first = click_header()
    assert view.model.query.sort == "participants"
    assert first == sorted(first, reverse=view.model.query.descending)
    was_descending = view.model.query.descending
    second = click_header()
    assert view.model.query.descending != was_descending
    assert second == sorted(second, reverse=view.model.query.descending)
    assert max(first) == 40 and sorted(first) == sorted(second)


def test_create_activity_through_the_form(qtbot, window):
    page = window.page
    click_node(qtbot, window, ("workstream", demo_id("w-cyber")))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert form is not None and form.isVisible() and form.windowTitle() == "New activity"
    qtbot.waitUntil(form.isActiveWindow)  # the dialog has come up and has the keyboard
    title_en = form.findChild(type(view_search := page.views["activities"].search), "title_en")
    message = form.findChild(type(form.children_message), "title_message")
    assert not form.save_button.isEnabled()
    assert message.text() == ""  # nothing in red before the person has typed anything
    assert form.pending.text() == "To save, complete: Title" and form.pending.isVisible()
    qtbot.keyClicks(title_en, "Cyber drill planning meeting")
    assert form.save_button.isEnabled() and not form.pending.isVisible()
    start = form.findChild(type(view_search), "planned_start")
    end = form.findChild(type(view_search), "planned_end")
    qtbot.keyClicks(start, "20/1/2027")
    end.setFocus()
    qtbot.keyClicks(end, "19/1/2027")
    end_message = form.findChild(type(form.children_message), "planned_end_message")
    assert not end_message.isVisible()  # nothing moves while the person types...
    assert not form.save_button.isEnabled()
    qtbot.keyClick(end, Qt.Key.Key_Tab)  # ...the message comes once they leave the field
    assert "is before the start" in end_message.text() and end_message.isVisible()
    end.clear()
    qtbot.keyClicks(end, "7/2/61")
    assert "write the year with four digits" in end_message.text()
    end.clear()
    qtbot.keyClicks(end, "21/1/2027")
    assert not end_message.isVisible() and form.save_button.isEnabled()
    women = form.findChild(type(view_search), "headcount_women")
    qtbot.keyClicks(women, "3")
    assert not form.save_button.isEnabled()  # 3 women of 0 others
    total = form.findChild(type(view_search), "headcount_total")
    qtbot.keyClicks(total, "12")
    assert form.save_button.isEnabled()
    participants = form.child_tables[0]
    qtbot.mouseClick(participants.add_button, Qt.MouseButton.LeftButton)
    assert not form.save_button.isEnabled()  # a participant row without a person
    combo = participants.table.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findData(demo_id("siriporn")))
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    svc = window.document.facade.records
    [row] = svc.activities.search("Cyber drill planning")
    assert (row.workstream_id, str(row.planned_start), row.headcount_total, row.headcount_women) == (
        demo_id("w-cyber"), "2027-01-20", 12, 3)
    assert [p.person_id for p in svc.participants.list({"activity_id": row.id})] == [demo_id("siriporn")]
    assert "Cyber drill planning meeting" in visible_texts(page.views["activities"])
    view = page.views["activities"]
    assert view.table.current_id() == row.id


def test_edit_with_enter_then_undo_and_redo(qtbot, window):
    page = window.page
    view = page.views["activities"]
    page.tabs.setCurrentWidget(view)
    row = view.model.row_of(demo_id("act-tr-joomla"))
    view.table.setFocus()
    view.table.selectionModel().setCurrentIndex(view.model.index(row, 0),
                                                QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    form = page.form
    assert form.windowTitle() == "Edit Activity: Building websites with Joomla"
    place = form.findChild(type(view.search), "place")
    place.clear()
    qtbot.keyClicks(place, "Luang Namtha")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    svc = window.document.facade.records
    assert svc.activities.get(demo_id("act-tr-joomla")).place == "Luang Namtha"
    assert window.act_undo.text() == "&Undo edit activity “Building websites with Joomla”"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert svc.activities.get(demo_id("act-tr-joomla")).place == "Vientiane"
    assert "Vientiane" in visible_texts(view, view.model.listing.columns.index("place"))
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert svc.activities.get(demo_id("act-tr-joomla")).place == "Luang Namtha"


def test_delete_says_what_goes_with_it_and_undo_brings_it_back(qtbot, window):
    page = window.page
    view = page.views["activities"]
    page.tabs.setCurrentWidget(view)
    view.select(demo_id("act-signing"))
    view.table.setFocus()
    seen: list[str] = []
    answer_next_box(qtbot, "delete", seen)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert seen and "Delete activity “MOU signing ceremony”?" in seen[0]
    assert "Participants: 4" in seen[0]
    svc = window.document.facade.records
    assert "MOU signing ceremony" not in visible_texts(view)
    assert svc.participants.list({"activity_id": demo_id("act-signing")}) == []
    assert window.act_undo.text() == "&Undo delete activity “MOU signing ceremony”"
    window.activateWindow()  # the message box had the focus; shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "MOU signing ceremony" in visible_texts(view)
    assert len(svc.participants.list({"activity_id": demo_id("act-signing")})) == 4


def test_delete_can_be_declined(qtbot, window):
    view = window.page.views["activities"]
    window.page.tabs.setCurrentWidget(view)
    view.select(demo_id("act-signing"))
    seen: list[str] = []
    answer_next_box(qtbot, "keep", seen)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert seen and "MOU signing ceremony" in visible_texts(view)


def test_history_lists_the_changes(qtbot, window):
    svc = window.document.facade.records
    svc.activities.update(demo_id("act-bb-info"), {"status": "confirmed"})
    page = window.page
    view = page.views["activities"]
    page.tabs.setCurrentWidget(view)
    page.refresh()
    view.select(demo_id("act-bb-info"))
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(__import__("mouplanner.ui.history_dialog", fromlist=["x"]).HistoryDialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(1, 1).text() == ws_of(window).actor and table.item(1, 3).text() == "Status"
    assert table.item(1, 4).text() == "Planned → Confirmed"  # labels, not codes
    created = table.item(0, 4).text()
    assert "Planned start: " in created and "-" not in created.split("Planned start: ")[1][:12]  # not ISO
    dialog.reject()
    window.page.document.save("move it", __import__("mouplanner.domain", fromlist=["Activity"]).Activity,
                              demo_id("act-bb-info"), {"planned_start": date(2027, 1, 4), "planned_end": date(2027, 1, 5)})
    view.select(demo_id("act-bb-info"))
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChildren(__import__("mouplanner.ui.history_dialog", fromlist=["x"]).HistoryDialog)[-1]
    texts = {dialog.table.item(r, 3).text(): dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}
    assert texts["Planned start"].endswith("→ 4 Jan 2027")  # a date as the reader writes it, not 2027-01-04


def test_dashboard_items_open_records_and_filters(qtbot, window):
    page = window.page
    dash = page.dashboard
    item = dash.overdue.item(0)
    dash.overdue.itemDoubleClicked.emit(item)
    assert page.form.windowTitle() == "Edit Milestone: Feasibility report submitted"
    page.form.reject()
    view = page.views["activities"]
    show(view).search.setText("Joomla")  # filters left from earlier work...
    view.status_filter.setCurrentIndex(view.status_filter.findData("planned"))
    view.date_from.set_value(date(2026, 1, 1))
    page.tabs.setCurrentWidget(dash)
    kinds: QListWidget = dash.by_kind
    training = next(kinds.item(i) for i in range(kinds.count()) if kinds.item(i).text().startswith("Training"))
    assert training.text() == "Training: 5"
    kinds.itemDoubleClicked.emit(training)
    assert page.tabs.currentWidget() is view and len(visible_texts(view)) == 5  # ...do not hide any of the five
    assert view.search.text() == "" and view.date_from.value() is None


def test_a_bad_file_gives_a_dialog_and_the_app_stays_usable(qtbot, window, tmp_path):
    bad = tmp_path / "notes.mouplan"
    bad.write_text("not a workspace")
    assert not window.open_workspace(bad)
    box = window.error_box
    assert box.isVisible() and "not a mouplanner workspace" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert window.windowTitle() == "demo.mouplan — mouplanner"
    assert len(visible_texts(window.page.views["activities"])) == 19


def test_new_save_copy_and_close(qtbot, window, tmp_path):
    assert window.save_copy_to(tmp_path / "copy.mouplan")
    assert (tmp_path / "copy.mouplan").exists()
    window.close_workspace()
    assert window.page is None and window.windowTitle() == "mouplanner"
    assert not window.act_new_record.isEnabled()
    assert window.create_workspace(tmp_path / "fresh")
    assert window.windowTitle() == "fresh.mouplan — mouplanner"
    assert visible_texts(window.page.views["activities"]) == []
    assert window.open_workspace(tmp_path / "copy.mouplan")
    assert len(visible_texts(window.page.views["activities"])) == 19


def test_columns_fit_their_headers_and_values_and_overdue_milestones_stand_out(qtbot, window):
    from PySide6.QtGui import QFontMetrics

    for name in ("activities", "milestones", "indicators", "people"):
        view = show(window.page.views[name])
        header = view.table.horizontalHeader()
        metrics = QFontMetrics(header.font())
        for column in range(view.model.columnCount()):
            label = view.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(label), (name, label)
    view = show(window.page.views["milestones"])
    model = view.model
    late = [r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole)]
    titles = {model.index(r, 0).data() for r in late}
    assert "Feasibility report submitted" in titles and len(late) == 4  # as the dashboard counts them
    assert model.index(late[0], 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue: planned for ")
    assert model.index(late[0], 0).data(Qt.ItemDataRole.DecorationRole) is not None
