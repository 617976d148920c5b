"""The substring search index (SQLite FTS5 trigram) under bulk writes."""

from __future__ import annotations

import random
import uuid

from mouplanner.storage import sqlite


def _copies(conn, n):
    """``n`` more activities, copies of an existing one under new ids (in no particular rowid order)."""
    columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(activity)") if r[1] != "id"]
    listed = ", ".join(columns)
    ids = [str(uuid.UUID(int=random.Random(i).getrandbits(128))) for i in range(n)]
    for record_id in ids:
        conn.exec_driver_sql(f"INSERT INTO activity (id, {listed}) SELECT ?, {listed} FROM activity "
                             "ORDER BY rowid LIMIT 1", (record_id,))
    return ids


def _segments(conn):
    return conn.exec_driver_sql("SELECT count(*) FROM activity_search_data").scalar()


def test_a_bulk_reindex_writes_rows_in_rowid_order_as_few_segments(demo_ws):
    """FTS5 writes out its pending terms whenever a rowid is not above the one before: re-indexing
    rows in the order of their uuids made one tiny segment per row (3x slower at 10,000 rows, and
    a bigger index for every search after)."""
    with demo_ws.connection() as conn, conn.begin():
        ids = _copies(conn, 400)
    with demo_ws.connection() as conn, conn.begin():
        before = _segments(conn)
        assert sqlite.search.begin_bulk_search(conn)
        for i, record_id in enumerate(sorted(ids)):  # uuid order: rowids all over the place
            conn.exec_driver_sql("UPDATE activity SET place = ? WHERE id = ?", (f"Bulk place {i:03}", record_id))
        sqlite.search.end_bulk_search(conn, sorted(ids))
        grown = _segments(conn) - before
        found = conn.exec_driver_sql("SELECT count(*) FROM activity_search WHERE activity_search MATCH ?",
                                     ('"Bulk place"',)).scalar()
        stale = conn.exec_driver_sql("SELECT count(*) FROM activity a JOIN activity_search s ON s.rowid = a.rowid "
                                     "WHERE s.body NOT LIKE '%' || a.place").scalar()
    assert found == 400 and stale == 0
    assert grown <= 10, f"{grown} new index rows for 400 re-indexed activities"
