"""Two coordinators editing one record at once on the server: fields only one of them changed are
both kept; a field both changed is never overwritten silently: the second save is refused, told who
and when, with both values, and saves what the person then chooses."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.services.concurrent import EditConflict
from mouplanner.storage import Workspace
from tests.postgres.test_rights import as_user, login

JOOMLA = demo_id("act-tr-joomla")


@pytest.fixture
def two(server_demo):
    """Somchai's and Khamla's workspaces: two clients of the server, each as their own login."""
    a = Workspace.open(as_user(server_demo, login(server_demo, "editor")))
    b = Workspace.open(as_user(server_demo, login(server_demo, "editor")))
    yield Services(a), Services(b)
    a.close()
    b.close()


def test_different_fields_merge(two):
    somchai, khamla = two
    opened = somchai.activities.get(JOOMLA)  # Somchai opens the form...
    khamla.activities.update(JOOMLA, {"place": "Luang Prabang"})  # ...Khamla saves first
    somchai.activities.update(JOOMLA, {**_form(opened), "notes": "Room booked"}, expected_version=opened.version,
                              original=asdict(opened))
    now = somchai.activities.get(JOOMLA)
    assert (now.place, now.notes) == ("Luang Prabang", "Room booked")


def test_the_same_field_is_refused_with_both_values_then_saved_as_chosen(two, server_demo):
    somchai, khamla = two
    opened = somchai.activities.get(JOOMLA)
    khamla.activities.update(JOOMLA, {"place": "Luang Prabang", "notes": "Khamla's note"})
    with pytest.raises(EditConflict) as refused:
        somchai.activities.update(JOOMLA, {**_form(opened), "place": "Pakse", "notes": "Somchai's note"},
                                  expected_version=opened.version, original=asdict(opened))
    conflict = refused.value
    assert conflict.params["who"] == khamla.ws.actor and conflict.params["when"] is not None
    assert [(c.field, c.theirs, c.mine) for c in conflict.clashes] == [
        ("notes", "Khamla's note", "Somchai's note"), ("place", "Luang Prabang", "Pakse")]
    assert somchai.activities.get(JOOMLA).place == "Luang Prabang"  # nothing of Somchai's was written
    chosen = {**_form(opened), "place": "Pakse", "notes": "Khamla's note"}  # his place, her note
    somchai.activities.update(JOOMLA, chosen, expected_version=conflict.version, original=conflict.now)
    now = somchai.activities.get(JOOMLA)
    assert (now.place, now.notes) == ("Pakse", "Khamla's note")


def test_the_same_value_twice_is_no_conflict_and_without_what_was_opened_a_stale_save_is_refused(two):
    from mouplanner.services import StaleRecord

    somchai, khamla = two
    opened = somchai.activities.get(JOOMLA)
    khamla.activities.update(JOOMLA, {"place": "Pakse"})
    somchai.activities.update(JOOMLA, {**_form(opened), "place": "Pakse"}, expected_version=opened.version,
                              original=asdict(opened))
    again = somchai.activities.get(JOOMLA)
    khamla.activities.update(JOOMLA, {"place": "Vientiane"})
    with pytest.raises(StaleRecord):
        somchai.activities.update(JOOMLA, {"place": "Thakhek"}, expected_version=again.version)


def _form(row) -> dict:
    """What a form sends: every field of the record as it was opened."""
    from mouplanner.domain import Activity

    return {name: getattr(row, name) for name in Activity.domain_fields()}


def test_in_the_form_a_clash_is_chosen_field_by_field_and_other_fields_merge(qtbot, make_window, server_demo):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QRadioButton

    from mouplanner.domain import Activity
    from tests.ui.conftest import click

    window = make_window(as_user(server_demo, login(server_demo, "editor")))
    form = window.page.open_form(Activity, JOOMLA)
    qtbot.waitExposed(form)
    khamla = Workspace.open(as_user(server_demo, login(server_demo, "editor")))
    try:
        Services(khamla).activities.update(JOOMLA, {"place": "Luang Prabang", "notes": "Khamla's note"})
    finally:
        khamla.close()
    place = form.findChild(QLineEdit, "place")
    place.clear()
    qtbot.keyClicks(place, "Pakse")
    notes = form.findChild(QPlainTextEdit, "notes")
    notes.setPlainText("")
    qtbot.keyClicks(notes, "Somchai's note")
    seen = {}

    def choose():
        dialog = getattr(form, "clash_dialog", None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(30, choose)
            return
        seen["fields"] = sorted(dialog.keep_theirs)
        seen["text"] = " ".join(w.text() for w in dialog.findChildren(QLabel))
        click(qtbot, dialog.keep_theirs["notes"])  # her note, his place
        click(qtbot, dialog.save_button)

    QTimer.singleShot(30, choose)
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    assert seen["fields"] == ["notes", "place"] and "saved this record at" in seen["text"]
    shown = [b.text() for b in form.clash_dialog.findChildren(QRadioButton)]
    assert {"Luang Prabang", "Pakse", "Khamla's note", "Somchai's note"} <= set(shown)
    now = Services(server_demo).activities.get(JOOMLA)
    assert (now.place, now.notes) == ("Pakse", "Khamla's note")


def test_in_the_form_rows_changed_by_someone_else_are_kept_or_shown_again(qtbot, make_window, server_demo):
    """The participants' table: a participant someone else added meanwhile is kept; a row both
    changed is not overwritten: the form says so, shows the rows as they are now and keeps what
    else was typed; the person makes the change again and saves."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from mouplanner.domain import Activity, Participation
    from mouplanner.ui.forms.children import ChildTable
    from tests.ui.conftest import click

    web, khamla_id, siriporn = demo_id("act-tr-web"), demo_id("khamla"), demo_id("siriporn")
    window = make_window(as_user(server_demo, login(server_demo, "editor")))
    form = window.page.open_form(Activity, web)
    qtbot.waitExposed(form)
    [table] = [t for t in form.findChildren(ChildTable) if t.spec.model is Participation]
    role_col = [c.name for c in table.spec.columns].index("role")
    person_col = [c.name for c in table.spec.columns].index("person_id")

    def role_of(person):
        row = next(r for r in range(table.table.rowCount()) if table.table.cellWidget(r, person_col).value() == person)
        return table.table.cellWidget(row, role_col)

    other = Workspace.open(as_user(server_demo, login(server_demo, "editor")))
    try:
        svc = Services(other)
        [khamla] = svc.participants.list({"activity_id": web, "person_id": khamla_id})
        svc.participants.update(khamla.id, {"role": "speaker"})
        svc.participants.create({"activity_id": web, "person_id": siriporn, "role": "delegate"})
    finally:
        other.close()
    place = form.findChild(QLineEdit, "place")
    place.clear()
    qtbot.keyClicks(place, "Chiang Mai")
    combo: QComboBox = role_of(khamla_id)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # trainee -> trainer
    assert combo.currentData() == "trainer"
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert "changed rows of this table" in form.children_message.text()
    qtbot.waitUntil(lambda: not form.children_message.visibleRegion().isEmpty())  # scrolled into view
    assert role_of(khamla_id).currentData() == "speaker" and role_of(siriporn).currentData() == "delegate"
    assert place.text() == "Chiang Mai"  # what else was typed stays
    assert Services(server_demo).activities.get(web).place == "Bangkok"
    combo = role_of(khamla_id)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # speaker -> expert
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    roles = {p.person_id: p.role.value for p in Services(server_demo).participants.list({"activity_id": web})}
    assert roles[khamla_id] == "expert" and roles[siriporn] == "delegate" and len(roles) == 4
    assert Services(server_demo).activities.get(web).place == "Chiang Mai"
