"""what a change's author had seen, per laptop

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22

change.base_hlc holds the newest change known from each laptop (a version vector of HLC
timestamps joined by spaces), not one timestamp: comparing timestamps of different laptops said an
edit had seen a concurrent one when it was merely made later. The column becomes TEXT. Older
single timestamps are read as what they are: the newest change seen from that one laptop.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0009'
down_revision: Union[str, None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.alter_column('base_hlc', existing_type=sa.String(length=64), type_=sa.Text(),
                              existing_nullable=False, existing_server_default=sa.text("''"))


def downgrade() -> None:
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.alter_column('base_hlc', existing_type=sa.Text(), type_=sa.String(length=64),
                              existing_nullable=False, existing_server_default=sa.text("''"))
