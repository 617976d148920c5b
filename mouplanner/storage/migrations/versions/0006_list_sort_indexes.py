"""indexes that answer the activities table's sorts and the totals

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

One partial index ``(key, id)`` over the live activities per sortable column (the keys are built
in ``domain/sorting.py``; the expressions are written out here because a migration is frozen
history), narrow covering indexes for the totals (dashboard) and the counts per workstream (navigator),
and the host organisation link used by quick search.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0006'
down_revision: Union[str, None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

LIVE = sa.text("deleted_at IS NULL")
ORDERS = {"en": ("en", "th", "lo"), "th": ("th", "en", "lo"), "lo": ("lo", "th", "en")}
KEYS = {
    "planned_start": "planned_start", "planned_end": "planned_end", "place": "lower(place)",
    "status": "status", "kind": "kind",
    **{f"title_{lang}": "lower(coalesce(" + ", ".join(f"nullif(title_{c}, '')" for c in codes) + ", ''))"
       for lang, codes in ORDERS.items()},
}


TOTALS = ['status', 'kind', 'currency', 'budget_amount', 'headcount_total', 'headcount_women', 'planned_start',
          'workstream_id', 'deleted_at']


def upgrade() -> None:
    op.drop_index('ix_activity_workstream_id', table_name='activity')
    op.create_index('ix_activity_workstream_id', 'activity', ['workstream_id', 'deleted_at'], unique=False)
    op.create_index('ix_activity_host_org_id', 'activity', ['host_org_id'], unique=False)
    op.create_index('ix_activity_totals', 'activity', TOTALS, unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_participation_live', 'participation', ['person_id', 'activity_id', 'deleted_at'],
                    unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    for name, key in KEYS.items():
        op.create_index(f'ix_activity_list_{name}', 'activity', [sa.text(key), 'id'], unique=False,
                        sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    for name in reversed(KEYS):
        op.drop_index(f'ix_activity_list_{name}', table_name='activity')
    op.drop_index('ix_participation_live', table_name='participation')
    op.drop_index('ix_activity_totals', table_name='activity')
    op.drop_index('ix_activity_host_org_id', table_name='activity')
    op.drop_index('ix_activity_workstream_id', table_name='activity')
    op.create_index('ix_activity_workstream_id', 'activity', ['workstream_id'], unique=False)
