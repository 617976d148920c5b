"""Schema creation and upgrades with Alembic, run on the workspace's own connection.

Before upgrading an existing workspace a backup copy is written next to it. A workspace
whose schema is newer than this app knows is refused with a clear message.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage.backend import Backend
from mouplanner.storage.errors import CorruptWorkspace, NewerWorkspace, WorkspaceError, from_database_error

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Schema comparison leaves out what a backend makes by hand (the search indexes) and the
    server's own table of rights (no model: only the server's row-level security reads it)."""
    from mouplanner.storage.postgres.search import INDEX
    from mouplanner.storage.sqlite.search import is_search_table

    if type_ == "index":
        return name != INDEX
    return not (type_ == "table" and name and (is_search_table(name) or name == "workspace_right"))


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(backend: Backend) -> str | None:
    if backend.create_refusal() is None:  # nothing there yet
        return None
    engine = backend.make_engine(read_only=True)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def _refuse_unknown(backend: Backend, script: ScriptDirectory, revision: str | None) -> None:
    """NewerWorkspace for a revision this app does not know (a newer app wrote it)."""
    if revision is not None:
        try:
            script.get_revision(revision)
        except Exception:  # alembic raises several kinds for an unknown revision
            raise NewerWorkspace(QT_TRANSLATE_NOOP(
                "Errors", "{name} was saved by a newer version of mouplanner (schema {schema}); update mouplanner to "
                          "open it"), name=backend.name, schema=revision) from None


def upgrade(backend: Backend, *, backup: bool = True) -> Path | None:
    """Bring the workspace to the newest schema. Returns the backup written, if any.

    Foreign keys are off while migrations run (batch mode rebuilds tables) and checked
    afterwards, as SQLite's documentation asks.
    """
    revision = current_revision(backend)
    script = ScriptDirectory.from_config(alembic_config())
    _refuse_unknown(backend, script, revision)
    if revision == script.get_current_head():
        return None
    copy = backend.backup("before-migration") if backup and revision is not None and backend.keeps_backups else None
    engine = backend.make_engine(foreign_keys=False)
    try:
        with engine.begin() as conn:
            backend.before_upgrade(conn)
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            backend.after_upgrade(conn)
            broken = backend.foreign_key_problems(conn)
            if broken:
                raise RuntimeError(f"migration left {len(broken)} broken links")
    except Exception as exc:  # one transaction: the file is as it was, and so its own backup
        if copy is not None:
            copy.unlink(missing_ok=True)
        known = exc if isinstance(exc, WorkspaceError) else from_database_error(exc, backend.name)
        if known is not None and not isinstance(known, CorruptWorkspace):
            raise known from None  # a full disk, a read-only medium
        raise CorruptWorkspace(QT_TRANSLATE_NOOP(
            "Errors", "{name} cannot be brought up to date: its tables do not match its schema version {schema} "
                      "({reason}); nothing was changed"), name=backend.name, schema=revision or "none",
            reason=str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]) from None
    finally:
        engine.dispose()
    return copy
