"""A real PostgreSQL server for the tests, started by the test session in a folder of its own (no
service, no port: a Unix socket in that folder), and a fresh database for each test that asks.
Loaded by the root conftest, so that any suite can run against a server too (``server_copy``)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    if not found[-1]:
        raise RuntimeError(f"PostgreSQL's {name} is missing: install the postgresql package (scripts/setup.sh does)")
    return found[-1]


def _as_server_user(command: list[str]) -> list[str]:
    """initdb and the server refuse to run as root: there they run as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class ServerSwitch:
    """Stops and starts the test session's server (a restart, as a ministry's IT officer makes one)."""

    def __init__(self, socket: Path):
        self.data = socket.parent / "data"
        self.log = socket.parent / "log"
        self.options = f"-k {socket} -c listen_addresses='' -p 5432 -c fsync=off"

    def stop(self) -> None:
        subprocess.run(_as_server_user([_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]),
                       check=True, capture_output=True)

    def start(self) -> None:
        subprocess.run(_as_server_user([_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-o",
                                        self.options, "start"]), check=True, capture_output=True)


@contextmanager
def throwaway_server(port: int | None = None) -> Iterator[Path]:
    """A PostgreSQL server in a temporary folder, for as long as the block runs: its socket's folder
    (and, with ``port``, listening on 127.0.0.1 too: loopback, as the benchmarks measure it)."""
    folder = Path(tempfile.mkdtemp(prefix="mouplanner-postgres-"))  # (the server's user must reach it)
    data, socket = folder / "data", folder / "socket"
    socket.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(socket, "postgres")
    subprocess.run(_as_server_user([_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                                    "--locale=C.UTF-8"]), check=True, capture_output=True)
    # logins of the group "needs_password" give a password (as a ministry's server asks); the rest are trusted
    (data / "pg_hba.conf").write_text("local all +needs_password scram-sha-256\nlocal all all trust\n"
                                      "host all all 127.0.0.1/32 trust\n")
    switch = ServerSwitch(socket)
    if port is not None:
        switch.options = f"-k {socket} -c listen_addresses=127.0.0.1 -p {port}"  # (fsync on: real writes)
    switch.start()
    subprocess.run([_bin("psql"), "-h", str(socket), "-p", str(port or 5432), "-U", "postgres", "-c",
                    "CREATE ROLE needs_password NOLOGIN"], check=True, capture_output=True)
    for who in ("demo", "tester"):  # the demo's maker and the tests' user, as in a file (superusers: no rights)
        subprocess.run([_bin("psql"), "-h", str(socket), "-p", str(port or 5432), "-U", "postgres", "-c",
                        f"CREATE ROLE {who} LOGIN SUPERUSER"], check=True, capture_output=True)
    try:
        yield socket
    finally:
        subprocess.run(_as_server_user([_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    with throwaway_server() as socket:
        yield socket


@pytest.fixture
def server_switch(pg_server: Path):
    switch = ServerSwitch(pg_server)
    yield switch
    if subprocess.run(_as_server_user([_bin("pg_ctl"), "-D", str(switch.data), "status"]),
                      capture_output=True).returncode != 0:
        switch.start()  # the next test finds it running


@pytest.fixture
def pg_url(pg_server: Path) -> str:
    """The URL of a new, empty database on the test server."""
    name = f"ws_{uuid.uuid4().hex[:12]}"
    subprocess.run([_bin("createdb"), "-h", str(pg_server), "-U", "postgres", name], check=True, capture_output=True)
    return f"postgresql://postgres@/{name}?host={pg_server}"


@pytest.fixture
def server_demo(pg_url: str):
    """The demo workspace, built in a new database on the test server."""
    from mouplanner.demo import build_demo
    from tests.conftest import DEMO_DAY

    ws = build_demo(pg_url, today=DEMO_DAY)
    yield ws
    ws.close()


TEMPLATE = "demo_template"


@pytest.fixture(scope="session")
def server_demo_template(pg_server: Path) -> str:
    """The demo built once on the test server, in a database the copies are made from."""
    from mouplanner.demo import build_demo
    from tests.conftest import DEMO_DAY

    subprocess.run([_bin("createdb"), "-h", str(pg_server), "-U", "postgres", TEMPLATE], check=True,
                   capture_output=True)
    build_demo(f"postgresql://demo@/{TEMPLATE}?host={pg_server}", today=DEMO_DAY).close()
    return TEMPLATE


@pytest.fixture
def server_copy(pg_server: Path, server_demo_template: str) -> str:
    """The URL of a fresh copy of the demo on the server (as the server's superuser: the suites
    that run on both backends test the workspace, not rights; tests/postgres tests those)."""
    name = f"copy_{uuid.uuid4().hex[:12]}"
    subprocess.run([_bin("createdb"), "-h", str(pg_server), "-U", "postgres", "-T", server_demo_template, name],
                   check=True, capture_output=True)
    return f"postgresql://tester@/{name}?host={pg_server}"
