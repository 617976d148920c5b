"""Importing the data workbook with every activity row changed (as if each had been edited in
Excel), against a raw read of the workbook plus a raw update of the changed rows, in the same run.

The changed workbook is made once, outside the timing: the exported workbook is read with
calamine and written again with xlsxwriter, the Place of every activity changed and everything
else (the hidden id, version and row-check columns, the very hidden details sheet) as it was.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any


def _changed_workbook(source: Path, target: Path, sheet_title: str, header: str) -> int:
    import python_calamine
    import xlsxwriter

    book = python_calamine.CalamineWorkbook.from_path(str(source))
    out = xlsxwriter.Workbook(str(target), {"constant_memory": True, "strings_to_formulas": False})
    day = out.add_format({"num_format": "yyyy-mm-dd"})
    changed = 0
    for title in book.sheet_names:
        rows = book.get_sheet_by_name(title).to_python(skip_empty_area=False)
        sheet = out.add_worksheet(title)
        column = rows[0].index(header) if title == sheet_title and rows and header in rows[0] else -1
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if c == column and r > 0:
                    value, changed = f"{value} (changed)".strip(), changed + 1
                if value == "" or value is None:
                    continue
                if isinstance(value, (date, datetime)):
                    sheet.write_datetime(r, c, value if isinstance(value, datetime)
                                         else datetime(value.year, value.month, value.day), day)
                else:
                    sheet.write(r, c, value)
        if title == "_mouplanner":
            sheet.very_hidden()
    out.close()
    return changed


def import_changed(ws: Any, raw: sqlite3.Connection, tmp: Path) -> dict[str, Any]:
    from mouplanner.excel import importer
    from mouplanner.excel.data_export import export_data
    from mouplanner.locale.formats import Formats

    exported, changed = tmp / "data-export.xlsx", tmp / "data-changed.xlsx"
    export_data(ws, exported, Formats("en"))
    rows = _changed_workbook(exported, changed, "Activities", "Place")
    started = time.perf_counter()
    plan = importer.check(ws, changed)
    checked = time.perf_counter() - started
    importer.apply(ws, plan)
    ours = time.perf_counter() - started
    base = _raw(raw, changed)
    return {"import_changed": {"value_s": ours, "check_s": checked, "apply_s": ours - checked, "baseline_s": base,
                               "ratio": ours / base, "met": ours / base <= 2, "rows_changed": rows,
                               "counts": plan.counts()}}


def _raw(raw: sqlite3.Connection, workbook: Path) -> float:
    """Read every sheet with calamine (an import has to), update each activity's place with sqlite3
    (rolled back)."""
    import python_calamine

    started = time.perf_counter()
    book = python_calamine.CalamineWorkbook.from_path(str(workbook))
    sheets = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
    rows = sheets["Activities"]
    place = rows[0].index("Place")
    raw.execute("BEGIN")
    raw.executemany("UPDATE activity SET place = ?, version = version + 1 WHERE id = ?",
                    [(r[place], r[0]) for r in rows[1:]])
    taken = time.perf_counter() - started
    raw.execute("ROLLBACK")
    return taken
