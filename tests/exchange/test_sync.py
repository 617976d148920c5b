"""Exchange between laptops: copies, sending, receiving, conflicts, bad files."""

from __future__ import annotations

import json
import re

import pytest

from mouplanner.demo import demo_id
from mouplanner.exchange import conflicts, fileformat, sync
from mouplanner.exchange.errors import ExchangeError
from mouplanner.exchange.peers import peers
from mouplanner.services import Services
from mouplanner.services.listing import ListQuery
from mouplanner.services.listings import LISTINGS
from mouplanner.services.summary import dump
from mouplanner.storage import Workspace


def same(a, b):
    return json.dumps(dump(a), sort_keys=True) == json.dumps(dump(b), sort_keys=True)


@pytest.fixture
def pair(demo_ws, tmp_path):
    sync.clone(demo_ws, tmp_path / "lao.mouplan", "MPTC laptop")
    lao = Workspace.open(tmp_path / "lao.mouplan", actor="vilayvanh")
    yield demo_ws, lao
    lao.close()


def swap(a, b, tmp_path, name="x"):
    ra = sync.receive(b, sync.send(a, tmp_path / f"{name}-a.mousync", b.replica_name).path)
    rb = sync.receive(a, sync.send(b, tmp_path / f"{name}-b.mousync", a.replica_name).path)
    return ra, rb


def test_clone_is_the_same_family_with_its_own_identity(pair):
    thai, lao = pair
    assert lao.workspace_id == thai.workspace_id and lao.replica_id != thai.replica_id
    assert lao.replica_name == "MPTC laptop" and same(thai, lao)
    assert [p.name for p in peers(thai)] == ["MPTC laptop"]
    assert [p.name for p in peers(lao)] == [thai.replica_name]


def test_first_send_after_clone_carries_only_new_changes(pair, tmp_path):
    thai, lao = pair
    assert sync.send(thai, tmp_path / "t.mousync", "MPTC laptop").changes == 0
    Services(thai).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    report = sync.send(thai, tmp_path / "t.mousync", "MPTC laptop")
    assert report.changes == 1 and report.peer == "MPTC laptop"
    got = sync.receive(lao, tmp_path / "t.mousync")
    assert (got.received, got.updated, got.conflicts) == (1, 1, [])
    assert Services(lao).activities.get(demo_id("act-tr-joomla")).place == "Pakse"
    assert sync.send(lao, tmp_path / "l.mousync", thai.replica_name).changes == 0  # the Thai laptop has it


def test_edits_on_both_sides_merge_field_by_field(pair, tmp_path):
    thai, lao = pair
    Services(thai).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    Services(lao).activities.update(demo_id("act-tr-joomla"), {"hours": 36})
    new = Services(lao).activities.create({"workstream_id": demo_id("w-cyber"), "title_lo": "ຝຶກອົບຮົມໃໝ່"}).row
    swap(thai, lao, tmp_path)
    row = Services(thai).activities.get(demo_id("act-tr-joomla"))
    assert (row.place, row.hours) == ("Pakse", 36)
    assert Services(thai).activities.get(new.id).title_lo == "ຝຶກອົບຮົມໃໝ່"
    assert same(thai, lao) and conflicts.open_conflicts(thai) == []


def search_index_rows(ws):
    """(activity id, indexed text) of every activity, read from the search index itself."""
    with ws.connection() as conn:
        return sorted(conn.exec_driver_sql(
            "SELECT a.id, s.body FROM activity a JOIN activity_search s ON s.rowid = a.rowid").all())


def expected_index_rows(ws):
    with ws.connection() as conn:
        return sorted(conn.exec_driver_sql(
            "SELECT id, coalesce(title_en,'')||char(10)||coalesce(title_th,'')||char(10)||coalesce(title_lo,'')"
            "||char(10)||coalesce(place,'') FROM activity").all())


def test_received_changes_are_searchable_and_the_index_keeps_following_edits(pair, tmp_path):
    thai, lao = pair
    Services(thai).activities.update(demo_id("act-tr-joomla"), {"place": "Attapeu"})
    new = Services(thai).activities.create({"workstream_id": demo_id("w-cyber"), "title_th": "อบรมความปลอดภัยไซเบอร์"}).row
    sync.receive(lao, sync.send(thai, tmp_path / "t.mousync", "MPTC laptop").path)
    assert search_index_rows(lao) == expected_index_rows(lao)  # re-indexed in one pass, nothing missed

    def found(text):  # through the search index, as the activities table searches
        return LISTINGS["activities"].ids(lao, ListQuery(text=text))

    assert found("Attapeu") == [demo_id("act-tr-joomla")] and found("ปลอดภัยไซ") == [new.id]
    Services(lao).activities.update(new.id, {"place": "Savannakhet"})  # the triggers work again after
    assert found("Savannakh") == [new.id] and search_index_rows(lao) == expected_index_rows(lao)
    with lao.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM activity_search_bulk").scalar() == 0


def test_what_a_laptop_holds_is_the_newest_change_from_each_origin(pair, tmp_path):
    thai, lao = pair
    Services(thai).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    Services(lao).activities.update(demo_id("act-tr-joomla"), {"hours": 36})
    swap(thai, lao, tmp_path)
    with thai.connection() as conn:  # the answer of a scan of the whole journal
        expected = dict(conn.exec_driver_sql("SELECT replica_id, max(hlc) FROM change GROUP BY replica_id").all())
    assert sync.seen(thai) == expected and len(expected) >= 2 and sync.seen(lao) == expected


def test_the_same_field_changed_on_both_sides_is_a_conflict_until_a_person_chooses(pair, tmp_path):
    thai, lao = pair
    Services(thai).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    Services(lao).activities.update(demo_id("act-tr-joomla"), {"place": "Savannakhet"})  # later
    swap(thai, lao, tmp_path)
    assert same(thai, lao)
    assert Services(thai).activities.get(demo_id("act-tr-joomla")).place == "Savannakhet"  # provisional: later
    [c_thai] = conflicts.open_conflicts(thai)
    [c_lao] = conflicts.open_conflicts(lao)
    assert c_thai.key == c_lao.key == ("activity", demo_id("act-tr-joomla"), "place")
    assert [(s.value, s.replica) for s in c_thai.sides] == [("Savannakhet", "MPTC laptop"), ("Pakse", "Demo")]
    assert c_thai.sides[0].actor == ("vilayvanh (via tester)" if thai.backend.on_server else "vilayvanh")
    conflicts.resolve(thai, c_thai, c_thai.sides[1])  # the Thai coordinator keeps Pakse
    assert conflicts.open_conflicts(thai) == []
    swap(thai, lao, tmp_path, "again")
    assert conflicts.open_conflicts(lao) == [] and same(thai, lao)
    assert Services(lao).activities.get(demo_id("act-tr-joomla")).place == "Pakse"


def test_an_edit_made_later_but_without_seeing_the_other_is_still_a_conflict(pair, tmp_path):
    """Found by the convergence property in CI: the Thai laptop edits the place twice after the Lao
    laptop edited it once; the Thai edits are later on the clock but never saw the Lao one."""
    thai, lao = pair
    Services(lao).activities.update(demo_id("act-bb-info"), {"place": "Vientiane"})
    Services(thai).activities.update(demo_id("act-bb-info"), {"place": "Vientiane"})
    Services(thai).activities.update(demo_id("act-bb-info"), {"place": "Bangkok"})
    swap(thai, lao, tmp_path)
    for ws in (thai, lao):
        [c] = conflicts.open_conflicts(ws)
        assert c.field == "place" and sorted(side.value for side in c.sides) == ["Bangkok", "Vientiane"]
    conflicts.resolve(lao, conflicts.open_conflicts(lao)[0], conflicts.open_conflicts(lao)[0].sides[0])
    swap(thai, lao, tmp_path, "again")
    assert conflicts.open_conflicts(thai) == [] == conflicts.open_conflicts(lao) and same(thai, lao)


def test_an_edit_against_a_deletion_is_a_conflict(pair, tmp_path):
    thai, lao = pair
    Services(lao).activities.delete(demo_id("act-bb-info"))
    Services(thai).activities.update(demo_id("act-bb-info"), {"place": "Vientiane"})  # later
    swap(thai, lao, tmp_path)
    assert same(thai, lao)
    [c] = conflicts.open_conflicts(lao)
    assert c.field == "" and [s.value for s in c.sides] == [conflicts.KEPT, conflicts.DELETED]
    assert Services(lao).activities.get(demo_id("act-bb-info")).place == "Vientiane"  # kept for now
    conflicts.resolve(lao, c, c.sides[1])  # delete it after all
    swap(thai, lao, tmp_path, "again")
    assert Services(thai).activities.list({"id": demo_id("act-bb-info")}) == []
    assert conflicts.open_conflicts(thai) == [] and same(thai, lao)


def test_keeping_a_record_deleted_elsewhere_brings_back_what_its_deletion_took(pair, tmp_path):
    thai, lao = pair
    svc = Services(thai)
    before = {"milestones": len(svc.milestones.list({"workstream_id": demo_id("w-training")})),
              "activities": len(svc.activities.list({"workstream_id": demo_id("w-training")}))}
    assert before["milestones"] > 0 and before["activities"] > 0
    svc.workstreams.delete(demo_id("w-training"))  # takes its milestones and activities along
    assert svc.activities.list({"workstream_id": demo_id("w-training")}) == []
    Services(lao).workstreams.update(demo_id("w-training"), {"objective": "Keep training officials"})  # later
    swap(thai, lao, tmp_path)
    [c] = conflicts.open_conflicts(thai)
    kept = next(side for side in c.sides if side.value == conflicts.KEPT)
    conflicts.resolve(thai, c, kept)
    for ws in (thai, lao):
        if ws is lao:
            swap(thai, lao, tmp_path, "again")
        again = Services(ws)
        assert again.workstreams.get(demo_id("w-training")).objective == "Keep training officials"
        assert len(again.milestones.list({"workstream_id": demo_id("w-training")})) == before["milestones"]
        assert len(again.activities.list({"workstream_id": demo_id("w-training")})) == before["activities"]
    assert conflicts.open_conflicts(thai) == [] and same(thai, lao)


def test_a_choice_settles_a_deletion_against_edits_from_two_other_laptops(pair, tmp_path):
    thai, lao = pair
    sync.clone(thai, tmp_path / "third.mouplan", "Third laptop")
    third = Workspace.open(tmp_path / "third.mouplan", actor="somchai")
    try:
        Services(lao).activities.update(demo_id("act-bb-info"), {"hours": 12})
        Services(third).activities.update(demo_id("act-bb-info"), {"place": "Luang Prabang"})
        Services(thai).activities.delete(demo_id("act-bb-info"))  # has seen neither edit
        laptops = [thai, lao, third]
        for round_ in range(2):
            for a in laptops:
                for b in laptops:
                    if a is not b:
                        sync.receive(b, sync.send(a, tmp_path / f"r{round_}-{id(a)}-{id(b)}.mousync").path)
            if round_ == 0:
                [c] = conflicts.open_conflicts(thai)
                assert c.field == ""
                conflicts.resolve(thai, c, next(x for x in c.sides if x.value == conflicts.DELETED))
        for ws in laptops:
            assert conflicts.open_conflicts(ws) == []  # settled everywhere, by one choice
            assert Services(ws).activities.list({"id": demo_id("act-bb-info")}) == []
    finally:
        third.close()


def orphan_case(thai, lao, tmp_path):
    """The Lao laptop adds an activity to a workstream the Thai laptop deletes meanwhile."""
    added = Services(lao).activities.create({"workstream_id": demo_id("w-cyber"), "title_en": "Added meanwhile"}).row
    Services(thai).workstreams.delete(demo_id("w-cyber"))
    swap(thai, lao, tmp_path)
    for ws in (thai, lao):
        [c] = conflicts.open_conflicts(ws)
        assert (c.entity, c.record_id, c.field) == ("workstream", demo_id("w-cyber"), "")
        kept = next(side for side in c.sides if side.value == conflicts.KEPT)
        assert kept.replica == "MPTC laptop"  # who added work under it
    return added, c


def test_work_added_under_a_record_deleted_elsewhere_is_a_conflict_deleting_takes_it_too(pair, tmp_path):
    thai, lao = pair
    added, c = orphan_case(thai, lao, tmp_path)
    conflicts.resolve(thai, c, next(side for side in c.sides if side.value == conflicts.DELETED))
    swap(thai, lao, tmp_path, "again")
    for ws in (thai, lao):
        assert Services(ws).activities.list({"id": added.id}) == []  # no activity left under a deleted workstream
        assert conflicts.open_conflicts(ws) == []
    assert same(thai, lao)


def test_work_added_under_a_record_deleted_elsewhere_is_a_conflict_keeping_brings_all_back(pair, tmp_path):
    thai, lao = pair
    before = len(Services(thai).activities.list({"workstream_id": demo_id("w-cyber")}))
    added, c = orphan_case(thai, lao, tmp_path)
    conflicts.resolve(lao, c, next(side for side in c.sides if side.value == conflicts.KEPT))
    swap(thai, lao, tmp_path, "again")
    for ws in (thai, lao):
        live = {a.id for a in Services(ws).activities.list({"workstream_id": demo_id("w-cyber")})}
        assert added.id in live and len(live) == before + 1
        assert conflicts.open_conflicts(ws) == []
    assert same(thai, lao)


def test_receiving_twice_or_an_old_file_changes_nothing(pair, tmp_path):
    thai, lao = pair
    Services(thai).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    old = sync.send(thai, tmp_path / "old.mousync").path
    Services(thai).activities.update(demo_id("act-tr-joomla"), {"place": "Hue"})
    newer = sync.send(thai, tmp_path / "new.mousync").path
    sync.receive(lao, newer)
    before = json.dumps(dump(lao), sort_keys=True)
    again = sync.receive(lao, newer)
    assert again.received == 0 and again.already_had > 2  # sent to nobody in particular: everything
    assert sync.receive(lao, old).received == 0
    assert json.dumps(dump(lao), sort_keys=True) == before
    assert Services(lao).activities.get(demo_id("act-tr-joomla")).place == "Hue"


def test_files_in_any_order_end_the_same(demo_ws, tmp_path):
    sync.clone(demo_ws, tmp_path / "b.mouplan", "B")
    sync.clone(demo_ws, tmp_path / "c.mouplan", "C")
    with Workspace.open(tmp_path / "b.mouplan") as b, Workspace.open(tmp_path / "c.mouplan") as c:
        Services(b).activities.update(demo_id("act-tr-joomla"), {"hours": 12})
        Services(c).people.update(demo_id("khamla"), {"position": "Web editor"})
        fb, fc = sync.send(b, tmp_path / "b.mousync").path, sync.send(c, tmp_path / "c.mousync").path
        sync.receive(demo_ws, fc)
        sync.receive(demo_ws, fb)
        sync.receive(b, fc)
        sync.receive(c, fb)
        assert same(demo_ws, b) and same(b, c)


def bad(path, content):
    path.write_bytes(content)
    return path


def test_bad_files_get_one_message_and_change_nothing(pair, tmp_path):
    thai, lao = pair
    Services(thai).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    good = sync.send(thai, tmp_path / "good.mousync").path.read_bytes()
    other = Workspace.create(tmp_path / "other.mouplan")
    foreign = sync.send(other, tmp_path / "foreign.mousync").path
    other.close()
    before = json.dumps(dump(lao), sort_keys=True)
    cases = {
        "truncated": (bad(tmp_path / "t.mousync", good[:-30]), "damaged"),
        "tampered": (bad(tmp_path / "x.mousync", good[:-5] + bytes(b ^ 1 for b in good[-5:])), "damaged"),
        "header": (bad(tmp_path / "h.mousync", good.replace(b'"count"', b'"c0unt"', 1)[:40]), "damaged"),
        "not ours": (bad(tmp_path / "n.mousync", b"hello world"), "not a mouplanner exchange file"),
        "foreign": (foreign, "belongs to another workspace"),
        "missing": (tmp_path / "none.mousync", "does not exist"),
    }
    header, changes = fileformat.read(tmp_path / "good.mousync", thai.workspace_id)
    changes[0]["at"] = "yesterday"  # a well-formed file (its checksum fits) with a time nobody can read
    cases["time"] = (fileformat.write(tmp_path / "when.mousync", header, changes), "damaged")
    newer = re.sub(rb'"format_version": \d', b'"format_version": 9', good, count=1)  # (2: with the demo's document)
    cases["newer"] = (bad(tmp_path / "v.mousync", newer), "newer version")
    for name, (path, message) in cases.items():
        with pytest.raises(ExchangeError, match=message):
            sync.receive(lao, path)
        assert json.dumps(dump(lao), sort_keys=True) == before, name
    own = sync.send(lao, tmp_path / "own.mousync").path
    with pytest.raises(ExchangeError, match="sent by this laptop"):
        sync.receive(lao, own)


def test_excel_import_travels_like_any_edit(pair, tmp_path):
    import openpyxl

    from mouplanner.excel import importer
    from mouplanner.excel.data_export import export_data
    from mouplanner.locale.formats import Formats

    thai, lao = pair
    path = export_data(thai, tmp_path / "d.xlsx", Formats("en"))
    book = openpyxl.load_workbook(path)
    book["People"].append([None, None, "Mr. Noy Sisouk", "", "ທ່ານ ນ້ອຍ ສີສຸກ"])
    book.save(path)
    importer.apply(thai, importer.check(thai, path))
    swap(thai, lao, tmp_path)
    assert [p.name_lo for p in Services(lao).people.search("Noy")] == ["ທ່ານ ນ້ອຍ ສີສຸກ"]


def test_file_format_round_trip(tmp_path):
    path = fileformat.write(tmp_path / "f.mousync", {"workspace_id": "w", "sender_id": "laptop-1"}, [])
    header, changes = fileformat.read(path, "w")
    assert header["format_version"] == 1 and changes == []


def test_clocks_keep_their_width_and_order_whatever_value_they_reach():
    from mouplanner.storage.hlc import HybridClock, format_stamp, parse

    clock = HybridClock("a", format_stamp(1_700_000_000_000, 99_998, "a"), wall_ms=lambda: 1)
    stamps = [clock.now() for _ in range(4)]  # the counter reaches its last value, then the millisecond moves
    assert stamps == sorted(stamps) and all(len(s) == len(stamps[0]) for s in stamps)
    assert [parse(s)[:2] for s in stamps] == [(1_700_000_000_000, 99_999), (1_700_000_000_001, 0),
                                              (1_700_000_000_001, 1), (1_700_000_000_001, 2)]


def _crafted(tmp_path, ws, change_hlc="", header_extra=None):
    """An exchange file as another laptop would write it, with one thing changed (valid checksum)."""
    import time

    from mouplanner.storage.hlc import format_stamp

    recent = format_stamp(time.time_ns() // 1_000_000 + 1_000, 0, "other")  # newer than anything here
    change = {"change_id": "c1", "txn_id": "t1", "hlc": change_hlc or recent,
              "at": "2026-11-30T10:00:00+00:00", "actor": "x", "replica_id": "other", "entity": "activity",
              "record_id": demo_id("act-tr-joomla"), "op": "update", "field": "place", "old_value": '"Vientiane"',
              "new_value": '"Pakse"', "action": "edit", "base_hlc": ""}
    header = {"workspace_id": ws.workspace_id, "sender_id": "other", "sender_name": "Other laptop",
              "replicas": {"other": "Other laptop"}, "seen": {}, "since": {}, **(header_extra or {})}
    return fileformat.write(tmp_path / "crafted.mousync", header, [change])


@pytest.mark.parametrize("case", ["far future", "counter gained a digit", "malformed", "seen is a list",
                                  "replicas of the wrong type", "a 5,000-character record id"])
def test_a_file_that_would_split_the_laptops_later_is_refused_whole(demo_ws, tmp_path, case):
    from mouplanner.exchange import sync
    from mouplanner.exchange.errors import ExchangeError
    from mouplanner.storage.hlc import format_stamp

    stamp = {"far future": format_stamp(9_999_999_999_999, 0, "other"),
             "counter gained a digit": "001700000000000.100000.other", "malformed": "yesterday"}.get(case, "")
    extra = {"seen is a list": {"seen": ["x"]}, "replicas of the wrong type": {"replicas": "other"}}.get(case)
    path = _crafted(tmp_path, demo_ws, stamp, extra)
    if case.startswith("a 5,000"):
        header, changes = fileformat.read(path, demo_ws.workspace_id)
        changes[0]["record_id"] = "x" * 5000
        path = fileformat.write(tmp_path / "long.mousync", header, changes)
    before = demo_ws.clock.last
    with pytest.raises(ExchangeError, match="ahead of this computer's clock" if case == "far future" else "damaged"):
        sync.receive(demo_ws, path)
    assert demo_ws.clock.last == before
    assert Services(demo_ws).activities.get(demo_id("act-tr-joomla")).place == "Vientiane"
    assert sync.send(demo_ws, tmp_path / "after.mousync", None).changes > 0  # later exchanges still work


def test_the_crafted_file_itself_is_received_when_nothing_is_wrong_with_it(demo_ws, tmp_path):
    from mouplanner.exchange import sync

    report = sync.receive(demo_ws, _crafted(tmp_path, demo_ws))
    assert report.received == 1 and Services(demo_ws).activities.get(demo_id("act-tr-joomla")).place == "Pakse"


@pytest.mark.parametrize("field,value", [
    ("headcount_total", "-5"), ("title_en", json.dumps("x" * 1_000_000)), ("budget_amount", '"Infinity"'),
    ("budget_amount", "1e309"), ("planned_start", '"31 Febtember"'), ("kind", '"party"'), ("country", '"Laos"'),
    ("place", "{not json"),
])
def test_a_received_value_a_form_would_refuse_is_refused_and_named_while_the_rest_arrives(demo_ws, tmp_path, capfd,
                                                                                         field, value):
    from mouplanner.cli.main import main

    path = _crafted(tmp_path, demo_ws)
    header, changes = fileformat.read(path, demo_ws.workspace_id)
    bad = {**changes[0], "change_id": "c2", "field": field, "new_value": value, "record_id": demo_id("act-signing")}
    path = fileformat.write(tmp_path / "mixed.mousync", header, [changes[0], bad])
    workspace = demo_ws.location
    demo_ws.close()
    assert main(["exchange", "receive", str(workspace), str(path)]) == 1
    out, err = capfd.readouterr()
    assert "Traceback" not in err and f"refused: activity {demo_id('act-signing')} {field}: " in out
    with Workspace.open(workspace) as ws:
        svc = Services(ws)
        assert svc.activities.get(demo_id("act-tr-joomla")).place == "Pakse"  # the valid change arrived
        signing = svc.activities.get(demo_id("act-signing"))
        assert getattr(signing, field) not in (None, -5) or field in ("budget_amount",)
        assert "error:" not in __import__("subprocess").run(
            [__import__("sys").executable, "-m", "mouplanner", "check", str(workspace)],
            capture_output=True, text=True).stdout


def test_control_characters_never_reach_a_title_from_any_way_in(demo_ws):
    from mouplanner.domain import Activity
    from mouplanner.domain.validation import coerce

    assert coerce(Activity, "title_en", "Bell\x07 and\x00 escape\x1b[31m") == "Bell and escape[31m"
    assert coerce(Activity, "notes", "line one\nline two\ttabbed") == "line one\nline two\ttabbed"
    row = Services(demo_ws).activities.update(demo_id("act-tr-joomla"), {"place": "Pak\x00se"}).row
    assert row.place == "Pakse"


def test_a_received_change_that_breaks_its_record_is_refused_with_its_rule(demo_ws, tmp_path):
    """More women than participants, an end before the start: each value is fine alone, the record is not."""
    from mouplanner.exchange import sync

    path = _crafted(tmp_path, demo_ws)
    header, changes = fileformat.read(path, demo_ws.workspace_id)
    signing = Services(demo_ws).activities.get(demo_id("act-signing"))
    women = {**changes[0], "change_id": "c2", "field": "headcount_women",
             "new_value": str(signing.headcount_total + 5), "record_id": demo_id("act-signing")}
    end = {**changes[0], "change_id": "c3", "field": "planned_end", "new_value": '"2017-01-01"',
           "record_id": demo_id("act-bb-info")}
    report = sync.receive(demo_ws, fileformat.write(tmp_path / "rules.mousync", header, [changes[0], women, end]))
    assert report.received == 1 and {(r.record_id, r.field) for r in report.refused} == {
        (demo_id("act-signing"), "headcount_women"), (demo_id("act-bb-info"), "planned_end")}
    svc = Services(demo_ws)
    assert svc.activities.get(demo_id("act-signing")).headcount_women == signing.headcount_women
    assert svc.activities.get(demo_id("act-tr-joomla")).place == "Pakse"
    assert "error:" not in __import__("subprocess").run(
        [__import__("sys").executable, "-m", "mouplanner", "check", str(demo_ws.location)],
        capture_output=True, text=True).stdout


def test_a_huge_header_is_called_what_it_is(demo_ws, tmp_path):
    path = _crafted(tmp_path, demo_ws, header_extra={"sender_name": "x" * 1_100_000})
    with pytest.raises(ExchangeError, match="header too large"):
        fileformat.read(path, demo_ws.workspace_id)
