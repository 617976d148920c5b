"""Quick search on a server goes through pg_trgm's index and finds what the columns hold, with real
Thai and Lao needles: tone marks, vowels above and below, needles that begin or end with a mark
(where pg_trgm's word splitting, in some character types, would cut a word). In a database made
with the character type C the index knows no Thai letter: the search stays right, and ``server
init`` says how to make it fast."""

from __future__ import annotations

import subprocess

import pytest
from sqlalchemy import text

from mouplanner.cli.main import main
from mouplanner.services import Services
from mouplanner.services.listing import ListQuery
from mouplanner.services.listings import LISTINGS
from mouplanner.storage import Workspace
from mouplanner.storage.backend import PlainSearch
from mouplanner.storage.postgres.search import INDEX, PostgresSearch, letters_known
from tests.server import _bin

NEEDLES = ["ร่วม", "่ยวช", "ผู้เชี่ยวชาญ", "ทำงาน", "ั้น", "ຊ່ຽວ", "ຳມະ", "ກອງປະຊຸມ", "ເຕັກໂນໂລຊີ", "ຸມ", "Vientiane",
           "50%", "a_b"]


def _by_columns(ws: Workspace, needle: str) -> list[str]:
    search, ws.backend.search = ws.backend.search, PlainSearch()
    try:
        return sorted(LISTINGS["activities"].ids(ws, ListQuery(text=needle)))
    finally:
        ws.backend.search = search


def _add_titles(ws: Workspace) -> None:
    """Titles that hold the needles in the middle of words (the demo's alone hold few of them)."""
    svc = Services(ws)
    workstream = svc.workstreams.list()[0].id
    for en, th, lo in [("Joint working group", "การประชุมคณะทำงานร่วมครั้งที่สาม", "ກອງປະຊຸມຄະນະເຮັດວຽກຮ່ວມ"),
                       ("Experts", "แลกเปลี่ยนผู้เชี่ยวชาญด้านไปรษณีย์", "ແລກປ່ຽນຊ່ຽວຊານ"),
                       ("Seminar on 50% coverage", "สัมมนาขั้นสูง", "ສຳມະນາເຕັກໂນໂລຊີ"),
                       ("a_b test", "ทดสอบ", "ທົດສອບ")]:
        svc.activities.create({"workstream_id": workstream, "title_en": en, "title_th": th, "title_lo": lo,
                               "kind": "meeting", "status": "planned"})


@pytest.mark.parametrize("needle", NEEDLES)
def test_the_index_finds_what_the_columns_hold(server_demo, needle):
    _add_titles(server_demo)
    listing = LISTINGS["activities"]
    assert isinstance(server_demo.backend.search, PostgresSearch)
    indexed, _base = listing.ids_from(server_demo, ListQuery(text=needle), None)
    assert sorted(indexed) == sorted(listing.ids(server_demo, ListQuery(text=needle))) == _by_columns(server_demo, needle)
    if needle not in ("่ยวช", "ั้น", "ຸມ"):  # (those are inside words only: the others are whole words too)
        assert indexed, needle


def test_the_index_answers_for_thai_and_lao(server_demo):
    """The planner can use it (told not to read the table): the index holds Thai and Lao trigrams."""
    with server_demo.connection() as conn:
        assert letters_known(conn)
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        for needle in ("ผู้เชี่ยวชาญ", "ຝຶກອົບຮົມ"):
            plan = "\n".join(conn.execute(text(
                "EXPLAIN SELECT id FROM activity WHERE (coalesce(title_en, '') || chr(10) || coalesce(title_th, '') "
                "|| chr(10) || coalesce(title_lo, '') || chr(10) || coalesce(place, '')) ILIKE :p"),
                {"p": f"%{needle}%"}).scalars())
            assert INDEX in plan, plan


def _database_of_type_c(pg_server, name: str) -> str:
    subprocess.run([_bin("createdb"), "-h", str(pg_server), "-U", "postgres", "--locale=C", "--template=template0",
                    "-E", "UTF8", name], check=True, capture_output=True)
    return f"postgresql://postgres@/{name}?host={pg_server}"


def test_a_database_of_character_type_c_searches_right(pg_server):
    from mouplanner.demo import build_demo
    from tests.conftest import DEMO_DAY

    with build_demo(_database_of_type_c(pg_server, "ws_ctype_c"), today=DEMO_DAY) as ws:
        with ws.connection() as conn:
            assert not letters_known(conn)
        _add_titles(ws)
        for needle in ("ร่วม", "ຊ່ຽວ", "ທົດສອບ", "ผู้เชี่ยวชาญ"):
            found = sorted(LISTINGS["activities"].ids_from(ws, ListQuery(text=needle), None)[0])
            assert found and found == _by_columns(ws, needle)


def test_init_says_how_to_make_search_fast_on_a_database_of_type_c(pg_server, capfd):
    assert main(["server", "init", _database_of_type_c(pg_server, "ws_ctype_c_init")]) == 0
    said = capfd.readouterr().out
    assert "character type C" in said and "createdb --locale=C.UTF-8" in said


def test_init_on_a_database_that_knows_thai_letters_says_nothing_of_it(pg_url, capfd):
    assert main(["server", "init", pg_url]) == 0
    assert "character type" not in capfd.readouterr().out


def test_typing_on_narrows_what_was_found_and_finds_what_the_server_finds(server_demo):
    """Key by key, as the list's search box asks (later keystrokes narrow the rows found before, in
    memory); then a deleted character and another word, which ask the index again."""
    _add_titles(server_demo)
    listing = LISTINGS["activities"]
    _ids, base = listing.ids_from(server_demo, ListQuery(), None)
    typed = [w[:i] for w in ("ผู้เชี่ยวชาญ", "ກອງປະຊຸມ") for i in range(1, len(w) + 1)]
    for needle in [*typed, "ກອງປະຊ", "ການ", "Vientiane", "vientiane"]:
        found, base = listing.ids_from(server_demo, ListQuery(text=needle), base)
        assert found == listing.ids(server_demo, ListQuery(text=needle)), needle
    assert base.memo["narrowing"][0] == "vientiane"
