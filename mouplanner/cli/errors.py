"""The CLI's last word on an error it did not expect: one line and exit 2, never a traceback (the
traceback goes to the user's log folder, for a bug report)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from mouplanner import __version__

UNUSABLE = 2


class UsageError(Exception):
    """Bad input given on the command line: exit 2 with the message."""


def output_file(text: str, suffixes: tuple[str, ...] = (), kind: str = "") -> Path:
    """The file a command is to write: in a folder that exists and, where ``suffixes`` are given,
    named with one of them ("a calendar file is written as .ics")."""
    out = Path(text)
    if suffixes and out.suffix.lower() not in suffixes:
        raise UsageError(f"{out.name}: {kind}; name the file so")
    if not out.parent.is_dir():
        raise UsageError(f"folder {out.parent} does not exist")
    return out


@contextmanager
def writing(out: Path) -> Iterator[None]:
    """The file a command writes, a refusal to write it said in one line (exit 2)."""
    try:
        yield
    except OSError as exc:
        raise UsageError(f"{out} could not be written: {exc.strerror or exc}") from None


def unexpected(exc: Exception, args: argparse.Namespace | None) -> int:
    from mouplanner.storage.errors import from_database_error

    name = _name(getattr(args, "workspace", "") or "")
    known = from_database_error(exc, name)
    if known is not None:
        print(f"mouplanner: {known}", file=sys.stderr)
        return UNUSABLE
    damage = _damage(getattr(args, "workspace", None))
    if damage:  # a read tripped on damage: said as ``mouplanner check`` says it, not as a crash
        from mouplanner.locale.marks import QT_TRANSLATE_NOOP
        from mouplanner.storage.errors import CorruptWorkspace

        print("mouplanner: " + str(CorruptWorkspace(QT_TRANSLATE_NOOP(
            "Errors", "{name} cannot be read: it is damaged ({reason}); restore its latest backup with mouplanner "
                      "restore"), name=name, reason=damage)), file=sys.stderr)
        return UNUSABLE
    if isinstance(exc, OSError):
        print(f"mouplanner: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""), file=sys.stderr)
        return UNUSABLE
    log = _log_traceback(exc)
    print(f"mouplanner: unexpected error ({type(exc).__name__}: {str(exc)[:200]})"
          + (f"; details in {log}" if log else ""), file=sys.stderr)
    return UNUSABLE


def _name(workspace: str) -> str:
    from mouplanner.storage.backend import backend_for

    return backend_for(workspace).name if workspace else "the workspace"


def _damage(workspace: str | None) -> str | None:
    """What ``mouplanner check`` finds wrong with the file's structure and content, in one line."""
    from mouplanner.storage.backend import backend_for

    if not workspace or not Path(workspace).is_file():
        return None
    try:
        found = backend_for(workspace).integrity_problems(full=True)
    except Exception:  # noqa: BLE001 - the check itself failing says nothing more
        return None
    return " ".join("; ".join(found[:2]).split())[:200] if found else None


def _log_traceback(exc: Exception) -> Path | None:
    import traceback

    import platformdirs

    try:
        folder = Path(platformdirs.user_log_dir("mouplanner", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "errors.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {date.today().isoformat()} mouplanner {__version__}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return log
    except OSError:
        return None
