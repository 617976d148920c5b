#!/usr/bin/env python3
"""Renders every view, form, dialog and report page in English, Thai and Lao into PNG files:
  .venv/bin/python scripts/gallery.py [--out gallery] [--workspace big.mouplan] [--lang th] [--size 1366x768]
Open gallery/index.html and look at every picture before closing UI work."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mouplanner.ui.gallery import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
