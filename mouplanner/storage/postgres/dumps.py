"""Backups of a server workspace with PostgreSQL's own tools: ``pg_dump`` writes a custom-format
file, ``pg_restore`` loads one into an empty database (the server's administrator schedules them;
the README says how)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage.backend import Backup
from mouplanner.storage.errors import BackupFailed, WorkspaceError
from mouplanner.storage.postgres.backend import without_password

SUFFIX = ".dump"


def tool(name: str) -> str:
    """pg_dump or pg_restore: on the PATH, or where Debian keeps the newest."""
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if not found:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "Errors", "{tool} is missing: install PostgreSQL's client programs (postgresql-client)"), tool=name)
    return found


def _run(command: list[str], url: URL) -> None:
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)  # (never on the command line, where others could read it)
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise BackupFailed(RuntimeError((lines[0] if lines else f"exit {done.returncode}").removeprefix(
            Path(command[0]).name + ": ")))


def _libpq(url: URL) -> str:
    """The address for libpq's tools, without the password (others can read a command line)."""
    return without_password(url.set(drivername="postgresql")).render_as_string(hide_password=False)


def dump(url: URL, target: Path) -> Path:
    """The whole workspace database, consistent as of one moment, while people keep working."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        # (row security on: every row is readable to readers, and pg_dump refuses to run otherwise)
        _run([tool("pg_dump"), "--format=custom", "--enable-row-security", f"--file={partial}",
              f"--dbname={_libpq(url)}"], url)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def load(url: URL, source: Path) -> None:
    """A dump into an empty database; ownership and grants are made for this database afterwards
    (group roles carry the database's name)."""
    if not source.is_file():
        raise WorkspaceError(QT_TRANSLATE_NOOP("Errors", "{path} does not exist"), path=str(source))
    _run([tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
          f"--dbname={_libpq(url)}", str(source)], url)


def folder(url: URL) -> Path:
    """Where ``mouplanner backup URL`` keeps dumps when given no file: the user's data folder."""
    import platformdirs

    host = str(url.query.get("host") or url.host or "local").strip("/").replace("/", "_")
    return Path(platformdirs.user_data_dir("mouplanner", appauthor=False)) / "server-backups" / \
        f"{host}-{url.port or 5432}-{url.database}"


def listed(url: URL) -> list[Backup]:
    where = folder(url)
    found = []
    for path in where.glob(f"*{SUFFIX}") if where.is_dir() else []:
        stem = path.stem.split("-")
        reason = stem[-1] if len(stem) >= 3 else "manual"
        found.append(Backup(path, datetime.fromtimestamp(path.stat().st_mtime), reason))
    return sorted(found, key=lambda b: b.created, reverse=True)


def name_for(url: URL, reason: str) -> Path:
    return folder(url) / f"{url.database}-{datetime.now():%Y%m%d%H%M%S}-{reason}{SUFFIX}"
