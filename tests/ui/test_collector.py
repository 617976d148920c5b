"""Cycles are collected on the UI thread only: a cycle made and dropped in a worker thread (as a
background read leaves one) is freed by the UI thread's timer, never by the worker, where a closed
window's widgets freed the same way crashed Qt."""

from __future__ import annotations

import gc
import threading

from mouplanner.ui.collector import INTERVAL_MS


class _Cycle:
    def __init__(self, freed_in: list[str]):
        self.me, self.freed_in = self, freed_in

    def __del__(self) -> None:
        self.freed_in.append(threading.current_thread().name)


def test_a_cycle_dropped_in_a_worker_is_freed_on_the_ui_thread(qtbot):
    assert not gc.isenabled()  # (the app's collector, installed for every UI test as make_app does)
    freed_in: list[str] = []
    kept: list[list[int]] = []

    def work() -> None:
        _Cycle(freed_in)  # dropped at once: only a collection frees it
        kept.extend([i] for i in range(5 * gc.get_threshold()[0]))  # a collection due, were it automatic

    worker = threading.Thread(target=work, name="mouplanner-work-test")
    worker.start()
    worker.join()
    assert freed_in == []  # the worker did not collect
    qtbot.waitUntil(lambda: bool(freed_in), timeout=3 * INTERVAL_MS)
    assert freed_in == [threading.main_thread().name]
