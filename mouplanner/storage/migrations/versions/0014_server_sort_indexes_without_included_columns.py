"""a server's expression sort indexes without included columns

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

On PostgreSQL only: a server that ran 0012 as first written has the expression keys' indexes with
the columns they read included, and an entry of such an index holds at most about 2,700 bytes
(three long Thai or Lao titles went past it and the save failed). They are made again as
domain/sorting.py makes them (storage/postgres/sorting.py). A laptop's file is unchanged.
"""
from typing import Sequence, Union

from alembic import op

from mouplanner.storage.postgres import sorting

revision: str = '0014'
down_revision: Union[str, None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        sorting.plain_expression_indexes(conn)


def downgrade() -> None:
    pass  # (the indexes as they are now are what 0013 and before would want)
