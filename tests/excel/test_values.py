from datetime import date
from decimal import Decimal

import pytest

from mouplanner.domain.enums import ActivityKind, Currency
from mouplanner.excel.values import CellError, a_date, choice, integer, number


@pytest.mark.parametrize("raw,expected", [
    (1250.5, Decimal("1250.5")), (42, Decimal(42)), ("1,250.50", Decimal("1250.50")), ("1.250,50", Decimal("1250.50")),
    ("฿ 450,000", Decimal(450000)), ("95.000.000 LAK", Decimal(95000000)), ("95,000,000 กีบ", Decimal(95000000)),
    (" 12 ", Decimal(12)), ("๔๕๐,๐๐๐", Decimal(450000)), ("໙໕ ໐໐໐", Decimal(95000)), ("US$9,800.00", Decimal("9800.00")),
    ("(1,000)", Decimal(-1000)), ("", None), (None, None), ("12,5", Decimal("12.5")),
])
def test_numbers_as_people_type_them(raw, expected):
    assert number(raw) == expected


def test_bad_numbers_and_whole_numbers():
    with pytest.raises(CellError, match="a number"):
        number("twelve")
    with pytest.raises(CellError, match="a whole number"):
        integer("2.5")
    assert integer("1,200") == 1200


@pytest.mark.parametrize("raw", [date(2018, 2, 7), "7/2/2561", "7 กุมภาพันธ์ 2561", "๗/๒/๒๕๖๑", "7 ກຸມພາ 2018",
                                 "2018-02-07", 43138, 43138.0])
def test_dates_as_people_type_them(raw):
    assert a_date(raw) == date(2018, 2, 7)


def test_bad_dates():
    for raw in ("7/2/61", "soon", 12.5):
        with pytest.raises(CellError, match="a date"):
            a_date(raw)


def test_choices_in_any_language():
    assert choice("การฝึกอบรม", ActivityKind, "en") is ActivityKind.TRAINING
    assert choice("ການຝຶກອົບຮົມ", ActivityKind, "en") is ActivityKind.TRAINING
    assert choice("training", ActivityKind, "th") is ActivityKind.TRAINING
    assert choice(" Workshop / seminar ", ActivityKind, "en") is ActivityKind.WORKSHOP
    assert choice("thb", Currency, "en") is Currency.THB
    with pytest.raises(CellError) as err:
        choice("EUR", Currency, "th")
    assert err.value.params["allowed"] == "THB, LAK, USD"


@pytest.mark.parametrize("cell", ["Infinity", "-inf", "NaN", "1e309", float("inf"), float("nan"), "1e20"])
def test_numbers_that_are_no_amounts_are_refused(cell):
    with pytest.raises(CellError, match="a number"):
        number(cell)
