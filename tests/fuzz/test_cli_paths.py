"""Fuzzing the command line's paths: every command that takes a file is given a folder, a missing
folder, a file where a folder should be, an empty name, a name in Thai and Lao, a file it cannot
read, the workspace itself. Each answers 0, 1 or 2 with at most one line on stderr, never a
traceback, and a refusal leaves the workspace as it was."""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mouplanner.cli.main import main

KINDS = ["folder", "missing folder", "file as folder", "empty", "thai and lao", "unreadable", "the workspace",
         "backups path is a file", "plain"]
COMMANDS = {  # where the path goes, for each command: output or input
    "export": lambda ws, p: ["export", ws, p, "--data"],
    "report": lambda ws, p: ["report", ws, p],
    "template": lambda ws, p: ["template", p],
    "import": lambda ws, p: ["import", ws, p, "--apply"],
    "receive": lambda ws, p: ["exchange", "receive", ws, p],
    "send": lambda ws, p: ["exchange", "send", ws, p],
    "clone": lambda ws, p: ["exchange", "clone", ws, p, "--name", "Other"],
    "restore": lambda ws, p: ["restore", ws, p],
    "summary": lambda ws, p: ["summary", p],
    "check": lambda ws, p: ["check", p],
    "backup": lambda ws, p: ["backup", ws],
}
SUFFIX = {"export": ".xlsx", "report": ".pdf", "template": ".xlsx", "import": ".xlsx", "receive": ".mousync",
          "send": ".mousync", "clone": ".mouplan", "restore": ".mouplan", "summary": ".mouplan",
          "check": ".mouplan", "backup": ""}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from mouplanner.demo import build_demo
    from tests.conftest import DEMO_DAY

    path = tmp_path_factory.mktemp("paths") / "demo.mouplan"
    build_demo(path, today=DEMO_DAY).close()
    return path


def given_path(kind: str, folder, command: str, ws) -> str:
    suffix = SUFFIX[command]
    if kind == "folder":
        (folder / f"a folder{suffix}").mkdir()
        return str(folder / f"a folder{suffix}")
    if kind == "missing folder":
        return str(folder / "nowhere" / f"out{suffix}")
    if kind == "file as folder":
        (folder / "note.txt").write_text("a file")
        return str(folder / "note.txt" / f"out{suffix}")
    if kind == "empty":
        return ""
    if kind == "thai and lao":
        return str(folder / f"แผนงาน ແຜນງານ{suffix}")
    if kind == "unreadable":
        (folder / f"locked{suffix}").write_bytes(b"PK\x03\x04 not really")
        os.chmod(folder / f"locked{suffix}", 0)
        return str(folder / f"locked{suffix}")
    if kind == "the workspace":
        return str(ws)
    if kind == "backups path is a file":
        ws.with_name(ws.name + ".backups").write_text("not a folder")
        return str(folder / f"out{suffix}")
    return str(folder / f"out{suffix}")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(KINDS), command=st.sampled_from(sorted(COMMANDS)))
def test_any_path_given_to_any_command_is_one_clear_line(demo, tmp_path_factory, capsys, kind, command):
    folder = tmp_path_factory.mktemp("p")
    ws = folder / "w.mouplan"
    shutil.copyfile(demo, ws)
    path = given_path(kind, folder, command, ws)
    before = hashlib.sha256(ws.read_bytes()).hexdigest()
    try:
        code = main(COMMANDS[command](str(ws), path))
    except SystemExit as exc:  # argparse's own usage error: exit 2 and its usage line
        code = exc.code
    out, err = capsys.readouterr()
    event(f"{command} given {kind}: exit {code}")
    assert code in (0, 1, 2), code
    assert "Traceback" not in err and "unexpected error" not in err, err
    lines = [line for line in err.splitlines() if not line.startswith("usage:") and line.strip()]
    assert len(lines) <= 1, err
    if code == 2:
        assert lines and lines[0].startswith("mouplanner"), err
    if code != 0 or command not in ("restore", "import", "clone", "send"):  # (what may change it, when it works)
        assert ws.exists() and hashlib.sha256(ws.read_bytes()).hexdigest() == before, "the workspace changed"
    if kind == "the workspace" and command in ("export", "report", "send", "template", "clone"):
        assert code == 2, "an export written over the workspace"
    for p in folder.rglob("*"):
        assert not p.name.endswith(".part"), p  # nothing half-written left behind
        if p.name.startswith("locked"):
            os.chmod(p, 0o600)
