"""Substring search of activities in Thai, Lao and English: an FTS5 trigram index kept by triggers."""

from __future__ import annotations

from typing import Any

from mouplanner.batches import KEYS, in_chunks
from mouplanner.storage.backend import TextSearch

# --- substring search (FTS5 trigram) -----------------------------------------------------------
# Thai and Lao are written without spaces between words, so search is by substring. A trigram
# FTS5 index over the activities' titles and place finds substrings of 3+ characters fast; the
# index row shares the activity's rowid (kept by backups; rebuilt by ``rebuild_search_index``).

SEARCH_TABLE = "activity_search"
SEARCH_BODY = "coalesce({p}.title_en,'')||char(10)||coalesce({p}.title_th,'')||char(10)||" \
        "coalesce({p}.title_lo,'')||char(10)||coalesce({p}.place,'')"
MIN_INDEXED_QUERY = 3
SEARCHED_FIELDS = frozenset({"title_en", "title_th", "title_lo", "place"})  # what SEARCH_BODY is made of


def is_search_table(name: str) -> bool:
    """Tables the ORM does not manage (the FTS index and its shadow tables)."""
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


def create_search_index(conn: Any) -> None:
    """Create the index and its triggers, and fill it (a migration step; SQLite only)."""
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(body, tokenize='trigram')")
    _create_triggers(conn)
    rebuild_search_index(conn)


def _create_triggers(conn: Any, when: str = "") -> None:
    for statement in (
        f"CREATE TRIGGER {SEARCH_TABLE}_ai AFTER INSERT ON activity {when} BEGIN "
        f"INSERT INTO {SEARCH_TABLE}(rowid, body) VALUES (new.rowid, {SEARCH_BODY.format(p='new')}); END",
        f"CREATE TRIGGER {SEARCH_TABLE}_ad AFTER DELETE ON activity BEGIN "
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid = old.rowid; END",
        f"CREATE TRIGGER {SEARCH_TABLE}_au AFTER UPDATE OF title_en, title_th, title_lo, place ON activity {when} "
        f"BEGIN UPDATE {SEARCH_TABLE} SET body = {SEARCH_BODY.format(p='new')} WHERE rowid = new.rowid; END",
    ):
        conn.exec_driver_sql(statement)


def _drop_triggers(conn: Any) -> None:
    for trigger in ("ai", "ad", "au"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {SEARCH_TABLE}_{trigger}")


# Bulk writes (receiving thousands of changes) would refresh the index row by row from the
# triggers, about three times slower than one pass at the end. Since migration 0007 the insert and
# update triggers stand aside while their transaction holds a row in this table (no other
# connection ever sees it), and ``end_bulk_search`` re-indexes the rows the batch touched.
SEARCH_BULK = f"{SEARCH_TABLE}_bulk"


def create_bulk_search_switch(conn: Any) -> None:
    """Migration 0007: the switch table and the triggers that respect it."""
    conn.exec_driver_sql(f"CREATE TABLE {SEARCH_BULK} (flag INTEGER)")
    _drop_triggers(conn)
    _create_triggers(conn, f"WHEN NOT EXISTS (SELECT 1 FROM {SEARCH_BULK})")


def drop_bulk_search_switch(conn: Any) -> None:
    _drop_triggers(conn)
    _create_triggers(conn)
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_BULK}")


def begin_bulk_search(conn: Any) -> bool:
    """Inside a transaction: the search triggers stand aside until ``end_bulk_search``."""
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_BULK} (flag) VALUES (1)")
    return True


def end_bulk_search(conn: Any, activity_ids: list[str]) -> None:
    """Index the activities the batch inserted or changed, in one pass; the triggers resume.
    FTS5 writes its pending terms out whenever a rowid is not above the previous one, so the rows
    go in rowid order (in the order of their uuids, every row was a tiny segment: 3x slower)."""
    rowids: list[int] = []
    for chunk in in_chunks(activity_ids, KEYS):
        result = conn.exec_driver_sql(f"SELECT rowid FROM activity WHERE id IN ({','.join('?' * len(chunk))})",
                                      tuple(chunk))
        rowids += [int(r[0]) for r in result.cursor.fetchall()]
        result.close()
    rowids.sort()
    for statement in (f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN ({{marks}})",
                      f"INSERT INTO {SEARCH_TABLE}(rowid, body) SELECT rowid, {SEARCH_BODY.format(p='activity')} "
                      f"FROM activity WHERE rowid IN ({{marks}}) ORDER BY rowid"):
        for keys in in_chunks(rowids, KEYS):
            conn.exec_driver_sql(statement.format(marks=",".join("?" * len(keys))), tuple(keys))
    conn.exec_driver_sql(f"DELETE FROM {SEARCH_BULK}")


def drop_search_index(conn: Any) -> None:
    _drop_triggers(conn)
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


def rebuild_search_index(conn: Any) -> None:
    conn.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE}")
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}(rowid, body) "
                         f"SELECT rowid, {SEARCH_BODY.format(p='activity')} FROM activity")


def activity_search_clause(needle: str) -> Any | None:
    """A SQL condition on ``activity`` matching ``needle`` through the index, or None when the
    index cannot answer (a query shorter than a trigram)."""
    from sqlalchemy import literal_column, text

    if len(needle) < MIN_INDEXED_QUERY:
        return None
    phrase = '"' + needle.replace('"', '""') + '"'
    return literal_column("activity.rowid").in_(
        text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :phrase")
        .bindparams(phrase=phrase))


def row_key(table: str) -> Any:
    """A column naming a row of ``table`` cheaply: SQLite's rowid, held by every index."""
    from sqlalchemy import literal_column

    return literal_column(f"{table}.rowid")


def activity_search_rowids(conn: Any, needle: str) -> set[int] | None:
    """The rowids of the activities whose titles or place contain ``needle``, from the index alone
    (None when it cannot answer: under a trigram)."""
    if len(needle) < MIN_INDEXED_QUERY:
        return None
    phrase = '"' + needle.replace('"', '""') + '"'
    result = conn.exec_driver_sql(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?", (phrase,))
    try:
        return {r[0] for r in result.cursor.fetchall()}  # in one go: tens of thousands of rowids
    finally:
        result.close()


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class SqliteSearch(TextSearch):
    """The trigram index of activities; other tables are searched by their columns (LIKE)."""

    def clause(self, table: str, needle: str) -> Any | None:
        return activity_search_clause(needle) if table == "activity" else None

    def keys(self, conn: Any, table: str, needle: str, memo: dict[str, Any] | None = None) -> set[Any] | None:
        return activity_search_rowids(conn, needle) if table == "activity" else None

    def row_key(self, table: str) -> Any:
        return row_key(table)

    def searched_fields(self, table: str) -> frozenset[str]:
        return SEARCHED_FIELDS if table == "activity" else frozenset()

    def fold(self, text: str) -> str:
        return text.translate(_ASCII_LOWER)  # SQLite's lower() and LIKE fold ASCII letters only

    def begin_bulk(self, conn: Any) -> bool:
        return begin_bulk_search(conn)

    def end_bulk(self, conn: Any, table: str, ids: list[str]) -> None:
        end_bulk_search(conn, ids)
