"""The one LIKE pattern of the app: a text found anywhere in a column, whatever it holds."""

from __future__ import annotations

ESCAPE = "\\"


def like_pattern(text: str) -> str:
    """``text`` anywhere, for LIKE/ILIKE with ``escape=ESCAPE``: its own %, _ and \\ match themselves."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
