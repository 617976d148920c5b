"""The PostgreSQL backend: a workspace in a database on a server (``postgresql://USER@HOST/DB``)."""

from mouplanner.storage.postgres.backend import PostgresBackend, is_url, readable, without_password

__all__ = ["PostgresBackend", "is_url", "readable", "without_password"]
