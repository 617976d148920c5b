"""meetings of an agreement's bodies: attendees, agenda items with minutes, decisions, action
items and their updates

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0013'
down_revision: Union[str, None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('meeting',
    sa.Column('agreement_id', sa.String(length=36), nullable=False),
    sa.Column('area_id', sa.String(length=36), nullable=True),
    sa.Column('body', sa.Enum('joint_working_group', 'senior_officials', 'ministerial', 'technical', 'other', name='meetingbody', native_enum=False, length=32), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('status', sa.Enum('planned', 'held', 'minutes_drafted', 'minutes_agreed', 'cancelled', name='meetingstatus', native_enum=False, length=32), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('time_zone', sa.String(length=60), nullable=False),
    sa.Column('host_country', sa.String(length=2), nullable=False),
    sa.Column('venue', sa.String(length=500), nullable=False),
    sa.Column('online_link', sa.String(length=500), nullable=False),
    sa.Column('co_chair_1_id', sa.String(length=36), nullable=True),
    sa.Column('co_chair_2_id', sa.String(length=36), nullable=True),
    sa.Column('headcount_total', sa.Integer(), nullable=True),
    sa.Column('headcount_women', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('changed_on', sa.String(length=120), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('title_en', sa.String(length=500), nullable=False),
    sa.Column('title_th', sa.String(length=500), nullable=False),
    sa.Column('title_lo', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], ),
    sa.ForeignKeyConstraint(['co_chair_1_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['co_chair_2_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('presenter_id', sa.String(length=36), nullable=True),
    sa.Column('workstream_id', sa.String(length=36), nullable=True),
    sa.Column('minutes_en', sa.Text(), nullable=False),
    sa.Column('minutes_th', sa.Text(), nullable=False),
    sa.Column('minutes_lo', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('changed_on', sa.String(length=120), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('title_en', sa.String(length=500), nullable=False),
    sa.Column('title_th', sa.String(length=500), nullable=False),
    sa.Column('title_lo', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['presenter_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['workstream_id'], ['workstream.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_attendee',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.Enum('co_chair', 'head_of_delegation', 'delegate', 'presenter', 'secretariat', 'observer', name='attendeerole', native_enum=False, length=32), nullable=False),
    sa.Column('side', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('changed_on', sa.String(length=120), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendee_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('decision',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=True),
    sa.Column('workstream_id', sa.String(length=36), nullable=True),
    sa.Column('text_en', sa.Text(), nullable=False),
    sa.Column('text_th', sa.Text(), nullable=False),
    sa.Column('text_lo', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('changed_on', sa.String(length=120), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['workstream_id'], ['workstream.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('action_item',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=True),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_progress', 'done', 'dropped', name='actionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('workstream_id', sa.String(length=36), nullable=True),
    sa.Column('milestone_id', sa.String(length=36), nullable=True),
    sa.Column('activity_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('changed_on', sa.String(length=120), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('title_en', sa.String(length=500), nullable=False),
    sa.Column('title_th', sa.String(length=500), nullable=False),
    sa.Column('title_lo', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], ),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['workstream_id'], ['workstream.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_owner_id'), ['owner_id'], unique=False)

    op.create_table('action_update',
    sa.Column('action_item_id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=True),
    sa.Column('update_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_progress', 'done', 'dropped', name='actionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('changed_on', sa.String(length=120), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['action_item_id'], ['action_item.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('action_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_update_action_item_id'), ['action_item_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('action_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_update_action_item_id'))

    op.drop_table('action_update')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_owner_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_meeting_id'))

    op.drop_table('action_item')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_meeting_id'))

    op.drop_table('decision')
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendee_meeting_id'))

    op.drop_table('meeting_attendee')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_agreement_id'))

    op.drop_table('meeting')
