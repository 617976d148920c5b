"""What one coordinator commits on the server reaches the others' open workspaces within two
seconds, saying which records and fields changed; a workspace is not told twice of its own writes;
the clock of the server's replica follows the order writes commit in, whoever wrote them."""

from __future__ import annotations

import threading
import time

from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.storage import Workspace
from mouplanner.storage.postgres import live

JOOMLA = demo_id("act-tr-joomla")


def _heard(ws: Workspace) -> list:
    got: list = []
    ws.on_commit(got.append)
    return got


def _wait(condition, seconds: float = 2.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_what_another_client_commits_arrives_within_two_seconds(server_demo):
    other = Workspace.open(server_demo.location)
    try:
        heard = _heard(other)
        assert _wait(lambda: other._stop_watching is not None) and _listening(other)
        Services(server_demo).activities.update(JOOMLA, {"place": "Pakse"})
        started = time.monotonic()
        assert _wait(lambda: heard, 2.0), "nothing arrived within two seconds"
        assert time.monotonic() - started < 2.0
        assert heard[0].records == {"activity": frozenset({JOOMLA})} and heard[0].fields["activity"] == {"place"}
        mine = _heard(server_demo)
        Services(other).activities.update(JOOMLA, {"place": "Champasak"})
        assert _wait(lambda: mine) and len(heard) == 2  # its own write: told once, as it committed
        time.sleep(0.5)
        assert len(heard) == 2 and len(mine) == 1
    finally:
        other.close()


def test_a_dropped_connection_listens_again(server_demo):
    """The server ends the listening connection (a restart, a dropped network): it connects again."""
    other = Workspace.open(server_demo.location)
    try:
        heard = _heard(other)
        assert _listening(other)
        with server_demo.engine.connect() as conn:
            ended = conn.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE 'LISTEN%%'").scalars().all()
        assert ended == [True]
        assert _wait(lambda: not other._stop_watching.__self__.listening.is_set(), 2.0)
        assert _listening(other, live.RETRY_S + 3)
        Services(server_demo).activities.update(JOOMLA, {"place": "Thakhek"})
        assert _wait(lambda: heard, 2.0)
    finally:
        other.close()


def _listening(ws: Workspace, seconds: float = 2.0) -> bool:
    listener = ws._stop_watching.__self__  # the Listener whose stop it is
    return listener.listening.wait(seconds)


def test_a_large_write_is_announced_by_its_kinds():
    long = {"txn": "t", "records": {"activity": ["*"]}, "fields": {"activity": ["*"]}}
    import json

    found = live.change_set(json.dumps(long))
    assert found.records == {"activity": frozenset({"*"})} and found.touches({"activity"})
    assert live.change_set("not json") is None and live.change_set('{"records": 1}') is None


def test_clients_of_one_server_stamp_in_the_order_they_commit(server_demo):
    """Two clients write as the server's one replica; a change stamped earlier may never commit after
    one stamped later (an exchange that had sent the later one would miss it)."""
    other = Workspace.open(server_demo.location)
    try:
        other.clock._wall = lambda: time.time_ns() // 1_000_000 - 60_000  # a computer a minute behind
        first = Services(server_demo).activities.update(JOOMLA, {"place": "One"})
        second = Services(other).activities.update(JOOMLA, {"place": "Two"})
        with server_demo.engine.connect() as conn:
            stamps = [row[0] for row in conn.exec_driver_sql(
                "SELECT hlc FROM change WHERE txn_id IN (%(a)s, %(b)s) ORDER BY seq",
                {"a": first.txn_id, "b": second.txn_id})]
        assert stamps == sorted(stamps) and len(stamps) == 2
    finally:
        other.close()


def test_writers_wait_for_the_clock_and_never_stamp_out_of_order(server_demo):
    """Four writers at once: the journal's stamps rise in commit order."""
    workspaces = [Workspace.open(server_demo.location) for _ in range(4)]
    try:
        def write(ws: Workspace, n: int) -> None:
            for i in range(5):
                Services(ws).activities.update(JOOMLA, {"notes": f"writer {n} edit {i}"})

        threads = [threading.Thread(target=write, args=(ws, n)) for n, ws in enumerate(workspaces)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with server_demo.engine.connect() as conn:
            stamps = [row[0] for row in conn.exec_driver_sql(
                "SELECT hlc FROM change WHERE field = 'notes' ORDER BY seq")]
        assert len(stamps) >= 20 and stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    finally:
        for ws in workspaces:
            ws.close()


def test_an_open_window_shows_what_another_coordinator_saved_without_f5(qtbot, make_window, server_demo):
    from tests.ui.conftest import show, ws_of

    window = make_window(server_demo.location)
    view = show(window.page.views["activities"])
    assert _listening(ws_of(window))
    Services(server_demo).activities.update(JOOMLA, {"place": "Savannakhet"})  # someone else, elsewhere

    def shown() -> bool:
        row = view.model.row_of(JOOMLA)
        return "Savannakhet" in [view.model.index(row, c).data() for c in range(view.model.columnCount())]

    qtbot.waitUntil(shown, timeout=2000)
    assert window.page.dashboard in window.page.stale  # the rest when next shown, as for one's own edits
