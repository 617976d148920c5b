"""documents attached to records, their contents kept once by hash, and what each laptop still
lacks of them

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0017'
down_revision: Union[str, None] = '0016'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('file_content',
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('content_hash')
    )
    op.create_table('attachment',
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('agreement_id', sa.String(length=36), nullable=True),
    sa.Column('agreement_event_id', sa.String(length=36), nullable=True),
    sa.Column('meeting_id', sa.String(length=36), nullable=True),
    sa.Column('workstream_id', sa.String(length=36), nullable=True),
    sa.Column('activity_id', sa.String(length=36), nullable=True),
    sa.Column('action_item_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('changed_on', sa.String(length=120), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['action_item_id'], ['action_item.id'], ),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ),
    sa.ForeignKeyConstraint(['agreement_event_id'], ['agreement_event.id'], ),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['workstream_id'], ['workstream.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_activity_id'), ['activity_id'], unique=False)
    with op.batch_alter_table('exchange_peer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('wants_files', sa.Text(), nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('exchange_peer', schema=None) as batch_op:
        batch_op.drop_column('wants_files')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_activity_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_agreement_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_content_hash'))
    op.drop_table('attachment')
    op.drop_table('file_content')
