"""a server's list indexes answer its sorts without reading the table; copies of one agreement

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

On PostgreSQL only (storage/postgres/sorting.py): keys that may be empty get a descending twin, so
empty values stay last in both directions. (As first written it also rebuilt the expression
keys' indexes with their columns included; a long title made such an entry too large: 0014.) On both: a peer may be a copy of one agreement
(exchange_peer.agreement_id, exchange/scoped.py).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from mouplanner.storage.postgres import sorting

revision: str = '0012'
down_revision: Union[str, None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('exchange_peer', sa.Column('agreement_id', sa.String(length=36), nullable=True))
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        sorting.create_indexes(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        sorting.drop_indexes(conn)
    with op.batch_alter_table('exchange_peer') as batch:
        batch.drop_column('agreement_id')
