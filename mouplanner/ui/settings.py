"""Per-user settings (QSettings): the last and recent workspaces (files and servers), window and table
layout. Never a password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    """INI files in the user's config folder (tests point QSettings.setPath elsewhere)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "mouplanner", "mouplanner")


def recent_workspaces() -> list[str]:
    value = settings().value("workspace/recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_workspace(path: Path | str) -> None:
    """A file by its full path; a server by its URL without the password (kept, if at all, by the
    system's keyring)."""
    s = settings()
    if isinstance(path, str):
        from mouplanner.facade.servers import without_password

        text = without_password(path)
    else:
        text = str(path.resolve())
    recent = [text] + [p for p in recent_workspaces() if p != text]
    s.setValue("workspace/recent", recent[:MAX_RECENT])
    s.setValue("workspace/last", text)


def forget_workspace(path: str) -> None:
    settings().setValue("workspace/recent", [p for p in recent_workspaces() if p != path])


def last_workspace() -> str | None:
    value = settings().value("workspace/last")
    return str(value) if value else None


def save_state(key: str, state: QByteArray) -> None:
    settings().setValue(f"layout/{key}", state)


def load_state(key: str) -> QByteArray | None:
    value = settings().value(f"layout/{key}")
    return value if isinstance(value, QByteArray) else None


def output_folder() -> Path:
    """Where the save dialogs start: the folder last written to, else the user's documents."""
    from PySide6.QtCore import QStandardPaths

    value = settings().value("files/output_folder")
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_output(path: Path) -> None:
    settings().setValue("files/output_folder", str(path.parent))


def suggested_file(*parts: str, suffix: str) -> str:
    """A file name to start from: the parts and today's date, in the output folder
    ("demo report 2026-12-01.xlsx"); characters no file system takes become "-"."""
    from datetime import date

    stem = " ".join(p for p in (*parts, date.today().isoformat()) if p)
    stem = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in stem).strip(" .")
    return str(output_folder() / f"{stem}{suffix}")
