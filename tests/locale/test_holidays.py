"""Public holidays of Thailand and Lao PDR with their Thai and Lao names (the ``holidays``
library), and working days between two dates (issue 18)."""

from __future__ import annotations

from datetime import date

from mouplanner.locale import holidays


def test_thai_and_lao_new_year_with_their_names_in_each_language():
    assert holidays.holiday("TH", date(2027, 4, 13), "th") == "วันสงกรานต์"
    assert holidays.holiday("TH", date(2027, 4, 13), "en") == "Songkran Festival"
    assert holidays.holiday("LA", date(2027, 4, 14), "lo") == "ບຸນປີໃໝ່ລາວ"
    assert holidays.holiday("LA", date(2027, 4, 14), "en") == "Lao New Year's Day"
    assert holidays.holiday("LA", date(2027, 12, 2), "lo") is not None  # Lao National Day
    assert holidays.holiday("TH", date(2027, 4, 20), "th") is None
    assert holidays.holiday("", date(2027, 4, 13)) is None and holidays.holiday("XX", date(2027, 4, 13)) is None


def test_working_days_leave_out_weekends_and_the_countrys_holidays():
    assert holidays.working_days(date(2027, 4, 12), date(2027, 4, 16)) == 5  # no country: weekdays
    assert holidays.working_days(date(2027, 4, 12), date(2027, 4, 16), "TH") == 2  # Songkran 13-15 April
    assert holidays.working_days(date(2027, 4, 12), date(2027, 4, 18), "LA") == 2  # Lao New Year 14-16 April
    assert holidays.working_days(date(2027, 4, 17), date(2027, 4, 18), "TH") == 0  # a weekend
    assert holidays.working_days(date(2027, 4, 16), date(2027, 4, 12), "TH") == 0
