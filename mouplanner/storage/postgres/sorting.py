"""The activities' list indexes as a server needs them (migrations 0012, 0014 and 0019).

``domain/sorting.py`` describes one ``(key, id)`` index per sort key over the live rows, portable
SQL that serves SQLite whole. A list puts rows without a date last whether it is sorted up or
down; a B-tree read backwards gives them first, so on PostgreSQL a key that may be empty has a twin
index in the descending order (``DESC NULLS LAST``), and a key that can never be empty is sorted
without ``NULLS LAST`` (``domain/sorting.may_be_empty``).

Tried and undone (0014): including the columns an expression key reads (``INCLUDE (place)``, the
three titles) lets PostgreSQL answer a sort from the index alone (20 ms against 180 ms at 100,000
activities), but an index entry holds at most about 2,700 bytes: three long titles in Thai or Lao
went past it and the save failed.

So (0019) the server keeps each expression key in a generated column of its own (``sort_place``,
``sort_title_en``...), indexed with the id, and a list's query names that column
(``domain/sorting.StoredKey`` compiles to it here): an index entry is then no larger than the
expression index's was, and PostgreSQL reads a sorted list from the index alone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from mouplanner.domain.sorting import StoredKey

LIVE = "deleted_at IS NULL"
ORDERS = {"en": ("en", "th", "lo"), "th": ("th", "en", "lo"), "lo": ("lo", "th", "en")}
# name: (key expression, whether it may be empty). The expressions are the ones of domain/sorting.py
# written out (a migration is frozen history); tests/postgres/test_server_sorting.py proves that the
# lists' queries are answered by these indexes.
KEYS: dict[str, tuple[str, bool]] = {
    "planned_start": ("planned_start", True),
    "planned_end": ("planned_end", True),
    "place": ("lower(place)", False),
    **{f"title_{lang}": ("lower(coalesce(" + ", ".join(f"nullif(title_{c}, '')" for c in codes) + ", ''))", False)
       for lang, codes in ORDERS.items()},
}


def _name(key: str) -> str:
    return f"ix_activity_list_{key}"


def create_indexes(conn: Connection) -> None:
    """Migration 0012: the descending twins of the keys that may be empty."""
    for key, (expr, may_be_empty) in KEYS.items():
        if may_be_empty:
            conn.exec_driver_sql(f"CREATE INDEX {_name(key)}_desc ON activity ({expr} DESC NULLS LAST, id DESC) "
                                 f"WHERE {LIVE}")


def drop_indexes(conn: Connection) -> None:
    for key, (_expr, may_be_empty) in KEYS.items():
        if may_be_empty:
            conn.exec_driver_sql(f"DROP INDEX {_name(key)}_desc")


def plain_expression_indexes(conn: Connection) -> None:
    """Migration 0014: the expression keys' indexes as domain/sorting.py makes them, without the
    columns an earlier 0012 included (whose entries a long title could make too large)."""
    for key, expr in _expression_keys().items():
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {_name(key)}")
        conn.exec_driver_sql(f"CREATE INDEX {_name(key)} ON activity ({expr}, id) WHERE {LIVE}")


@compiles(StoredKey, "postgresql")
def _as_its_column(element: StoredKey, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.stored, **kw)


def _expression_keys() -> dict[str, str]:
    """The keys that are expressions, not columns."""
    return {key: expr for key, (expr, _may_be_empty) in KEYS.items() if expr != key}


def store_keys(conn: Connection) -> None:
    """Migration 0019: each expression key in a generated column, indexed with the id instead."""
    for key, expr in _expression_keys().items():
        conn.exec_driver_sql(f"ALTER TABLE activity ADD COLUMN sort_{key} text GENERATED ALWAYS AS ({expr}) STORED")
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {_name(key)}")
        conn.exec_driver_sql(f"CREATE INDEX {_name(key)} ON activity (sort_{key}, id) WHERE {LIVE}")


def unstore_keys(conn: Connection) -> None:
    for key, expr in _expression_keys().items():
        conn.exec_driver_sql(f"ALTER TABLE activity DROP COLUMN sort_{key}")  # (its index with it)
        conn.exec_driver_sql(f"CREATE INDEX {_name(key)} ON activity ({expr}, id) WHERE {LIVE}")
