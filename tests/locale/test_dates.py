from datetime import date

import pytest

from mouplanner.locale.dates import DateParseError, parse_date

SIGNED = date(2018, 2, 7)


@pytest.mark.parametrize("text", [
    "2018-02-07", "7/2/2018", "07/02/2018", "7.2.2018", "7-2-2018", " 7 / 2 / 2018 ",
    "7/2/2561",  # Buddhist era
    "7 กุมภาพันธ์ 2561", "7 ก.พ. 2561", "7 กพ 2561", "7 กุมภาพันธ์ พ.ศ. 2561", "๗ กุมภาพันธ์ ๒๕๖๑",
    "๗/๒/๒๕๖๑", "7 กุมภาพันธ์ ค.ศ. 2018",
    "7 ກຸມພາ 2018", "7 ກ.ພ. 2018", "໗ ກຸມພາ ໒໐໑໘", "໗/໒/໒໐໑໘", "7 ກຸມພາ 2561",
    "7 Feb 2018", "7 February 2018", "February 7, 2018", "Feb 7 2018",
])
def test_accepts_what_users_type(text):
    assert parse_date(text) == SIGNED


def test_empty_is_none():
    assert parse_date("") is None and parse_date("   ") is None and parse_date(None) is None


@pytest.mark.parametrize("text,message", [
    ("7/2/18", "four digits"),
    ("7 ก.พ. 61", "four digits"),
    ("31/2/2018", "not a real date"),
    ("7 Smarch 2018", "not a date"),
    ("tomorrow", "not a date"),
])
def test_refuses_with_a_reason(text, message):
    with pytest.raises(DateParseError, match=message):
        parse_date(text)
