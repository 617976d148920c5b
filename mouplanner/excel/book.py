"""Writing workbooks: xlsxwriter in constant-memory mode (rows stream to disk, nothing is held
twice), written to a temporary file and renamed into place, so a failed or cancelled export
never leaves a half file under the real name.

Text is always written as text: a value starting with = + - @ (or a tab or CR) never becomes a
formula, a link or a number.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from mouplanner.locale.formats import Formats
from mouplanner.outfile import written_in_place

MAX_CELL_TEXT = 32767
PAPER_A4 = 9


def excel_date_format(formats: Formats) -> str:
    """A real date cell shown in the reader's calendar: Excel's locale prefix [$-NNCCLLLL] gives
    the digits (01 western, 0D Thai, 0E Lao), the calendar (07 Thai Buddhist) and the locale."""
    if formats.lang == "th":
        return f"[$-{'0D' if formats.native_digits else '01'}{'07' if formats.be else '00'}041E]d mmm yyyy"
    if formats.lang == "lo":
        return f"[$-{'0E' if formats.native_digits else '01'}{'07' if formats.be else '00'}0454]d mmm yyyy"
    return "d mmm yyyy"


@contextmanager
def new_workbook(target: Path) -> Iterator[Workbook]:
    with written_in_place(target) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "use_future_functions": False,
        })
        try:
            yield book
        except BaseException:
            with suppress(Exception):
                book.close()
            raise
        book.close()


class Styles:
    """The cell formats of one workbook."""

    def __init__(self, book: Workbook, formats: Formats, locked: bool = False):
        self.formats = formats
        base = {"font_size": 10, "valign": "top", "locked": locked}
        self.header = book.add_format({**base, "bold": True, "bg_color": "#DCE6F1", "border": 1,
                                       "text_wrap": True, "locked": True})
        self.title = book.add_format({**base, "bold": True, "font_size": 14})
        self.subtitle = book.add_format({**base, "italic": True, "font_color": "#555555"})
        self.text = book.add_format(base)
        self.long = book.add_format({**base, "text_wrap": True})
        self.date = book.add_format({**base, "num_format": excel_date_format(formats)})
        self.int = book.add_format({**base, "num_format": "#,##0"})
        self.number = book.add_format({**base, "num_format": "#,##0.##"})
        self.money2 = book.add_format({**base, "num_format": "#,##0.00"})
        self.money0 = book.add_format({**base, "num_format": "#,##0"})
        self.percent = book.add_format({**base, "num_format": "0.0"})
        self.id = book.add_format({**base, "locked": True, "font_color": "#888888"})
        self.bold = book.add_format({**base, "bold": True})

    def for_kind(self, kind: str, currency: str | None = None) -> Any:
        if kind == "money":
            return self.money0 if currency == "LAK" else self.money2
        return {"date": self.date, "int": self.int, "number": self.number, "long": self.long,
                "percent": self.percent}.get(kind, self.text)


def write(sheet: Worksheet, row: int, col: int, value: Any, fmt: Any) -> None:
    """One cell, typed: dates as dates, numbers as numbers, everything else as text."""
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)
    elif isinstance(value, datetime):
        sheet.write_datetime(row, col, value, fmt)
    elif isinstance(value, date):
        sheet.write_datetime(row, col, datetime(value.year, value.month, value.day), fmt)
    elif isinstance(value, bool):
        sheet.write_string(row, col, str(value), fmt)
    elif isinstance(value, (int, float, Decimal)):
        sheet.write_number(row, col, float(value), fmt)
    else:
        sheet.write_string(row, col, str(value)[:MAX_CELL_TEXT], fmt)


def print_setup(sheet: Worksheet, header_row: int) -> None:
    sheet.set_landscape()
    sheet.set_paper(PAPER_A4)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.set_footer("&R&P / &N")
