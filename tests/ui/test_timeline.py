"""The timeline as a planner reads it: an axis whose ticks sit where periods begin, in every zoom,
era and language; rows grouped by agreement and area with start, end, duration and % done;
titles on the bars, a legend, Today, and zoom that keeps the day in view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from tests.conftest import DEMO_DAY
from tests.ui.conftest import click, show

STARTS = {"week": lambda d: d.weekday() == 0, "month": lambda d: d.day == 1,
          "quarter": lambda d: d.day == 1 and d.month in (1, 4, 7, 10), "year": lambda d: (d.day, d.month) == (1, 1)}


def axis_labels(view):
    return [(item.text(), item.pos().x()) for item in view.axis_scene.items() if isinstance(item, QGraphicsSimpleTextItem)]


@pytest.mark.parametrize("lang", ["en", "th", "lo"])
@pytest.mark.parametrize("zoom", ["week", "month", "quarter", "year"])
def test_ticks_sit_where_weeks_months_quarters_and_years_begin(qtbot, window, zoom, lang):
    window.language_actions[lang].trigger()
    view = show(window.page.timeline)
    view.set_zoom(zoom)
    assert view.ticks and all(all(STARTS[unit](day) for day in days) for unit, days in view.ticks.items())
    year_unit = "year" if zoom != "week" else None
    if year_unit:
        assert date(2027, 1, 1) in view.ticks["year"]
        be = {"th": 543}.get(lang, 0)
        label = str(2026 + be)  # the year 2026 is written inside 2026, never before it
        [x] = [x for text, x in axis_labels(view) if text == label]
        assert view.x_of(date(2026, 1, 1)) <= x < view.x_of(date(2027, 1, 1))


def test_the_joint_tourism_pilot_sits_under_2026_in_years_and_quarters(qtbot, window):
    view = show(window.page.timeline)
    for zoom in ("year", "quarter"):
        view.set_zoom(zoom)
        bar = next(view.items[("activity", b.id)] for b in view.data.bars if b.titles["en"] == "Joint tourism app pilot")
        start = next(b.planned_start for b in view.data.bars if b.titles["en"] == "Joint tourism app pilot")
        assert bar.rect().left() == view.x_of(start)
        q3 = [x for text, x in axis_labels(view) if text == "Q3"]
        if zoom == "quarter":
            assert any(view.x_of(date(2026, 7, 1)) <= x < view.x_of(date(2026, 10, 1)) for x in q3)
            assert view.x_of(date(2026, 7, 1)) <= bar.rect().left() < view.x_of(date(2026, 10, 1))


def test_rows_are_grouped_by_agreement_then_area_with_gantt_columns(qtbot, window):
    view = show(window.page.timeline)
    kinds = [lane.kind for lane in view.data.lanes]
    assert kinds[:3] == ["agreement", "area", "workstream"] and kinds.count("agreement") == 2
    table = view.table
    assert table.topLevelItemCount() == len(view.data.lanes)
    assert [table.headerItem().text(c) for c in range(5)] == ["Agreement, area, workstream", "Start", "End",
                                                              "Duration", "% done"]
    row = next(table.topLevelItem(i) for i in range(table.topLevelItemCount())
               if table.topLevelItem(i).text(0).strip() == "ICT training courses for Lao officials")
    assert row.text(1) and row.text(2) and row.text(3).endswith(("days", "months", "years")) and row.text(4).endswith("%")
    first = table.visualItemRect(table.topLevelItem(3))
    assert first.height() == 30 and first.top() == view.lane_y[view.data.lanes[3].id] - view.view.verticalScrollBar().value()


def test_titles_legend_today_and_zoom_that_keeps_the_day(qtbot, window):
    view = show(window.page.timeline)
    view.resize(1200, 600)
    texts = {i.text() for i in view.scene.items() if isinstance(i, QGraphicsSimpleTextItem)}
    assert "Building websites with Joomla" in texts or "Using social media for public communication" in texts
    assert all(kind in view.legend.text() for kind in ("Training", "Meeting", "milestone done", "today"))
    view.scroll_to(date(2019, 1, 1))
    click(qtbot, view.today_button)
    viewport = view.view.viewport().rect()
    today_x = view.view.mapFromScene(view.x_of(DEMO_DAY), 0).x()
    assert viewport.left() < today_x < viewport.right()
    middle = date(2022, 6, 1)  # far enough from both ends to be centred at every zoom
    view.centre_on(middle)
    for zoom in ("week", "quarter", "year", "month"):
        view.set_zoom(zoom)
        assert abs((view.centre_day() - middle).days) * view.ppd <= 3, zoom  # within a few pixels


def test_the_timeline_marks_the_parties_public_holidays(qtbot, window):
    view = window.page.timeline
    window.page.tabs.setCurrentWidget(view)
    view.refresh()
    tips = [band.toolTip() for band in view.holiday_bands]
    assert any("LA: Lao New Year's Day" in t for t in tips) and any("TH: Songkran Festival" in t for t in tips)
    songkran = next(b for b in view.holiday_bands if "TH: Songkran Festival" in b.toolTip())
    assert songkran.rect().height() == view.scene.sceneRect().height()  # across every lane
