"""a server keeps the activities' expression sort keys in generated columns

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02

On PostgreSQL only (storage/postgres/sorting.py): the place's and the titles' sort keys become
generated columns (sort_place, sort_title_en, sort_title_th, sort_title_lo) indexed with the id,
which the lists' queries name, so that a server reads a sorted list from the index alone. A
laptop's file is unchanged (SQLite reads it from its expression indexes already).
"""
from typing import Sequence, Union

from alembic import op

from mouplanner.storage.postgres import sorting

revision: str = '0019'
down_revision: Union[str, None] = '0018'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        sorting.store_keys(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        sorting.unstore_keys(conn)
