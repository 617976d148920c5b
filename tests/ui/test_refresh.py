"""Writes that say what they changed: every committed write, whoever made it, reaches the views
as a ChangeSet, and a view refreshes only when the change touches the kinds it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from mouplanner.demo import demo_id
from mouplanner.services import Services
from mouplanner.services.plan_views import save_baseline
from tests.ui.conftest import click, settle, show, ws_of


@pytest.fixture
def counted(window, monkeypatch):
    """How often each view of the window refreshed."""
    page = window.page
    counts: dict[str, int] = {}
    views = {"dashboard": page.dashboard, "timeline": page.timeline, "calendar": page.calendar,
             "conflicts": page.conflicts, **{name: v for name, v in page.views.items()}}
    for name, view in views.items():
        real = view.refresh

        def counting(*args, _name=name, _real=real):
            counts[_name] = counts.get(_name, 0) + 1
            return _real(*args)

        monkeypatch.setattr(view, "refresh", counting)
    return counts


def shown_everything(page) -> None:
    """Every tab shown once (so none waits stale), then the dashboard again."""
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
    page.tabs.setCurrentWidget(page.dashboard)
    assert page.stale == set()


def test_an_edit_saved_in_a_form_refreshes_the_views_that_show_it(qtbot, window, counted):
    page = window.page
    shown_everything(page)
    view = show(page.views["activities"])
    view.select(demo_id("act-tr-joomla"))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    form = page.form
    form.findChild(QLineEdit, "place").setText("Pakse")
    counted.clear()
    click(qtbot, form.save_button)
    settle(qtbot)
    assert counted == {"activities": 1}  # in sight: at once; the others when next shown
    row = view.model.row_of(demo_id("act-tr-joomla"))
    assert "Pakse" in [view.model.index(row, c).data() for c in range(view.model.columnCount())]
    assert page.dashboard in page.stale and page.timeline in page.stale
    assert page.views["people"] not in page.stale and page.views["organisations"] not in page.stale
    show(page.views["people"])
    assert "people" not in counted  # nothing it shows changed: not even when it is shown
    show(page.dashboard)
    assert counted.get("dashboard") == 1


def test_writes_made_outside_a_form_refresh_too(qtbot, window, counted):
    """A baseline (kept out of the journal), an edit made by a service, undo: each is reported."""
    page = window.page
    shown_everything(page)
    show(page.timeline)
    counted.clear()
    save_baseline(ws_of(window), "Before the JWG")
    settle(qtbot)
    assert counted == {"timeline": 1} and page.dashboard not in page.stale
    window.document.facade.records.people.update(demo_id("siriporn"), {"position": "Director"})
    settle(qtbot)
    assert counted == {"timeline": 1}  # a person is not on the timeline
    assert page.views["people"] in page.stale and page.views["activities"] in page.stale


def test_a_read_refuses_writes(demo_ws):
    from mouplanner.domain import Activity

    with pytest.raises(RuntimeError, match="write inside Workspace.read"), demo_ws.read() as s:
        s.get(Activity, demo_id("act-tr-joomla")).place = "Pakse"
        s.flush()
    from sqlalchemy import update

    with pytest.raises(RuntimeError, match="write inside Workspace.read"), demo_ws.read() as s:
        s.execute(update(Activity).values(place="Pakse"))
    assert Services(demo_ws).activities.get(demo_id("act-tr-joomla")).place != "Pakse"


def test_the_navigator_reloads_only_for_what_moves_its_counts(qtbot, window, monkeypatch):
    """An activity's place is not in the tree; its workstream is (the tree counts activities)."""
    navigator, reloads = window.page.navigator, []
    real = navigator.reload
    monkeypatch.setattr(navigator, "reload", lambda *a: (reloads.append(1), real(*a)))
    services = window.document.facade.records
    services.activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    settle(qtbot)
    assert reloads == []
    other = services.activities.get(demo_id("act-signing")).workstream_id
    services.activities.update(demo_id("act-tr-joomla"), {"workstream_id": other})
    settle(qtbot)
    assert reloads == [1]


def test_closing_the_workspace_stops_the_long_work_that_reads_it(qtbot, window):
    """An import or export still running when the workspace closes is cancelled and waited for: its
    thread never reads a closed workspace, and is never destroyed while it runs."""
    import threading
    import time

    from mouplanner.excel.errors import Cancelled
    from mouplanner.ui.tasks import run_with_progress

    started, reads, results = threading.Event(), [], []
    ws = ws_of(window)

    def work(progress):
        started.set()
        while progress(1, 2):
            reads.append(Services(ws).activities.get(demo_id("act-tr-joomla")).place)
            time.sleep(0.01)
        raise Cancelled()

    task = run_with_progress(window, "Working…", work, results.append, results.append, window.document.background)
    assert started.wait(5)
    window.close_workspace()
    assert task.cancelled and task._future is not None and task._future.done()  # waited for
    settle(qtbot)
    assert window.document is None and reads and len(results) == 1 and isinstance(results[0], Cancelled)


def test_work_that_never_started_ends_cancelled_when_the_workspace_closes(qtbot, window):
    """One runner for all the work of a workspace: long work queued behind busy workers, never started
    when the workspace closes, still ends (Cancelled) and its progress dialog goes away."""
    import threading
    import time

    from PySide6.QtWidgets import QProgressDialog

    from mouplanner.excel.errors import Cancelled
    from mouplanner.ui.background import WORKERS
    from mouplanner.ui.tasks import run_with_progress

    started, results = threading.Semaphore(0), []

    def work(progress):
        started.release()
        while progress(1, 2):
            time.sleep(0.01)
        raise Cancelled()

    tasks = [run_with_progress(window, "Working…", work, results.append, results.append, window.document.background)
             for _ in range(WORKERS + 1)]
    for _ in range(WORKERS):
        assert started.acquire(timeout=5)
    qtbot.wait(400)  # the dialogs come up (after 300 ms) as they would for a person
    window.close_workspace()
    settle(qtbot)
    assert len(results) == WORKERS + 1 and all(isinstance(r, Cancelled) for r in results)
    assert not any(t.running for t in tasks)
    qtbot.waitUntil(lambda: not [d for d in window.findChildren(QProgressDialog) if d.isVisible()])


def test_figures_counted_ahead_are_not_shown_after_a_change(qtbot, window):
    """The page counts the first dashboard's figures beside building the tree; figures counted before
    a change are never the ones shown after it."""
    from mouplanner.domain import Activity
    from mouplanner.services.scope import Scope

    dashboard = window.page.dashboard
    before = dashboard.data.activities_by_status.get("cancelled", 0)
    show(window.page.views["activities"])  # the dashboard out of sight: the change only marks it stale
    dashboard.count_ahead(Scope())
    dashboard._ahead[2].result()  # counted before the change
    window.document.save("cancel", Activity, demo_id("act-tr-joomla"), {"status": "cancelled"})
    dashboard.set_scope(Scope())
    dashboard.refresh()
    assert dashboard.data.activities_by_status.get("cancelled", 0) == before + 1
