"""journal index per laptop

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22

What each laptop holds (the newest HLC per origin) and what to send (changes after it) become
index seeks instead of scans of the whole journal.
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0008'
down_revision: Union[str, None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index('ix_change_replica_hlc', 'change', ['replica_id', 'hlc'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_change_replica_hlc', table_name='change')
