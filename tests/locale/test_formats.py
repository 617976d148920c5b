from datetime import date
from decimal import Decimal

import pytest

from mouplanner.locale.formats import Formats

SIGNED = date(2018, 2, 7)


@pytest.mark.parametrize("formats,style,expected", [
    (Formats("en"), "long", "7 February 2018"),
    (Formats("en"), "medium", "7 Feb 2018"),
    (Formats("en"), "short", "07/02/2018"),
    (Formats("th"), "long", "7 กุมภาพันธ์ 2561"),
    (Formats("th"), "medium", "7 ก.พ. 2561"),
    (Formats("th"), "short", "7/2/2561"),
    (Formats("th", buddhist_era=False), "long", "7 กุมภาพันธ์ 2018"),
    (Formats("th", native_digits=True), "long", "๗ กุมภาพันธ์ ๒๕๖๑"),
    (Formats("th", buddhist_era=False, native_digits=True), "short", "๗/๒/๒๐๑๘"),
    (Formats("lo"), "long", "7 ກຸມພາ 2018"),
    (Formats("lo"), "medium", "7 ກ.ພ. 2018"),
    (Formats("lo", native_digits=True), "long", "໗ ກຸມພາ ໒໐໑໘"),
    (Formats("lo", buddhist_era=True), "long", "7 ກຸມພາ 2561"),
    (Formats("en", buddhist_era=True), "long", "7 February 2561"),
])
def test_dates(formats, style, expected):
    assert formats.date(SIGNED, style) == expected


def test_no_era_word_and_four_digit_years():
    assert "ค.ศ." not in Formats("th", buddhist_era=False).date(SIGNED, "long")
    assert Formats("en").date(date(2005, 1, 2), "short") == "02/01/2005"
    assert Formats("th").date(None) == ""


@pytest.mark.parametrize("formats,expected", [
    (Formats("en"), "1,234,567.5"),
    (Formats("th"), "1,234,567.5"),
    (Formats("lo"), "1.234.567,5"),
    (Formats("th", native_digits=True), "๑,๒๓๔,๕๖๗.๕"),
    (Formats("lo", native_digits=True), "໑.໒໓໔.໕໖໗,໕"),
])
def test_numbers(formats, expected):
    assert formats.number(1234567.5) == expected


@pytest.mark.parametrize("formats,amount,currency,expected", [
    (Formats("en"), "450000", "THB", "450,000.00 THB"),
    (Formats("en"), "95000000", "LAK", "95,000,000 LAK"),
    (Formats("en"), "9800", "USD", "9,800.00 USD"),
    (Formats("th"), "1234.5", "THB", "1,234.50 THB"),
    (Formats("lo"), "95000000", "LAK", "95.000.000 LAK"),
    (Formats("lo"), "9800.25", "USD", "9.800,25 USD"),
    (Formats("th", native_digits=True), "450000", "THB", "๔๕๐,๐๐๐.๐๐ THB"),
    (Formats("lo", native_digits=True), "95000000", "LAK", "໙໕.໐໐໐.໐໐໐ LAK"),
])
def test_money(formats, amount, currency, expected):
    assert formats.money(Decimal(amount), currency) == expected


def test_english_digits_option_does_nothing():
    assert Formats("en", native_digits=True).number(12) == "12"
