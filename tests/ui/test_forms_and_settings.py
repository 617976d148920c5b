"""Every entity's form, and what the app remembers between runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from mouplanner.demo import demo_id
from mouplanner.domain import (
    Activity,
    Agreement,
    Area,
    Indicator,
    Milestone,
    Organisation,
    Person,
    Workstream,
)
from mouplanner.ui import settings
from mouplanner.ui.app import startup_workspace
from tests.ui.conftest import type_text

RECORDS = [(Agreement, "mou2018", 4 + 2 + 1), (Area, "a-hrd", 0), (Workstream, "w-training", 2),
           (Milestone, "m-tr-2026", 1), (Activity, "act-signing", 4), (Person, "khamla", 0),
           (Organisation, "mptc", 0), (Indicator, "ind-penetration", 2)]


@pytest.mark.parametrize("model,key,children", RECORDS, ids=[m.__name__ for m, _, _ in RECORDS])
def test_every_form_shows_its_record_and_saves_unchanged(qtbot, window, model, key, children):
    form = window.page.open_form(model, demo_id(key))
    assert form.save_button.isEnabled(), [m.text() for m in form.messages.values() if m.text()]
    assert sum(t.table.rowCount() for t in form.child_tables) == children
    before = window.document.service(model).get(demo_id(key)).version
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert window.document.service(model).get(demo_id(key)).version == before  # nothing changed


def test_indicator_form_adds_a_period(qtbot, window):
    form = window.page.open_form(Indicator, demo_id("ind-penetration"))
    periods = form.child_tables[0]
    qtbot.mouseClick(periods.add_button, Qt.MouseButton.LeftButton)
    row = periods.table.rowCount() - 1
    qtbot.keyClicks(periods.table.cellWidget(row, 0), "2025")
    qtbot.keyClicks(periods.table.cellWidget(row, 3), "55")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    rows = window.document.facade.records.periods.list({"indicator_id": demo_id("ind-penetration")})
    assert {(r.label, r.target) for r in rows} >= {("2025", 55.0), ("2021-01", None)}


def test_form_takes_thai_and_lao_titles(qtbot, window):
    form = window.page.open_form(Organisation, None)
    type_text(form.findChild(QLineEdit, "name_lo"), "ສະຖາບັນ ICT")
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [org] = window.document.facade.records.organisations.search("ສະຖາບັນ")
    assert org.name_lo == "ສະຖາບັນ ICT" and org.name_en == ""


def test_activity_form_shows_kind_specific_fields(qtbot, window):
    form = window.page.open_form(Activity, demo_id("act-tr-web"))
    course = form.findChild(QLineEdit, "course")
    assert course.isVisibleTo(form) and course.text() == "Advanced Internet and Web Application"
    kind = form.findChild(type(form.fields[3].widget), "kind")
    kind.setCurrentIndex(kind.findData("meeting"))
    assert not course.isVisibleTo(form)
    assert "course" not in form.values()


def test_layout_and_last_workspace_are_remembered(qtbot, make_window, demo_path):
    first = make_window(demo_path)
    first.resize(701, 503)  # the offscreen screen is 800x600
    qtbot.waitUntil(lambda: first.width() == 701)
    first.page.splitter.setSizes([200, 480])
    saved_sizes = first.page.splitter.sizes()
    header = first.page.views["activities"].table.horizontalHeader()
    header.resizeSection(1, 222)
    header.moveSection(2, 5)
    first.close()
    assert settings.last_workspace() == str(demo_path.resolve())
    assert startup_workspace(None) == demo_path.resolve()
    second = make_window(startup_workspace(None))
    assert second.size().width() == 701 and second.size().height() == 503
    qtbot.waitUntil(lambda: second.width() == 701)
    assert second.page.splitter.sizes() == saved_sizes
    header = second.page.views["activities"].table.horizontalHeader()
    assert header.sectionSize(1) == 222 and header.visualIndex(2) == 5
    second.close()


def test_first_start_writes_and_opens_the_demo(qtbot, make_window, tmp_path):
    path = startup_workspace(None)
    assert path == tmp_path / "data" / "mouplanner" / "demo.mouplan" and path.exists()
    window = make_window(path)
    assert window.windowTitle() == "demo.mouplan — mouplanner"


def test_the_window_paints_first_then_opens_the_workspace(qtbot, demo_path):
    from mouplanner.ui.app import start

    window = start(str(demo_path))
    qtbot.addWidget(window)
    assert window.page is None and window.centralWidget().objectName() == "openingPage"
    assert window.centralWidget().text() == "Opening the workspace…"
    qtbot.waitUntil(lambda: window.page is not None)  # once the window has painted
    assert window.document.path == demo_path and window.windowTitle() == "demo.mouplan — mouplanner"
    window.close()


def test_a_workspace_that_cannot_open_at_start_leaves_the_welcome_page(qtbot, tmp_path):
    from mouplanner.ui.app import start

    window = start(str(tmp_path / "missing.mouplan"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.centralWidget().objectName() == "welcomePage")
    assert window.document is None and window.error_box is not None and window.error_box.isVisible()
    window.error_box.close()
    window.close()


def test_the_main_window_loads_no_database_layer_before_it_paints():
    import subprocess
    import sys

    code = ("import sys, mouplanner.ui.app\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'openpyxl', 'xlsxwriter', "
            "'python_calamine', 'alembic'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "[]"


def test_the_first_window_fits_a_small_laptop_screen(qtbot):
    from PySide6.QtCore import QRect

    from mouplanner.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert room.contains(QRect(window.pos(), window.size())), (room, window.geometry())
    assert window.width() == min(1280, room.width() - 16)


def test_an_agreements_form_says_where_its_term_stands_and_a_notice_added_there_changes_it(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    form = window.page.open_form(Agreement, demo_id("mou2018"))
    assert form.term_label.text() == ("Today: Renewed until 6 February 2028 · renewed once · "
                                      "notice not to renew by 6 August 2027")
    events = next(t for t in form.child_tables if t.spec.model.__tablename__ == "agreement_event")
    assert events.table.rowCount() == 1
    qtbot.mouseClick(events.add_button, Qt.MouseButton.LeftButton)
    row = events.table.rowCount() - 1
    kind = events.table.cellWidget(row, 0)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("notice"))
    qtbot.keyClicks(events.table.cellWidget(row, 1).edit, "1/11/2026")
    qtbot.keyClicks(events.table.cellWidget(row, 3), "The Lao side will not renew")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.children_message.text()
    again = window.page.open_form(Agreement, demo_id("mou2018"))
    assert again.term_label.text() == ("Today: In its notice period until 6 February 2028 · renewed once · "
                                       "notice given on 1 November 2026")
    again.reject()
