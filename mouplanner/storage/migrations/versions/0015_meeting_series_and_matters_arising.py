"""a meeting series (the next meeting's interval and host) and agenda items that are matters arising

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0015'
down_revision: Union[str, None] = '0014'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('repeat_months', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('host_rotation', sa.Enum(
            'alternate', 'same', name='hostrotation', native_enum=False, length=32),
            nullable=False, server_default='alternate'))
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.Enum(
            'item', 'matters_arising', name='agendakind', native_enum=False, length=32),
            nullable=False, server_default='item'))


def downgrade() -> None:
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_column('kind')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('host_rotation')
        batch_op.drop_column('repeat_months')
