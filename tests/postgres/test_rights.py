"""Rights the database enforces: a reader connected with a plain client (as ``psql`` would) cannot
change a row; an editor of one agreement cannot change another or the journal's history; nobody
names the author of a change but the server; and the app says what was refused, changing nothing."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import select

from mouplanner.demo import demo_id
from mouplanner.domain import Activity, Change
from mouplanner.services import Services
from mouplanner.storage import Workspace
from mouplanner.storage.errors import NotAllowed
from mouplanner.storage.postgres import rights

ICT, EGOV = demo_id("mou2018"), demo_id("mou2021")
ICT_ACTIVITY, EGOV_ACTIVITY = demo_id("act-tr-web"), demo_id("act-jv-review")


def login(server_demo, level: str, agreements: list[str] | None = None) -> str:
    """A new login role with ``level`` on the demo workspace (roles are the whole server's)."""
    name = f"u_{uuid.uuid4().hex[:8]}"
    with server_demo.engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
        if level:
            rights.grant(conn, name, level, agreements or [])
    return name


def as_user(server_demo, user: str) -> str:
    return server_demo.backend.url.set(username=user).render_as_string(hide_password=False)


def plain(server_demo, user: str) -> psycopg.Connection:
    """A connection as a plain client makes it, past the app."""
    url = server_demo.backend.url
    return psycopg.connect(dbname=url.database, host=url.query["host"], user=user, autocommit=True)


def test_a_reader_with_a_plain_client_reads_everything_and_changes_nothing(server_demo):
    reader = login(server_demo, "reader")
    with plain(server_demo, reader) as conn:
        assert conn.execute("SELECT count(*) FROM activity").fetchone()[0] > 10
        for statement in ("UPDATE activity SET place = 'x'", "DELETE FROM participation",
                          "INSERT INTO change (change_id, txn_id, hlc, at, actor, replica_id, entity, record_id, op, "
                          "action, base_hlc) VALUES ('c', 't', 'h', now(), 'boss', 'r', 'agreement', 'a', 'update', "
                          "'', '')",
                          "UPDATE change SET actor = 'someone else'", "UPDATE workspace_meta SET value = 'x'",
                          "INSERT INTO workspace_right VALUES ('me', '*')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_an_editor_of_one_agreement_cannot_change_another_nor_the_history(server_demo):
    editor = login(server_demo, "editor", [ICT])
    with plain(server_demo, editor) as conn:
        conn.execute("UPDATE activity SET place = 'Nong Khai' WHERE id = %s", [ICT_ACTIVITY])
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="may not change agreement LA-AIF-EGOV-2021"):
            conn.execute("UPDATE activity SET place = 'Pakse' WHERE id = %s", [EGOV_ACTIVITY])
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="may not change agreement LA-AIF-EGOV-2021"):
            conn.execute("DELETE FROM participation WHERE activity_id = %s", [EGOV_ACTIVITY])
        workstream = conn.execute("SELECT workstream_id FROM activity WHERE id = %s", [EGOV_ACTIVITY]).fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE activity SET workstream_id = %s WHERE id = %s", [workstream, ICT_ACTIVITY])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE change SET actor = 'someone else'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM change")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO workspace_right VALUES (current_user, '*')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="LA-AIF-EGOV-2021"):  # checked at commit
            conn.execute(_forged_change(server_demo, EGOV_ACTIVITY, "the minister"))
        conn.execute(_forged_change(server_demo, ICT_ACTIVITY, "the minister"))
        actor = conn.execute("SELECT actor FROM change ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert actor == editor  # the server names the author, whatever the client said
    with server_demo.read() as s:
        places = dict(s.execute(select(Activity.id, Activity.place).where(
            Activity.id.in_([ICT_ACTIVITY, EGOV_ACTIVITY]))).all())
    assert places[ICT_ACTIVITY] == "Nong Khai" and places[EGOV_ACTIVITY] != "Pakse"


def _forged_change(ws, record_id: str, actor: str) -> str:
    return ("INSERT INTO change (change_id, txn_id, hlc, at, actor, replica_id, entity, record_id, op, field, "
            f"action, base_hlc) VALUES ('{uuid.uuid4()}', 't', 'h', now(), '{actor}', '{ws.replica_id}', 'activity', "
            f"'{record_id}', 'update', 'place', '', '')")


def test_the_app_says_what_the_server_refused_and_journals_its_user(server_demo):
    editor = login(server_demo, "editor", [ICT])
    with Workspace.open(as_user(server_demo, editor)) as ws:
        assert ws.actor == editor
        svc = Services(ws)
        saved = svc.activities.update(ICT_ACTIVITY, {"place": "Vientiane", "notes": "Moved"})
        with pytest.raises(NotAllowed, match=f"refused the change: {editor} may not change agreement "
                                             "LA-AIF-EGOV-2021; nothing was changed"):
            svc.activities.update(EGOV_ACTIVITY, {"place": "Pakse"})
        with pytest.raises(NotAllowed):
            svc.agreements.update(EGOV, {"title_en": "Taken over"})
        with pytest.raises(NotAllowed):  # a new agreement is for editors of all agreements
            svc.agreements.create({"code": "NEW-1", "title_en": "New"})
        with ws.read() as s:
            authors = set(s.scalars(select(Change.actor).where(Change.txn_id == saved.txn_id)))
            assert s.get(Activity, EGOV_ACTIVITY).place != "Pakse"
    assert authors == {editor}


def test_an_editor_of_all_agreements_and_an_admin(server_demo):
    editor, admin, newcomer = login(server_demo, "editor"), login(server_demo, "admin"), login(server_demo, "")
    with Workspace.open(as_user(server_demo, editor)) as ws:
        Services(ws).agreements.update(EGOV, {"title_en": "Renamed by an editor of all"})
    with Workspace.open(as_user(server_demo, admin)) as ws, ws.engine.begin() as conn:
        rights.grant(conn, newcomer, "editor", [EGOV])  # an admin grants (and only an admin)
        found = {r.member: r for r in rights.rights(conn)}
    assert found[editor].level == "editor" and found[editor].agreements == (rights.ALL,)
    assert found[admin].level == "admin" and found[newcomer].agreements == (EGOV,)
    with plain(server_demo, editor) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(f'GRANT "{rights.group(conn.info.dbname, "admin")}" TO "{editor}"')


def test_revoking_one_agreement_of_two_keeps_the_other_and_the_last_makes_a_reader(server_demo):
    editor = login(server_demo, "editor", [ICT, EGOV])
    with server_demo.engine.begin() as conn:
        rights.revoke(conn, editor, None, [EGOV])
        assert {r.member: r for r in rights.rights(conn)}[editor].agreements == (ICT,)
        rights.revoke(conn, editor, None, [ICT])
        assert {r.member: r.level for r in rights.rights(conn)}[editor] == "reader"
        rights.revoke(conn, editor, None, [])
        assert editor not in {r.member for r in rights.rights(conn)}
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        plain(server_demo, editor)  # no right left: not even to connect


def test_meetings_and_action_items_are_their_agreements_for_rights_too(server_demo):
    """A kind of record added later (issue 18) is covered by its links alone: an editor of one
    agreement hands out action items at its meetings, not at another agreement's."""
    editor = login(server_demo, "editor", [ICT])
    with Workspace.open(as_user(server_demo, editor)) as ws:
        svc = Services(ws)
        mine = svc.action_items.create({"meeting_id": demo_id("mt-jwg-last"), "title_en": "Book the venue",
                                        "owner_id": demo_id("siriporn"), "status": "open"})
        assert mine.row.title_en == "Book the venue"
        with pytest.raises(NotAllowed, match="refused the change"):
            svc.action_items.create({"meeting_id": demo_id("mt-jv-tech"), "title_en": "Not mine",
                                     "owner_id": demo_id("manivone"), "status": "open"})
        with pytest.raises(NotAllowed, match="may not change agreement LA-AIF-EGOV-2021"):
            svc.action_items.update(demo_id("mt-jv-tech-a1"), {"status": "done"})
    with plain(server_demo, editor) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege,
                                                           match="may not change agreement LA-AIF-EGOV-2021"):
        conn.execute("UPDATE agenda_item SET minutes_en = 'forged' WHERE meeting_id = %s", [demo_id("mt-jv-tech")])
