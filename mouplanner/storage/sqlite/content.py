"""What SQLite's own checks pass but a read would trip on: a table, column or search trigger that
another program dropped, and values that do not read as their column's type (SQLite lets any column
hold any value, so "someday" can sit in a date, text in a count).

Built from the domain's own tables and types (one query per table); part of the check of every
backup and copy, and of ``mouplanner check``, so that it is called damage before anything uses it.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Date, DateTime, Integer, Numeric, String, Table
from sqlalchemy import Enum as SAEnum

from mouplanner.domain import Base
from mouplanner.locale.numbers import LARGEST

_STAMP = "[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*"
_EXPECTED = {"date": "a date", "datetime": "a date and time", "integer": "a whole number",
             "number": "a number", "text": "text"}


def _bad(column_sql: str, ctype: object) -> tuple[str, str] | None:
    """The SQL condition true when the stored value is not of the type, and what was expected."""
    c = column_sql
    if isinstance(ctype, SAEnum) and ctype.enums:
        allowed = ", ".join("'" + v.replace("'", "''") + "'" for v in ctype.enums)
        return f"typeof({c}) != 'text' OR {c} NOT IN ({allowed})", "one of " + ", ".join(ctype.enums)
    if isinstance(ctype, DateTime):  # bookkeeping the app writes, 'YYYY-MM-DD HH:MM:SS[.ffffff]': its shape
        return f"typeof({c}) != 'text' OR {c} NOT GLOB '{_STAMP}'", _EXPECTED["datetime"]  # (4x faster)
    if isinstance(ctype, Date):  # with a modifier SQLite normalises 30 February: a real date reads as itself
        return f"typeof({c}) != 'text' OR date({c}, '+0 days') IS NOT {c}", _EXPECTED["date"]
    if isinstance(ctype, Integer):
        return f"typeof({c}) != 'integer'", _EXPECTED["integer"]
    if isinstance(ctype, Numeric):  # NaN is stored as NULL by SQLite; infinity fails the range
        return f"typeof({c}) NOT IN ('integer', 'real') OR NOT abs({c}) < {LARGEST}", _EXPECTED["number"]
    if isinstance(ctype, String):
        return f"typeof({c}) != 'text'", _EXPECTED["text"]
    return None


def _queries(table: Table) -> tuple[str, str, dict[str, str]] | None:
    checks = []
    for col in table.columns:
        found = _bad(f'"{col.name}"', getattr(col.type, "impl", col.type))
        if found is not None:
            checks.append((col.name, *found))
    if not checks:
        return None
    key = next(iter(table.primary_key.columns)).name
    which = " ".join(f"WHEN \"{name}\" IS NOT NULL AND ({cond}) THEN '{name}'" for name, cond, _ in checks)
    where = " OR ".join(f"(\"{name}\" IS NOT NULL AND ({cond}))" for name, cond, _ in checks)
    sql = f'SELECT "{key}", CASE {which} END FROM "{table.name}" WHERE {where} LIMIT 3'
    return sql, key, {name: expected for name, _, expected in checks}


SEARCH_PARTS = {"activity_search": "table", "activity_search_ai": "trigger", "activity_search_ad": "trigger",
                "activity_search_au": "trigger"}


def content_problems(con: sqlite3.Connection) -> list[str]:
    """Missing tables, columns and search parts first (values are not read from a broken shape). A
    file of an older schema (a backup before its upgrade) is measured by the upgrade, not here."""
    from mouplanner.storage.workspace import SCHEMA_HEAD

    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        revision = None
    if revision is not None and revision[0] != SCHEMA_HEAD:
        return []
    return shape_problems(con) or value_problems(con)


def shape_problems(con: sqlite3.Connection) -> list[str]:
    present = dict(con.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'trigger')").fetchall())
    wanted = {**{t.name: "table" for t in Base.metadata.sorted_tables}, **SEARCH_PARTS}
    found = [f"the search index is incomplete ({name} is missing)" if name in SEARCH_PARTS else
             f"the {kind} {name} is missing" for name, kind in wanted.items() if present.get(name) != kind]
    for table in Base.metadata.sorted_tables:
        if table.name in present:
            columns = {row[1] for row in con.execute(f'PRAGMA table_info("{table.name}")')}
            found += [f"the table {table.name} has no column {c.name}" for c in table.columns if c.name not in columns]
    return found[:5]


def value_problems(con: sqlite3.Connection, limit: int = 3) -> list[str]:
    """Stored values that are not of their column's type, one line each (at most ``limit``)."""
    found: list[str] = []
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in Base.metadata.sorted_tables:
        built = _queries(table) if table.name in tables else None
        if built is None:
            continue
        sql, key_column, expected = built
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.OperationalError:  # a column dropped by another program: the schema check says so
            continue
        for key, column in rows:
            row = con.execute(f'SELECT "{column}" FROM "{table.name}" WHERE "{key_column}" = ?', (key,)).fetchone()
            value = row[0] if row else "?"  # (an index that no longer finds its row: the full check says so)
            found.append(f"{table.name} {str(key)[:8]}: {column} holds {str(value)[:40]!r}, not {expected[column]}")
            if len(found) >= limit:
                return found
    return found


def text_problems(con: sqlite3.Connection) -> list[str]:
    """Text whose bytes are not UTF-8 (a damaged sector inside a title): every text is read once, so
    only for ``mouplanner check`` (about 3 s for an 800 MB workspace), not before every backup."""
    found = []
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in Base.metadata.sorted_tables:
        texts = [f'"{c.name}"' for c in table.columns if isinstance(getattr(c.type, "impl", c.type), String)]
        if table.name not in tables or not texts:
            continue
        try:
            cursor = con.execute(f'SELECT {", ".join(texts)} FROM "{table.name}"')
            while cursor.fetchmany(5000):
                pass
        except sqlite3.OperationalError as exc:  # "Could not decode to UTF-8 column 'title_en' with text ..."
            column = str(exc).split("column ")[-1].split(" ")[0].strip("'") if "column " in str(exc) else "?"
            found.append(f"the table {table.name} holds a text that is not valid UTF-8 (column {column})")
    return found
