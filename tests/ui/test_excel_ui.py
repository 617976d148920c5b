"""Export and import from the File menu, driven with clicks."""

from __future__ import annotations

import openpyxl
import vobject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from mouplanner.demo import demo_id
from mouplanner.excel.data_export import export_data
from mouplanner.locale.formats import Formats
from mouplanner.services import Services
from tests.ui.conftest import click, settle, ws_of
from tests.ui.test_main_window import click_node


def test_export_report_from_the_menu(qtbot, window, tmp_path):
    target = tmp_path / "report.xlsx"
    window.act_export_report.trigger()
    dialog = window.export_dialog
    assert dialog.isVisible() and dialog.only_scope is None  # whole workspace selected
    assert dialog.path.text().endswith(".xlsx") and "demo report" in dialog.path.text()  # a name to start from
    dialog.language.setCurrentIndex(dialog.language.findData("th"))
    qtbot.keyClicks(dialog.date_from.edit, "1/1/2561")
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == "สรุป"
    assert book["สรุป"]["A3"].value == "ช่วงเวลาที่รายงาน: 1 มกราคม 2561 – …"


def test_export_dialog_says_what_is_wrong(qtbot, window, tmp_path):
    window.act_export_report.trigger()
    dialog = window.export_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.path.clear()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Choose the file to write."
    qtbot.keyClicks(dialog.path, str(tmp_path / "r.xlsx"))
    qtbot.keyClicks(dialog.date_to.edit, "31/12/61")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "four digits" in dialog.message.text() and dialog.isVisible()
    dialog.path.setText(str(tmp_path / "missing" / "r.xlsx"))
    dialog.date_to.clear()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialog.message.text()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_scoped_data_export_and_template(qtbot, window, tmp_path):
    window.act_export_data.trigger()
    dialog = window.export_dialog
    dialog.path.setText(str(tmp_path / "data"))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert (tmp_path / "data.xlsx").exists()
    window.new_template(str(tmp_path / "template.xlsx"))
    assert openpyxl.load_workbook(tmp_path / "template.xlsx").sheetnames[0] == "Instructions"


def run_check(qtbot, wizard, path):
    wizard.file_page.path.setText(str(path))
    with qtbot.waitSignal(wizard.check_page.completeChanged, timeout=20000):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.plan is not None or bool(wizard.error.text()), timeout=20000)
    settle(qtbot)  # a person reads the check before clicking Apply


def test_import_wizard_shows_problems_and_refuses_to_apply(qtbot, window, tmp_path):
    path = export_data(ws_of(window), tmp_path / "data.xlsx", Formats("en"))
    book = openpyxl.load_workbook(path)
    book["Activities"].cell(3, 5).value = "Party"
    book.save(path)
    wizard = window.import_excel()
    run_check(qtbot, wizard, path)
    page = wizard.check_page
    assert page.problems.rowCount() == 1
    assert [page.problems.item(0, c).text() for c in range(4)] == ["Activities", "3", "Kind", "Party"]
    assert page.problems.item(0, 4).text().startswith("one of: Visit, Training")
    assert page.problems.item(0, 0).background().color().name() == "#f6d5d1"
    assert "1 problem must be fixed" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_import_wizard_resolves_conflicts_then_applies_and_undo_takes_it_back(qtbot, window, tmp_path):
    ws = ws_of(window)
    path = export_data(ws, tmp_path / "data.xlsx", Formats("en"))
    Services(ws).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    book = openpyxl.load_workbook(path)
    sheet = book["Activities"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == demo_id("act-tr-joomla"))
    place = [c.value for c in sheet[1]].index("Place") + 1
    sheet.cell(row, place).value = "Savannakhet"
    sheet.cell(row + 1, place).value = "Hue"
    book.save(path)
    wizard = window.import_excel()
    run_check(qtbot, wizard, path)
    page = wizard.check_page
    assert page.conflicts.rowCount() == 1 and page.conflicts.isVisible()
    assert page.conflicts.item(0, 3).text().startswith("Pakse") and page.conflicts.item(0, 4).text() == "Savannakhet"
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    click(qtbot, page.take_workbook)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        click(qtbot, finish)
    svc = Services(ws)
    assert svc.activities.get(demo_id("act-tr-joomla")).place == "Savannakhet"
    assert "Hue" in [a.place for a in svc.activities.list()]
    assert window.act_undo.text() == "&Undo import “data.xlsx”"
    window.act_undo.trigger()
    assert svc.activities.get(demo_id("act-tr-joomla")).place == "Pakse"
    assert "Hue" not in [a.place for a in svc.activities.list()]


def test_import_wizard_reports_a_bad_file(qtbot, window, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 100)
    wizard = window.import_excel()
    run_check(qtbot, wizard, bad)
    assert "password-protected" in wizard.error.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_a_report_workbook_is_refused_with_what_to_export_instead(qtbot, window, tmp_path, capfd):
    from mouplanner.cli.main import main
    from mouplanner.excel import report, report_data
    from mouplanner.services.scope import Scope
    from tests.conftest import DEMO_DAY

    path = report.write_report(report_data.load(ws_of(window), Scope(), None, None, DEMO_DAY),
                               tmp_path / "report.xlsx", Formats("en"), "")
    wizard = window.import_excel()
    run_check(qtbot, wizard, path)
    assert "not a data workbook or a template" in wizard.error.text() and "Export data workbook" in wizard.error.text()
    assert wizard.plan is None and not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    workspace = window.document.path
    window.close_workspace()
    assert main(["import", str(workspace), str(path)]) == 2
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and "not a data workbook" in err


def test_the_check_lists_each_change_with_its_old_and_new_value_in_the_ui_language(qtbot, window, tmp_path):
    ws = ws_of(window)
    path = export_data(ws, tmp_path / "data.xlsx", Formats("en"))
    book = openpyxl.load_workbook(path)
    sheet = book["Activities"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == demo_id("act-tr-joomla"))
    sheet.cell(row, header.index("Place") + 1).value = "Savannakhet"
    new = sheet.max_row + 1
    sheet.cell(new, header.index("Workstream") + 1).value = sheet.cell(row, header.index("Workstream") + 1).value
    sheet.cell(new, header.index("Kind") + 1).value = "Meeting"  # no title in any language
    book.save(path)
    window.language_actions["th"].trigger()
    wizard = window.import_excel()
    run_check(qtbot, wizard, path)
    page = wizard.check_page
    lines = [[page.changes.item(r, c).text() for c in range(5)] for r in range(page.changes.rowCount())]
    assert ["Activities", str(row), "หลักสูตรการจัดทำเว็บไซต์ (Joomla)", "สถานที่", "Vientiane → Savannakhet"] in lines
    assert ["Activities", str(new), "— (ใหม่)", "ประเภท", "การประชุม"] in lines
    problems = [[page.problems.item(r, c).text() for c in range(5)] for r in range(page.problems.rowCount())]
    assert any(p[1] == str(new) and p[2] == "ชื่อเรื่อง (อังกฤษ) (Title (English))" for p in problems), problems
    assert page.tabs.tabText(0).startswith("การเปลี่ยนแปลง") and page.tabs.currentIndex() == 1  # problems first


def test_export_calendar_from_the_file_menu_for_the_agreement_chosen(qtbot, window, tmp_path):
    """File > Export calendar (.ics)…: the navigator's agreement is the scope, Lao titles, and the
    file reads back in another parser with the agreement's dates only."""
    click_node(qtbot, window, ("agreement", demo_id("mou2021")))
    menu_texts = [a.text() for a in window.file_menu.actions()]
    assert "Export &calendar (.ics)…" in menu_texts
    window.act_export_calendar.trigger()
    dialog = window.export_dialog
    assert dialog.windowTitle() == "Export calendar" and dialog.date_from is None
    assert dialog.only_scope is not None and dialog.only_scope.isChecked()
    assert dialog.path.text().endswith(".ics")
    dialog.language.setCurrentIndex(dialog.language.findData("lo"))
    target = tmp_path / "egov"
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    calendar = vobject.readOne((tmp_path / "egov.ics").read_bytes().decode("utf-8"))
    uids = {e.uid.value for e in calendar.vevent_list}
    assert f"{demo_id('mou2021')}-term@mouplanner" in uids and f"{demo_id('mou2018')}-term@mouplanner" not in uids
    assert window.statusBar().currentMessage() == f"Written to {tmp_path / 'egov.ics'}"


def test_export_to_ms_project_from_the_file_menu(qtbot, window, tmp_path):
    from lxml import etree

    click_node(qtbot, window, ("workstream", demo_id("w-training")))
    window.act_export_mspdi.trigger()
    dialog = window.export_dialog
    assert dialog.windowTitle() == "Export to MS Project" and dialog.path.text().endswith(".xml")
    dialog.path.setText(str(tmp_path / "training"))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    root = etree.parse(str(tmp_path / "training.xml")).getroot()
    ns = {"p": "http://schemas.microsoft.com/project"}
    levels = [int(t) for t in root.xpath("//p:Task/p:OutlineLevel/text()", namespaces=ns)]
    assert levels[0] == 1 and set(levels[1:]) == {2}  # the workstream chosen, its milestones and activities
