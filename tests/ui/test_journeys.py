"""A coordinator's weekly workflows, each driven from the first click to the result with the
pauses a person takes (a task finishes, a dialog comes up, before the next click), checking both
what the workspace holds and what the window shows."""

from __future__ import annotations

import subprocess
from datetime import date

import openpyxl
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QFileDialog, QLineEdit, QWizard

from mouplanner.demo import demo_id
from mouplanner.domain import Activity, Participation
from mouplanner.services import Services
from mouplanner.ui.forms.picker import RecordPicker
from tests.ui.conftest import click, settle, show, type_text, ws_of
from tests.ui.test_form_checks import pick_by_typing


def when_modal(qtbot, kind, act) -> list:
    """Do ``act(dialog)`` to the next modal dialog of ``kind`` once it is up (the app blocks in exec())."""
    done: list = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(30, look)
            return
        done.append(dialog)
        act(dialog)

    QTimer.singleShot(0, look)
    return done


def rows_of(view):
    show(view)
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def test_add_a_training_with_named_participants(qtbot, window):
    page = window.page
    show(page.views["activities"])
    window.add_actions["activity"].trigger()  # Add > New activity…
    form = page.form
    qtbot.waitUntil(form.isActiveWindow)
    type_text(form.findChild(QLineEdit, "title_en"), "Cybersecurity awareness training")
    pick_by_typing(qtbot, form.findChild(RecordPicker, "workstream_id"), "training courses")
    kind = form.findChild(QComboBox, "kind")
    kind.setCurrentIndex(kind.findData("training"))
    start, end = form.findChild(QLineEdit, "planned_start"), form.findChild(QLineEdit, "planned_end")
    type_text(start, "12/1/2570")  # Buddhist era, as a Thai coordinator writes it
    type_text(end, "16/1/2570")
    participants = form.child_tables[0]
    for name in ("Siriporn", "ຄຳຫຼ້າ"):  # one found by her English name, one by her Lao name
        click(qtbot, participants.add_button)
        pick_by_typing(qtbot, participants.table.cellWidget(participants.table.rowCount() - 1, 0), name)
    assert form.save_button.isEnabled(), form.pending.text()
    click(qtbot, form.save_button)
    settle(qtbot)
    assert not form.isVisible()
    [row] = window.document.facade.records.activities.search("Cybersecurity awareness")
    assert (row.kind.value, row.planned_start, row.planned_end) == ("training", date(2027, 1, 12), date(2027, 1, 16))
    people = {p.person_id for p in window.document.service(Participation).list({"activity_id": row.id})}
    assert people == {demo_id("siriporn"), demo_id("khamla")}
    assert "Cybersecurity awareness training" in rows_of(page.views["activities"])


def test_edit_a_milestone_date_and_undo_redo(qtbot, window):
    page = window.page
    view = show(page.views["milestones"])
    view.select(demo_id("m-cyber-drill"))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    form = page.form
    qtbot.waitUntil(form.isActiveWindow)
    planned = form.findChild(QLineEdit, "planned_date")
    planned.selectAll()
    type_text(planned, "15/3/2027")
    click(qtbot, form.save_button)
    svc = window.document.facade.records
    assert svc.milestones.get(demo_id("m-cyber-drill")).planned_date == date(2027, 3, 15)
    row = view.model.row_of(demo_id("m-cyber-drill"))
    assert view.model.index(row, view.model.listing.columns.index("planned_date")).data() == "15 Mar 2027"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert svc.milestones.get(demo_id("m-cyber-drill")).planned_date != date(2027, 3, 15)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert svc.milestones.get(demo_id("m-cyber-drill")).planned_date == date(2027, 3, 15)
    view.select(demo_id("m-cyber-drill"))
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # who changed it, from what to what
    history = window.findChildren(__import__("mouplanner.ui.history_dialog", fromlist=["x"]).HistoryDialog)[-1]
    changes = [history.table.item(r, 4).text() for r in range(history.table.rowCount())
               if history.table.item(r, 3).text() == "Planned date"]
    assert changes and changes[0].endswith("→ 15 Mar 2027")


def test_filter_and_search_the_activities(qtbot, window):
    window.language_actions["th"].trigger()
    page = window.page
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: the search box
    view = page.views["activities"]
    assert page.tabs.currentWidget() is view and view.search.hasFocus()
    type_text(view.search, "หลักสูตร")  # "course": inside Thai titles, no spaces around it
    found = rows_of(view)
    assert len(found) >= 3 and all("หลักสูตร" in title for title in found)
    view.search.clear()
    type_text(view.date_from.edit, "1/1/2570")  # a Buddhist-era date typed into the filter
    assert view.date_from.value() == date(2027, 1, 1)
    later = rows_of(view)
    assert 0 < len(later) < 19
    click(qtbot, view.date_from.button)  # the calendar opens at the date, in the Buddhist era
    popup = view.date_from.popup
    assert popup.isVisible() and popup.title.text() == "มกราคม 2570"
    click(qtbot, popup.clear_button)
    assert view.date_from.value() is None and len(rows_of(view)) == 19


def test_export_the_report_to_excel_and_pdf(qtbot, window, tmp_path):
    for action, name in ((window.act_export_report, "report.xlsx"), (window.act_export_pdf, "report.pdf")):
        action.trigger()
        dialog = window.export_dialog
        dialog.language.setCurrentIndex(dialog.language.findData("th"))
        dialog.path.setText(str(tmp_path / name))
        with qtbot.waitSignal(dialog.accepted, timeout=30000):
            click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        settle(qtbot)
        assert str(tmp_path / name) in window.statusBar().currentMessage()
    book = openpyxl.load_workbook(tmp_path / "report.xlsx")
    assert book.sheetnames[0] == "สรุป"
    text = subprocess.run(["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "รายงานความร่วมมือ" in text and "2561" in text


def test_import_a_round_trip_through_the_wizard_up_to_apply(qtbot, window, tmp_path):
    window.act_export_data.trigger()
    dialog = window.export_dialog
    dialog.path.setText(str(tmp_path / "data.xlsx"))
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    book = openpyxl.load_workbook(tmp_path / "data.xlsx")  # edited in Excel, as a coordinator would
    sheet = book["Activities"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == demo_id("act-tr-joomla"))
    sheet.cell(row, header.index("Place") + 1).value = "Savannakhet"
    book.save(tmp_path / "data.xlsx")
    settle(qtbot)
    window.activateWindow()  # the export dialog has closed: the keyboard is the window's again
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Ctrl+I
    wizard = window.import_wizard
    wizard.file_page.path.setText(str(tmp_path / "data.xlsx"))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30000)
    page = wizard.check_page
    lines = [[page.changes.item(r, c).text() for c in range(5)] for r in range(page.changes.rowCount())]
    assert ["Activities", str(row), "Building websites with Joomla", "Place", "Vientiane → Savannakhet"] in lines
    with qtbot.waitSignal(wizard.accepted, timeout=30000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton), ms=400)  # a person reads first
    settle(qtbot)
    assert window.document.facade.records.activities.get(demo_id("act-tr-joomla")).place == "Savannakhet"
    view = window.page.views["activities"]
    places = [view.model.index(r, view.model.listing.columns.index("place")).data() for r in range(len(rows_of(view)))]
    assert "Savannakhet" in places
    assert window.act_undo.text() == "&Undo import “data.xlsx”"


def test_receive_an_exchange_file_and_resolve_the_conflict(qtbot, window, tmp_path):
    from mouplanner.exchange import sync
    from mouplanner.storage import Workspace

    ws = ws_of(window)
    lao_path = sync.clone(ws, tmp_path / "lao.mouplan", "MPTC laptop")
    with Workspace.open(lao_path, actor="vilayvanh") as lao:
        Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Savannakhet"})
        change_file = sync.send(lao, tmp_path / "from-lao.mousync", None).path
    window.document.save("edit place", Activity, demo_id("act-tr-joomla"), {"place": "Pakse"})

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(change_file))
        dialog.accept()

    when_modal(qtbot, QFileDialog, choose)
    window.act_receive.trigger()  # File > Exchange > Receive changes…
    qtbot.waitUntil(lambda: getattr(window, "receive_box", None) is not None and window.receive_box.isVisible())
    assert "Conflicts that need a decision: 1" in window.receive_box.text()
    window.receive_box.accept()
    conflicts = window.page.conflicts
    assert window.page.tabs.currentWidget() is conflicts
    assert conflicts.table.item(0, 1).text() == "Place"
    conflicts.table.selectRow(0)
    keep_other = next(b for b in conflicts.keep if b.text() == "Keep the other value")
    other = conflicts.table.item(0, 3).text().split("\n")[0]
    click(qtbot, keep_other)
    assert Services(ws).activities.get(demo_id("act-tr-joomla")).place == other
    assert conflicts.table.rowCount() == 0 and window.page.tabs.tabText(window.page.tabs.indexOf(conflicts)) == "Conflicts"
