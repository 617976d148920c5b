"""The change history of a record, read from the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from mouplanner.domain import Change
from mouplanner.storage import Workspace
from mouplanner.storage.journal import decode


@dataclass(frozen=True)
class ChangeRow:
    at: datetime
    actor: str
    action: str
    op: str
    field: str | None
    old: Any
    new: Any
    txn_id: str
    replica_id: str


def history(ws: Workspace, record_id: str) -> list[ChangeRow]:
    stmt = select(Change).where(Change.record_id == record_id).order_by(Change.hlc, Change.seq)
    with ws.read() as s:
        return [ChangeRow(c.at, c.actor, c.action, c.op, c.field, decode(c.old_value),
                          decode(c.new_value), c.txn_id, c.replica_id) for c in s.scalars(stmt)]
