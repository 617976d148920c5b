"""File > Export IATI activity file… (issue 19), driven as a desk officer does the first time: the
publisher's settings filled in (a sector code IATI does not know is refused, saying so, and
nothing is kept), then the export of the agreement chosen, valid against IATI's schema."""

from __future__ import annotations

from pathlib import Path

import xmlschema
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mouplanner.demo import demo_id
from mouplanner.services.iati_settings import IatiSettings
from tests.ui.test_main_window import click_node

SCHEMA = Path(__file__).parents[1] / "data" / "iati" / "iati-activities-schema.xsd"


def test_first_iati_export_asks_for_the_publisher_then_writes_a_valid_file(qtbot, window, tmp_path):
    click_node(qtbot, window, ("agreement", demo_id("mou2018")))
    assert "Export I&ATI activity file (.xml)…" in [a.text() for a in window.file_menu.actions()]
    window.act_export_iati.trigger()
    dialog = window.iati_dialog
    assert dialog.isVisible() and dialog.only_scope is not None and dialog.only_scope.isChecked()
    dialog.organisation.setCurrentIndex(dialog.organisation.findData(demo_id("mdes")))
    qtbot.keyClicks(dialog.org_ref, "TH-GOV-MDES")
    dialog.org_type.setCurrentIndex(dialog.org_type.findData("10"))
    assert dialog.org_type.currentText() == "10 · Government"
    qtbot.keyClicks(dialog.sectors, "22040, 2204")
    assert dialog.sector_names.text() == ("22040: Information and communication technology (ICT); "
                                          "2204: not a DAC sector code")
    dialog.aid_type.setCurrentIndex(dialog.aid_type.findData("D02"))
    dialog.path.setText(str(tmp_path / "mou2018"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "'2204' is not a DAC 5-digit sector code" in dialog.message.text()
    assert window.document.facade.exports.iati_settings() == IatiSettings()  # nothing kept
    assert not (tmp_path / "mou2018.xml").exists()
    dialog.sectors.setText("22040")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    written = tmp_path / "mou2018.xml"
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(written))
    text = written.read_text(encoding="utf-8")
    assert "<iati-identifier>TH-GOV-MDES-TH-LA-ICT-2018</iati-identifier>" in text
    assert "LA-AIF-EGOV-2021" not in text  # only the agreement chosen
    kept = window.document.facade.exports.iati_settings()
    assert (kept.org_ref, kept.sectors, kept.aid_type) == ("TH-GOV-MDES", ["22040"], "D02")
    assert window.statusBar().currentMessage() == f"Written to {written}"


def test_what_iati_still_needs_is_said_in_the_readers_language(qtbot, window, tmp_path):
    window.language_actions["th"].trigger()
    window.act_export_iati.trigger()
    dialog = window.iati_dialog
    dialog.path.setText(str(tmp_path / "iati"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    said = dialog.message.text()
    assert said.startswith("ไม่ได้เขียนไฟล์ใด IATI ต้องการ: การตั้งค่า IATI: ยังไม่ได้ระบุหน่วยงานผู้รายงาน;")
    assert "IATI settings" not in said and not (tmp_path / "iati.xml").exists()
