"""Substring search of activities on a server: a pg_trgm GIN index over their titles and place.

Thai and Lao are written without spaces, so search is by substring, as on a laptop (FTS5 trigram).
pg_trgm's index answers ``ILIKE '%needle%'`` for any needle of three characters or more, and
PostgreSQL re-checks every row the index offers, so a match is always a true one. What the index
can do depends on the database's character type: pg_trgm makes trigrams of letters only, and in
the "C" type no Thai or Lao character is a letter (the index then offers every row: right, but
slow). ``letters_known`` tells which; ``server init`` warns where a database was made that way.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, literal_column, text

from mouplanner.storage.backend import TextSearch

INDEX = "activity_search_trgm"
BODY = "(coalesce({p}title_en, '') || chr(10) || coalesce({p}title_th, '') || chr(10) || " \
       "coalesce({p}title_lo, '') || chr(10) || coalesce({p}place, ''))"
SEARCHED_FIELDS = frozenset({"title_en", "title_th", "title_lo", "place"})  # what BODY is made of
MIN_INDEXED_QUERY = 3  # under a trigram the index cannot choose


def create_index(conn: Connection) -> None:
    """Migration 0011: the extension (a trusted one: the database's owner may add it) and the index."""
    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    conn.exec_driver_sql(f"CREATE INDEX {INDEX} ON activity USING gin ({BODY.format(p='')} gin_trgm_ops)")


def drop_index(conn: Connection) -> None:
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")


def letters_known(conn: Connection) -> bool:
    """True when the database's character type makes trigrams of Thai and Lao letters."""
    return bool(conn.scalar(text("SELECT show_trgm('ไทย') <> '{}' AND show_trgm('ລາວ') <> '{}'")))


def _pattern(needle: str) -> str:
    return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class PostgresSearch(TextSearch):
    """Activities through the trigram index; other tables are searched by their columns (ILIKE).
    The index names the rows it finds by their ids (PostgreSQL has no small row number to use)."""

    keys_are_ids = True

    def clause(self, table: str, needle: str) -> Any | None:
        if table != "activity" or len(needle) < MIN_INDEXED_QUERY:
            return None
        return literal_column(BODY.format(p="activity.")).ilike(_pattern(needle), escape="\\")

    def keys(self, conn: Connection, table: str, needle: str, memo: dict[str, Any] | None = None) -> set[Any] | None:
        """The index's rows; while a person types on (a needle that holds the one before), the rows
        found at the keystroke before are narrowed in memory: no round trip, and no re-check by the
        server of every row the index offers (most of its time)."""
        if table != "activity" or len(needle) < MIN_INDEXED_QUERY:
            return None
        folded = self.fold(needle)
        before = memo.get("narrowing") if memo is not None else None
        if before is not None and before[0] in folded:
            rows = [row for row in before[1] if folded in row[1]]
        else:
            result = conn.exec_driver_sql(f"SELECT id, {BODY.format(p='')} FROM activity WHERE {BODY.format(p='')} "
                                          "ILIKE %(p)s ESCAPE '\\'", {"p": _pattern(needle)})
            try:
                rows = [(r[0], self.fold(r[1])) for r in result.cursor.fetchall()]  # (as the driver gives them)
            finally:
                result.close()
        if memo is not None:
            memo["narrowing"] = (folded, rows)
        return {row[0] for row in rows}

    def row_key(self, table: str) -> Any | None:
        return literal_column(f"{table}.id")

    def searched_fields(self, table: str) -> frozenset[str]:
        return SEARCHED_FIELDS if table == "activity" else frozenset()

    def fold(self, text: str) -> str:
        return text.lower()

    def begin_bulk(self, conn: Connection) -> bool:
        return False  # (a GIN index gathers a batch's entries itself: fastupdate)

    def end_bulk(self, conn: Connection, table: str, ids: list[str]) -> None:
        return None
