"""A laptop takes the server workspace offline (``exchange clone URL laptop.mouplan``) and brings it
back (``exchange sync laptop.mouplan URL``): both ways in one step, the same merge as exchange
files, a field both sides changed kept as a conflict for a person, and a change its user's rights
do not cover refused by the server and reported, never dropped: the laptop keeps it."""

from __future__ import annotations

from sqlalchemy import select

from mouplanner.cli.main import main
from mouplanner.demo import demo_id
from mouplanner.domain import Activity
from mouplanner.exchange import direct, sync
from mouplanner.services import Services
from mouplanner.services.listing import ListQuery
from mouplanner.services.listings import LISTINGS
from mouplanner.services.summary import dump
from mouplanner.storage import Workspace
from tests.postgres.test_rights import EGOV, EGOV_ACTIVITY, ICT, ICT_ACTIVITY, as_user, login


def _place(ws: Workspace, activity: str) -> str:
    with ws.read() as s:
        return s.scalar(select(Activity.place).where(Activity.id == activity))


def test_a_copy_of_the_server_holds_all_of_it_and_searches_it(server_demo, tmp_path):
    laptop_file = sync.clone(server_demo, tmp_path / "laptop.mouplan", "Somchai's laptop")
    with Workspace.open(laptop_file) as laptop:
        assert dump(laptop) == dump(server_demo)
        assert laptop.workspace_id == server_demo.workspace_id and laptop.replica_id != server_demo.replica_id
        assert laptop.replica_name == "Somchai's laptop"
        assert direct.server_of(laptop) == server_demo.location and "postgresql" in server_demo.location
        for needle in ("ผู้เชี่ยวชาญ", "ຝຶກອົບຮົມ"):
            found = LISTINGS["activities"].ids_from(laptop, ListQuery(text=needle), None)[0]
            assert found and found == LISTINGS["activities"].ids_from(server_demo, ListQuery(text=needle), None)[0]
        nothing = direct.sync(laptop, server_demo)  # each knows the other holds everything
        assert (nothing.sent.received, nothing.received.received) == (0, 0)


def test_sync_sends_and_receives_in_one_step_and_keeps_a_clash_for_a_person(server_demo, tmp_path):
    laptop = Workspace.open(sync.clone(server_demo, tmp_path / "laptop.mouplan", "Laptop"))
    try:
        Services(laptop).activities.update(ICT_ACTIVITY, {"place": "Luang Prabang", "budget_amount": 1200})
        Services(server_demo).activities.update(ICT_ACTIVITY, {"place": "Vientiane Capital"})
        Services(server_demo).activities.update(EGOV_ACTIVITY, {"place": "Pakse"})
        done = direct.sync(laptop, server_demo)
        assert done.sent.received == 2 and done.sent.refused == []
        assert done.received.received == 2
        assert _place(laptop, EGOV_ACTIVITY) == _place(server_demo, EGOV_ACTIVITY) == "Pakse"
        assert _place(laptop, ICT_ACTIVITY) == _place(server_demo, ICT_ACTIVITY)  # the newest wins on both...
        assert [c.field for c in done.received.conflicts] == ["place"]  # ... and both sides see the clash
        assert [c.field for c in done.sent.conflicts] == ["place"]
        assert dump(laptop) == dump(server_demo)
        again = direct.sync(laptop, server_demo)
        assert (again.sent.received, again.received.received) == (0, 0)
    finally:
        laptop.close()


def test_a_change_outside_the_users_rights_is_refused_reported_and_kept_on_the_laptop(server_demo, tmp_path):
    somchai = as_user(server_demo, login(server_demo, "editor", [ICT]))
    with Workspace.open(somchai) as server:
        laptop = Workspace.open(sync.clone(server, tmp_path / "laptop.mouplan", "Somchai's laptop"))
    try:
        Services(laptop).activities.update(ICT_ACTIVITY, {"place": "Nong Khai"})
        Services(laptop).activities.update(EGOV_ACTIVITY, {"place": "Savannakhet"})
        with Workspace.open(somchai) as server:
            done = direct.sync(laptop, server)
        assert done.sent.received == 1
        assert [(r.record_id, r.field) for r in done.sent.refused] == [(EGOV_ACTIVITY, "place")]
        assert "may not change agreement LA-AIF-EGOV-2021" in done.sent.refused[0].problem.message
        assert _place(server_demo, ICT_ACTIVITY) == "Nong Khai"
        assert _place(server_demo, EGOV_ACTIVITY) != "Savannakhet"
        assert _place(laptop, EGOV_ACTIVITY) == "Savannakhet"  # not dropped
    finally:
        laptop.close()


def test_a_refused_change_is_sent_again_at_each_sync_until_the_rights_cover_it(server_demo, tmp_path):
    """Refused once, a change stays on the laptop and is not forgotten when a later change of the
    laptop's is taken: each sync offers it again and reports it again; once an admin gives the
    user the right, the next sync brings it."""
    from mouplanner.storage.postgres import rights

    user = login(server_demo, "editor", [ICT])
    with Workspace.open(as_user(server_demo, user)) as server:
        laptop = Workspace.open(sync.clone(server, tmp_path / "laptop.mouplan", "Somchai's laptop"))
    try:
        Services(laptop).activities.update(EGOV_ACTIVITY, {"place": "Savannakhet"})
        Services(laptop).activities.update(ICT_ACTIVITY, {"place": "Nong Khai"})
        for ict_place in ("Udon Thani", "Khon Kaen"):  # each time a later change of the laptop's is taken
            with Workspace.open(as_user(server_demo, user)) as server:
                done = direct.sync(laptop, server)
            assert [(r.record_id, r.field) for r in done.sent.refused] == [(EGOV_ACTIVITY, "place")]
            assert done.sent.received >= 1 and _place(server_demo, EGOV_ACTIVITY) != "Savannakhet"
            Services(laptop).activities.update(ICT_ACTIVITY, {"place": ict_place})
        with server_demo.engine.begin() as conn:
            rights.grant(conn, user, "editor", [ICT, EGOV])
        with Workspace.open(as_user(server_demo, user)) as server:
            done = direct.sync(laptop, server)
        assert done.sent.refused == [] and done.sent.received == 2
        assert _place(server_demo, EGOV_ACTIVITY) == "Savannakhet" and _place(server_demo, ICT_ACTIVITY) == "Khon Kaen"
        with Workspace.open(as_user(server_demo, user)) as server:
            again = direct.sync(laptop, server)
        assert (again.sent.received, again.sent.refused, again.received.received) == (0, [], 0)
    finally:
        laptop.close()


def test_a_reader_takes_a_copy_and_brings_nothing_back(server_demo, tmp_path):
    reader = as_user(server_demo, login(server_demo, "reader"))
    with Workspace.open(reader) as server:
        laptop = Workspace.open(sync.clone(server, tmp_path / "laptop.mouplan", "Reader's laptop"))
    try:
        Services(server_demo).activities.update(EGOV_ACTIVITY, {"place": "Pakse"})
        Services(laptop).activities.update(ICT_ACTIVITY, {"place": "Nong Khai"})
        with Workspace.open(reader) as server:
            done = direct.sync(laptop, server)
        assert [r.record_id for r in done.sent.refused] == [ICT_ACTIVITY] and done.received.received == 1
        assert _place(laptop, EGOV_ACTIVITY) == "Pakse" and _place(server_demo, ICT_ACTIVITY) != "Nong Khai"
    finally:
        laptop.close()


def test_the_commands_clone_and_sync(server_demo, tmp_path, capfd):
    url, laptop_file = as_user(server_demo, login(server_demo, "editor", [ICT])), tmp_path / "laptop.mouplan"
    assert main(["exchange", "clone", url, str(laptop_file), "--name", "Somchai's laptop"]) == 0
    with Workspace.open(laptop_file) as laptop:
        Services(laptop).activities.update(ICT_ACTIVITY, {"place": "Nong Khai"})
        Services(laptop).activities.update(demo_id("act-jv-review"), {"place": "Savannakhet"})
    capfd.readouterr()
    assert main(["exchange", "sync", str(laptop_file), url]) == 1  # (one refused)
    said = capfd.readouterr().out.splitlines()
    assert said[0].startswith(f"To {server_demo.replica_name}: 1 new changes") and "1 refused" in said[0]
    assert said[1].startswith(f"From {server_demo.replica_name}: 0 new changes")
    assert said[2].startswith(f"refused: activity {EGOV_ACTIVITY} place: the server refused it:")
    assert main(["exchange", "sync", str(laptop_file), str(tmp_path / "other.mouplan")]) == 2
    assert "is not a server's address" in capfd.readouterr().err
    other = tmp_path / "other.mouplan"
    assert main(["demo", str(other)]) == 0
    capfd.readouterr()
    assert main(["exchange", "sync", str(other), url]) == 2
    assert "are not copies of one workspace" in capfd.readouterr().err


def test_a_damaged_copy_sends_nothing(server_demo, tmp_path):
    """A laptop's copy that fails its check (a search trigger another program dropped) sends nothing:
    its changes are not committed on the server (the check runs beside the sending, and is waited for
    before the server commits)."""
    import sqlite3

    import pytest

    from mouplanner.exchange.errors import ExchangeError

    laptop_file = sync.clone(server_demo, tmp_path / "laptop.mouplan", "Laptop")
    with Workspace.open(laptop_file) as laptop:
        Services(laptop).activities.update(ICT_ACTIVITY, {"place": "Nong Khai"})
    raw = sqlite3.connect(laptop_file)
    raw.execute("DROP TRIGGER activity_search_au")
    raw.commit()
    raw.close()
    with Workspace.open(laptop_file) as laptop, pytest.raises(ExchangeError, match="nothing was sent: laptop.mouplan "
                                                                                  "is damaged"):
        direct.sync(laptop, server_demo)
    assert _place(server_demo, ICT_ACTIVITY) != "Nong Khai"
