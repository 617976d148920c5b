"""What an import will do, as the check found it: each row's plan, every problem and conflict, and
the changes field by field for the person to read before applying it (``excel.importer`` makes it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mouplanner.excel import schema
from mouplanner.locale.marks import Translatable


@dataclass
class ImportProblem(Translatable):
    """One finding: where, the value found, and what is expected (``template``)."""

    sheet: str
    row: int
    column: str
    value: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = "error"  # error (blocks the import), warning, note
    context: str = "Excel"

    def __str__(self) -> str:
        where = f"{self.sheet}, row {self.row}" + (f", column {self.column}" if self.column else "")
        found = f": found {self.value!r}" if self.value else ""
        return f"{self.severity}: {where}{found}: {self.english()}"


@dataclass
class Conflict:
    sheet: str
    row: int
    record_id: str
    column: str
    field: str
    workspace_value: Any
    workbook_value: Any
    changed_by: str
    changed_at: str
    choice: str | None = None  # "workspace" or "workbook"


@dataclass
class RowPlan:
    sheet: str
    row: int
    key: str
    action: str  # create, update, unchanged, delete
    record_id: str
    values: dict[str, Any]
    old: dict[str, Any] = field(default_factory=dict)  # an update: each changed field's value now
    title: str = ""  # the record, as a person recognises it


@dataclass(frozen=True)
class FieldChange:
    """One line of what an import will do, for the person checking it: the values as they read
    them (links by name, dates and kinds as written)."""

    sheet: str
    row: int
    action: str
    record: str
    column: str
    old: Any
    new: Any


@dataclass
class ImportPlan:
    path: Path
    rows: list[RowPlan] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)
    labels: dict[tuple[str, Any], str] = field(default_factory=dict)  # (sheet key, id) of a link -> its name

    def counts(self) -> dict[str, int]:
        out = {"create": 0, "update": 0, "unchanged": 0, "delete": 0}
        for row in self.rows:
            out[row.action] += 1
        return out

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def can_apply(self) -> bool:
        return not self.errors and all(c.choice for c in self.conflicts)

    def choose_all(self, choice: str) -> None:
        for conflict in self.conflicts:
            conflict.choice = choice

    def changes(self, lang: str, most: int = 2000) -> list[FieldChange]:
        """What will change, field by field, in the sheets' order (the first ``most`` lines)."""
        out: list[FieldChange] = []
        for row in self.rows:
            if row.action == "unchanged":
                continue
            spec = schema.BY_KEY[row.key]
            if row.action == "delete":
                out.append(FieldChange(row.sheet, row.row, "delete", row.title, "", None, None))
            for col in spec.columns:
                if col.field in row.values and (row.action == "update" and col.field in row.old
                                                or row.action == "create" and row.values[col.field] not in (None, "")):
                    out.append(FieldChange(row.sheet, row.row, row.action, row.title,
                                           col.title(lang),
                                           self.labels.get((col.link, row.old.get(col.field)), row.old.get(col.field)),
                                           self.labels.get((col.link, row.values[col.field]), row.values[col.field])))
            if len(out) >= most:
                break
        return out[:most]
