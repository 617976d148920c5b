"""The activities' list indexes as a server needs them (migration 0012).

``domain/sorting.py`` describes one ``(key, id)`` index per sort key over the live rows, portable
SQL that serves SQLite whole. PostgreSQL needs two things more to answer a list's sort from its
index alone (measured at 100,000 activities: a seek-free index scan in 20 ms against 180-300 ms for
reading the table and sorting):

- An index-only scan: PostgreSQL's planner uses one only when every column the query names is in
  the index, and an expression key such as ``lower(place)`` names ``place``. The expression
  indexes carry their columns as ``INCLUDE`` columns (stored in the leaves, not sorted on).
- Empty values last in both directions: a list puts rows without a date last whether it is sorted
  up or down. A B-tree read backwards gives them first, so a key that may be empty has a twin
  index in the descending order (``DESC NULLS LAST``).
"""

from __future__ import annotations

from sqlalchemy import Connection

LIVE = "deleted_at IS NULL"
ORDERS = {"en": ("en", "th", "lo"), "th": ("th", "en", "lo"), "lo": ("lo", "th", "en")}
TITLE_COLUMNS = ("title_en", "title_th", "title_lo")
# name: (key expression, the columns it reads, whether it may be empty). The expressions are the
# ones of domain/sorting.py written out (a migration is frozen history); tests/postgres/test_server_sorting.py
# proves that the lists' queries are answered by them.
KEYS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "planned_start": ("planned_start", (), True),
    "planned_end": ("planned_end", (), True),
    "place": ("lower(place)", ("place",), False),
    **{f"title_{lang}": ("lower(coalesce(" + ", ".join(f"nullif(title_{c}, '')" for c in codes) + ", ''))",
                         TITLE_COLUMNS, False) for lang, codes in ORDERS.items()},
}


def _name(key: str) -> str:
    return f"ix_activity_list_{key}"


def create_indexes(conn: Connection) -> None:
    """Migration 0012: the expression indexes again with their columns included; the twins."""
    for key, (expr, columns, may_be_empty) in KEYS.items():
        if columns:
            conn.exec_driver_sql(f"DROP INDEX {_name(key)}")
            conn.exec_driver_sql(f"CREATE INDEX {_name(key)} ON activity ({expr}, id) "
                                 f"INCLUDE ({', '.join(columns)}) WHERE {LIVE}")
        if may_be_empty:
            conn.exec_driver_sql(f"CREATE INDEX {_name(key)}_desc ON activity ({expr} DESC NULLS LAST, id DESC) "
                                 f"WHERE {LIVE}")


def drop_indexes(conn: Connection) -> None:
    for key, (expr, columns, may_be_empty) in KEYS.items():
        if may_be_empty:
            conn.exec_driver_sql(f"DROP INDEX {_name(key)}_desc")
        if columns:
            conn.exec_driver_sql(f"DROP INDEX {_name(key)}")
            conn.exec_driver_sql(f"CREATE INDEX {_name(key)} ON activity ({expr}, id) WHERE {LIVE}")
