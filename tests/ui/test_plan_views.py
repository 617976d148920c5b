"""Timeline, calendar, charts and the PDF report on the demo workspace."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QMouseEvent
from PySide6.QtWidgets import QApplication

from mouplanner.demo import demo_id
from mouplanner.facade import Facade
from mouplanner.locale.formats import Formats
from mouplanner.services import Services
from mouplanner.services.plan_views import chart_data
from mouplanner.services.scope import Scope
from mouplanner.storage import ChangeSet
from mouplanner.ui.pdf_report import write_pdf
from tests.conftest import DEMO_DAY
from tests.ui.conftest import click, show, ws_of


def drag(view, item, dx):
    """Press on an item, move the mouse with the button held, release: as a person drags it."""
    viewport = view.view.viewport()
    start = view.view.mapFromScene(item.sceneBoundingRect().center())
    end = start + QPoint(int(dx), 0)
    for kind, pos, buttons in ((QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
                               (QEvent.Type.MouseMove, start + QPoint(3, 0), Qt.MouseButton.LeftButton),
                               (QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton),
                               (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)):
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), Qt.MouseButton.LeftButton,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


def test_timeline_puts_items_at_their_dates(qtbot, window):
    page = window.page
    page.tabs.setCurrentWidget(page.timeline)
    view = page.timeline
    bar = view.items[("activity", demo_id("act-signing"))]
    assert bar.rect().left() == view.x_of(date(2018, 2, 7))
    assert bar.rect().width() == view.ppd  # one day
    diamond = view.items[("milestone", demo_id("m-gms-plan"))]
    assert diamond.polygon().boundingRect().center().x() == view.x_of(DEMO_DAY - timedelta(days=40))
    assert abs(view.today_line.line().x1() - view.x_of(DEMO_DAY)) < 1e-6
    lanes = [lane.titles["en"] for lane in view.data.lanes]
    assert lanes.index("GMS Information Superhighway") > lanes.index(
        "Postal, telecommunications, ICT and digital technology")
    assert len([k for k in view.items if k[0] == "dependency"]) == 8
    assert "MOU signing ceremony" in bar.toolTip()
    view.set_zoom("week")
    assert view.items[("activity", demo_id("act-signing"))].rect().width() == 28.0


def test_dragging_a_bar_reschedules_it_and_undo_puts_it_back(qtbot, window):
    page = window.page
    page.tabs.setCurrentWidget(page.timeline)
    view = page.timeline
    view.set_zoom("week")
    view.scroll_to(DEMO_DAY)
    item = view.items[("activity", demo_id("act-tr-joomla"))]
    drag(view, item, 3 * view.ppd)
    svc = window.document.facade.records
    row = svc.activities.get(demo_id("act-tr-joomla"))
    assert (row.planned_start, row.planned_end) == (DEMO_DAY + timedelta(days=21), DEMO_DAY + timedelta(days=25))
    moved = view.items[("activity", demo_id("act-tr-joomla"))]
    assert moved.rect().left() == view.x_of(DEMO_DAY + timedelta(days=21)) and moved.pos().x() == 0
    assert window.act_undo.text().startswith("&Undo reschedule “Building websites with Joomla”")
    window.act_undo.trigger()
    assert svc.activities.get(demo_id("act-tr-joomla")).planned_start == DEMO_DAY + timedelta(days=18)


def test_an_invalid_drag_is_refused_and_snaps_back(qtbot, window):
    ws = ws_of(window)
    with ws.engine.begin() as conn:  # a record made invalid outside the app
        conn.exec_driver_sql("UPDATE activity SET headcount_women = 99 WHERE id = ?", (demo_id("act-tr-joomla"),))
    page = window.page
    page.tabs.setCurrentWidget(page.timeline)
    view = page.timeline
    view.refresh()
    view.set_zoom("week")
    view.scroll_to(DEMO_DAY)
    drag(view, view.items[("activity", demo_id("act-tr-joomla"))], 2 * view.ppd)
    assert "cannot be more than the total" in view.message.text()
    assert Services(ws).activities.get(demo_id("act-tr-joomla")).planned_start == DEMO_DAY + timedelta(days=18)
    assert view.items[("activity", demo_id("act-tr-joomla"))].rect().left() == view.x_of(DEMO_DAY + timedelta(days=18))


def test_baseline_shows_slippage(qtbot, window):
    view = show(window.page.timeline)
    click(qtbot, view.baseline_button)
    assert view.baseline_label.text().startswith("Grey: baseline")
    window.document.facade.records.milestones.update(demo_id("m-cyber-drill"), {"planned_date": DEMO_DAY + timedelta(days=100)})
    view.refresh()
    [ghost] = [d for d in view.data.diamonds if d.id == demo_id("m-cyber-drill")]
    assert ghost.baseline == DEMO_DAY + timedelta(days=75) and ghost.planned == DEMO_DAY + timedelta(days=100)


def test_timeline_axis_in_buddhist_era(qtbot, window):
    window.language_actions["th"].trigger()
    view = window.page.timeline
    window.page.tabs.setCurrentWidget(view)
    view.set_zoom("year")
    texts = [i.text() for i in view.axis_scene.items() if hasattr(i, "text") and i.text().isdigit()]
    assert "2561" in texts and "2018" not in texts


def test_calendar_month_grid_filter_and_agenda(qtbot, window):
    page = window.page
    cal = page.calendar
    page.tabs.setCurrentWidget(cal)
    cal.show_month(date(2026, 12, 1))
    assert cal.title.text() == "December 2026"
    row, col = cal.cell_of(DEMO_DAY + timedelta(days=18))  # the Joomla course
    assert "Building websites with Joomla" in cal.grid.item(row, col).text()
    cal.kind.setCurrentIndex(cal.kind.findData("meeting"))
    assert "Joomla" not in cal.grid.item(row, col).text()
    agenda = [cal.agenda.item(i).text() for i in range(cal.agenda.count())]
    planned = [a for a in agenda if "Public holiday: " not in a]  # (the holidays stay, whatever the filter)
    assert planned and all("Meeting" in a for a in planned)
    cal.kind.setCurrentIndex(0)
    window.language_actions["th"].trigger()
    assert cal.title.text() == "ธันวาคม 2569"


def test_the_calendar_shows_thai_and_lao_public_holidays_in_the_readers_language(qtbot, window):
    from mouplanner.ui.calendar_view import HOLIDAY_ROLE

    page = window.page
    cal = page.calendar
    page.tabs.setCurrentWidget(cal)
    cal.show_month(date(2027, 4, 1))
    row, col = cal.cell_of(date(2027, 4, 14))
    assert cal.grid.item(row, col).data(HOLIDAY_ROLE) == ["LA: Lao New Year's Day", "TH: Songkran Festival"]
    assert "LA: Lao New Year's Day" in cal.grid.item(row, col).toolTip()
    row, col = cal.cell_of(date(2027, 4, 20))
    assert cal.grid.item(row, col).data(HOLIDAY_ROLE) == []
    agenda = [cal.agenda.item(i).text() for i in range(cal.agenda.count())]  # (from the demo's day on)
    national_day = next(a for a in agenda if "Public holiday" in a and "(LA)" in a)
    assert national_day.startswith("2 Dec 2026")  # Lao National Day, among the plans by its date
    assert agenda.index(national_day) < len(agenda) - 1
    window.language_actions["lo"].trigger()
    cal.show_month(date(2027, 4, 1))
    row, col = cal.cell_of(date(2027, 4, 14))
    assert "LA: ບຸນປີໃໝ່ລາວ" in cal.grid.item(row, col).data(HOLIDAY_ROLE)
    window.language_actions["th"].trigger()
    cal.show_month(date(2027, 4, 1))
    assert "TH: วันสงกรานต์" in cal.grid.item(row, col).data(HOLIDAY_ROLE)


def test_charts_hold_the_numbers_and_open_their_records(qtbot, window):
    data = chart_data(ws_of(window), Scope())
    assert sum(sum(v) for v in data["kinds"].series.values()) == 19
    assert sum(data["participants"].series["women"]) == 129
    assert sum(data["participants"].series["women"]) + sum(data["participants"].series["men"]) == 296
    assert sum(v[data["budget"].categories.index("LAK")] for v in data["budget"].series.values()) == 255000000
    assert data["kinds"].categories[0] == "2016-Q4"
    page = window.page
    page.tabs.setCurrentWidget(page.dashboard)
    qtbot.waitUntil(lambda: bool(page.dashboard.chart_data))  # counted in the background
    page.dashboard.verticalScrollBar().setValue(10000)
    chart = page.dashboard.charts["participants"]
    chart.repaint()
    rect, category, series = next(b for b in chart.bars if b[1] == "2018" and b[2] == "women")
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    dialog = page.records_dialog
    listing = dialog.layout().itemAt(0).widget()
    titles = {listing.item(i).text() for i in range(listing.count())}
    assert "MOU signing ceremony" in titles and "Advanced Internet and Web Application" in titles


def test_charts_are_counted_in_the_background_once_per_change(qtbot, window, monkeypatch):
    from mouplanner.domain import Activity
    from mouplanner.facade import workspace

    counted = []
    monkeypatch.setattr(workspace, "chart_data", lambda ws, scope: counted.append(scope) or chart_data(ws, scope))
    page, dashboard = window.page, window.page.dashboard
    page.tabs.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: bool(dashboard.chart_data))
    dashboard.refresh()  # nothing changed: the charts shown still hold, no query
    qtbot.wait(50)
    assert counted == [] and dashboard.chart_data
    with qtbot.waitSignal(dashboard.chartsReady, timeout=5000):
        window.document.save("Move it", Activity, demo_id("act-signing"), {"planned_start": date(2019, 3, 1),
                                                                            "planned_end": date(2019, 3, 1)})
        chart = dashboard.charts["kinds"]  # while counting: no stale bars, and it says so
        assert chart.data.categories == [] and chart.placeholder == "Counting…"
    assert counted == [Scope()]
    assert sum(dashboard.chart_data["kinds"].series["meeting"]) >= 1
    assert dashboard.charts["kinds"].placeholder == "—" and dashboard.charts["kinds"].data.categories


def test_closing_the_workspace_while_charts_are_counted_waits_and_delivers_nothing(qtbot, window, monkeypatch):
    import threading
    import time

    from mouplanner.facade import workspace

    started, delivered = threading.Event(), []

    def slow(ws, scope):
        started.set()
        time.sleep(0.3)
        return chart_data(ws, scope)  # still reads the workspace: close must wait for it

    monkeypatch.setattr(workspace, "chart_data", slow)
    document, dashboard = window.document, window.page.dashboard
    window.page.tabs.setCurrentWidget(dashboard)
    dashboard.chartsReady.connect(lambda: delivered.append(True))
    document.changed.emit(ChangeSet({"activity": ChangeSet.ALL}))  # as an edit of an activity does
    assert started.wait(5)
    window.close_workspace()
    assert not document.background.busy
    qtbot.wait(100)  # a late result would arrive now
    assert delivered == [] and window.document is None


def paint_chart(chart, width, height=240):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    chart.render_chart(painter, QRectF(0, 0, width, height))
    painter.end()
    return chart.drawn_labels


def test_a_time_axis_labels_every_quarter_and_puts_each_year_under_its_quarters(qapp):
    from mouplanner.services.plan_views import Series
    from mouplanner.ui.charts import BarChart

    quarters = [f"{2020 + i // 4}-Q{i % 4 + 1}" for i in range(1, 33)]  # 2020-Q2 … 2028-Q1
    chart = BarChart("Activities by kind per quarter")
    chart.set_data(Series(quarters, {"training": [3.0] * 32, "meeting": [2.0] * 32}, axis="quarter"),
                   {"training": "Training", "meeting": "Meeting"}, Formats("th"), "th")
    narrow = paint_chart(chart, 420)
    assert narrow[:4] == ["2", "3", "4", "1"]  # no room for "ไตรมาส 2": the quarter's number
    years = [int(t) for t in narrow if len(t) == 4]  # Buddhist era, in order, none overlapping
    assert years == list(range(years[0], years[-1] + 1)) and years[0] <= 2564 and years[-1] >= 2570
    assert len(chart.bars) == 64  # every bar is drawn (and clickable)
    wide = paint_chart(chart, 3000)
    assert wide[:2] == ["ไตรมาส 2", "ไตรมาส 3"] and "2563" in wide and "2571" in wide


def test_value_ticks_are_round_numbers_and_counts_are_whole(qapp):
    from mouplanner.services.plan_views import Series
    from mouplanner.ui.charts import BarChart

    chart = BarChart("Counts")
    chart.set_data(Series(["a", "b"], {"done": [1.0, 0.0]}), {"done": "Done"}, Formats("en"), "en")
    assert chart.whole
    chart.set_data(Series(["a", "b"], {"done": [7.0, 3.0], "planned": [0.0, 1.0]}), {}, Formats("en"), "en")
    paint_chart(chart, 400)
    heights = sorted({r.height() for r, _c, _k in chart.bars})
    assert len(heights) == 3 and heights[1] == pytest.approx(3 * heights[0]) and heights[2] == pytest.approx(7 * heights[0])


def test_every_category_of_a_chart_is_labelled_in_every_language(qtbot, window):
    page = window.page
    for lang in ("en", "th", "lo"):
        window.language_actions[lang].trigger()
        page.tabs.setCurrentWidget(page.dashboard)
        qtbot.waitUntil(lambda: bool(page.dashboard.chart_data))
        chart = page.dashboard.charts["milestones"]
        chart.set_data(chart.data, chart.labels, chart.formats, lang)
        paint_chart(chart, 460, int(chart.height_for(QFontMetricsF(chart.font()))))
        assert len(chart.drawn_labels) == len(chart.data.categories) == 8, lang
        assert all(label.strip("…") for label in chart.drawn_labels)


def test_pdf_report_pages_and_text(demo_ws, tmp_path, qapp):
    from mouplanner.ui import fonts

    fonts.install(qapp)
    for lang, expected in (("en", ["Cooperation report", "Page 1 of", "MOU signing ceremony", "7 Feb 2018",
                                   "Action items", "Where it stands", "Two venues offered in Vientiane",
                                   "Agreements", "Current term", "Renewed", "6 Feb 2028", "6 Aug 2027"]),
                           ("th", ["รายงานความร่วมมือ", "7 ก.พ. 2561", "TELMIN 16 bilateral"]),
                           ("lo", ["ບົດລາຍງານການຮ່ວມມື", "7 ກ.ພ. 2018"])):
        path = write_pdf(Facade(demo_ws), tmp_path / f"r-{lang}.pdf", Formats(lang), today=DEMO_DAY)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        assert 3 <= pages <= 8
        # (-raw: in the order Qt draws, cell by cell, so a phrase that wraps in its cell reads whole)
        text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
        flowing = " ".join(text.replace("ﬀ", "ff").replace("ﬁ", "fi").split())  # (a cell wraps its words)
        for snippet in expected:
            assert snippet in flowing, (lang, snippet)
        assert text.count("\f") == pages  # a form feed after every page
        if lang == "en":  # every word of the summary's header and first column whole: no "Workst / reams"
            words = set(text.split())
            assert {"Workstreams", "Milestones", "Activities", "Participants", "overdue", "women)",
                    "telecommunications,"} <= words, words
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(tmp_path / "r-lo.pdf"), str(png)],
                   check=True)
    assert list(tmp_path.glob("page*.png"))
    assert shutil.which("pdftotext")


def test_export_pdf_from_the_menu(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    window.act_export_pdf.trigger()
    dialog = window.export_dialog
    assert dialog.windowTitle() == "Export PDF report"
    dialog.path.setText(str(tmp_path / "report"))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_a_start_to_start_dependency_entered_in_an_activitys_form_is_drawn_and_opens_it(qtbot, window):
    """The Joomla course waits for the GMS plan milestone: start to start, two days after; the
    timeline draws it from the milestone's start to the course's start, says so, and a double
    click on the arrow opens the course's form, where the dependency is edited."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from mouplanner.domain import Activity, MilestoneDependency
    from mouplanner.domain.enums import LinkType
    from tests.ui.conftest import click
    from tests.ui.test_form_checks import open_form

    form = open_form(qtbot, window, Activity, "act-tr-joomla")
    table = next(t for t in form.child_tables if t.spec.model is MilestoneDependency)
    assert [c.name for c in table.spec.columns] == ["depends_on_id", "depends_on_activity_id", "link_type", "lag_days"]
    click(qtbot, table.add_button)
    row = table.table.rowCount() - 1
    picker = table.table.cellWidget(row, 0)
    picker.set_value(demo_id("m-gms-plan"))
    assert picker.value() == demo_id("m-gms-plan")
    how = table.table.cellWidget(row, 2)
    assert isinstance(how, QComboBox) and how.currentText() == "Finish to start"
    how.setCurrentIndex(how.findData("ss"))
    lag = table.table.cellWidget(row, 3)
    assert isinstance(lag, QLineEdit)
    lag.setText("2")
    click(qtbot, form.save_button)
    [saved] = window.document.service(MilestoneDependency).list({"activity_id": demo_id("act-tr-joomla")})
    assert (saved.depends_on_id, saved.link_type, saved.lag_days) == (demo_id("m-gms-plan"), LinkType.SS, 2)

    page = window.page
    page.tabs.setCurrentWidget(page.timeline)
    view = page.timeline
    qtbot.waitUntil(lambda: ("dependency", saved.id) in view.items)
    arrow = view.items[("dependency", saved.id)]
    milestone = view.items[("milestone", demo_id("m-gms-plan"))].sceneBoundingRect()
    course = view.items[("activity", demo_id("act-tr-joomla"))].sceneBoundingRect()
    path = arrow.path()
    assert path.elementAt(0).x == milestone.left()  # from the start of the one followed...
    assert abs(path.elementAt(3).x - course.left()) < 1e-6  # ...to the start of the one that follows
    assert arrow.toolTip() == "Start to start, 2 days after"
    opened = []
    view.openRequested.connect(lambda kind, record_id: opened.append((kind, record_id)))
    view.view.centerOn(path.pointAtPercent(0.5))
    point = view.view.mapFromScene(path.pointAtPercent(0.5))
    assert view.view.itemAt(point) is arrow  # the arrow itself, not a bar under it
    qtbot.mouseDClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened[-1:] == [("activity", demo_id("act-tr-joomla"))]


def test_shift_dragging_onto_another_item_links_them_and_delete_on_the_arrow_unlinks(qtbot, window):
    from mouplanner.domain import MilestoneDependency
    from mouplanner.domain.enums import LinkType

    page = window.page
    page.tabs.setCurrentWidget(page.timeline)
    view = page.timeline
    view.set_zoom("month")
    view.scroll_to(DEMO_DAY)
    source = view.items[("milestone", demo_id("m-gms-plan"))]
    target = view.items[("activity", demo_id("act-tr-joomla"))]
    viewport = view.view.viewport()
    start = view.view.mapFromScene(source.sceneBoundingRect().center())
    end = view.view.mapFromScene(target.sceneBoundingRect().center())
    for kind, pos, buttons in ((QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
                               (QEvent.Type.MouseMove, (start + end) / 2, Qt.MouseButton.LeftButton),
                               (QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton),
                               (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)):
        QApplication.sendEvent(viewport, QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                                                     Qt.MouseButton.LeftButton, buttons,
                                                     Qt.KeyboardModifier.ShiftModifier))
    deps = window.document.service(MilestoneDependency).list({"activity_id": demo_id("act-tr-joomla")})
    assert [(d.depends_on_id, d.link_type, d.lag_days) for d in deps] == [(demo_id("m-gms-plan"), LinkType.FS, 0)]
    assert view.items[("milestone", demo_id("m-gms-plan"))].pos().x() == 0  # linked, not moved
    assert window.act_undo.text().startswith("&Undo link “")
    qtbot.waitUntil(lambda: ("dependency", deps[0].id) in view.items)
    arrow = view.items[("dependency", deps[0].id)]
    view.view.centerOn(arrow.path().pointAtPercent(0.5))
    point = view.view.mapFromScene(arrow.path().pointAtPercent(0.5))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert arrow.isSelected()
    qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert window.document.service(MilestoneDependency).list({"activity_id": demo_id("act-tr-joomla")}) == []
    window.act_undo.trigger()
    assert len(window.document.service(MilestoneDependency).list({"activity_id": demo_id("act-tr-joomla")})) == 1
