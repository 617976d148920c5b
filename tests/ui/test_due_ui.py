"""The Due tab and the notice when a workspace opens (issue 18), driven as a coordinator does on
the morning after a trip: the strip says what is overdue, Show leads to the list, Enter opens the
record."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_notice_at_opening_leads_to_the_due_tab_where_enter_opens_the_record(qtbot, window):
    page = window.page
    qtbot.waitUntil(page.due_notice.isVisible)
    late, week = page.due.counts()
    assert late >= 3
    said = f"{late} overdue and {week} due within a week" if week else f"{late} overdue"
    assert page.due_notice.label.text() == f"{said}: action items, milestones, notices, meetings."
    qtbot.mouseClick(page.due_notice.show_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.due and not page.due_notice.isVisible()
    assert page.tabs.tabText(page.tabs.indexOf(page.due)) == "Due"
    tree = page.due.tree
    overdue = tree.topLevelItem(0)
    assert overdue.text(0) == "Overdue" and overdue.childCount() == late
    texts = [" | ".join(overdue.child(i).text(c) for c in range(3)) for i in range(overdue.childCount())]
    assert any("Action item due | " in t and "days ago" in t for t in texts)
    assert any(t.split(" | ")[1] == "Minutes not agreed yet" for t in texts)
    later = tree.topLevelItem(tree.topLevelItemCount() - 1)
    action = next(later.child(i) for i in range(later.childCount()) if later.child(i).text(1) == "Action item due")
    assert action.text(0) == "1 Dec 2026 (in 10 days, 7 working days)"  # from Sunday 22 Nov
    assert action.toolTip(0) == "Working days: Monday to Friday, less the public holidays of Laos"
    first_action = next(overdue.child(i) for i in range(overdue.childCount())
                        if overdue.child(i).text(1) == "Action item due")
    tree.setFocus()
    tree.setCurrentItem(first_action)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible())
    assert page.form.windowTitle() == f"Edit Action item: {first_action.text(2)}"
    page.form.reject()
