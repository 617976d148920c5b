"""The SQLite backend: everything specific to SQLite lives in this package (PRAGMAs, journal mode,
the FTS5 search index, file checks, copies and backups). Nothing outside ``mouplanner.storage``
imports it; they ask their workspace's backend (``storage.backend``)."""

from mouplanner.storage.sqlite.copies import (
    DamagedCopy,
    backup_file,
    damage,
    integrity_problems,
    start_backup,
    start_damage_check,
)
from mouplanner.storage.sqlite.files import (
    database_fault,
    file_uri,
    is_network_share,
    looks_like_sqlite,
    make_engine,
    schema_revision,
    table_names,
)
from mouplanner.storage.sqlite.search import SEARCHED_FIELDS, is_search_table

__all__ = ["SEARCHED_FIELDS", "DamagedCopy", "backup_file", "damage", "database_fault", "file_uri",
           "integrity_problems", "is_network_share", "is_search_table", "looks_like_sqlite", "make_engine",
           "schema_revision", "start_backup", "start_damage_check", "table_names"]
