"""Importing a data workbook or a filled template, in two steps.

``check`` (the dry run) reads everything and changes nothing: what would be created, updated,
deleted or left unchanged, every problem with its sheet, row, column, the value found and what
is expected, and every conflict (a field changed both in the workspace since the export and in
the workbook). ``apply`` then makes all of it in one journalled transaction, or nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mouplanner.batches import KEYS, in_chunks
from mouplanner.domain import Change
from mouplanner.domain.validation import CoerceError, Context, coerce
from mouplanner.excel import schema
from mouplanner.excel.data_export import INSTRUCTIONS_SHEET
from mouplanner.excel.errors import Cancelled, WorkbookError
from mouplanner.excel.import_apply import apply
from mouplanner.excel.import_plan import Conflict, FieldChange, ImportPlan, ImportProblem, RowPlan
from mouplanner.excel.links import LinkIndex
from mouplanner.excel.reader import SheetData, WorkbookData, read_workbook
from mouplanner.excel.rowcheck import row_check
from mouplanner.excel.values import CellError, a_date, choice, integer, number, text
from mouplanner.kinds import validate
from mouplanner.locale.catalog import translate
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage import Workspace
from mouplanner.storage.journal import decode, to_json_value

Progress = Callable[[int, int], bool]
WHOLE_TABLE_AT = 20_000  # unchanged rows to confirm from which the versions of the whole table are read
DELETE_MARKS = {"x", "yes", "y", "1", "true", "✓", "✔", "delete", "ลบ", "ລຶບ"}


@dataclass
class _SheetRead:
    """What the check of a sheet reads once for all its rows."""

    columns: dict[str, int]  # field -> its column
    current: dict[str, Any]  # record id -> the record as the workspace holds it
    since_export: dict[tuple[str, str], Any]  # (record id, field) -> its change since the export
    uncached: set[tuple[int, int]]  # formula cells without a saved result
    rows_of: dict[str, int] = field(default_factory=dict)  # record id -> the row it was first found on


class _Checker:
    def __init__(self, ws: Workspace, data: WorkbookData, plan: ImportPlan, lang: str, today: date):
        self.ws, self.data, self.plan, self.lang, self.today = ws, data, plan, lang, today
        self._links: LinkIndex | None = None  # every record's labels: loaded when a row needs them
        self.exported_hlc = data.meta.get("exported_hlc", "")
        self.context = Context(today=today)
        self.header_of: dict[str, str] = {}
        # Cells read before on this sheet (a column repeats its dates, choices and links): the
        # value they gave. Only cells that read cleanly are kept, so every bad cell is reported.
        self.read_before: dict[tuple[str, type, Any], Any] = {}

    @property
    def links(self) -> LinkIndex:
        if self._links is None:
            self._links = LinkIndex(self.ws, self.data.meta.get("language", self.lang))
        return self._links

    def problem(self, sheet: SheetData, row: int, column: str, value: Any, template: str,
                severity: str = "error", **params: Any) -> None:
        self.plan.problems.append(ImportProblem(sheet.title, row, column, text(value), template, params, severity))

    def unchanged_rows(self, sheet: SheetData) -> set[int]:
        """Rows whose cells still give the checksum written at export and whose record is as it was
        exported (same version, not deleted): nothing to read, check or compare (excel/rowcheck.py).
        Their versions go into the plan, so applying refuses if the record changes meanwhile."""
        columns = {f: i for i, f in sheet.columns.items()}
        if not {"id", "version", "check"} <= columns.keys() or any(c.field not in columns for c in sheet.spec.columns):
            return set()  # a missing column: the checksum cannot hold
        cells_of = itemgetter(*[columns[c.field] for c in sheet.spec.columns])
        at_id, at_version, at_check = columns["id"], columns["version"], columns["check"]
        at_delete, width = columns.get("delete"), max(columns.values()) + 1
        candidates: dict[str, tuple[int, Any]] = {}
        for row, cells in sheet.rows:
            if len(cells) < width or (at_delete is not None and text(cells[at_delete])):
                continue
            values = cells_of(cells)
            if cells[at_check] == row_check(values if isinstance(values, tuple) else (values,)):
                candidates[text(cells[at_id])] = (row, cells[at_version])
        model, found = sheet.spec.model, {}
        with self.ws.connection() as conn:
            ids = list(candidates)
            live = select(model.id, model.version).where(model.deleted_at.is_(None))
            if len(ids) > WHOLE_TABLE_AT:  # most of a big table: one pass over it beats dozens of IN (...) lists
                found = dict(self.ws.raw_rows(conn, live))
            else:
                for chunk in in_chunks(ids, KEYS):
                    found.update(self.ws.raw_rows(conn, live.where(model.id.in_(chunk))))
        unchanged = set()
        uncached_rows = {r0 + 1 for r0, _c0 in self.data.uncached.get(sheet.title, set())}
        for record_id, (row, exported) in candidates.items():
            version = found.get(record_id)
            if version is not None and exported == version and row not in uncached_rows:
                unchanged.add(row)
                self.plan.rows.append(RowPlan(sheet.title, row, sheet.spec.key, "unchanged", record_id, {}))
                self.plan.versions[record_id] = version
        return unchanged

    def current(self, sheet: SheetData, rows: list[tuple[int, list[Any]]]) -> dict[str, dict[str, Any]]:
        ids = [text(cells[i]) for _, cells in rows for i, f in sheet.columns.items()
               if f == "id" and i < len(cells) and text(cells[i])]
        model = sheet.spec.model
        names = ["id", "version", "deleted_at", *model.domain_fields()]
        found: dict[str, dict[str, Any]] = {}
        with self.ws.read() as s:
            for chunk in in_chunks(ids):
                stmt = select(*[getattr(model, n) for n in names]).where(model.id.in_(chunk))
                found.update({r[0]: dict(zip(names, r, strict=True)) for r in s.execute(stmt)})
        return found

    def changed_since_export(self, record_ids: list[str]) -> dict[tuple[str, str], tuple[Any, str, str]]:
        """(record, field) -> (value at export, who changed it last, when), from the journal."""
        if not record_ids or not self.exported_hlc:
            return {}
        out: dict[tuple[str, str], tuple[Any, str, str]] = {}
        with self.ws.read() as s:
            for chunk in in_chunks(record_ids):
                stmt = (select(Change).where(Change.record_id.in_(chunk),
                                             Change.op == "update", Change.hlc > self.exported_hlc)
                        .order_by(Change.hlc))
                for c in s.scalars(stmt):
                    first = out.get((c.record_id, c.field or ""))
                    old = first[0] if first else decode(c.old_value)
                    out[(c.record_id, c.field or "")] = (old, c.actor, c.at.isoformat(timespec="minutes"))
        return out

    def cell(self, sheet: SheetData, row: int, col: schema.Col, raw: Any) -> Any:
        key = (col.field, type(raw), raw)
        value = self.read_before.get(key, _BAD)
        if value is _BAD:
            value = self._read_cell(sheet, row, col, raw)
            if value is not _BAD:
                self.read_before[key] = value
        return value

    def _read_cell(self, sheet: SheetData, row: int, col: schema.Col, raw: Any) -> Any:
        header = self.header_of.get(col.field, col.field)
        try:
            if col.kind == "date":
                return a_date(raw)
            if col.kind == "int":
                return integer(raw)
            if col.kind in ("number", "money"):
                value = number(raw)
                return float(value) if value is not None and col.kind == "number" else value
            if col.kind == "enum":
                return choice(raw, col.enum, self.lang) if col.enum else text(raw)
            if col.kind == "link":
                if not text(raw):
                    return None
                found, why = self.links.resolve(col.link, text(raw))
                if found:
                    return found
                target = schema.BY_KEY[col.link].model.LABEL
                self.problem(sheet, row, header, raw, QT_TRANSLATE_NOOP(
                    "Excel", "an existing {entity}: pick one from the list in the cell")
                    if why == "missing" else QT_TRANSLATE_NOOP(
                    "Excel", "one {entity}; several match this text, pick one from the list in the cell"),
                    entity=target)
                return _BAD
            typed: Any = text(raw) if col.kind == "text" else ("" if raw is None else str(raw).strip())
            return coerce(sheet.spec.model, col.field, typed)
        except (CellError, CoerceError) as exc:
            template = exc.expected if isinstance(exc, CellError) else exc.template
            self.problem(sheet, row, header, raw, template, **exc.params)
            return _BAD

    def sheet(self, sheet: SheetData, tick: Callable[[], None]) -> None:
        """Plan every row of a sheet: its notes first, then each row in the sheet's order."""
        for header in sheet.ignored:
            self.problem(sheet, sheet.header_row, header, "", QT_TRANSLATE_NOOP(
                "Excel", "this column is not one mouplanner knows; it was ignored"), "note")
        first = len(self.plan.rows)
        unchanged = self.unchanged_rows(sheet)
        rows = [(row, cells) for row, cells in sheet.rows if row not in unchanged]
        for _ in unchanged:
            tick()
        columns = {f: i for i, f in sheet.columns.items()}
        self.header_of = {f: self._column_name(sheet.spec, f, sheet.headers.get(i, ""))
                          for i, f in sheet.columns.items()}
        updates = [text(cells[columns["id"]]) for _, cells in rows
                   if "id" in columns and columns["id"] < len(cells) and text(cells[columns["id"]])]
        read = _SheetRead(columns, self.current(sheet, rows), self.changed_since_export(updates),
                          self.data.uncached.get(sheet.title, set()))
        self.read_before = {}
        if not self._whole_layout(sheet, columns):
            return
        for row, cells in rows:
            tick()
            self._row(sheet, row, cells, read)
        self.plan.rows[first:] = sorted(self.plan.rows[first:], key=lambda r: r.row)  # in the sheet's order

    def _row(self, sheet: SheetData, row: int, cells: list[Any], read: _SheetRead) -> None:
        """One row: refused with a problem, or planned as a create, update, delete or nothing."""

        def raw(name: str) -> Any:
            i = read.columns.get(name)
            return cells[i] if i is not None and i < len(cells) else None

        for r0, c0 in read.uncached:
            if r0 == row - 1 and c0 in sheet.columns:
                self.problem(sheet, row, self.header_of.get(sheet.columns[c0], ""), "", QT_TRANSLATE_NOOP(
                    "Excel", "a value: this formula has no saved result, so importing would empty the field "
                             "(open and save the workbook in Excel or LibreOffice first)"))
        record_id = text(raw("id"))
        record = self._identify(sheet, row, record_id, read)
        if record is _BAD:
            return
        mark = text(raw("delete")).casefold()
        if mark:
            self._delete_row(sheet, row, mark, record_id, record, read)
            return
        spec = sheet.spec
        values = {c.field: self.cell(sheet, row, c, raw(c.field)) for c in spec.columns if c.field in read.columns}
        if any(v is _BAD for v in values.values()):
            return
        if record is None:
            self._create_row(sheet, row, values)
            return
        exported = integer(raw("version")) if text(raw("version")) else None
        self._update_row(sheet, row, record_id, record, values, exported, read)

    def _identify(self, sheet: SheetData, row: int, record_id: str, read: _SheetRead) -> Any:
        """The workspace's record of the row (None: a new one), or _BAD with a problem said."""
        if record_id and record_id in read.rows_of:
            self.problem(sheet, row, self.header_of.get("id", "ID"), record_id, QT_TRANSLATE_NOOP(
                "Excel", "one row for each record: this record is also on row {other}, so one of the two "
                         "edits would be lost; keep one row"), other=read.rows_of[record_id])
            return _BAD
        if record_id:
            read.rows_of[record_id] = row
        record = read.current.get(record_id) if record_id else None
        if record_id and record is None:
            self.problem(sheet, row, sheet.headers.get(read.columns["id"], "ID"), record_id, QT_TRANSLATE_NOOP(
                "Excel", "an ID of this workspace; this row comes from another workspace or was changed "
                         "by hand"))
            return _BAD
        if record is not None and record["deleted_at"] is not None:
            self.problem(sheet, row, "", "", QT_TRANSLATE_NOOP(
                "Excel", "a live record: it was deleted in the workspace after the export, so this row was "
                         "left out"), "warning")
            return _BAD
        return record

    def _delete_row(self, sheet: SheetData, row: int, mark: str, record_id: str, record: Any, read: _SheetRead) -> None:
        if mark not in DELETE_MARKS | {translate("Excel", schema.DELETE_WORD, lang).casefold()
                                       for lang in ("en", "th", "lo")}:
            self.problem(sheet, row, sheet.headers.get(read.columns["delete"], ""), mark, QT_TRANSLATE_NOOP(
                "Excel", "“delete” to delete this record, or an empty cell"))
        elif record is not None:
            self.plan.rows.append(RowPlan(sheet.title, row, sheet.spec.key, "delete", record_id, {},
                                          title=self._title(record)))
            self.plan.versions[record_id] = record["version"]

    def _create_row(self, sheet: SheetData, row: int, values: dict[str, Any]) -> None:
        spec, model = sheet.spec, sheet.spec.model
        base = model()
        base.apply_defaults()
        new_id = str(uuid.uuid4())
        self._validate(sheet, row, {n: getattr(base, n) for n in model.domain_fields()} | values)
        self.links.add(spec.key, new_id, values)
        self._link_labels(spec, values)
        self.plan.rows.append(RowPlan(sheet.title, row, spec.key, "create", new_id, values,
                                      title=self._title(values)))

    def _update_row(self, sheet: SheetData, row: int, record_id: str, record: Any, values: dict[str, Any],
                    exported_version: int | None, read: _SheetRead) -> None:
        """The fields the workbook changed; a field also changed in the workspace since the export
        is a conflict to decide, unless the workbook still holds the exported value."""
        spec = sheet.spec
        self.plan.versions[record_id] = record["version"]
        changes: dict[str, Any] = {}
        for name, value in values.items():
            now = record[name]
            if now == value or to_json_value(now) == to_json_value(value):  # equal, or equal when stored
                continue
            if exported_version is not None and exported_version < record["version"]:
                earlier = read.since_export.get((record_id, name))
                if earlier is None and self.exported_hlc:
                    changes[name] = value  # the workspace did not touch this field since the export
                    continue
                if earlier is not None and to_json_value(value) == earlier[0]:
                    continue  # the workbook still has the exported value: keep the newer one
                who, when = (earlier[1], earlier[2]) if earlier else ("", "")
                header = self.header_of.get(name, name)
                self.plan.conflicts.append(Conflict(sheet.title, row, record_id, header, name, now, value,
                                                    who, when))
                continue
            changes[name] = value
        conflicted = bool(self.plan.conflicts) and self.plan.conflicts[-1].record_id == record_id
        if changes or conflicted:  # an unchanged row was valid when it was saved: nothing to check
            self._validate(sheet, row, {n: record[n] for n in spec.model.domain_fields()} | values)
        action = "update" if changes or conflicted else "unchanged"
        old = {name: record[name] for name in changes}
        if changes:
            self._link_labels(spec, changes | old)
        self.plan.rows.append(RowPlan(sheet.title, row, spec.key, action, record_id, changes, old,
                                      self._title(record) if action == "update" else ""))

    def _whole_layout(self, sheet: SheetData, columns: dict[str, int]) -> bool:
        """A data workbook's sheet still has its hidden ID column, and no merged cells over its rows:
        without the IDs every row would create its record again; a merged range keeps the value of
        its first cell only and empties the others."""
        if sheet.rows and "id" not in columns and self.data.meta.get("format") == schema.DATA_FORMAT:
            self.problem(sheet, sheet.header_row, "ID", "", QT_TRANSLATE_NOOP(
                "Excel", "the hidden ID column: it was deleted, so every row would create its record a second "
                         "time; export the data workbook again and make the changes there"))
            return False
        for (r0, c0), (r1, c1) in sheet.merged:
            if r1 >= sheet.header_row and any(c in sheet.columns for c in range(c0, c1 + 1)):
                self.problem(sheet, max(r0 + 1, sheet.header_row + 1), "", "", QT_TRANSLATE_NOOP(
                    "Excel", "cells that are not merged: rows {first} to {last} have merged cells, which keep "
                             "the first cell's value and empty the others; unmerge them"), first=r0 + 1, last=r1 + 1)
        return True

    def _column_name(self, spec: schema.SheetSpec, field_name: str, in_workbook: str) -> str:
        """A column as the reader names it, in the UI language; with the workbook's own header
        beside it where that differs ("สถานที่ (Place)"), so the cell is found either way."""
        name = schema.header_for(spec, field_name, self.lang)
        return f"{name} ({in_workbook})" if in_workbook and in_workbook.casefold() != name.casefold() else name

    def _title(self, values: dict[str, Any]) -> str:
        for prefix in ("title", "name"):
            for lang in (self.lang, "en", "th", "lo"):
                if values.get(f"{prefix}_{lang}"):
                    return str(values[f"{prefix}_{lang}"])
        return str(values.get("code") or values.get("label") or "")

    def _link_labels(self, spec: schema.SheetSpec, values: dict[str, Any]) -> None:
        for col in spec.columns:
            if col.kind == "link" and values.get(col.field):
                key = (col.link, values[col.field])
                if key not in self.plan.labels:
                    self.plan.labels[key] = self.links.label(col.link, values[col.field]) or str(values[col.field])

    def _validate(self, sheet: SheetData, row: int, full: dict[str, Any]) -> None:
        for p in validate(sheet.spec.model, full, self.context):
            column = self.header_of.get(p.field) or self._column_name(sheet.spec, p.field, "")
            self.plan.problems.append(ImportProblem(sheet.title, row, column,
                                                    text(full.get(p.field)), p.template, p.params, p.severity,
                                                    "Validation"))


_BAD = object()


def check(ws: Workspace, path: Path | str, *, lang: str = "en", today: date | None = None,
          progress: Progress | None = None) -> ImportPlan:
    """The dry run: reads the workbook and reports; changes nothing."""
    path = Path(path)
    data = read_workbook(path)
    if data.meta.get("format") not in (schema.DATA_FORMAT, schema.TEMPLATE_FORMAT):
        raise WorkbookError(QT_TRANSLATE_NOOP(
            "Excel", "{name} is not a data workbook or a template of mouplanner (a report, or a workbook made "
                     "elsewhere), so it cannot be imported. To edit records in Excel, export the data workbook "
                     "(File > Export data workbook…) or start from a template (File > New Excel template…), "
                     "edit that and import it"), name=path.name)
    if data.meta.get("format") == schema.DATA_FORMAT and data.meta.get("workspace_id") not in (None, ws.workspace_id):
        raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "{name} was exported from another workspace; import it "
                                                       "into the workspace it came from"), name=path.name)
    plan = ImportPlan(path)
    checker = _Checker(ws, data, plan, lang, today or date.today())
    instructions = {translate("Excel", INSTRUCTIONS_SHEET, lang).casefold() for lang in ("en", "th", "lo")}
    for title in data.ignored_sheets:
        if title.casefold() not in instructions:
            plan.problems.append(ImportProblem(title, 0, "", "", QT_TRANSLATE_NOOP(
                "Excel", "a sheet mouplanner knows; this sheet was ignored"), {}, "note"))
    total = sum(len(s.rows) for s in data.sheets) or 1
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress and done % 200 == 0 and not progress(done, total):
            raise Cancelled()

    for sheet in data.sheets:
        if not sheet.columns:
            plan.problems.append(ImportProblem(sheet.title, 0, "", "", QT_TRANSLATE_NOOP(
                "Excel", "a header row with mouplanner's column names in the first rows; none was found"), {},
                "error" if sheet.rows else "note"))
            continue
        checker.sheet(sheet, tick)
    return plan


__all__ = ["Conflict", "FieldChange", "ImportPlan", "ImportProblem", "RowPlan", "apply", "check"]
