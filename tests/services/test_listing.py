import pytest

from mouplanner.services.listing import ListQuery
from mouplanner.services.listings import LISTINGS

ACTIVITIES = LISTINGS["activities"]
INDEXED = ("planned_start", "planned_end", "place", "status", "kind", "title")


def plan(ws, query):
    """SQLite's query plan for the activities table's id query."""
    with ws.connection() as conn:
        compiled = ACTIVITIES.id_query(query, conn, ws.backend.search).compile(dialect=conn.dialect)  # as executed: bound parameters
        params = tuple(compiled.params[name] for name in compiled.positiontup)
        return [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params)]


@pytest.mark.parametrize("key", INDEXED)
@pytest.mark.parametrize("lang", ["en", "th", "lo"])
@pytest.mark.parametrize("descending", [False, True])
def test_each_sort_is_answered_by_its_index_without_a_sort_step(demo_file_ws, key, lang, descending):
    steps = plan(demo_file_ws, ListQuery(sort=key, descending=descending, lang=lang))
    assert any("ix_activity_list_" in step for step in steps), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps


def test_descending_is_the_ascending_order_reversed(demo_ws):
    for key in ACTIVITIES.columns:
        up = ACTIVITIES.ids(demo_ws, ListQuery(sort=key))
        down = ACTIVITIES.ids(demo_ws, ListQuery(sort=key, descending=True))
        assert sorted(up) == sorted(down)
        if key not in ("planned_start", "planned_end", "budget", "currency", "host"):  # empty values last both ways
            assert down == up[::-1], key


def test_a_search_shorter_than_three_characters_filters_nothing(demo_ws):
    everything = ACTIVITIES.ids(demo_ws, ListQuery())
    assert ListQuery(text="ab").effective() == ListQuery()
    assert ACTIVITIES.ids(demo_ws, ListQuery(text="ab")) == everything
    assert len(ACTIVITIES.ids(demo_ws, ListQuery(text="Vientiane"))) < len(everything)


@pytest.mark.parametrize("sort", ["planned_start", "title", "place"])
def test_a_search_filtering_the_kept_rows_finds_what_the_sql_search_finds(demo_ws, sort, monkeypatch):
    from mouplanner.demo import demo_id
    from mouplanner.services import Services
    from mouplanner.services.scope import Scope

    texts = ["ดูงาน", "depa", "DEPA", "Khamla", "khamla", "mptc", "Vientiane", "ການຝຶກ", "การ", "nothing like this",
             "Vi", ""]  # hosts and people matched as SQLite's LIKE does (ASCII case only); "การ": most rows
    for lang in ("en", "th"):
        expected = {text: ACTIVITIES.ids(demo_ws, ListQuery(sort=sort, lang=lang, text=text)) for text in texts}
        _ids, base = ACTIVITIES.ids_from(demo_ws, ListQuery(sort=sort, lang=lang), None)
        _ids, base = ACTIVITIES.ids_from(demo_ws, ListQuery(sort=sort, lang=lang, text="Lao"), base)  # keys fetched
        assert (base.keys is not None and len(base.keys) == len(base.ids)) or demo_ws.backend.search.keys_are_ids
        with monkeypatch.context() as m:  # from now on no sorted query runs: the kept rows are filtered
            m.setattr(type(ACTIVITIES), "id_query", lambda *a: pytest.fail("a sorted query ran"))
            for text in texts:
                ids, base = ACTIVITIES.ids_from(demo_ws, ListQuery(sort=sort, lang=lang, text=text), base)
                assert ids == expected[text], (text, lang)
        assert base.query == ListQuery(sort=sort, lang=lang)  # kept, without the text
        assert "names" in base.memo  # the hosts' and people's names are kept between keystrokes
    scoped = ListQuery(sort=sort, text="ดูงาน", scope=Scope(workstream_id=demo_id("w-training")))
    ids, base = ACTIVITIES.ids_from(demo_ws, scoped, base)
    assert ids == ACTIVITIES.ids(demo_ws, scoped) and base.query.scope == scoped.scope
    Services(demo_ws).activities.update(demo_id("act-tr-joomla"), {"place": "Phongsaly"})
    found, _ = ACTIVITIES.ids_from(demo_ws, ListQuery(sort=sort, text="Phongsaly"), None)  # after a change: afresh
    assert found == [demo_id("act-tr-joomla")]


@pytest.mark.parametrize("sort", ["indicator", "period", "target"])
def test_searching_indicators_finds_their_periods_whatever_the_sort(demo_ws, sort):
    """The search compares the indicator's names: sorted by a period's own column (when the id query
    joins no indicator) it once crossed every period with every matching indicator."""
    from mouplanner.domain import Indicator, IndicatorPeriod

    periods = LISTINGS["indicators"]
    everything = periods.ids(demo_ws, ListQuery(sort=sort))
    with demo_ws.read() as s:
        first = s.get(Indicator, s.get(IndicatorPeriod, everything[0]).indicator_id)
        expected = {p.id for p in s.query(IndicatorPeriod).filter_by(indicator_id=first.id, deleted_at=None)}
        names = {i.name_en for i in s.query(Indicator)}
    assert len(names) > 1  # the demo has several indicators
    found = periods.ids(demo_ws, ListQuery(text=first.name_en, sort=sort))
    assert set(found) == expected and len(found) == len(set(found))


def test_each_listing_says_every_table_its_queries_read(demo_ws):
    """A view refreshes only for changes to the kinds its listing shows: what its id queries (every
    sort, scope and a search that finds people and organisations) and its row query read."""
    from sqlalchemy import select
    from sqlalchemy.sql.util import find_tables

    from mouplanner.domain import Agreement, Area, Workstream
    from mouplanner.services.scope import Scope

    with demo_ws.read() as s:
        scopes = [Scope(), Scope(agreement_id=s.scalars(select(Agreement.id)).first()),
                  Scope(area_id=s.scalars(select(Area.id)).first()),
                  Scope(workstream_id=s.scalars(select(Workstream.id)).first())]

    def tables(stmt):
        found = find_tables(stmt, include_joins=True, include_selects=True, include_aliases=True)
        return {getattr(t, "element", t).name for t in found if hasattr(getattr(t, "element", t), "name")}

    for name, listing in LISTINGS.items():
        read = tables(listing._base(select(listing.model.id, *listing.fetch.values()).select_from(listing.model)))
        with demo_ws.connection() as conn:
            for scope in scopes:
                for sort in listing.sorts:
                    for text in ("Vientiane", "MDES", "Noy", "ກະຊວງ"):
                        read |= tables(listing.id_query(ListQuery(scope=scope, sort=sort, text=text), conn,
                                                        demo_ws.backend.search))
        read -= {"activity_search"}  # the SQLite backend's own index of activity
        assert read <= listing.shows, (name, read - listing.shows)
