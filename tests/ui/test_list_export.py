"""Export what I see (issue 19), driven as a desk officer does: the activities filtered to the
trainings, sorted by start, a column hidden from the header's menu and another moved; Export…
to CSV (UTF-8 with BOM, so Excel reads Thai) and to xlsx (real dates and numbers); Ctrl+C on
selected rows gives a table that pastes into Excel."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import openpyxl
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from mouplanner.demo import demo_id
from mouplanner.domain import Activity
from tests.ui.conftest import show
from tests.ui.test_journeys import when_modal


def _save_as(path, name_filter):
    def act(dialog: QFileDialog) -> None:
        dialog.selectNameFilter(name_filter)
        dialog.selectFile(str(path))
        dialog.accept()
    return act


def _trainings_by_start(qtbot, window):
    view = show(window.page.views["activities"])
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("training"))
    header = view.table.horizontalHeader()
    start = view.model.listing.columns.index("planned_start")
    for _ in range(2):  # (the first click may sort it either way: a second turns it round)
        if view.model.query.sort == "planned_start" and not view.model.query.descending:
            break
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(start) + 5, header.height() // 2))
    assert view.model.query.sort == "planned_start" and not view.model.query.descending
    return view


def _hide_from_header_menu(qtbot, view, column: str):
    """Right-click the header, untick ``column`` in the menu that pops up."""
    header = view.table.horizontalHeader()
    label = str(view.model.headerData(view.model.listing.columns.index(column), Qt.Orientation.Horizontal))

    def untick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(30, untick)
            return
        action = next(a for a in menu.actions() if a.text() == label)
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, untick)
    header.customContextMenuRequested.emit(QPoint(10, 5))  # (what a right-click on the header sends)
    qtbot.waitUntil(lambda: header.isSectionHidden(view.model.listing.columns.index(column)))


def test_the_activities_as_shown_exported_to_csv_and_xlsx(qtbot, window, tmp_path):
    view = _trainings_by_start(qtbot, window)
    _hide_from_header_menu(qtbot, view, "country")
    header = view.table.horizontalHeader()
    header.moveSection(header.visualIndex(view.model.listing.columns.index("place")), 0)  # place first
    shown = [str(view.model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal))
             for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
    assert shown[:2] == ["Place", "Title"] and "Country" not in shown
    titles = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]

    out = tmp_path / "trainings.csv"
    when_modal(qtbot, QFileDialog, _save_as(out, "CSV, UTF-8 (*.csv)"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.exported == out, timeout=10000)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel opens it as UTF-8
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert lines[0] == shown
    assert [line[1] for line in lines[1:]] == titles  # the filter and the order as shown
    starts = [line[shown.index("Start")] for line in lines[1:]]
    assert starts == sorted(starts) and all(len(s) == 10 and s[4] == "-" for s in starts if s)  # ISO dates
    assert set(line[shown.index("Kind")] for line in lines[1:]) == {"Training"}
    assert view.message == f"{len(titles)} rows written to {out}"

    window.language_actions["th"].trigger()
    show(view)
    qtbot.waitUntil(lambda: view.model.query.lang == "th" and view.model.rowCount() == len(titles))
    book_path = tmp_path / "trainings.xlsx"
    when_modal(qtbot, QFileDialog, _save_as(book_path, "Excel (*.xlsx)"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.exported == book_path, timeout=10000)
    sheet = openpyxl.load_workbook(book_path).active
    assert sheet.title == "กิจกรรม"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1] == "ชื่อเรื่อง" and len(rows) == len(titles) + 1
    th_start = rows[0].index("เริ่ม")
    assert all(isinstance(r[th_start], datetime) for r in rows[1:] if r[th_start] is not None)
    assert sheet.cell(2, th_start + 1).number_format.startswith("[$-")  # shown in the Buddhist era
    assert {r[rows[0].index("ประเภท")] for r in rows[1:]} == {"การฝึกอบรม"}


def test_a_text_that_looks_like_a_formula_stays_text(qtbot, window, tmp_path):
    window.document.facade.save(Activity, demo_id("act-tr-web"), {"title_en": "=HYPERLINK(\"http://x\")"}, [])
    view = _trainings_by_start(qtbot, window)
    view.search.setText("HYPERLINK")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    list_csv, list_xlsx = tmp_path / "l.csv", tmp_path / "l.xlsx"
    for target in (list_csv, list_xlsx):
        from mouplanner.ui.list_export import export_list

        export_list(view, str(target))
        qtbot.waitUntil(lambda t=target: view.exported == t, timeout=10000)
    [_header, line] = list(csv.reader(io.StringIO(list_csv.read_text(encoding="utf-8-sig"))))
    assert line[0] == "'=HYPERLINK(\"http://x\")"  # an apostrophe first: Excel shows it as text
    cell = openpyxl.load_workbook(list_xlsx).active.cell(2, 1)
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"


def test_selected_rows_copied_as_a_table_with_their_header(qtbot, window):
    view = _trainings_by_start(qtbot, window)
    table = view.table
    table.setFocus()
    first, third = (table.visualRect(view.model.index(r, 0)).center() for r in (0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, pos=third)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QApplication.clipboard().mimeData()
    lines = mime.text().split("\r\n")
    assert lines[0].split("\t")[:2] == ["Title", "Kind"] and lines[-1] == "" and len(lines) == 4
    assert [line.split("\t")[0] for line in lines[1:3]] == [view.model.index(r, 0).data() for r in (0, 2)]
    assert lines[1].split("\t")[1] == "Training"
    assert mime.html().count("<tr>") == 3 and "<th>Title</th>" in mime.html()
    assert view.message == "2 rows copied"  # (English plurals from translations/mouplanner_en.ts)
    start = view.model.listing.columns.index("planned_start")
    assert view.model.index(0, start).data() in lines[1].split("\t")  # dates as the list shows them
    assert date  # (dates in the clipboard are the list's text; in files they are dates)
