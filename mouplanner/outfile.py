"""Files the app writes for people (Excel, PDF, exchange files): written under a hidden temporary
name next to the target and renamed into place only when complete, so a failed or cancelled
export never leaves a half file under the real name; readable by others as any file the user
makes (the temporary file starts owner-only)."""

from __future__ import annotations

import errno
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STALE_AFTER_S = 15 * 60  # a part older than this belongs to no running export (a large one takes 1-2 minutes)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def written_in_place(target: Path | str) -> Iterator[Path]:
    """A temporary path to write; on success it becomes ``target``, on any error it is removed.
    A workspace (or any SQLite database) is never written over by an export."""
    target = Path(target)
    if _is_database(target):
        raise FileExistsError(errno.EEXIST, "a mouplanner workspace is there, not to be written over by an "
                              "export; choose another name", str(target))
    _remove_stale_parts(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())  # the permissions a file saved by hand would have
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _is_database(target: Path) -> bool:
    try:
        with open(target, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:  # missing, a folder, unreadable: the write itself says what is wrong
        return False


def _remove_stale_parts(target: Path) -> None:
    """Hidden half files an export killed on its way (power cut, kill -9) left next to ``target``."""
    now = time.time()
    for part in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        try:
            if now - part.stat().st_mtime > STALE_AFTER_S:
                part.unlink()
        except OSError:
            pass  # gone meanwhile, or not ours to remove
