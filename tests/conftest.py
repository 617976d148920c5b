"""Shared fixtures. Qt runs offscreen; every test gets its own workspace files."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No keyring unless a test gives one (tests/postgres/test_connect_ui.py: a file of its own), whatever
# this machine has: the tests never read or write the user's passwords.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from mouplanner.demo import build_demo  # noqa: E402
from mouplanner.storage import Workspace  # noqa: E402
from mouplanner.storage.sqlite import backup_file  # noqa: E402

pytest_plugins = ["tests.server"]  # a real PostgreSQL server, for the suites that run on both backends

# The demo's relative dates are computed from this day, so figures in tests are fixed.
DEMO_DAY = date(2026, 11, 21)
DEMO_SHEET_ROWS = 145  # the demo's rows on the data workbook's sheets (records of every kind with a sheet)


@pytest.fixture(autouse=True)
def collected_between_tests():
    """Once a Qt test turned Python's automatic collection off (the app collects on its UI thread,
    ``ui/collector.py``), tests without an event loop collect what is due as they end."""
    yield
    import gc

    if not gc.isenabled():
        from mouplanner.ui.collector import collect_if_due

        collect_if_due()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.mouplan"
    build_demo(path, today=DEMO_DAY).close()
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace for one test."""
    target = tmp_path / "demo.mouplan"
    backup_file(demo_master, target)
    return target


@pytest.fixture
def demo_ws(demo_path: Path):
    ws = Workspace.open(demo_path, actor="tester")
    yield ws
    ws.close()


@pytest.fixture
def demo_file_ws(demo_path: Path):
    """The demo workspace in a file, where a suite on both backends tests what only SQLite does."""
    ws = Workspace.open(demo_path, actor="tester")
    yield ws
    ws.close()


@pytest.fixture(params=["file", "server"])
def demo_on_both(request: pytest.FixtureRequest, demo_path: Path):
    """The demo workspace in a file, then on a PostgreSQL server: a suite whose ``demo_ws`` is this
    one (its conftest says so) runs each of its tests on both backends."""
    location = str(demo_path) if request.param == "file" else request.getfixturevalue("server_copy")
    # (on the server the changes' author is the login: "tester", as in a file; the demo was made by "demo")
    ws = Workspace.open(location, actor="tester")
    yield ws
    ws.close()


@pytest.fixture
def ws(tmp_path: Path):
    ws = Workspace.create(tmp_path / "test.mouplan", replica_name="Test laptop", actor="tester")
    yield ws
    ws.close()

