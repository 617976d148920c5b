"""Where the app finds its shipped resources and keeps the user's files."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "mouplanner"
WORKSPACE_SUFFIX = ".mouplan"

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_server_url(location: object) -> bool:
    """A workspace on a PostgreSQL server (its URL), not a file's path."""
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)


def resource(*parts: str) -> Path:
    """A file shipped in the repository's ``resources/`` folder."""
    return RESOURCES.joinpath(*parts)


def user_data_dir() -> Path:
    """The per-user folder for the demo workspace, backups and the like."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_demo_path() -> Path:
    return user_data_dir() / f"demo{WORKSPACE_SUFFIX}"
