"""What a person meets typing into a form: messages where they belong, numbers and dates read as
typed and shown back the reader's way, and edits that are never dropped without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from mouplanner.demo import demo_id
from mouplanner.domain import Activity, Person
from mouplanner.services import Services
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
    assert Services(window.document.ws).activities.get(demo_id("act-tr-joomla")).country == "LA"

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
    assert Services(window.document.ws).activities.get(demo_id("act-tr-joomla")).budget_amount == 150000
    form = open_form(qtbot, window, Activity, "act-tr-joomla")
    assert form.findChild(QLineEdit, "budget_amount").text() == "150,000"
    form.reject()


def test_cancel_asks_before_dropping_edits(qtbot, window):
    form = open_form(qtbot, window, Activity, "act-tr-joomla")
    edit_and_leave(qtbot, form, "place", "Pakse")
    seen: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Cancel, seen)  # "Keep editing"
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert seen == ["Discard your changes to this record?"] and form.isVisible()
    answer_next_box(qtbot, QMessageBox.StandardButton.Discard, seen)
    click(qtbot, form.buttons.button(form.buttons.StandardButton.Cancel))
    settle(qtbot)
    assert not form.isVisible()
    assert Services(window.document.ws).activities.get(demo_id("act-tr-joomla")).place != "Pakse"
    form = open_form(qtbot, window, Activity, "act-tr-joomla")  # nothing edited: closes at once
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
