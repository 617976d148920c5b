"""A list sorted on a server is read from its index in order, in both directions, without reading
the table (migration 0012); and every list is in the same order on a server as in a file."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from mouplanner.services.listing import ListQuery
from mouplanner.services.listings import LISTINGS
from mouplanner.storage import Workspace

ACTIVITIES = LISTINGS["activities"]
INDEXED = ("planned_start", "planned_end", "place", "status", "kind", "title")


@pytest.fixture
def server_ws(server_copy):
    ws = Workspace.open(server_copy, actor="tester")
    yield ws
    ws.close()


def test_each_sort_is_an_index_only_scan_in_both_directions(server_ws):
    """As SQLite's plan is checked (tests/services/test_listing.py). The demo is small, so the
    planner is told that sorting and reading the table cost too much: a plan with a Sort step or
    a read of the table would mean no index answers that order."""
    with server_ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE activity"))  # all rows visible: an index-only scan needs no look at the table
    for key in INDEXED:
        for lang in ("en", "th", "lo"):
            for descending in (False, True):
                with server_ws.connection() as conn:
                    conn.execute(text("SET LOCAL enable_sort = off"))
                    conn.execute(text("SET LOCAL enable_seqscan = off"))
                    conn.execute(text("SET LOCAL enable_bitmapscan = off"))
                    query = ACTIVITIES.id_query(ListQuery(sort=key, descending=descending, lang=lang), conn,
                                                server_ws.backend.search)
                    compiled = query.compile(dialect=conn.dialect)
                    plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params).scalars())
                assert "Index Only Scan" in plan and "ix_activity_list_" in plan, (key, lang, descending, plan)
                assert "Sort" not in plan, (key, lang, descending, plan)


def test_every_list_is_in_the_same_order_on_a_server_as_in_a_file(server_ws, demo_file_ws):
    """Both demos are built alike (the same ids); each column of each list, both ways, three languages."""
    for name, listing in LISTINGS.items():
        for key in listing.sorts:
            for lang in ("en", "th", "lo"):
                for descending in (False, True):
                    q = ListQuery(sort=key, descending=descending, lang=lang)
                    assert listing.ids(server_ws, q) == listing.ids(demo_file_ws, q), (name, key, lang, descending)
