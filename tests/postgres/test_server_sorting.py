"""A list sorted on a server is read from its index in order, in both directions, with empty values
last (migration 0012); every list is in the same order on a server as in a file; the longest
titles are saved (0014); a place or title sort is read from its index alone (0019)."""

from __future__ import annotations

import random

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


def plan(ws: Workspace, key: str, lang: str, descending: bool) -> tuple[str, str]:
    """The list's query and PostgreSQL's plan for it, with sorting and reading the whole table made
    to cost too much (the demo is small): a plan with a Sort step means no index gives that order."""
    with ws.connection() as conn:
        for setting in ("enable_sort", "enable_seqscan", "enable_bitmapscan"):
            conn.execute(text(f"SET LOCAL {setting} = off"))
        query = ACTIVITIES.id_query(ListQuery(sort=key, descending=descending, lang=lang), conn, ws.backend.search)
        compiled = query.compile(dialect=conn.dialect)
        return str(compiled), "\n".join(conn.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params).scalars())


def test_each_sort_is_answered_by_its_index_in_both_directions(server_ws):
    """As SQLite's plan is checked (tests/services/test_listing.py); descending with empty values
    last, for one."""
    for key in INDEXED:
        for lang in ("en", "th", "lo"):
            for descending in (False, True):
                _sql, found = plan(server_ws, key, lang, descending)
                assert "Index" in found and "ix_activity_list_" in found, (key, lang, descending, found)
                assert "Sort" not in found, (key, lang, descending, found)


def test_a_place_or_title_sort_is_read_from_its_index_alone(server_ws):
    """What made the 100,000-row sort fast enough (migration 0019): the key is a generated column the
    query names, so no row of the table is read (once the table is vacuumed, as autovacuum does)."""
    with server_ws.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE activity")
    for key in ("place", "title"):
        for lang in ("en", "th", "lo"):
            for descending in (False, True):
                sql, found = plan(server_ws, key, lang, descending)
                assert ("sort_place" if key == "place" else f"sort_title_{lang}") in sql, (key, lang, sql)
                assert "Index Only Scan" in found and "Sort" not in found, (key, lang, descending, found)


def test_the_stored_keys_follow_an_edit(server_ws):
    from mouplanner.demo import demo_id
    from mouplanner.services import Services

    saved = Services(server_ws).activities.create({
        "workstream_id": demo_id("w-training"), "kind": "training", "status": "planned", "place": "Vientiane",
        "title_en": "", "title_th": "", "title_lo": "ຝຶກອົບຮົມ"})
    Services(server_ws).activities.update(saved.row.id, {"place": "LUANG Prabang", "title_en": "Drone Course"})
    with server_ws.connection() as conn:
        row = conn.exec_driver_sql("SELECT sort_place, sort_title_en, sort_title_th, sort_title_lo FROM activity "
                                   "WHERE id = %(id)s", {"id": saved.row.id}).one()
    assert tuple(row) == ("luang prabang", "drone course", "drone course", "ຝຶກອົບຮົມ")


def test_every_list_is_in_the_same_order_on_a_server_as_in_a_file(server_ws, demo_file_ws):
    """Both demos are built alike (the same ids); each column of each list, both ways, three languages."""
    for name, listing in LISTINGS.items():
        for key in listing.sorts:
            for lang in ("en", "th", "lo"):
                for descending in (False, True):
                    q = ListQuery(sort=key, descending=descending, lang=lang)
                    assert listing.ids(server_ws, q) == listing.ids(demo_file_ws, q), (name, key, lang, descending)


def test_the_longest_titles_in_three_languages_are_saved(server_ws):
    """The sort indexes hold a title key and, for an index-only scan, the titles themselves: an
    index entry has a size limit (about 2,700 bytes), and three 500-character titles in Thai and Lao
    (3 bytes a letter) are beyond it unless the server compresses them; such a save must not fail."""
    from mouplanner.demo import demo_id
    from mouplanner.services import Services

    thai = ("การประชุมคณะทำงานร่วมด้านเทคโนโลยีดิจิทัลระหว่างกระทรวง" * 20)[:500]
    lao = ("ກອງປະຊຸມຄະນະເຮັດວຽກຮ່ວມດ້ານເຕັກໂນໂລຊີດິຈິຕອນລະຫວ່າງກະຊວງ" * 20)[:500]
    rng = random.Random(2569)

    def scattered(first: int, count: int) -> str:  # letters in no order: what compresses least
        return "".join(chr(first + rng.randrange(count)) for _ in range(500))

    for titles in ({"title_en": scattered(0x41, 58), "title_th": thai, "title_lo": lao},
                   {"title_en": scattered(0x0E01, 46), "title_th": scattered(0x0E01, 46),
                    "title_lo": scattered(0x0E81, 46)}):
        saved = Services(server_ws).activities.create({
            "workstream_id": demo_id("w-training"), "kind": "training", "status": "planned",
            "place": scattered(0x0E81, 46), **titles})
        assert Services(server_ws).activities.get(saved.row.id).title_lo == titles["title_lo"]


def test_migration_0014_makes_again_the_indexes_an_earlier_0012_made_too_large(server_ws):
    from mouplanner.storage.postgres import sorting

    with server_ws.engine.begin() as conn:  # as 0012 first made it
        conn.exec_driver_sql("DROP INDEX ix_activity_list_title_en")
        conn.exec_driver_sql(f"CREATE INDEX ix_activity_list_title_en ON activity ({sorting.KEYS['title_en'][0]}, id) "
                             "INCLUDE (title_en, title_th, title_lo) WHERE deleted_at IS NULL")
        sorting.plain_expression_indexes(conn)
        made = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_activity_list_title_en'"
                                    ).scalar_one()
    assert "INCLUDE" not in made and made.endswith("WHERE (deleted_at IS NULL)")
    test_the_longest_titles_in_three_languages_are_saved(server_ws)


def test_migration_0019_down_and_up_again(server_ws):
    from mouplanner.storage.postgres import sorting

    with server_ws.engine.begin() as conn:
        sorting.unstore_keys(conn)
        assert "sort_place" not in conn.exec_driver_sql(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_activity_list_place'").scalar_one()
        sorting.store_keys(conn)
    test_a_place_or_title_sort_is_read_from_its_index_alone(server_ws)
