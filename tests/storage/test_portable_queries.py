"""Every query the services, the exchange and the import send is portable: run against the demo
workspace as a backend without an SQLite search index would run them, each statement is compiled
for PostgreSQL (no server needed) and must compile, and carry nothing only SQLite speaks. A leak of
the SQLite backend into the layers above it fails here at once."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event
from sqlalchemy.dialects import postgresql
from sqlalchemy.sql import ClauseElement

from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.services.listing import ListQuery
from mouplanner.services.listings import LISTINGS
from mouplanner.services.scope import WHOLE_WORKSPACE
from mouplanner.storage.backend import PlainSearch

SQLITE_ONLY = ("rowid", "PRAGMA", " MATCH ", "fts5", "sqlite_master", "activity_search", "typeof(")
DIALECT = postgresql.dialect()


@pytest.fixture
def compiled(demo_ws):
    """The demo workspace searched without SQLite's index; every statement it runs, as PostgreSQL SQL."""
    demo_ws.backend.search = PlainSearch()  # (this workspace's backend object only)
    seen: list[str] = []
    problems: list[str] = []

    def compile_for_postgresql(conn, clause, multiparams, params, execution_options):
        if not isinstance(clause, ClauseElement):
            return
        try:
            sql = str(clause.compile(dialect=DIALECT))
        except Exception as exc:  # noqa: BLE001 - reported with the statement
            problems.append(f"does not compile for PostgreSQL ({exc}): {clause}")
            return
        seen.append(sql)
        problems.extend(f"{word!r} in: {sql[:300]}" for word in SQLITE_ONLY if word in sql)

    event.listen(demo_ws.engine, "before_execute", compile_for_postgresql)
    yield demo_ws, seen, problems
    event.remove(demo_ws.engine, "before_execute", compile_for_postgresql)


def test_listings_dashboard_plan_views_and_checks_compile_for_postgresql(compiled):
    from mouplanner.services.check import check_records, dangling_links, journal_gaps
    from mouplanner.services.dashboard import dashboard
    from mouplanner.services.plan_views import calendar_items, chart_data, count_items, timeline
    from mouplanner.services.summary import dump, summary

    ws, seen, problems = compiled
    for name, listing in LISTINGS.items():
        for sort in [*listing.sorts, ""]:
            for text in ("", "ສູນ", "ดิจิทัล", "Vientiane"):
                for lang in ("en", "th", "lo"):
                    ids = listing.ids(ws, ListQuery(text=text, sort=sort, lang=lang, descending=bool(text)))
                    ids_again, _base = listing.ids_from(ws, ListQuery(text=text, sort=sort, lang=lang), None)
                    assert sorted(ids) == sorted(ids_again), (name, sort, text)
            listing.rows(ws, listing.ids(ws, ListQuery())[:50], "th")
    dashboard(ws, WHOLE_WORKSPACE, today=date(2026, 11, 21))
    timeline(ws, WHOLE_WORKSPACE), count_items(ws, WHOLE_WORKSPACE), chart_data(ws, WHOLE_WORKSPACE)
    calendar_items(ws, WHOLE_WORKSPACE, date(2026, 1, 1), date(2026, 12, 31))
    check_records(ws, today=date(2026, 11, 21)), dangling_links(ws), journal_gaps(ws)
    summary(ws, today=date(2026, 11, 21)), dump(ws)
    assert problems == []
    assert len(seen) > 500  # (the statements were seen: the listener was not silent)


def test_a_search_without_the_index_finds_what_the_index_finds(demo_ws, compiled):
    """The portable search (LIKE over the columns) and SQLite's trigram index agree, in Thai and Lao."""
    from mouplanner.storage.sqlite.search import SqliteSearch

    ws, _seen, problems = compiled
    for needle in ("ทักษะ", "ດິຈິຕອນ", "Vientiane", "ວຽງ", "ดิจิทัล"):
        plain = LISTINGS["activities"].ids(ws, ListQuery(text=needle))
        ws.backend.search = SqliteSearch()
        indexed = LISTINGS["activities"].ids(ws, ListQuery(text=needle))
        ws.backend.search = PlainSearch()
        assert sorted(plain) == sorted(indexed), needle
    assert any(LISTINGS["activities"].ids(ws, ListQuery(text=n)) for n in ("ทักษะ", "ດິຈິຕອນ"))


def test_writes_exchange_and_import_compile_for_postgresql(compiled, tmp_path):
    from mouplanner.excel import importer
    from mouplanner.excel.data_export import export_data
    from mouplanner.exchange import sync
    from mouplanner.locale.formats import Formats
    from mouplanner.services.undo import revert

    ws, seen, problems = compiled
    services = Services(ws)
    saved = services.activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    deleted = services.activities.delete(demo_id("act-signing"))
    revert(ws, deleted.txn_id)  # an undo
    copy = sync.clone(ws, tmp_path / "lao.mouplan", "Lao")
    from mouplanner.storage import Workspace

    with Workspace.open(copy) as lao:
        Services(lao).activities.update(demo_id("act-tr-joomla"), {"title_lo": "ຝຶກອົບຮົມ"})
        sent = sync.send(lao, tmp_path / "l.mousync").path
    sync.receive(ws, sent)
    sync.send(ws, tmp_path / "d.mousync")
    book = export_data(ws, tmp_path / "data.xlsx", Formats("en"))
    importer.apply(ws, importer.check(ws, book))
    assert saved and problems == []
    assert any(s.startswith("UPDATE activity") for s in seen) and any(s.startswith("INSERT INTO change") for s in seen)
