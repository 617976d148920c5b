"""substring search index over activities on a server (pg_trgm)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

A laptop's file has its FTS5 trigram index since 0003; a server's database gets pg_trgm's GIN
index over the same text (storage/postgres/search.py).
"""
from typing import Sequence, Union

from alembic import op

from mouplanner.storage.postgres import search

revision: str = '0011'
down_revision: Union[str, None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search.create_index(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search.drop_index(conn)
