"""One writer per workspace. The app holds an OS file lock (NAME.mouplan.lock) while a workspace is
open for writing; a second instance is told who has it and may open the file read-only. The OS
releases the lock when the holder dies, so a lock left by a crashed app is simply taken over."""

from __future__ import annotations

import json
import os
import socket
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage.errors import WorkspaceError


class WorkspaceLocked(WorkspaceError):
    pass


class WriterLock:
    def __init__(self, workspace: Path):
        self.workspace = workspace
        self.owner_file = workspace.with_name(workspace.name + ".owner")
        self._lock = FileLock(str(workspace.with_name(workspace.name + ".lock")), timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            owner = self.owner()
            who, host = str(owner.get("user") or ""), str(owner.get("host") or "")
            if who and host:
                raise WorkspaceLocked(QT_TRANSLATE_NOOP(
                    "Errors", "{name} is already open for editing (by {who} on {host}); you can open it read-only"),
                    name=self.workspace.name, who=who, host=host) from None
            raise WorkspaceLocked(QT_TRANSLATE_NOOP(
                "Errors", "{name} is already open for editing in another window or on another computer; you can "
                          "open it read-only"), name=self.workspace.name) from None
        except OSError:
            return  # a file system without locks (some network shares): nothing to hold
        with suppress(OSError):  # who holds it is a courtesy to the next one: never a reason to fail
            self.owner_file.write_text(json.dumps({
                "user": user_name(), "host": socket.gethostname(),
                "pid": os.getpid(), "since": datetime.now(UTC).isoformat()}), encoding="utf-8")

    def owner(self) -> dict[str, str]:
        try:
            return json.loads(self.owner_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def release(self) -> None:
        if self._lock.is_locked:
            self.owner_file.unlink(missing_ok=True)
            self._lock.release(force=True)


def user_name() -> str:
    """Who is using this computer, as the system knows them ("" when it does not say)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down machines
        return os.environ.get("USER") or os.environ.get("USERNAME") or ""
