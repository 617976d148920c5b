"""The app's icon set (``resources/icons/*.svg``)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from mouplanner.paths import resource


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))
