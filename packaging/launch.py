"""The bundle's entry point: the same command as the installed `mouplanner` script.

On Windows the bundle has two programs over the same files: ``mouplanner.exe``, a windowed program
(what the Start menu and a double-clicked file start: no console window), and ``mouplanner-cli.exe``
for the commands in a console. A windowed program has no stdout or stderr; what the app would print
there goes nowhere instead of failing."""

import os
import sys
from pathlib import Path

from mouplanner.cli.main import main

if __name__ == "__main__":
    words = Path(getattr(sys, "_MEIPASS", "")) / "libthai"  # (Linux: Qt breaks Thai lines with libthai)
    if words.is_dir():
        os.environ.setdefault("LIBTHAI_DICTDIR", str(words))
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (for the process's life)
    raise SystemExit(main())
