"""Ten coordinators saving at once for a minute, each as their own login, through the app's facade:
no update is lost. Each save appends the writer's token to a record's notes, having read them
first, and saves as a form does (the version it read and the values it opened); a save that met
another one's change of the same notes is told so (EditConflict) and the writer reads again. At the end every token that was saved is in its record's notes exactly once.
A transaction the server gives up (a deadlock or serialization failure) is run again: forced here
with two real connections locking two rows in opposite orders."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter

import psycopg
import pytest

from mouplanner.domain import Activity
from mouplanner.facade import Facade
from mouplanner.services.concurrent import EditConflict
from mouplanner.storage import Workspace
from mouplanner.storage.errors import TryAgain
from mouplanner.storage.retry import retried
from tests.postgres.test_rights import as_user, login

WRITERS, SECONDS, RECORDS = 10, 60.0, 20


def test_ten_writers_for_a_minute_lose_no_update(server_demo):
    rows = Facade(server_demo).service(Activity).list()[:RECORDS]
    records, before = [a.id for a in rows], {a.id: a.notes for a in rows}
    saved: dict[str, list[str]] = {a: [] for a in records}
    told, failures, lock = Counter(), [], threading.Lock()
    users = [login(server_demo, "editor") for _ in range(WRITERS)]
    start = threading.Barrier(WRITERS)

    def write(w: int) -> None:
        rnd = random.Random(w)
        try:
            with Workspace.open(as_user(server_demo, users[w])) as ws:
                facade, n = Facade(ws), 0
                start.wait()
                end = time.monotonic() + SECONDS
                while time.monotonic() < end:
                    record, token = rnd.choice(records), f"{w}.{n};"
                    row = facade.service(Activity).get(record)
                    values, opened = {"notes": row.notes + token}, {"notes": row.notes}
                    if rnd.random() < 0.3:  # another field now and then (merged, never a clash)
                        values["hours"], opened["hours"] = rnd.randint(1, 40), row.hours
                    try:
                        facade.save(Activity, record, values, [], expected_version=row.version, original=opened)
                    except EditConflict as clash:
                        with lock:
                            told[clash.clashes[0].field] += 1
                        continue  # read again
                    with lock:
                        saved[record].append(token)
                    n += 1
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(repr(exc))

    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    total = sum(len(tokens) for tokens in saved.values())
    assert total > 500, total  # (they really wrote, and met: some saves were told of a clash)
    assert told["notes"] > 0
    reader = Facade(server_demo).service(Activity)
    for record, tokens in saved.items():
        notes = reader.get(record).notes
        assert notes.startswith(before[record])
        held = [t + ";" for t in notes.removeprefix(before[record]).split(";") if t]
        assert sorted(held) == sorted(tokens), record  # each once: none lost, none twice


def _meet_in_a_deadlock(server_demo) -> None:
    """A real deadlock: this transaction holds a row another connection waits for, and waits for the
    row that connection holds; the server gives this side up (its deadlock_timeout is shorter)."""
    a, b = (r.id for r in Facade(server_demo).service(Activity).list()[:2])
    url = server_demo.backend.url
    other = psycopg.connect(dbname=url.database, host=url.query["host"], user=url.username)
    other.execute("SET deadlock_timeout = '10s'")
    other.execute("BEGIN")
    other.execute("UPDATE activity SET place = place WHERE id = %s", (b,))
    waiter = threading.Thread(target=_quietly, args=(other, a))
    try:
        with server_demo.transaction("deadlock") as s:
            s.connection().exec_driver_sql("SET LOCAL deadlock_timeout = '50ms'")
            s.connection().exec_driver_sql("UPDATE activity SET place = place WHERE id = %(a)s", {"a": a})
            waiter.start()
            time.sleep(0.3)  # the other connection now waits for a
            s.connection().exec_driver_sql("UPDATE activity SET place = place WHERE id = %(b)s", {"b": b})
    finally:
        if waiter.is_alive():
            waiter.join()
        other.close()


def _quietly(conn: psycopg.Connection, record: str) -> None:
    conn.execute("UPDATE activity SET place = place WHERE id = %s", (record,))
    conn.execute("ROLLBACK")


def test_a_deadlock_is_a_try_again(server_demo):
    with pytest.raises(TryAgain, match="busy with other people's changes"):
        _meet_in_a_deadlock(server_demo)


def test_a_transaction_the_server_gives_up_is_run_again(server_demo):
    runs: list[int] = []

    def action() -> str:
        runs.append(len(runs))
        if len(runs) == 1:
            _meet_in_a_deadlock(server_demo)
        return "done"

    assert retried(action) == "done" and runs == [0, 1]
