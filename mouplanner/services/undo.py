"""Undo and redo on the change journal.

Reverting a transaction applies the inverse of each of its changes, newest first, as a new
journalled transaction: a create becomes a delete, a field update writes the old value back,
a delete becomes a restore and a restore a delete. Redo is the revert of the revert. Because
the inverse is an ordinary edit, it is recorded in history and travels in exchanges.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mouplanner import kinds
from mouplanner.domain import Change
from mouplanner.domain.enums import ChangeOp
from mouplanner.domain.validation import coerce
from mouplanner.storage import Workspace
from mouplanner.storage.journal import decode


def revert(ws: Workspace, txn_id: str, action: str = "") -> str:
    """Take a whole transaction back; returns the id of the transaction that did it."""
    with ws.read() as s:
        changes = s.scalars(select(Change).where(Change.txn_id == txn_id)
                            .order_by(Change.seq.desc())).all()
    if not changes:
        raise LookupError(f"nothing was recorded for action {txn_id}")
    with ws.transaction(action or f"Undo {changes[0].action.lower()}") as s:
        apply_inverse(s, list(changes), s.info["journal"].now)
        s.flush()
        return s.info["journal"].txn_id


def apply_inverse(s: Session, changes: list[Change], now: datetime) -> None:
    """The inverse of each change, in the given order, inside the caller's transaction (which
    journals them as ordinary edits)."""
    for change in changes:
        model = kinds.model_of(change.entity)
        obj = s.get(model, change.record_id)
        if obj is None:
            continue
        if change.op == ChangeOp.CREATE:
            obj.deleted_at = now
        elif change.op == ChangeOp.DELETE:
            obj.deleted_at = None
        elif change.op == ChangeOp.RESTORE:
            obj.deleted_at = now
        elif change.field:
            setattr(obj, change.field, coerce(model, change.field, decode(change.old_value)))
