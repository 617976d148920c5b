"""The SQLite backend: everything specific to SQLite lives in this package (PRAGMAs, journal mode,
the FTS5 search index, file checks, copies and backups). Nothing outside ``mouplanner.storage``
imports it; they ask their workspace's backend (``storage.backend``)."""

from mouplanner.storage.sqlite.copies import backup_file, damage, integrity_problems
from mouplanner.storage.sqlite.files import is_network_share, make_engine, schema_revision, table_names

__all__ = ["backup_file", "damage", "integrity_problems", "is_network_share", "make_engine", "schema_revision",
           "table_names"]
