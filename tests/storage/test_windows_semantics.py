"""A coordinator's files where Windows puts them: folders and names in Thai and Lao with spaces
(``C:\\Users\\สมชาย\\Documents\\ແຜນ ງານ``), and Windows's own rules where they differ from Linux's.

Run here on Linux; what only Windows can show is said in the README ("Install": what was run where).
- The commands take, write and report such paths: demo, summary, backup, restore, export, a
  laptop's copy and a change file, one after the other as a desk officer would, their output
  captured in the ANSI code page as on Windows.
- The writer lock names its holder in Thai.
- Windows locks bytes at 1 GiB in an open SQLite file (SQLite's lock byte range); another process's
  plain read of a workspace larger than that fails. The backup then copies through SQLite's own
  backup interface. The refusal is made here as Windows makes it (PermissionError 13 on the read).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mouplanner.services import Services
from mouplanner.storage import Workspace
from mouplanner.storage.lock import WorkspaceLocked
from mouplanner.storage.sqlite import copies

FOLDER = "ແຜນງານ ຮ່ວມມື ไทย ลาว"
NAME = "แผน ความร่วมมือ 2561.mouplan"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """A command with its output to a pipe in the ANSI code page, as Windows gives a program whose
    output is captured or redirected (1252: no Thai, no Lao); mouplanner writes UTF-8 there."""
    return subprocess.run([sys.executable, "-m", "mouplanner", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=300, check=False, env={**os.environ, "PYTHONIOENCODING": "cp1252"})


def test_a_desk_officers_day_in_a_thai_and_lao_folder_with_spaces(tmp_path):
    folder = tmp_path / FOLDER / "งาน ปี 2569"
    folder.mkdir(parents=True)
    ws = folder / NAME
    assert run("demo", ws).returncode == 0
    summary = run("summary", ws)
    assert summary.returncode == 0 and "MOU" in summary.stdout, summary.stderr

    backed = run("backup", ws)
    assert backed.returncode == 0, backed.stderr
    listed = run("backup", "--list", ws)
    assert listed.returncode == 0 and FOLDER in listed.stdout and listed.stdout.count(".mouplan") >= 1, listed.stdout

    book = folder / "รายงาน ປະຈຳປີ.xlsx"
    exported = run("export", ws, book)
    assert exported.returncode == 0 and book.stat().st_size > 10_000, exported.stderr

    laptop = folder / "ເຄື່ອງ ລາວ.mouplan"
    assert run("exchange", "clone", ws, laptop, "--name", "ແລັບທັອບ MPTC").returncode == 0
    with Workspace.open(laptop, actor="ທ້າວ ຄຳລາ") as copy:
        services = Services(copy)
        first = services.activities.list()[0]
        services.activities.update(first.id, {"place": "ວຽງຈັນ ນະຄອນຫຼວງ"})
    changes = folder / "ການປ່ຽນແປງ ລາວ.mousync"
    sent = run("exchange", "send", laptop, changes)
    assert sent.returncode == 0 and changes.exists(), sent.stderr
    received = run("exchange", "receive", ws, changes)
    assert received.returncode == 0, received.stderr
    with Workspace.open(ws, read_only=True) as again:
        assert Services(again).activities.get(first.id).place == "ວຽງຈັນ ນະຄອນຫຼວງ"

    restored = run("restore", ws)
    assert restored.returncode == 0 and FOLDER in restored.stdout + restored.stderr, restored.stderr
    with Workspace.open(ws, read_only=True) as back:
        assert Services(back).activities.get(first.id).place != "ວຽງຈັນ ນະຄອນຫຼວງ"  # as at the backup


def test_the_writer_lock_names_its_holder_in_thai(tmp_path, monkeypatch):
    monkeypatch.setenv("USER", "สมชาย ใจดี")
    monkeypatch.setenv("LOGNAME", "สมชาย ใจดี")
    path = tmp_path / FOLDER / NAME
    path.parent.mkdir()
    with Workspace.create(path):
        with pytest.raises(WorkspaceLocked) as refused:
            Workspace.open(path)
        assert "สมชาย ใจดี" in str(refused.value) and NAME in str(refused.value)
        with Workspace.open(path, read_only=True) as reader:
            assert reader.read_only


def test_a_backup_when_windows_refuses_to_read_the_locked_bytes(demo_file_ws, tmp_path, monkeypatch):
    """Windows refuses another handle's read of the bytes SQLite locks at 1 GiB; the copy then
    goes through SQLite's backup interface and is as sound and complete as a plain copy."""
    real_copy = shutil.copyfile
    refused: list[Path] = []

    def windows_copyfile(source, target, *args, **kwargs):
        if Path(source) == demo_file_ws.backend.path:
            refused.append(Path(source))
            raise PermissionError(13, "The process cannot access the file because another process has locked "
                                      "a portion of the file", str(source))
        return real_copy(source, target, *args, **kwargs)

    monkeypatch.setattr(copies.shutil, "copyfile", windows_copyfile)
    target = tmp_path / FOLDER / "สำเนา ก่อน ประชุม.mouplan"
    target.parent.mkdir()
    copies.backup_file(demo_file_ws.backend.path, target)
    assert refused, "the plain copy was not tried"
    assert not Path(str(target) + ".part").exists()
    with Workspace.open(target, read_only=True) as copy:
        theirs = sorted(a.id for a in Services(copy).activities.list())
    assert theirs == sorted(a.id for a in Services(demo_file_ws).activities.list())


def test_sqlite_is_given_windows_paths_as_it_documents_them():
    """A drive letter as file:///C:/..., a share with an empty authority (SQLite refuses a host),
    Thai, Lao and spaces percent-encoded: SQLite decodes them back to the path's UTF-8."""
    from pathlib import PureWindowsPath

    from mouplanner.storage.sqlite.files import uri_of

    laptop = uri_of(PureWindowsPath(r"C:\Users\สมชาย\ແຜນ ງານ\แผน 2561.mouplan"))
    assert laptop.startswith("file:///C:/Users/%E0%B8%AA") and laptop.endswith("/%E0%B9%81%E0%B8%9C%E0%B8%99%202561.mouplan")
    share = uri_of(PureWindowsPath(r"\\ministry-nas\ກົມ ຮ່ວມມື\mou.mouplan"))
    assert share.startswith("file:////ministry-nas/") and "%20" in share and " " not in share
