"""search-index triggers that stand aside during bulk writes

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

The insert and update triggers of the activity search index (0003) gain a WHEN clause: they do
nothing while the writing transaction holds a row in ``activity_search_bulk``, and the bulk
writer re-indexes what it touched in one pass (storage/sqlite/search.py). SQLite only.
"""
from typing import Sequence, Union

from alembic import op

from mouplanner.storage.sqlite import search

revision: str = '0007'
down_revision: Union[str, None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        search.create_bulk_search_switch(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        search.drop_bulk_search_switch(conn)
