"""Reading a data workbook or a filled template: python-calamine (several times faster than
openpyxl) after the safety checks; sheets and headers recognised in English, Thai or Lao and in
any order; formula cells read by their cached value, and noted where there is none."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine
from defusedxml import ElementTree

from mouplanner.excel import schema
from mouplanner.excel.errors import WorkbookError
from mouplanner.excel.safety import check_xlsx
from mouplanner.excel.values import text
from mouplanner.locale.catalog import translate
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

MAX_ROWS = 1_048_576  # Excel's own limit; the file-size limit keeps memory in check
MAX_COLUMNS = 120
HEADER_SEARCH_ROWS = 10
LANGS = ("en", "th", "lo")
CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*?(?:/>|>(.*?)</c>)', re.S)
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}


@dataclass
class SheetData:
    spec: schema.SheetSpec
    title: str
    header_row: int  # 1-based, as Excel shows it
    columns: dict[int, str]  # column index -> field, "id", "version", "delete" or "check"
    headers: dict[int, str]  # column index -> header text as found
    ignored: list[str]
    rows: list[tuple[int, list[Any]]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)  # 0-based corners


@dataclass
class WorkbookData:
    meta: dict[str, str] = field(default_factory=dict)
    sheets: list[SheetData] = field(default_factory=list)
    ignored_sheets: list[str] = field(default_factory=list)
    uncached: dict[str, set[tuple[int, int]]] = field(default_factory=dict)  # sheet -> (row0, col0)


def _key(value: Any) -> str:
    return text(value).casefold()


def _variants(source: str, context: str = "Excel") -> set[str]:
    return {_key(translate(context, source, lang)) for lang in LANGS}


def _header_map(spec: schema.SheetSpec) -> dict[str, str]:
    names = {v: "id" for v in _variants(schema.ID_HEADER) | {"id"}}
    names |= {v: "version" for v in _variants(schema.VERSION_HEADER) | {"version"}}
    names |= {v: "delete" for v in _variants(schema.DELETE_HEADER) | {"delete", "delete?"}}
    names |= {v: "check" for v in _variants(schema.CHECK_HEADER)}
    for col in spec.columns:
        for variant in _variants(col.header, col.context) | {col.field.casefold()}:
            names[variant] = col.field
    return names


def _sheet_spec(title: str) -> schema.SheetSpec | None:
    wanted = _key(title)
    for spec in schema.SHEETS:
        if wanted in {_key(spec.title(lang)) for lang in LANGS} | _variants(spec.name, "Labels") | {spec.key}:
            return spec
    return None


def _col_index(letters: bytes) -> int:
    index = 0
    for char in letters:
        index = index * 26 + (char - 64)
    return index - 1


def _uncached_formulas(path: Path, with_formulas: set[str]) -> dict[str, set[tuple[int, int]]]:
    """Cells holding a formula but no cached value, by sheet name (only the parts the safety scan
    saw formulas in are read again; mouplanner's own workbooks have none)."""
    found: dict[str, set[tuple[int, int]]] = {}
    with zipfile.ZipFile(path) as archive:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("rel:Relationship", NS)}
        for sheet in book.findall("m:sheets/m:sheet", NS):
            target = targets.get(sheet.get(f"{{{NS['r']}}}id"), "").lstrip("/")
            part = target if target.startswith("xl/") else f"xl/{target}"
            if part not in with_formulas:
                continue
            data = archive.read(part)
            if b"<f" not in data:
                continue
            cells = set()
            for m in CELL.finditer(data):
                inner = m.group(3) or b""
                if b"<f" in inner and not re.search(rb"<v>[^<]+</v>", inner):
                    cells.add((int(m.group(2)) - 1, _col_index(m.group(1))))
            if cells:
                found[sheet.get("name", "")] = cells
    return found


def _read_sheet(book: Any, title: str, spec: schema.SheetSpec) -> SheetData:
    sheet = book.get_sheet_by_name(title)
    if sheet.total_height > MAX_ROWS + HEADER_SEARCH_ROWS or sheet.total_width > MAX_COLUMNS:
        raise WorkbookError(QT_TRANSLATE_NOOP(
            "Excel", "sheet {sheet} has {rows} rows and {columns} columns; at most {max_rows} rows and "
                     "{max_columns} columns can be imported"), sheet=title, rows=sheet.total_height,
            columns=sheet.total_width, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS)
    names = _header_map(spec)
    rows = sheet.to_python(skip_empty_area=False)
    header_at, columns, headers = -1, {}, {}
    for r, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = {i: names[_key(v)] for i, v in enumerate(row) if _key(v) in names}
        if len(found) >= 2:
            header_at, columns = r, found
            headers = {i: text(v) for i, v in enumerate(row) if text(v)}
            break
    if header_at < 0:
        return SheetData(spec, title, 0, {}, {}, [], [])
    ignored = [h for i, h in headers.items() if i not in columns]
    data = [(header_at + 2 + i, row) for i, row in enumerate(rows[header_at + 1:])
            if any(text(v) for v in row)]
    return SheetData(spec, title, header_at + 1, columns, headers, ignored, data,
                     list(getattr(sheet, "merged_cell_ranges", None) or []))


def read_workbook(path: Path | str) -> WorkbookData:
    path = Path(path)
    with_formulas = check_xlsx(path)
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine's errors: zip, xml, password...
        raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "{name} is damaged or truncated ({reason}); it cannot be "
                                                       "read"), name=path.name, reason=str(exc)) from None
    try:
        result = WorkbookData(uncached=_uncached_formulas(path, with_formulas))
        for title in book.sheet_names:
            if title == schema.META_SHEET:
                rows = book.get_sheet_by_name(title).to_python()
                result.meta = {text(r[0]): text(r[1]) for r in rows if len(r) >= 2}
                continue
            if title == schema.LISTS_SHEET:
                continue
            spec = _sheet_spec(title)
            if spec is None:
                result.ignored_sheets.append(title)
                continue
            result.sheets.append(_read_sheet(book, title, spec))
    except WorkbookError:
        raise
    except Exception as exc:  # calamine and zipfile raise many kinds for a damaged sheet
        raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "{name} is damaged or truncated ({reason}); it cannot be "
                                                       "read"), name=path.name, reason=str(exc)[:200]) from None
    finally:
        book.close()
    order = {spec.key: i for i, spec in enumerate(schema.SHEETS)}
    result.sheets.sort(key=lambda s: order[s.spec.key])
    return result
