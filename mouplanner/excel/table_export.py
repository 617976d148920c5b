"""A list as the person sees it (its visible columns, filter and order), written as CSV or xlsx:

- CSV in UTF-8 with a byte-order mark, so that Excel opens Thai and Lao as they are; dates in ISO
  form (2018-02-07, Gregorian: what Excel and every other program read as a date), numbers with a
  point and no grouping, choices by their label in the list's language. A text that a spreadsheet
  would take for a formula (starting with =, +, -, @) is written with a leading apostrophe, so
  opening the file never runs one;
- xlsx with real date and number cells (dates shown in the reader's era, as the report does), a
  bold header with a filter, frozen, and every text written as text (never a formula).

The rows are read in chunks of the listing's own query, in the order of the ids given."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from mouplanner.batches import in_chunks
from mouplanner.excel.book import Styles, new_workbook, write
from mouplanner.excel.errors import Cancelled
from mouplanner.locale.catalog import enum_label
from mouplanner.locale.formats import Formats
from mouplanner.locale.periods import PeriodLabel, Unit, period_text, unit_text
from mouplanner.outfile import written_in_place
from mouplanner.services.listing import Listing
from mouplanner.storage import Workspace

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int, int], bool]  # (done, total) -> go on


def value_of(value: Any, formats: Formats) -> Any:
    """A cell's value for a file: dates and numbers kept as such, the rest as the list shows it."""
    if value is None:
        return None
    if isinstance(value, PeriodLabel):
        return period_text(value, formats)
    if isinstance(value, Unit):
        return unit_text(value, formats.lang)
    if isinstance(value, Enum):
        return enum_label(value, formats.lang)
    if isinstance(value, (date, int, float, Decimal)):
        return value
    return str(value)


def rows_of(ws: Workspace, listing: Listing, ids: Sequence[str], columns: Sequence[str], formats: Formats,
            progress: Progress | None = None) -> list[list[Any]]:
    """The ``columns`` of each id's row, in the ids' order."""
    wanted = [listing.columns.index(c) for c in columns]
    out: list[list[Any]] = []
    for chunk in in_chunks(list(ids)):
        cells = listing.rows(ws, list(chunk), formats.lang)
        out.extend([value_of(cells[i][k].value, formats) for k in wanted] for i in chunk if i in cells)
        if progress is not None and not progress(len(out), len(ids)):
            raise Cancelled()
    return out


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(out: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    with written_in_place(out) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([_csv_text(h) for h in headers])
        writer.writerows([_csv_text(v) for v in row] for row in rows)
    return out


def write_xlsx(out: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], formats: Formats,
               sheet_name: str) -> Path:
    with new_workbook(out) as book:
        styles = Styles(book, formats)
        sheet = book.add_worksheet(sheet_name[:31] or "Sheet1")
        widths = [min(max(len(h), 10), 40) for h in headers]
        for c, header in enumerate(headers):
            write(sheet, 0, c, header, styles.header)
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row):
                style = styles.date if isinstance(value, date) else styles.number if isinstance(
                    value, (int, float, Decimal)) and not isinstance(value, bool) else styles.text
                write(sheet, r, c, value, style)
                if isinstance(value, str) and r <= 200:  # (the first screens are enough to size a column)
                    widths[c] = min(max(widths[c], len(value) + 2), 60)
        for c, width in enumerate(widths):
            sheet.set_column(c, c, width)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(rows), 1), max(len(headers) - 1, 0))
    return out


def write_table(out: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], formats: Formats,
                sheet_name: str = "") -> Path:
    """CSV or xlsx, as the file's name says."""
    if out.suffix.lower() == ".csv":
        return write_csv(out, headers, rows)
    return write_xlsx(out, headers, rows, formats, sheet_name)
