"""exchange between laptops

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('exchange_conflict',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'record_id', 'field')
    )
    op.create_table('exchange_peer',
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('acked', sa.Text(), nullable=False),
    sa.Column('last_sent_at', sa.DateTime(), nullable=True),
    sa.Column('last_received_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('replica_id')
    )
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_hlc', sa.String(length=64), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_column('base_hlc')

    op.drop_table('exchange_peer')
    op.drop_table('exchange_conflict')
