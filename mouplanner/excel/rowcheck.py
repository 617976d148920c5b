"""A checksum of each exported row's cells, kept in a hidden column of the data workbook.

A round trip through Excel usually changes a few rows of thousands. On import, a row whose
cells still give the checksum written at export, and whose record has not changed in the
workspace since (same version), is unchanged: it needs no reading of cells, no validation and no
comparison. Any edit of a cell changes the checksum and the row is read in full, as is every row
when the column is missing (an older workbook, a template, a copied sheet).

Cells are compared as the spreadsheet gives them back: numbers as floats, dates as dates, text
as text, so the checksum of what xlsxwriter wrote equals the checksum of what calamine reads.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from mouplanner.excel.book import MAX_CELL_TEXT


def canonical(value: Any) -> str:
    kind = type(value)
    if kind is str:  # most cells, first
        return value[:MAX_CELL_TEXT]
    if kind is float:
        return repr(value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float, Decimal)):
        return repr(float(value))
    return str(value)[:MAX_CELL_TEXT]


def row_check(cells: Iterable[Any]) -> str:
    joined = "\x1f".join(map(canonical, cells))
    return hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()
