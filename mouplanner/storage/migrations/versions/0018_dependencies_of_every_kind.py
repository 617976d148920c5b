"""dependencies between milestones and activities, of the four kinds, with a lag

The milestone_dependency table keeps its name (the change journal of every laptop knows it by it):
a successor may now be an activity (activity_id) and a predecessor too (depends_on_activity_id);
the milestone links become optional (one of each pair is set); link_type (finish to start by
default, as every existing row is) and lag_days are new.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02
"""
import warnings
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0018'
down_revision: Union[str, None] = '0017'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # SQLite copies the table to change it, reading the activity table its new links point at; the
    # lists' expression indexes there are none of this migration's business
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        _upgrade()


def _upgrade() -> None:
    with op.batch_alter_table('milestone_dependency', schema=None) as batch_op:
        batch_op.add_column(sa.Column('activity_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('depends_on_activity_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('link_type', sa.Enum('fs', 'ss', 'ff', 'sf', name='linktype', native_enum=False,
                                                           length=32), nullable=False, server_default='fs'))
        batch_op.add_column(sa.Column('lag_days', sa.Integer(), nullable=False, server_default='0'))
        batch_op.alter_column('milestone_id', existing_type=sa.String(length=36), nullable=True)
        batch_op.alter_column('depends_on_id', existing_type=sa.String(length=36), nullable=True)
        batch_op.create_index(batch_op.f('ix_milestone_dependency_activity_id'), ['activity_id'], unique=False)
        batch_op.create_foreign_key('fk_milestone_dependency_activity_id', 'activity', ['activity_id'], ['id'])
        batch_op.create_foreign_key('fk_milestone_dependency_depends_on_activity_id', 'activity',
                                    ['depends_on_activity_id'], ['id'])


def downgrade() -> None:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        _downgrade()


def _downgrade() -> None:
    op.execute("DELETE FROM milestone_dependency WHERE milestone_id IS NULL OR depends_on_id IS NULL")
    with op.batch_alter_table('milestone_dependency', schema=None) as batch_op:
        batch_op.drop_constraint('fk_milestone_dependency_depends_on_activity_id', type_='foreignkey')
        batch_op.drop_constraint('fk_milestone_dependency_activity_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_milestone_dependency_activity_id'))
        batch_op.alter_column('depends_on_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column('milestone_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.drop_column('lag_days')
        batch_op.drop_column('link_type')
        batch_op.drop_column('depends_on_activity_id')
        batch_op.drop_column('activity_id')
