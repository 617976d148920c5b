"""``mouplanner desktop install|remove``: mouplanner as a desktop citizen on Linux, for the person
who runs it (no administrator): a menu entry with its icon, and .mouplan workspaces and .mousync
exchange files that open in mouplanner on a double click (a received exchange file opens the
receive dialog). Written under the user's data folder ($XDG_DATA_HOME, else ~/.local/share)."""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from mouplanner.cli.errors import UsageError
from mouplanner.paths import resource

OK = 0


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def places(root: Path) -> dict[str, Path]:
    return {"entry": root / "applications" / "mouplanner.desktop",
            "mime": root / "mime" / "packages" / "mouplanner.xml",
            "icon": root / "icons" / "hicolor" / "scalable" / "apps" / "mouplanner.svg"}


def command() -> str:
    """How the desktop starts mouplanner: the installed script beside this Python, else the module."""
    script = Path(sys.executable).with_name("mouplanner")
    return shlex.quote(str(script)) if script.exists() else f"{shlex.quote(sys.executable)} -m mouplanner"


def install(root: Path) -> list[Path]:
    where = places(root)
    for path in where.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    entry = resource("desktop", "mouplanner.desktop").read_text(encoding="utf-8")
    where["entry"].write_text(entry.replace("@EXEC@", command()), encoding="utf-8")
    shutil.copyfile(resource("desktop", "mouplanner-mime.xml"), where["mime"])
    shutil.copyfile(resource("icons", "app.svg"), where["icon"])
    for tool, folder in (("update-mime-database", root / "mime"), ("update-desktop-database", root / "applications")):
        if shutil.which(tool):  # the desktop's caches; without them a log-out and in does it
            subprocess.run([tool, str(folder)], capture_output=True, check=False)
    return list(where.values())


def remove(root: Path) -> list[Path]:
    gone = [p for p in places(root).values() if p.exists()]
    for path in gone:
        path.unlink()
    if shutil.which("update-mime-database") and (root / "mime").is_dir():
        subprocess.run(["update-mime-database", str(root / "mime")], capture_output=True, check=False)
    return gone


def cmd_desktop(args: argparse.Namespace) -> int:
    if not sys.platform.startswith("linux"):
        raise UsageError("the desktop entry is for Linux; on Windows the installer makes the Start-menu entry "
                         "and the file associations")
    root = data_home()
    if args.action == "install":
        for path in install(root):
            print(f"written {path}")
    else:
        for path in remove(root):
            print(f"removed {path}")
    return OK


def desktop_parser() -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]:
    parser = argparse.ArgumentParser(
        prog="mouplanner desktop",
        description="Add mouplanner to the desktop's menu, with .mouplan and .mousync files opening in it "
                    "(install), or take it off again (remove). For the current user; no administrator needed.")
    parser.add_argument("action", choices=("install", "remove"))
    return parser, cmd_desktop
