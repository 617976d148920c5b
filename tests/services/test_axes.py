from datetime import date

import pytest

from mouplanner.services.axes import calendar_ticks, quarters_between, value_ticks


@pytest.mark.parametrize("highest,whole,expected", [
    (1, True, [0, 1]), (3, True, [0, 1, 2, 3]), (7, True, [0, 2, 4, 6, 8]), (55, True, [0, 10, 20, 30, 40, 50, 60]),
    (0.3, False, [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]), (0.3, True, [0, 1]), (255_000_000, True,
     [0, 50_000_000, 100_000_000, 150_000_000, 200_000_000, 250_000_000, 300_000_000]),
    (0, True, [0, 1]), (float("inf"), True, [0, 1]),
])
def test_value_ticks_are_1_2_5_steps_from_zero_past_the_highest(highest, whole, expected):
    assert value_ticks(highest, whole) == pytest.approx(expected)


@pytest.mark.parametrize("unit,expected", [
    ("year", [date(2026, 1, 1), date(2027, 1, 1), date(2028, 1, 1)]),
    ("quarter", [date(2026, 7, 1), date(2026, 10, 1), date(2027, 1, 1), date(2027, 4, 1)]),
    ("month", [date(2026, m, 1) for m in range(8, 13)] + [date(2027, 1, 1), date(2027, 2, 1)]),
])
def test_calendar_ticks_sit_on_the_first_of_january_quarters_and_months(unit, expected):
    assert calendar_ticks(date(2026, 8, 3), date(2027, 1, 30), unit) == expected


def test_week_ticks_are_mondays_and_quarters_are_continuous():
    weeks = calendar_ticks(date(2026, 12, 3), date(2026, 12, 20), "week")
    assert weeks[0] == date(2026, 11, 30) and all(d.weekday() == 0 for d in weeks) and weeks[-1] > date(2026, 12, 20)
    assert quarters_between((2016, 4), (2018, 1)) == [(2016, 4), (2017, 1), (2017, 2), (2017, 3), (2017, 4), (2018, 1)]
