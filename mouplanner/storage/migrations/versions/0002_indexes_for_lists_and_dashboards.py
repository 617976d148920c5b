"""indexes for lists and dashboards

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0002'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_milestone_id'), ['milestone_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_planned_start'), ['planned_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_workstream_id'), ['workstream_id'], unique=False)

    with op.batch_alter_table('agreement_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_party_agreement_id'), ['agreement_id'], unique=False)

    with op.batch_alter_table('area', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_area_agreement_id'), ['agreement_id'], unique=False)

    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.create_index('ix_change_hlc', ['hlc'], unique=False)
        batch_op.create_index('ix_change_record', ['entity', 'record_id'], unique=False)

    with op.batch_alter_table('indicator_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_period_indicator_id'), ['indicator_id'], unique=False)

    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_planned_date'), ['planned_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestone_workstream_id'), ['workstream_id'], unique=False)

    with op.batch_alter_table('milestone_dependency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_dependency_milestone_id'), ['milestone_id'], unique=False)

    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_person_id'), ['person_id'], unique=False)

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)

    with op.batch_alter_table('workstream', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workstream_area_id'), ['area_id'], unique=False)

    with op.batch_alter_table('workstream_coordinator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workstream_coordinator_workstream_id'), ['workstream_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('workstream_coordinator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workstream_coordinator_workstream_id'))

    with op.batch_alter_table('workstream', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workstream_area_id'))

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organisation_id'))

    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_person_id'))
        batch_op.drop_index(batch_op.f('ix_participation_activity_id'))

    with op.batch_alter_table('milestone_dependency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_dependency_milestone_id'))

    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_workstream_id'))
        batch_op.drop_index(batch_op.f('ix_milestone_planned_date'))

    with op.batch_alter_table('indicator_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_period_indicator_id'))

    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_index('ix_change_record')
        batch_op.drop_index('ix_change_hlc')

    with op.batch_alter_table('area', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_area_agreement_id'))

    with op.batch_alter_table('agreement_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_party_agreement_id'))

    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_workstream_id'))
        batch_op.drop_index(batch_op.f('ix_activity_planned_start'))
        batch_op.drop_index(batch_op.f('ix_activity_milestone_id'))

