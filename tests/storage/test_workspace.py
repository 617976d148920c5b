import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, text
from sqlalchemy.schema import CreateIndex

from mouplanner.domain import Base, Organisation
from mouplanner.storage import (
    CorruptWorkspace,
    NewerWorkspace,
    NotAWorkspace,
    Workspace,
    WorkspaceExists,
    WorkspaceNotFound,
    migrate,
    sqlite,
)
from mouplanner.storage.backend import backend_for
from mouplanner.storage.migrate import include_name


def test_create_then_open_keeps_identity(tmp_path):
    path = tmp_path / "a.mouplan"
    ws = Workspace.create(path, replica_name="MDES laptop")
    ids = (ws.workspace_id, ws.replica_id)
    ws.close()
    with Workspace.open(path) as again:
        assert (again.workspace_id, again.replica_id) == ids
        assert again.replica_name == "MDES laptop"


def test_connection_settings(ws):
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_network_share_uses_rollback_journal(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite.files, "is_network_share", lambda path: True)
    with Workspace.create(tmp_path / "share.mouplan") as ws:
        assert ws.network_share
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"


def test_filesystem_type_reads_mounts():
    assert sqlite.files.filesystem_type(Path("/")) != ""
    assert not sqlite.is_network_share(Path("/tmp"))


def test_foreign_keys_are_enforced(ws):
    with pytest.raises(Exception, match="FOREIGN KEY"), ws.transaction() as s:
        s.execute(text("INSERT INTO person (id, version, created_at, updated_at, changed_by, changed_on, "
                       "organisation_id, name_en, name_th, name_lo, position, email, phone, sex, notes) "
                       "VALUES ('p', 1, '2020-01-01', '2020-01-01', '', '', 'missing', '', '', '', '', '', '',"
                       " 'male', '')"))


EXPRESSION_INDEXES = {ix.name for t in Base.metadata.sorted_tables for ix in t.indexes
                      if any(not isinstance(e, Column) for e in ix.expressions)}


def test_migrations_from_an_empty_file_match_the_models(ws):
    """Alembic compares tables, columns, plain indexes and keys; the expression indexes it cannot
    reflect (the lists' sort keys) are compared below, as the DDL the models would emit."""
    assert migrate.current_revision(ws.backend) == migrate.head_revision()
    assert len(EXPRESSION_INDEXES) >= 4

    def not_an_expression_index(obj, name, type_, reflected, compare_to):
        return not (type_ == "index" and name in EXPRESSION_INDEXES)

    with ws.engine.connect() as conn, warnings.catch_warnings():
        for said in ("Skipped unsupported reflection of expression-based index",  # (compared below)
                     "autogenerate skipping metadata-specified expression-based index"):
            warnings.filterwarnings("ignore", said)
        context = MigrationContext.configure(conn, opts={"include_name": include_name,
                                                         "include_object": not_an_expression_index})
        diff = compare_metadata(context, Base.metadata)
        stored = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all())
    assert diff == []
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            if index.name in EXPRESSION_INDEXES:
                wanted = str(CreateIndex(index).compile(dialect=ws.engine.dialect))
                assert " ".join((stored.get(index.name) or "").split()) == " ".join(wanted.split()), index.name


def test_older_schema_is_upgraded_after_a_backup(tmp_path):
    path = tmp_path / "old.mouplan"
    ws = Workspace.create(path)
    with ws.transaction() as s:
        s.add(Organisation(name_en="MDES"))
    ws.close()
    engine = sqlite.make_engine(path, foreign_keys=False)
    with engine.begin() as conn:  # take the file back to the first schema
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    engine.dispose()
    assert migrate.current_revision(backend_for(path)) == "0001"
    with Workspace.open(path) as again:
        assert migrate.current_revision(backend_for(path)) == migrate.head_revision()
        assert [o.name_en for o in __import__("mouplanner.services", fromlist=["Services"])
                .Services(again).organisations.list()] == ["MDES"]
    backups = list((tmp_path / "old.mouplan.backups").glob("old.*.before-migration.mouplan"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT name_en FROM organisation").fetchall() == [("MDES",)]
    con.close()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.mouplan"
    Workspace.create(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    with pytest.raises(NewerWorkspace, match="newer version of mouplanner"):
        Workspace.open(path)


def test_bad_files_are_refused_with_clear_errors(tmp_path):
    with pytest.raises(WorkspaceNotFound):
        Workspace.open(tmp_path / "missing.mouplan")
    text_file = tmp_path / "notes.mouplan"
    text_file.write_text("hello")
    with pytest.raises(NotAWorkspace, match="not an SQLite database"):
        Workspace.open(text_file)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(NotAWorkspace, match="not a mouplanner workspace"):
        Workspace.open(other)
    with pytest.raises(NotAWorkspace):
        Workspace.open(tmp_path)
    assert other.read_bytes()[:15] == b"SQLite format 3"  # untouched: no tables were added
    assert sqlite.table_names(other) == {"t"}


def test_damaged_file_is_refused(tmp_path):
    path = tmp_path / "damaged.mouplan"
    Workspace.create(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkspace, match="damaged"):
        Workspace.open(path)


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "a.mouplan"
    Workspace.create(path).close()
    with pytest.raises(WorkspaceExists):
        Workspace.create(path)


def test_read_only_workspace_refuses_writes(tmp_path):
    path = tmp_path / "a.mouplan"
    Workspace.create(path).close()
    with Workspace.open(path, read_only=True) as ws, pytest.raises(Exception, match="read-only"), ws.transaction():
        pass


def test_the_fast_schema_check_knows_the_newest_migration(ws):
    from mouplanner.storage.workspace import SCHEMA_HEAD

    assert SCHEMA_HEAD == migrate.head_revision() == sqlite.schema_revision(ws.backend.path)


def test_driver_errors_are_named_for_what_they_are_not_all_called_damage():
    import sqlite3

    from mouplanner.storage.errors import CorruptWorkspace, DiskFull, ReadOnlyWorkspace, from_database_error

    said = {kind: from_database_error(sqlite3.OperationalError(text), "w.mouplan") for kind, text in (
        ("read-only", "attempt to write a readonly database"), ("full", "database or disk is full"),
        ("damaged", "database disk image is malformed"))}
    assert isinstance(said["read-only"], ReadOnlyWorkspace) and "read-only" in str(said["read-only"])
    assert isinstance(said["full"], DiskFull) and isinstance(said["damaged"], CorruptWorkspace)
    assert from_database_error(ValueError("not a database error"), "w.mouplan") is None
