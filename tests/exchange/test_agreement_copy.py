"""A copy of one agreement (``exchange clone ... --agreement CODE``): a desk officer takes only
their MOU offline. The copy holds that agreement's part with every organisation and person; what
it syncs or is sent afterwards is that part, and a workstream moved into the agreement arrives
whole. On a file and on a server (this suite runs on both)."""

from __future__ import annotations

from sqlalchemy import func, select

from mouplanner.cli.main import main
from mouplanner.demo import demo_id
from mouplanner.domain import ActionItem, Activity, Agreement, Change, Meeting, Organisation, Person, Workstream
from mouplanner.exchange import direct, scoped, sync
from mouplanner.services import Services
from mouplanner.services.listing import ListQuery
from mouplanner.services.listings import LISTINGS
from mouplanner.services.scope import Scope
from mouplanner.storage import Workspace

ICT, EGOV = demo_id("mou2018"), demo_id("mou2021")
ICT_AREA = demo_id("a-ict")
JV_STUDY = demo_id("w-jv-study")  # a workstream of the other agreement
ICT_ACTIVITY, EGOV_ACTIVITY = demo_id("act-tr-web"), demo_id("act-jv-review")


def _count(ws: Workspace, model, *where) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _activities(ws: Workspace, scope: Scope = Scope()) -> list[str]:
    return sorted(LISTINGS["activities"].ids(ws, ListQuery(scope=scope)))


def test_every_kind_of_record_is_in_an_agreements_part_or_shared():
    assert scoped.uncovered() == []


def test_a_copy_of_one_agreement_holds_its_part_and_every_organisation_and_person(demo_ws, tmp_path):
    path = sync.clone(demo_ws, tmp_path / "ict.mouplan", "Somchai's laptop", "TH-LA-ICT-2018")
    with Workspace.open(path) as copy:
        assert direct.copy_of(copy) == ICT
        assert copy.backend.integrity_problems(full=True) == []  # every link inside the copy
        assert [a for a in _count_ids(copy, Agreement)] == [ICT]
        assert _activities(copy) == _activities(demo_ws, Scope(agreement_id=ICT))
        assert EGOV_ACTIVITY not in _activities(copy)
        assert sorted(_count_ids(copy, Meeting)) == sorted(  # a kind added later: by its links alone
            LISTINGS["meetings"].ids(demo_ws, ListQuery(scope=Scope(agreement_id=ICT))))
        assert demo_id("mt-jv-tech-a1") not in _count_ids(copy, ActionItem)
        assert _count(copy, Organisation) == _count(demo_ws, Organisation)
        assert _count(copy, Person) == _count(demo_ws, Person)
        # the journal of what it holds, so its history and the merge have it all, and nothing else
        assert _count(copy, Change, Change.record_id == ICT_ACTIVITY) == _count(demo_ws, Change,
                                                                                Change.record_id == ICT_ACTIVITY)
        assert _count(copy, Change, Change.record_id == EGOV_ACTIVITY) == 0
        for needle in ("อบรม", "ຝຶກອົບຮົມ", "Vientiane"):  # quick search indexed the copy
            found = LISTINGS["activities"].ids_from(copy, ListQuery(text=needle), None)[0]
            assert found and found == LISTINGS["activities"].ids(demo_ws, ListQuery(text=needle,
                                                                                    scope=Scope(agreement_id=ICT)))
        nothing = direct.sync(copy, demo_ws)
        assert (nothing.sent.received, nothing.received.received) == (0, 0)


def _count_ids(ws: Workspace, model) -> list[str]:
    with ws.read() as s:
        return list(s.scalars(select(model.id)))


def test_a_copy_of_one_agreement_syncs_that_agreement_and_brings_a_moved_workstream_whole(demo_ws, tmp_path):
    copy = Workspace.open(sync.clone(demo_ws, tmp_path / "ict.mouplan", "Laptop", ICT))
    try:
        Services(copy).activities.update(ICT_ACTIVITY, {"place": "Nong Khai"})
        Services(demo_ws).activities.update(ICT_ACTIVITY, {"budget_amount": 900})
        Services(demo_ws).activities.update(EGOV_ACTIVITY, {"place": "Pakse"})  # the other agreement's
        done = direct.sync(copy, demo_ws)
        assert done.sent.received == 1 and done.received.received == 1
        with copy.read() as s:
            assert s.get(Activity, ICT_ACTIVITY).budget_amount == 900
            assert s.get(Activity, EGOV_ACTIVITY) is None
        with demo_ws.read() as s:
            assert s.get(Activity, ICT_ACTIVITY).place == "Nong Khai"

        moved = _activities(demo_ws, Scope(workstream_id=JV_STUDY))
        assert moved
        Services(demo_ws).workstreams.update(JV_STUDY, {"area_id": ICT_AREA})  # into the copy's agreement
        done = direct.sync(copy, demo_ws)
        with copy.read() as s:
            assert s.get(Workstream, JV_STUDY).area_id == ICT_AREA
            assert s.get(Workstream, JV_STUDY).title_en
        assert set(moved) <= set(_activities(copy))  # its activities came with it, with their history
        assert _count(copy, Change, Change.record_id == moved[0]) == _count(demo_ws, Change,
                                                                            Change.record_id == moved[0])
        again = direct.sync(copy, demo_ws)
        assert (again.sent.received, again.received.received) == (0, 0)
    finally:
        copy.close()


def test_a_file_sent_to_a_copy_of_one_agreement_carries_that_agreement(demo_ws, tmp_path):
    copy = Workspace.open(sync.clone(demo_ws, tmp_path / "ict.mouplan", "Laptop", ICT))
    try:
        Services(demo_ws).activities.update(ICT_ACTIVITY, {"place": "Udon Thani"})
        Services(demo_ws).activities.update(EGOV_ACTIVITY, {"place": "Pakse"})
        sent = sync.send(demo_ws, tmp_path / "to-laptop.mousync", "Laptop")
        assert sent.changes == 1
        got = sync.receive(copy, tmp_path / "to-laptop.mousync")
        assert got.received == 1 and got.refused == [] and got.conflicts == []
        with copy.read() as s:
            assert s.get(Activity, ICT_ACTIVITY).place == "Udon Thani"
            assert s.get(Activity, EGOV_ACTIVITY) is None
    finally:
        copy.close()


def test_the_command_line_copies_one_agreement_and_refuses_an_unknown_one(demo_ws, tmp_path, capsys):
    out, location = tmp_path / "ict.mouplan", demo_ws.location
    demo_ws.close()  # (the command opens it for editing)
    assert main(["exchange", "clone", location, str(out), "--name", "Laptop",
                 "--agreement", "TH-LA-ICT-2018"]) == 0
    assert "agreement TH-LA-ICT-2018 only" in capsys.readouterr().out
    with Workspace.open(out) as copy:
        assert _count_ids(copy, Agreement) == [ICT]
    code = main(["exchange", "clone", location, str(tmp_path / "x.mouplan"), "--name", "L",
                 "--agreement", "TH-XX-1999"])
    said = capsys.readouterr()
    assert code != 0 and "no agreement has the code TH-XX-1999" in said.err and "Traceback" not in said.err
    assert not (tmp_path / "x.mouplan").exists()
    assert main(["exchange", "send", str(out), str(tmp_path / "c.mousync"), "--agreement", "TH-LA-ICT-2018"]) == 2
    assert "--agreement goes with clone" in capsys.readouterr().err


def test_a_record_linked_into_another_agreement_stays_out_of_a_copy_that_could_not_keep_the_link(demo_ws, tmp_path):
    """An action item handed out at this agreement's meeting for the other agreement's workstream:
    a copy of either could not hold that link, so neither takes it, and both copies are sound."""
    odd = Services(demo_ws).action_items.create({
        "meeting_id": demo_id("mt-jwg-last"), "title_en": "Share the study with the MTC", "status": "open",
        "owner_id": demo_id("siriporn"), "workstream_id": JV_STUDY}).row.id
    for code, name in (("TH-LA-ICT-2018", "ict"), ("LA-AIF-EGOV-2021", "egov")):
        with Workspace.open(sync.clone(demo_ws, tmp_path / f"{name}.mouplan", name, code)) as copy:
            assert copy.backend.integrity_problems(full=True) == []
            assert odd not in _count_ids(copy, ActionItem)
