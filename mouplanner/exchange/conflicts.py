"""Conflicts: the same field changed on two laptops to different values without either having
seen the other's change, or a record edited on one laptop and deleted on another.

They are decided from the journal alone, so every laptop lists the same conflicts: a change
supersedes another when its base (the newest change its author had seen) is at or after it; the
changes nothing supersedes are the heads, and two heads that disagree are a conflict. The newest
head is in force meanwhile. A person's choice is a new change that supersedes all heads, so it
travels in the next exchange and closes the conflict everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from mouplanner import kinds
from mouplanner.domain import Change, ConflictCandidate, ExchangePeer, Meta
from mouplanner.domain.enums import ChangeOp
from mouplanner.domain.validation import coerce
from mouplanner.services import cascade, undo
from mouplanner.storage import Workspace
from mouplanner.storage.hlc import has_seen, seen_vector
from mouplanner.storage.journal import decode, new_change, to_json_value

DELETED = "deleted"
KEPT = "kept"


@dataclass(frozen=True)
class Side:
    value: Any  # the field's value, or DELETED / KEPT for a record's life
    actor: str
    replica: str
    at: datetime
    hlc: str


@dataclass(frozen=True)
class Conflict:
    entity: str
    record_id: str
    field: str  # "" for edit against deletion
    sides: tuple[Side, ...]  # newest first: sides[0] is in force for now

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.entity, self.record_id, self.field)


def _superseded(change: Change, others: list[Change]) -> bool:
    return any(o is not change and has_seen(o.base_hlc, change.hlc) for o in others)


def _heads(changes: list[Change]) -> list[Change]:
    return [c for c in changes if not _superseded(c, changes)]


def _verify(s: Any, cand: ConflictCandidate, names: dict[str, str]) -> Conflict | None:
    history = s.scalars(select(Change).where(Change.entity == cand.entity, Change.record_id == cand.record_id)
                        .order_by(Change.hlc)).all()
    if cand.field:
        relevant = [c for c in history if c.op == ChangeOp.UPDATE.value and c.field == cand.field]
        heads = _heads(relevant)
        values = {c.new_value for c in heads}
        if len(heads) < 2 or len(values) < 2:
            return None
        sides = [Side(decode(c.new_value), c.actor, names.get(c.replica_id, ""), c.at, c.hlc) for c in heads]
    else:
        life = [c for c in history if c.op in (ChangeOp.DELETE.value, ChangeOp.RESTORE.value)]
        edits = [c for c in history if c.op == ChangeOp.UPDATE.value]
        live_heads = [e for e in edits if not any(has_seen(d.base_hlc, e.hlc) for d in life)]
        life_heads = _heads(life)
        deletes = [d for d in life_heads if d.op == ChangeOp.DELETE.value]
        rivals = [e for e in live_heads if deletes and any(
            not has_seen(d.base_hlc, e.hlc) and e.replica_id != d.replica_id for d in deletes)]
        if deletes and not rivals:
            rivals = _orphans_made(s, cand)  # the record stays deleted, but others were added under it
        if not deletes or not rivals:
            return None
        newest_edit = max(rivals, key=lambda c: c.hlc)
        sides = [Side(DELETED, d.actor, names.get(d.replica_id, ""), d.at, d.hlc) for d in deletes]
        sides.append(Side(KEPT, newest_edit.actor, names.get(newest_edit.replica_id, ""), newest_edit.at,
                          newest_edit.hlc))
    return Conflict(cand.entity, cand.record_id, cand.field,
                    tuple(sorted(sides, key=lambda side: side.hlc, reverse=True)))


def _orphans_made(s: Any, cand: ConflictCandidate) -> list[Change]:
    """The changes that made live records depend on this deleted one (their creation, usually):
    work another laptop did under it without knowing it was deleted."""
    model = kinds.model_of(cand.entity)
    obj = s.get(model, cand.record_id)
    if obj is None or obj.deleted_at is None:
        return []
    changes = []
    for child, child_id, _parent in cascade.live_dependents(s, model, [cand.record_id]):
        newest = s.scalars(select(Change).where(Change.entity == child.__tablename__, Change.record_id == child_id)
                           .order_by(Change.hlc.desc()).limit(1)).first()
        if newest is not None:
            changes.append(newest)
    return changes


def _names(s: Any) -> dict[str, str]:
    names = {p.replica_id: p.name for p in s.scalars(select(ExchangePeer))}
    meta = {m.key: m.value for m in s.scalars(select(Meta))}
    names[meta.get("replica_id", "")] = meta.get("replica_name", "")
    return names


def _verified(ws: Workspace) -> list[tuple[tuple[str, str, str], Conflict | None]]:
    """Each conflict candidate, oldest first, with its conflict (None: settled since it was found)."""
    with ws.read() as s:
        names = _names(s)
        return [((c.entity, c.record_id, c.field), _verify(s, c, names))
                for c in s.scalars(select(ConflictCandidate).order_by(ConflictCandidate.found_at)).all()]


def open_conflicts(ws: Workspace) -> list[Conflict]:
    """Every open conflict (a read: candidates found settled are left for ``forget_settled``)."""
    return [conflict for _key, conflict in _verified(ws) if conflict is not None]


def forget_settled(ws: Workspace) -> list[Conflict]:
    """Forget the conflict candidates that are settled (a later change superseded every side), a
    write of this laptop's bookkeeping after a receive or a resolved conflict; returns the conflicts
    still open (each candidate verified once)."""
    verified = _verified(ws)
    settled = [key for key, conflict in verified if conflict is None]
    if settled and not ws.read_only:
        with ws.unjournalled(("exchange_conflict",), "Forget settled conflicts") as s:
            for key in settled:
                s.delete(s.get(ConflictCandidate, key))
    return [conflict for _key, conflict in verified if conflict is not None]


def resolve(ws: Workspace, conflict: Conflict, side: Side) -> str:
    """Keep one side: a change that supersedes every head. Returns the transaction id."""
    model = kinds.model_of(conflict.entity)
    with ws.transaction("Resolve conflict") as s:
        ctx = s.info["journal"]
        # The person saw every side, and every change of the record this laptop holds.
        base = seen_vector([*s.scalars(select(Change.hlc).where(Change.entity == conflict.entity,
                                                                Change.record_id == conflict.record_id)),
                            *(x.hlc for x in conflict.sides)])
        obj = s.get(model, conflict.record_id)
        if obj is None:
            raise LookupError(f"no {conflict.entity} {conflict.record_id} to settle")
        if conflict.field:
            value = coerce(model, conflict.field, side.value)
            old = getattr(obj, conflict.field)
            s.add(new_change(ctx, conflict.entity, conflict.record_id, ChangeOp.UPDATE, conflict.field,
                             to_json_value(old), to_json_value(value), base))
            s.execute(update(model).where(model.id == conflict.record_id).values(
                {conflict.field: value, "version": model.version + 1, "updated_at": ctx.now,
                 "changed_by": ctx.actor, "changed_on": ctx.replica_name}))
        else:
            delete = side.value == DELETED
            s.add(new_change(ctx, conflict.entity, conflict.record_id,
                             ChangeOp.DELETE if delete else ChangeOp.RESTORE, base=base))
            s.execute(update(model).where(model.id == conflict.record_id).values(
                deleted_at=(obj.deleted_at or ctx.now) if delete else None, version=model.version + 1,
                updated_at=ctx.now, changed_by=ctx.actor, changed_on=ctx.replica_name))
            if not delete:
                _undo_cascade(s, ctx, conflict)
            else:  # what was added under it meanwhile goes with it, as a deletion would have taken it
                plan = cascade.plan_delete(s, model, conflict.record_id)
                plan.delete[model].discard(conflict.record_id)
                cascade.apply_delete(s, plan, ctx.now)
                s.flush()
        txn_id = ctx.txn_id
    forget_settled(ws)  # this one, and any other the kept side settles
    return txn_id


def _undo_cascade(s: Any, ctx: Any, conflict: Conflict) -> None:
    """Keeping a record deleted on another laptop keeps what its deletion took with it: that
    deletion's other changes (its dependents deleted, optional links cleared) are taken back as
    undo would, except a link someone has set since."""
    deletions = {x.hlc for x in conflict.sides if x.value == DELETED}
    txns = set(s.scalars(select(Change.txn_id).where(
        Change.entity == conflict.entity, Change.record_id == conflict.record_id,
        Change.op == ChangeOp.DELETE.value, Change.hlc.in_(deletions))))
    taken = s.scalars(select(Change).where(Change.txn_id.in_(txns)).order_by(Change.seq.desc())).all() if txns else []
    undo.apply_inverse(s, [c for c in taken if (c.entity, c.record_id) != (conflict.entity, conflict.record_id)
                           and _still_as_left(s, c)], ctx.now)
    s.flush()


def _still_as_left(s: Any, change: Change) -> bool:
    """A deletion can always be taken back; a field only while it still holds what the change wrote."""
    if change.op != ChangeOp.UPDATE.value or not change.field:
        return change.op == ChangeOp.DELETE.value
    model = kinds.model_of(change.entity)
    obj = s.get(model, change.record_id)
    return obj is not None and getattr(obj, change.field) == coerce(model, change.field, decode(change.new_value))


__all__ = ["Conflict", "DELETED", "KEPT", "Side", "forget_settled", "open_conflicts", "resolve"]
