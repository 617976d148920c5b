"""The data workbook (records as editable sheets, for a round trip through Excel or LibreOffice)
and the blank template in the same layout.

Each record sheet: hidden, locked id and version columns; headers in the chosen language;
drop-down lists (from the hidden Lists sheet) for kinds, statuses, currencies, directions and
the records a column points at; real date and number cells; a Delete? column; a hidden row checksum
(excel/rowcheck.py) that lets an import skip the rows nobody edited. A very hidden
sheet records which workspace the workbook came from and when, for conflict checks on import.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from mouplanner import __version__
from mouplanner.excel import schema
from mouplanner.excel.book import Styles, new_workbook, print_setup, write
from mouplanner.excel.errors import Cancelled
from mouplanner.excel.links import LinkIndex
from mouplanner.excel.rowcheck import row_check
from mouplanner.locale.catalog import enum_label, translate
from mouplanner.locale.formats import Formats
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage import Workspace

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
MAX_LINK_CHOICES = 5000  # longer lists are not offered as drop-downs (the cell still takes any label)
INSTRUCTIONS_SHEET = QT_TRANSLATE_NOOP("Excel", "Instructions")
INSTRUCTIONS = (
    QT_TRANSLATE_NOOP("Excel", "How to use this workbook"),
    QT_TRANSLATE_NOOP("Excel", "Each sheet holds one kind of record. Edit the cells, add rows at the bottom, "
                               "then import the workbook in mouplanner (File > Import from Excel)."),
    QT_TRANSLATE_NOOP("Excel", "Rows with an ID update that record; rows without one create a new record. "
                               "Do not change or copy the hidden ID and Version columns."),
    QT_TRANSLATE_NOOP("Excel", "To delete a record, choose “delete” in its Delete? column. A row you remove "
                               "from the sheet is not deleted from the workspace."),
    QT_TRANSLATE_NOOP("Excel", "Dates: type them as day/month/year (7/2/2561 or 7/2/2018) or with the month "
                               "name; Buddhist-era years and Thai or Lao digits are understood."),
    QT_TRANSLATE_NOOP("Excel", "Kinds, statuses, currencies and links to other records: pick from the list "
                               "in the cell. Headers may be in English, Thai or Lao, in any order."),
    QT_TRANSLATE_NOOP("Excel", "mouplanner checks everything before it changes anything, and shows each "
                               "problem with its sheet, row and column."),
)


def sheet_name(spec: schema.SheetSpec, lang: str) -> str:
    return spec.title(lang)


def _instructions(book: Workbook, styles: Styles, lang: str) -> None:
    sheet = book.add_worksheet(translate("Excel", INSTRUCTIONS_SHEET, lang)[:31])
    sheet.set_column(0, 0, 110)
    for row, text in enumerate(INSTRUCTIONS):
        write(sheet, row * 2, 0, translate("Excel", text, lang), styles.title if row == 0 else styles.long)


class _Lists:
    """The hidden Lists sheet: one column per drop-down list."""

    def __init__(self) -> None:
        self.columns: list[tuple[str, list[str]]] = []

    def add(self, header: str, values: list[str]) -> str:
        col = len(self.columns)
        self.columns.append((header, values))
        letter = xl_col_to_name(col)
        return f"={schema.LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"

    def write(self, book: Workbook, styles: Styles) -> None:
        sheet = book.add_worksheet(schema.LISTS_SHEET)
        longest = max((len(v) for _, v in self.columns), default=0)
        for row in range(longest + 1):
            for col, (header, values) in enumerate(self.columns):
                if row == 0:
                    write(sheet, 0, col, header, styles.bold)
                elif row - 1 < len(values):
                    write(sheet, row, col, values[row - 1], styles.text)
        sheet.hide()


def _meta(book: Workbook, values: dict[str, str]) -> None:
    sheet = book.add_worksheet(schema.META_SHEET)
    for row, (key, value) in enumerate(values.items()):
        sheet.write_string(row, 0, key)
        sheet.write_string(row, 1, value)
    sheet.very_hidden()


def _records(ws: Workspace, spec: schema.SheetSpec) -> list[dict[str, Any]]:
    model = spec.model
    names = ["id", "version", *[c.field for c in spec.columns]]
    stmt = select(*[getattr(model, n) for n in names]).where(model.deleted_at.is_(None))
    order = [getattr(model, n) for n in ("sort_order", "planned_start", "planned_date", "code",
                                         "label", "title_en", "name_en") if hasattr(model, n)]
    with ws.read() as s:
        return [dict(zip(names, row, strict=True)) for row in s.execute(stmt.order_by(*order, model.id))]


def _sheet(book: Workbook, styles: Styles, spec: schema.SheetSpec, lang: str, lists: _Lists,
           links: LinkIndex | None, rows: list[dict[str, Any]], tick: Callable[[], None]) -> Worksheet:
    sheet = book.add_worksheet(sheet_name(spec, lang))
    headers = [translate("Excel", schema.ID_HEADER, lang), translate("Excel", schema.VERSION_HEADER, lang)]
    headers += [c.title(lang) for c in spec.columns]
    headers.append(translate("Excel", schema.DELETE_HEADER, lang))
    headers.append(translate("Excel", schema.CHECK_HEADER, lang))
    sheet.set_column(0, 1, 12, styles.id, {"hidden": True})
    for i, col in enumerate(spec.columns, start=2):
        sheet.set_column(i, i, col.width, styles.for_kind(col.kind))
    delete_col, check_col = len(headers) - 2, len(headers) - 1
    sheet.set_column(delete_col, delete_col, 10, styles.text)
    sheet.set_column(check_col, check_col, 12, styles.id, {"hidden": True})
    sheet.set_row(0, 32)
    for i, header in enumerate(headers):
        write(sheet, 0, i, header, styles.header)
    last = max(len(rows), 1) + 500  # room for new rows typed by hand
    for i, col in enumerate(spec.columns, start=2):
        source = None
        if col.kind == "enum" and col.enum is not None:
            source = lists.add(col.title(lang), [enum_label(m, lang) for m in col.enum])
        elif col.kind == "link" and links is not None and 0 < len(links.labels.get(col.link, {})) <= MAX_LINK_CHOICES:
            source = lists.add(col.title(lang), sorted(links.labels[col.link].values()))
        if source:
            sheet.data_validation(1, i, last, i, {"validate": "list", "source": source, "error_type": "warning"})
    sheet.data_validation(1, delete_col, last, delete_col, {
        "validate": "list", "source": [translate("Excel", schema.DELETE_WORD, lang)], "error_type": "warning"})
    for r, record in enumerate(rows, start=1):
        sheet.write_string(r, 0, record["id"], styles.id)
        sheet.write_number(r, 1, record["version"], styles.id)
        currency = getattr(record.get("currency"), "value", None)
        written = []
        for i, col in enumerate(spec.columns, start=2):
            value = record[col.field]
            if col.kind == "enum":
                value = enum_label(value, lang) if value is not None else ""
            elif col.kind == "link" and links is not None:
                value = links.label(col.link, value)
            write(sheet, r, i, value, styles.for_kind(col.kind, currency))
            written.append(value)
        sheet.write_string(r, check_col, row_check(written), styles.id)
        tick()
    sheet.freeze_panes(1, 2)
    sheet.autofilter(0, 0, max(len(rows), 1), len(headers) - 1)
    sheet.protect("", {"insert_rows": True, "delete_rows": True, "sort": True, "autofilter": True,
                       "format_columns": True, "format_rows": True, "select_locked_cells": True,
                       "select_unlocked_cells": True})
    print_setup(sheet, 0)
    return sheet


def _write(out: Path, formats: Formats, ws: Workspace | None, progress: Progress | None) -> Path:
    lang = formats.lang
    specs_rows = [(spec, _records(ws, spec) if ws else []) for spec in schema.SHEETS]
    total = sum(len(r) for _, r in specs_rows) or 1
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress and done % 500 == 0 and not progress(done, total):
            raise Cancelled()

    links = LinkIndex(ws, lang) if ws else None
    with new_workbook(out) as book:
        styles = Styles(book, formats)
        lists = _Lists()
        _instructions(book, styles, lang)
        for spec, rows in specs_rows:
            _sheet(book, styles, spec, lang, lists, links, rows, tick)
        lists.write(book, styles)
        meta = {"format": schema.DATA_FORMAT if ws else schema.TEMPLATE_FORMAT,
                "format_version": str(schema.FORMAT_VERSION), "language": lang,
                "exported_at": datetime.now(UTC).isoformat(), "app_version": __version__}
        if ws is not None:
            meta |= {"workspace_id": ws.workspace_id, "exported_hlc": ws.clock.now()}
        _meta(book, meta)
    if progress:
        progress(total, total)
    return out


def export_data(ws: Workspace, out: Path | str, formats: Formats, progress: Progress | None = None) -> Path:
    return _write(Path(out), formats, ws, progress)


def write_template(out: Path | str, formats: Formats) -> Path:
    return _write(Path(out), formats, None, None)
