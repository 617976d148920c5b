"""an agreement's tacit renewal and notice period, and its dated renewals, amendments, notices
and terminations

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0016'
down_revision: Union[str, None] = '0015'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('renewal_years', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('notice_months', sa.Integer(), nullable=True))
    op.create_table('agreement_event',
    sa.Column('agreement_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Enum('renewal', 'amendment', 'notice', 'termination', name='agreementeventkind', native_enum=False, length=32), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=True),
    sa.Column('runs_until', sa.Date(), nullable=True),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('document_ref', sa.String(length=500), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('changed_on', sa.String(length=120), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agreement_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_event_agreement_id'), ['agreement_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('agreement_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_event_agreement_id'))
    op.drop_table('agreement_event')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_column('notice_months')
        batch_op.drop_column('renewal_years')
