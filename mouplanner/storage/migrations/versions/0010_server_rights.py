"""who may edit which agreement, on a server

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

On a PostgreSQL server each coordinator connects as a role of their own; an editor may edit all
agreements or only some. workspace_right holds which (agreement_id "*" for all); the server's
row-level security reads it (storage/postgres/rights.py). A file on a laptop has one user and no
such table.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0010'
down_revision: Union[str, None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.create_table(
        'workspace_right',
        sa.Column('member', sa.String(length=63), nullable=False),
        sa.Column('agreement_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('member', 'agreement_id'),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.drop_table('workspace_right')
