"""Writes the change journal as a side effect of every flush.

A use case runs in ``Workspace.transaction``, which puts a ``JournalContext`` into the
session's ``info``. Before each flush, new records are stamped and journalled as one create
row; changed records get one update row per changed field (a tombstone set or cleared is a
delete or restore row) and their row version goes up. Writing a record outside a
transaction, or removing a row, is refused: history and exchange would lose it.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session

from mouplanner.batches import in_chunks
from mouplanner.domain import Change, Record
from mouplanner.domain.enums import ChangeOp
from mouplanner.storage.hlc import HybridClock, seen_vector


def to_json_value(value: Any) -> Any:
    """A value as it is stored in the journal, the dump and exchange files (JSON-safe)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
    return value


def encode(value: Any) -> str | None:
    return None if value is None else json.dumps(to_json_value(value), ensure_ascii=False)


def decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


@dataclass(frozen=True)
class ChangeSet:
    """What one committed write changed: the records of each kind (table name) by id, and the fields
    of each kind it wrote ("*": records were created, deleted or restored, or fields not counted).
    ``ALL`` for a kind's ids means records of it changed that were not counted one by one."""

    records: dict[str, frozenset[str]]
    txn_id: str = ""
    action: str = ""
    fields: dict[str, frozenset[str]] = field(default_factory=dict)  # a kind missing here: any field

    ALL = frozenset({"*"})

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.records)

    def touches(self, interest: Mapping[str, frozenset[str] | None] | frozenset[str] | set[str] | None) -> bool:
        """True when it changed what ``interest`` names: kinds (a set), kinds with the fields that
        matter of each (a mapping; None: any field), or anything at all (None)."""
        if interest is None:
            return bool(self.records)
        if not isinstance(interest, Mapping):
            return not self.kinds.isdisjoint(interest)
        for kind, wanted in interest.items():
            if kind in self.records:
                written = self.fields.get(kind, self.ALL)
                if wanted is None or "*" in written or not written.isdisjoint(wanted):
                    return True
        return False


@dataclass
class JournalContext:
    actor: str
    replica_id: str
    replica_name: str
    clock: HybridClock
    action: str = ""
    txn_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    now: datetime | None = None
    changes: int = 0
    touched: dict[str, set[str]] = field(default_factory=dict)  # kind -> ids written in this transaction
    written: dict[str, set[str]] = field(default_factory=dict)  # kind -> its fields written ("*": any)

    def touch(self, kind: str, record_ids: Any, fld: str | None = "*") -> None:
        self.touched.setdefault(kind, set()).update(record_ids)
        self.written.setdefault(kind, set()).add(fld or "*")

    def change_set(self) -> ChangeSet:
        return ChangeSet({k: frozenset(v) for k, v in self.touched.items() if v}, self.txn_id, self.action,
                         {k: frozenset(v) for k, v in self.written.items()})


def new_change(ctx: JournalContext, entity: str, record_id: str, op: ChangeOp, fld: str | None = None,
               old: Any = None, new: Any = None, base: str = "") -> Change:
    """A journal row written by a use case that changes rows directly (conflict resolution)."""
    ctx.touch(entity, [record_id], fld if op == ChangeOp.UPDATE else "*")
    return Change(**change_row(ctx, entity, record_id, op, fld, old, new, base=base))


def snapshot(obj: Record) -> dict[str, Any]:
    return {name: to_json_value(getattr(obj, name)) for name in obj.domain_fields()}


def _bases(session: Session, objs: list[Record]) -> dict[tuple[str, str], dict[str, str]]:
    by_entity: dict[str, list[str]] = defaultdict(list)
    for obj in objs:
        by_entity[obj.__tablename__].append(obj.id)
    return bases(session, by_entity)


def bases(session: Session, by_entity: Mapping[str, list[str]]) -> dict[tuple[str, str], dict[str, str]]:
    """What an edit made now has seen, per record and field ("" for the record itself, "*" for its
    creation): the newest known change from each laptop (hlc.seen_vector). One query per kind and
    chunk of records."""
    found: dict[tuple[str, str], list[tuple[Any, Any, Any]]] = defaultdict(list)
    for entity, ids in by_entity.items():
        for chunk in in_chunks(ids):
            for record_id, fld, op, hlc in session.execute(
                    select(Change.record_id, Change.field, Change.op, func.max(Change.hlc))
                    .where(Change.entity == entity, Change.record_id.in_(chunk))
                    .group_by(Change.record_id, Change.field, Change.op, Change.replica_id)):
                found[(entity, record_id)].append((fld, op, hlc))
    out = {}
    for key, rows in found.items():
        created = [h for _f, op, h in rows if op == ChangeOp.CREATE.value]
        by_field: dict[str, list[str]] = {}
        for fld, _op, hlc in rows:
            if fld:
                by_field.setdefault(fld, list(created)).append(hlc)
        seen = {fld: seen_vector(stamps) for fld, stamps in by_field.items()}
        seen[""] = seen_vector(h for _f, _op, h in rows)
        seen["*"] = seen_vector(created)
        out[key] = seen
    return out


def change_row(ctx: JournalContext, entity: str, record_id: str, op: ChangeOp, fld: str | None = None,
               old: Any = None, new: Any = None, raw_new: str | None = None, base: str = "") -> dict[str, Any]:
    """The journal row of one change made now, as column values (for a Core insert of many)."""
    ctx.changes += 1
    return {"change_id": str(uuid.uuid4()), "txn_id": ctx.txn_id, "hlc": ctx.clock.now(), "at": ctx.now,
            "actor": ctx.actor, "replica_id": ctx.replica_id, "entity": entity, "record_id": record_id,
            "op": op.value, "field": fld, "old_value": encode(old),
            "new_value": raw_new if raw_new is not None else encode(new), "action": ctx.action, "base_hlc": base}


def _change(ctx: JournalContext, obj: Record, op: ChangeOp, fld: str | None = None,
            old: Any = None, new: Any = None, raw_new: str | None = None, base: str = "") -> Change:
    return Change(**change_row(ctx, obj.__tablename__, obj.id, op, fld, old, new, raw_new, base))


def _stamp(ctx: JournalContext, obj: Record) -> None:
    obj.updated_at = ctx.now  # type: ignore[assignment]
    obj.changed_by = ctx.actor
    obj.changed_on = ctx.replica_name


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    ctx: JournalContext | None = session.info.get("journal")
    records_new = [o for o in session.new if isinstance(o, Record)]
    records_dirty = [o for o in session.dirty if isinstance(o, Record) and session.is_modified(o)]
    if any(isinstance(o, Record) for o in session.deleted):
        raise RuntimeError("records are never removed; set a tombstone with the delete use case")
    if not (records_new or records_dirty):
        return
    if ctx is None:
        raise RuntimeError("records may only be written inside Workspace.transaction()")
    journal: list[Change] = []
    for obj in records_new:
        if not obj.id:
            obj.id = str(uuid.uuid4())
        obj.apply_defaults()
        obj.created_at = ctx.now  # type: ignore[assignment]
        obj.version = 1
        _stamp(ctx, obj)
        journal.append(_change(ctx, obj, ChangeOp.CREATE,
                               raw_new=json.dumps(snapshot(obj), ensure_ascii=False, sort_keys=True)))
    known = _bases(session, records_dirty) if records_dirty else {}
    for obj in records_dirty:
        state = inspect(obj)
        entries: list[Change] = []
        bases = known.get((obj.__tablename__, obj.id)) or {"": "", "*": ""}
        for name in [*obj.domain_fields(), "deleted_at"]:
            hist = state.attrs[name].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if to_json_value(old) == to_json_value(new):
                continue
            if name == "deleted_at":
                entries.append(_change(ctx, obj, ChangeOp.DELETE if new else ChangeOp.RESTORE, base=bases[""]))
            else:
                entries.append(_change(ctx, obj, ChangeOp.UPDATE, name, old, new,
                                       base=bases.get(name, bases["*"])))
        if entries:
            obj.version = (obj.version or 0) + 1
            _stamp(ctx, obj)
            journal.extend(entries)
    session.add_all(journal)
    for entry in journal:  # what the views showing these fields refresh for
        ctx.touch(entry.entity, [entry.record_id], entry.field if entry.op == ChangeOp.UPDATE.value else "*")


def _refuse_writes_when_reading(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get("reading") and (session.new or session.dirty or session.deleted):
        raise RuntimeError("a write inside Workspace.read(): write in transaction() or unjournalled()")


def _refuse_dml_when_reading(state: Any) -> None:
    if state.session.info.get("reading") and (state.is_insert or state.is_update or state.is_delete):
        raise RuntimeError("a write inside Workspace.read(): write in transaction() or unjournalled()")


def install() -> None:
    """Hook the journal into every ORM session (idempotent), and the refusal of writes in reads."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "before_flush", _refuse_writes_when_reading, insert=True)  # said first
        event.listen(Session, "do_orm_execute", _refuse_dml_when_reading)
