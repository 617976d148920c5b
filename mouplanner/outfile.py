"""Files the app writes for people (Excel, PDF, exchange files): written under a hidden temporary
name next to the target and renamed into place only when complete, so a failed or cancelled
export never leaves a half file under the real name; readable by others as any file the user
makes (the temporary file starts owner-only)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def written_in_place(target: Path | str) -> Iterator[Path]:
    """A temporary path to write; on success it becomes ``target``, on any error it is removed."""
    target = Path(target)
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
