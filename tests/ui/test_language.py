"""English, Thai and Lao: translations complete, switched at run time, dates and fonts right."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from defusedxml import ElementTree
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from mouplanner.demo import demo_id
from mouplanner.domain import Activity
from mouplanner.ui import i18n, settings
from mouplanner.ui.main_window import MainWindow
from tests.ui.conftest import show, type_text

ROOT = Path(__file__).resolve().parents[2]


def headers(view):
    show(view)
    model = view.model
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def cell(view, record_id, column):
    show(view)
    model = view.model
    return model.index(model.row_of(record_id), model.listing.columns.index(column))


def test_every_source_string_is_translated(tmp_path):
    """Fails when a tr() string is missing from a .ts file or a translation is unfinished."""
    for lang in ("th", "lo"):
        shutil.copy(ROOT / "translations" / f"mouplanner_{lang}.ts", tmp_path)
    sources = sorted(str(p) for p in (ROOT / "mouplanner").rglob("*.py"))
    done = subprocess.run([str(Path(i18n.lrelease()).with_name("lupdate")), *sources, "-ts",
                           str(tmp_path / "mouplanner_th.ts"), str(tmp_path / "mouplanner_lo.ts"),
                           "-no-obsolete"], capture_output=True, text=True, check=True)
    assert "0 new" in done.stdout, done.stdout
    for lang in ("th", "lo"):
        text = (tmp_path / f"mouplanner_{lang}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text and 'type="vanished"' not in text
        assert len(re.findall(r"<message", text)) > 250
        assert not re.search(r"<translation>\s*</translation>", text)
    # English: its plural forms only, each with a singular and a plural ("1 record", "2 records")
    thai = ElementTree.parse(tmp_path / "mouplanner_th.ts").getroot()
    plurals = {m.findtext("source") for m in thai.iter("message") if m.get("numerus") == "yes"}
    english = {m.findtext("source"): [f.text for f in m.iter("numerusform")]
               for m in ElementTree.parse(ROOT / "translations" / "mouplanner_en.ts").getroot().iter("message")}
    assert set(english) == plurals and all(len(forms) == 2 and all(forms) for forms in english.values())
    for lang in ("th", "lo"):  # the hand-kept catalogue of Qt's own strings
        qt = (ROOT / "translations" / f"qt_{lang}.ts").read_text(encoding="utf-8")
        assert "unfinished" not in qt and "<name>QPlatformTheme</name>" in qt


def test_switching_language_changes_the_whole_running_app(qtbot, window):
    page = window.page
    view = page.views["activities"]
    assert window.menuBar().actions()[0].text() == "&File"
    window.language_actions["th"].trigger()
    assert window.windowTitle() == "demo.mouplan — mouplanner ระบบติดตามบันทึกความเข้าใจ"
    assert [a.text() for a in window.menuBar().actions()][:2] == ["แฟ้ม (&F)", "แก้ไข (&E)"]
    assert page.tabs.tabText(1) == "กิจกรรม"
    assert headers(view)[:3] == ["ชื่อเรื่อง", "ประเภท", "สถานะ"]
    assert cell(view, demo_id("act-tr-web"), "kind").data() == "การฝึกอบรม"
    assert cell(view, demo_id("act-tr-web"), "title").data() == "หลักสูตร Advanced Internet and Web Application"
    assert cell(view, demo_id("act-signing"), "planned_start").data() == "7 ก.พ. 2561"
    assert page.navigator.model_.item(0).text() == "ความตกลงทั้งหมด"
    assert page.dashboard.people_label.text() == "ผู้เข้าร่วม: 296 คน (หญิง 129 คน)"
    assert view.search.placeholderText().startswith("ค้นหา")

    window.language_actions["lo"].trigger()
    assert window.menuBar().actions()[0].text() == "ແຟ້ມ (&F)"
    assert headers(view)[1] == "ປະເພດ"
    assert cell(view, demo_id("act-tr-web"), "kind").data() == "ການຝຶກອົບຮົມ"
    assert cell(view, demo_id("act-signing"), "planned_start").data() == "7 ກ.ພ. 2018"
    assert settings.settings().value("ui/language") == "lo"

    window.language_actions["en"].trigger()
    assert window.windowTitle() == "demo.mouplan — mouplanner"
    assert cell(view, demo_id("act-tr-web"), "kind").data() == "Training"


def test_era_and_digit_options(qtbot, window):
    view = window.page.views["activities"]
    window.language_actions["th"].trigger()
    assert window.act_be.isChecked()
    window.act_be.trigger()  # to common-era years
    assert cell(view, demo_id("act-signing"), "planned_start").data() == "7 ก.พ. 2018"
    window.act_be.trigger()
    window.act_digits.trigger()
    assert cell(view, demo_id("act-signing"), "planned_start").data() == "๗ ก.พ. ๒๕๖๑"
    assert settings.settings().value("ui/native_digits") == "true"
    assert i18n.saved_formats("th").native_digits


def test_language_is_remembered_and_first_start_follows_the_system(qtbot, window, monkeypatch):
    monkeypatch.delenv("MOUPLANNER_LANG", raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "lo")
    assert i18n.saved_language() == "lo"  # nothing chosen yet
    window.language_actions["th"].trigger()
    assert i18n.saved_language() == "th"
    monkeypatch.setenv("MOUPLANNER_LANG", "en")
    assert i18n.saved_language() == "en"
    window.language_actions["en"].trigger()


def test_qt_standard_buttons_speak_thai_and_lao(qtbot, window):
    window.language_actions["th"].trigger()
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "ใช่ (&Y)"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "ยกเลิก"
    window.language_actions["lo"].trigger()
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.No).text() == "ບໍ່ (&N)"
    window.language_actions["en"].trigger()


def test_forms_take_thai_dates_and_say_problems_in_thai(qtbot, window):
    window.language_actions["th"].trigger()
    form = window.page.open_form(Activity, demo_id("act-tr-joomla"))
    start = form.findChild(QLineEdit, "planned_start")
    assert start.text() == "9/12/2569"  # shown in the Buddhist era
    end = form.findChild(QLineEdit, "planned_end")
    end.clear()
    type_text(end, "๑/๑๒/๒๕๖๙")  # Thai digits, BE year: 1 Dec 2026, before the start
    message = form.findChild(type(form.children_message), "planned_end_message")
    assert message.text() == "1 ธ.ค. 2569 อยู่ก่อนวันเริ่มต้น (9 ธ.ค. 2569)"
    assert not form.save_button.isEnabled()
    end.clear()
    type_text(end, "15 ธันวาคม 2569")
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert str(window.document.facade.records.activities.get(demo_id("act-tr-joomla")).planned_end) == "2026-12-15"
    window.language_actions["en"].trigger()


def test_missing_translation_of_content_is_marked(qtbot, window):
    window.document.facade.records.activities.update(demo_id("act-bb-info"), {"title_lo": ""})
    window.page.refresh()
    window.language_actions["lo"].trigger()
    index = cell(window.page.views["activities"], demo_id("act-bb-info"), "title")
    assert index.data() == "แลกเปลี่ยนแผนบรอดแบนด์แห่งชาติ"  # Thai comes before English for Lao readers
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "ไทย" in index.data(Qt.ItemDataRole.ToolTipRole)
    window.language_actions["en"].trigger()


def test_lao_and_thai_text_use_the_bundled_noto_fonts(qtbot, window):
    app = QApplication.instance()
    assert app.font().families()[:2] == ["Noto Sans Lao", "Noto Sans Thai"]
    for text, family in (("ຫຼັກສູດການຝຶກອົບຮົມ", "Noto Sans Lao"), ("หลักสูตรการฝึกอบรม", "Noto Sans Thai")):
        layout = QTextLayout(text, QFont(app.font()))
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        assert {run.rawFont().familyName() for run in layout.glyphRuns()} == {family}


def test_a_new_window_starts_in_the_saved_language(qtbot, make_window, demo_path):
    first = make_window(demo_path)
    first.language_actions["lo"].trigger()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.apply_formats(i18n.saved_formats(i18n.saved_language()))
    assert second.menuBar().actions()[0].text() == "ແຟ້ມ (&F)"
    second.apply_formats(i18n.saved_formats("en"))
    second.close()


def test_indicator_periods_and_units_in_the_readers_era_and_words(qtbot, window):
    window.language_actions["th"].trigger()
    view = window.page.views["indicators"]
    columns = view.model.listing.columns
    rows = [[cell_text for cell_text in (view.model.index(r, columns.index("unit")).data(),
                                          view.model.index(r, columns.index("period")).data())]
            for r in range(len(visible_texts_of(view)))]
    assert ["คน", "2561"] in rows and ["%", "ม.ค. 2564"] in rows  # people, 2018; January 2021
    assert not any(period.startswith("20") for _unit, period in rows)  # no common-era year left


def visible_texts_of(view):
    show(view)
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def test_qts_own_file_dialog_speaks_thai_and_lao(qtbot, window):
    import re as regex

    from PySide6.QtWidgets import QFileDialog, QLabel, QToolButton

    for lang in ("th", "lo"):
        window.language_actions[lang].trigger()
        dialog = QFileDialog(window, "x", "", window._filter())
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
        texts += [w.toolTip() for w in dialog.findChildren(QToolButton) if w.isVisibleTo(dialog)]
        english = [t for t in texts if regex.search(r"[A-Za-z]{3}", t.replace("mouplanner", "").replace("mouplan", ""))]
        assert not english, (lang, english)
    window.language_actions["en"].trigger()
