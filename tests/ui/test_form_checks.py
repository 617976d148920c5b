"""What a person meets typing into a form: messages where they belong, numbers and dates read as
typed and shown back the reader's way, and edits that are never dropped without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from mouplanner.demo import demo_id
from mouplanner.domain import Activity, Person
from tests.ui.conftest import answer_next_box, click, settle, type_text


def open_form(qtbot, window, model, key):
    form = window.page.open_form(model, demo_id(key))
    qtbot.waitUntil(form.isActiveWindow)
    return form


def edit_and_leave(qtbot, form, name, text):
    edit = form.findChild(QLineEdit, name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    return form.findChild(QLabel, f"{name}_message")


def test_a_bad_country_and_a_bad_email_are_named_and_block_save(qtbot, window):
    form = open_form(qtbot, window, Activity, "act-tr-joomla")
    message = edit_and_leave(qtbot, form, "country", "Laos")
    assert message.isVisible() and message.text() == "LAOS is not a two-letter ISO country code (TH, LA...)"
    assert not form.save_button.isEnabled()
    edit_and_leave(qtbot, form, "country", "la")
    assert not message.isVisible() and form.save_button.isEnabled()
    click(qtbot, form.save_button)
    assert window.document.facade.records.activities.get(demo_id("act-tr-joomla")).country == "LA"

    form = open_form(qtbot, window, Person, "khamla")
    message = edit_and_leave(qtbot, form, "email", "khamla at mptc")
    assert message.text() == "khamla at mptc is not an e-mail address" and not form.save_button.isEnabled()
    window.language_actions["th"].trigger()
    form._validate()
    assert message.text() == "khamla at mptc ไม่ใช่อีเมล"


def test_a_budget_typed_with_separators_comes_back_grouped(qtbot, window):
    form = open_form(qtbot, window, Activity, "act-tr-joomla")
    edit_and_leave(qtbot, form, "budget_amount", "฿150,000")
    click(qtbot, form.save_button)
    assert window.document.facade.records.activities.get(demo_id("act-tr-joomla")).budget_amount == 150000
    form = open_form(qtbot, window, Activity, "act-tr-joomla")
    assert form.findChild(QLineEdit, "budget_amount").text() == "150,000"
    form.reject()


def test_cancel_asks_before_dropping_edits(qtbot, window):
    form = open_form(qtbot, window, Activity, "act-tr-joomla")
    edit_and_leave(qtbot, form, "place", "Pakse")
    seen: list[str] = []
    answer_next_box(qtbot, "keepEditing", seen)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert seen == ["Discard your changes to this record?"] and form.isVisible()
    answer_next_box(qtbot, "discard", seen)
    click(qtbot, form.buttons.button(form.buttons.StandardButton.Cancel))
    settle(qtbot)
    assert not form.isVisible()
    assert window.document.facade.records.activities.get(demo_id("act-tr-joomla")).place != "Pakse"
    form = open_form(qtbot, window, Activity, "act-tr-joomla")  # nothing edited: closes at once
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def pick_by_typing(qtbot, picker, text):
    """Type part of a name into a picker, then take the first match from the list, as a person does."""
    picker.lineEdit().setFocus()
    type_text(picker.lineEdit(), text)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    matches = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle(qtbot)
    return matches


def test_a_participant_is_found_by_any_part_of_any_name_and_offered_once(qtbot, window):
    from mouplanner.ui.forms.picker import RecordPicker

    form = open_form(qtbot, window, Activity, "act-tr-joomla")
    participants = form.child_tables[0]
    before = participants.table.rowCount()
    click(qtbot, participants.add_button)
    picker = participants.table.cellWidget(before, 0)
    assert isinstance(picker, RecordPicker)
    names = [picker.itemText(i) for i in range(1, picker.count())]
    assert names == sorted(names, key=__import__("mouplanner.locale.text", fromlist=["sort_key"]).sort_key)
    assert not any(n == "" for n in names)
    already = {participants.table.cellWidget(r, 0).value() for r in range(before)}
    assert not already & {picker.itemData(i, Qt.ItemDataRole.UserRole) for i in range(1, picker.count())}
    matches = pick_by_typing(qtbot, picker, "ສິຣິ")  # Lao, inside the name, without the title ນາງ
    assert matches == ["Ms. Siriporn Chaiyaphum"]
    assert picker.value() == demo_id("siriporn") and picker.currentText() == "Ms. Siriporn Chaiyaphum"
    click(qtbot, participants.add_button)
    second = participants.table.cellWidget(before + 1, 0)
    offered = {second.itemData(i, Qt.ItemDataRole.UserRole) for i in range(second.count())}
    assert demo_id("siriporn") not in offered  # already added
    type_text(second.lineEdit(), "Nobody at all")
    assert form.children_message.text() and not form.save_button.isEnabled()
    participants.table.setCurrentCell(before + 1, 0)
    click(qtbot, participants.remove_button)
    assert form.save_button.isEnabled()
    click(qtbot, form.save_button)
    people = {p.person_id for p in window.document.service(__import__("mouplanner.domain", fromlist=["Participation"])
                                                            .Participation).list({"activity_id": demo_id("act-tr-joomla")})}
    assert demo_id("siriporn") in people


def test_a_picker_finds_a_person_among_five_thousand(qtbot):
    import time

    from mouplanner.ui.forms.picker import Choices, RecordPicker

    rows = [(f"Mr. Person {i:04d} Keola", f"p{i}", f"นายบุคคล {i} ທ່ານ ບຸກຄົນ {i}") for i in range(5000)]
    choices = Choices(rows)
    picker = RecordPicker(choices)
    qtbot.addWidget(picker)
    picker.show()
    started = time.perf_counter()
    picker.leave_out({f"p{i}" for i in range(0, 5000, 2)})
    assert picker.count() == 2501 and time.perf_counter() - started < 2
    matches = pick_by_typing(qtbot, picker, "ບຸກຄົນ 4321")
    assert matches == ["Mr. Person 4321 Keola"] and picker.value() == "p4321"


def test_a_new_form_takes_typing_at_once_in_its_first_field(qtbot, window):
    form = window.page.new_record(Activity)
    qtbot.waitUntil(form.isActiveWindow)
    assert QApplication.focusWidget() is form.findChild(QLineEdit, "title_en")
    form.done(0)
