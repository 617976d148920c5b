"""Merging received changes into the records they touch, on the receiving laptop.

A record new here is built from all its changes; an existing one gets only the fields whose newest
change (by HLC) is one of those that arrived, one UPDATE per set of fields. Fields changed by more
than one laptop, and records whose parent is gone, are noted as conflict candidates for
``exchange.conflicts`` to verify.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from mouplanner import kinds
from mouplanner.batches import KEYS, in_chunks
from mouplanner.domain import Change, ConflictCandidate, Record
from mouplanner.domain.enums import ChangeOp
from mouplanner.domain.validation import coerce
from mouplanner.exchange import fileformat
from mouplanner.services import cascade
from mouplanner.storage import TextSearch, Workspace
from mouplanner.storage.hlc import has_seen
from mouplanner.storage.journal import decode

COLUMNS = list(fileformat.FIELDS)  # a journal row as an exchange file carries it (read by send too)


@dataclass
class Merged:
    """What a receive did to the records, and what it leaves to write and to check."""

    created: int = 0
    updated: int = 0
    deleted: int = 0
    restored: int = 0
    reindex: list[str] = field(default_factory=list)  # activities new here or with a new title or place
    candidates: set[tuple[str, str, str]] = field(default_factory=set)  # (entity, record id, field)


def _deleted(changes: list[dict[str, Any]]) -> bool | None:
    """Whether the record is deleted: the newest of delete, restore and edit decides, provisionally
    (None: nothing but its creation)."""
    deleted, newest_life = None, ""
    for c in changes:
        if c["op"] != ChangeOp.CREATE.value and c["hlc"] > newest_life:
            newest_life = c["hlc"]
            deleted = c["op"] == ChangeOp.DELETE.value
    return deleted


def _winners(model: Any, changes: list[dict[str, Any]], arrived: set[str] | None = None
             ) -> dict[str, tuple[str, str, Any]]:
    """Field -> (HLC, change id, raw value) of its newest change: the value in force (LWW per field);
    with ``arrived``, only the fields whose newest change is one of those. A creation's JSON (every
    field) is read only when it can matter: when it arrived, or when it is newer than an edit."""
    fields = set(model.domain_fields())
    out: dict[str, tuple[str, str, Any]] = {}
    creations = []
    for c in changes:
        if c["op"] == ChangeOp.UPDATE.value:
            if c["field"] in fields and c["hlc"] > out.get(c["field"], ("",))[0]:
                out[c["field"]] = (c["hlc"], c["change_id"], decode(c["new_value"]))
        elif c["op"] == ChangeOp.CREATE.value:
            creations.append(c)
    oldest = min((hlc for hlc, _id, _raw in out.values()), default="")
    for c in creations:
        if arrived is None or c["change_id"] in arrived or c["hlc"] > oldest:
            for name, raw in json.loads(c["new_value"] or "{}").items():
                if name in fields and c["hlc"] > out.get(name, ("",))[0]:
                    out[name] = (c["hlc"], c["change_id"], raw)
    return out if arrived is None else {name: won for name, won in out.items() if won[1] in arrived}


def when(value: Any) -> datetime:
    """A journal time: from a file (ISO text with its offset), or as the driver reads the column
    (naive UTC text, see ``domain.base.UTCDateTime``)."""
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _maybe_concurrent(changes: list[dict[str, Any]]) -> set[str]:
    """Fields (and "" for the record's life) worth checking for a conflict: changed by more than
    one laptop, with more than one change that no other change of the field had seen (two heads).
    A field edited in turn on two sides, each having seen the other's edit, has one head: no
    candidate (at 10,000 such records, checking each one's history took most of an exchange)."""
    by_field: dict[str, list[dict[str, Any]]] = defaultdict(list)
    life: set[str] = set()
    deleted = False
    for c in changes:
        if c["op"] == ChangeOp.UPDATE.value:
            by_field[c["field"] or ""].append(c)
            life.add(c["replica_id"])
        elif c["op"] in (ChangeOp.DELETE.value, ChangeOp.RESTORE.value):
            life.add(c["replica_id"])
            deleted = True
    found = {f for f, edits in by_field.items() if len({c["replica_id"] for c in edits}) > 1 and _two_heads(edits)}
    if deleted and len(life) > 1:
        found.add("")
    return found


def _two_heads(edits: list[dict[str, Any]]) -> bool:
    """Whether two of a field's changes were made without having seen each other. Only a later
    change can have seen an earlier one, and the next one usually has: each change is asked about
    the ones after it, nearest first."""
    ordered = sorted(edits, key=lambda c: c["hlc"])  # (the newest is a head: nobody has seen it)
    return any(not any(has_seen(later["base_hlc"], c["hlc"]) for later in ordered[i + 1:])
               for i, c in enumerate(ordered[:-1]))


def _orphaned_parents(s: Any, touched: dict[str, set[str]]) -> set[tuple[str, str, str]]:
    """Deleted records that live records still depend on after this merge (one laptop deleted a
    workstream while another added an activity to it): each is an edit-against-deletion conflict
    for a person to settle, never a silent deletion or restoration."""
    found: set[tuple[str, str, str]] = set()
    for entity, record_ids in touched.items():
        model, ids, links = kinds.model_of(entity), sorted(record_ids), cascade.required_parents(kinds.model_of(entity))
        gone: list[str] = []
        parents: dict[Any, set[str]] = defaultdict(set)  # parent model -> ids the live records point at
        for chunk in in_chunks(ids, KEYS):
            columns = [getattr(model, column) for column, _parent in links]
            for row in Workspace.raw_rows(s.connection(), select(model.id, model.deleted_at, *columns).where(
                    model.id.in_(chunk))):  # deleted_at as stored: only whether it is set matters here
                if row[1] is not None:
                    gone.append(row[0])
                    continue
                for (_column, parent), value in zip(links, row[2:], strict=True):
                    parents[parent].add(value)
        found |= {(entity, parent_id, "") for _m, _c, parent_id in cascade.live_dependents(s, model, gone)}
        for parent, parent_ids in parents.items():
            pids = sorted(parent_ids)
            for chunk in in_chunks(pids, KEYS):
                found |= {(parent.__tablename__, pid, "") for pid in s.scalars(select(parent.id).where(
                    parent.id.in_(chunk), parent.deleted_at.is_not(None)))}
    return found


def apply(s: Any, search: TextSearch, new: list[dict[str, Any]], replicas: dict[str, str], now: datetime) -> Merged:
    """Bring the records the new changes touch to their merged state, parents before children."""
    touched: dict[str, set[str]] = defaultdict(set)
    for c in new:
        touched[c["entity"]].add(c["record_id"])
    arrived = {c["change_id"] for c in new}
    merged = Merged()
    bulk_search = "activity" in touched and search.begin_bulk(s.connection())  # one re-index pass
    for entity in [k.table for k in kinds.all_kinds() if k.table in touched]:
        model = kinds.model_of(entity)
        for chunk in in_chunks(sorted(touched[entity])):
            _merge_chunk(s, search, model, list(chunk), _Context(arrived, replicas, now), merged)
    if bulk_search:
        search.end_bulk(s.connection(), "activity", [i for i in merged.reindex if i in touched["activity"]])
    merged.candidates |= _orphaned_parents(s, touched)
    _note_candidates(s, merged.candidates, now)
    for entity, ids in [*touched.items(), ("exchange_conflict", {c[1] for c in merged.candidates})]:
        s.info["journal"].touch(entity, ids)  # what the views showing these kinds refresh for
    return merged


@dataclass(frozen=True)
class _Context:
    arrived: set[str]  # the ids of the changes that came in this file
    replicas: dict[str, str]  # replica id -> the laptop's name
    now: datetime


def _history(s: Any, entity: str, chunk: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every change of each record in ``chunk``, oldest first."""
    history: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in Workspace.raw_rows(s.connection(), select(*[getattr(Change, c) for c in COLUMNS]).where(
            Change.entity == entity, Change.record_id.in_(chunk)).order_by(Change.hlc)):
        change = dict(zip(COLUMNS, row, strict=True))
        history[change["record_id"]].append(change)
    return history


def _merge_chunk(s: Any, search: TextSearch, model: type[Record], chunk: list[str], ctx: _Context,
                 merged: Merged) -> None:
    entity = model.__tablename__
    history = _history(s, entity, chunk)
    existing = dict(s.execute(select(model.id, model.deleted_at).where(model.id.in_(chunk))).all())
    inserts: list[dict[str, Any]] = []
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)  # fields set -> rows
    for record_id in chunk:
        changes = history[record_id]
        merged.candidates.update((entity, record_id, f) for f in _maybe_concurrent(changes))
        if not any(c["op"] == ChangeOp.CREATE.value for c in changes):
            continue  # a change to a record whose creation has not arrived: kept in the journal
        newest = max(changes, key=lambda c: c["hlc"])
        audit = {"updated_at": when(newest["at"]), "changed_by": newest["actor"],
                 "changed_on": ctx.replicas.get(newest["replica_id"], "")}
        if record_id not in existing:
            inserts.append(_built(model, record_id, changes, audit, ctx.now))
            merged.reindex.append(record_id)
            merged.created += 1
        else:
            _changed(search, model, record_id, changes, existing[record_id], audit, ctx, merged, updates)
    _write(s, model, inserts, updates)


def _built(model: type[Record], record_id: str, changes: list[dict[str, Any]], audit: dict[str, Any],
           now: datetime) -> dict[str, Any]:
    """A record new here, built from all its changes."""
    values = {name: coerce(model, name, raw) for name, (_hlc, _id, raw) in _winners(model, changes).items()}
    return {"id": record_id, "version": 1, "created_at": when(changes[0]["at"]),
            "deleted_at": (now if _deleted(changes) else None), **audit, **values}


def _changed(search: TextSearch, model: type[Record], record_id: str, changes: list[dict[str, Any]],
             deleted_before: datetime | None, audit: dict[str, Any], ctx: _Context, merged: Merged,
             updates: dict[tuple[str, ...], list[dict[str, Any]]]) -> None:
    """A record this laptop has: the fields whose newest change arrived now, and its life."""
    deleted = bool(_deleted(changes))
    fresh = {name: coerce(model, name, raw) for name, (_hlc, _id, raw)
             in _winners(model, changes, ctx.arrived).items()}
    if not search.searched_fields(model.__tablename__).isdisjoint(fresh):
        merged.reindex.append(record_id)
    was_deleted = deleted_before is not None
    if deleted != was_deleted:  # set only when it changes: every list index is partial on it
        fresh["deleted_at"] = (deleted_before or ctx.now) if deleted else None
    updates[tuple(sorted(fresh))].append({"b_id": record_id, **{f"b_{k}": v for k, v in audit.items()},
                                          **{f"b_{k}": v for k, v in fresh.items()}})
    if deleted and not was_deleted:
        merged.deleted += 1
    elif was_deleted and not deleted:
        merged.restored += 1
    else:
        merged.updated += 1


def _write(s: Any, model: type[Record], inserts: list[dict[str, Any]],
           updates: dict[tuple[str, ...], list[dict[str, Any]]]) -> None:
    if inserts:
        s.execute(insert(model), inserts)
    table = model.__table__
    for fields, rows in updates.items():  # one statement per set of fields, executed for its records
        names = [*fields, "updated_at", "changed_by", "changed_on"]
        stmt = (update(table).where(table.c.id == bindparam("b_id"))
                .values({**{n: bindparam(f"b_{n}") for n in names}, "version": table.c.version + 1}))
        s.execute(stmt, rows)


def _note_candidates(s: Any, candidates: set[tuple[str, str, str]], now: datetime) -> None:
    for entity, record_id, fld in candidates:
        if s.get(ConflictCandidate, (entity, record_id, fld)) is None:
            s.add(ConflictCandidate(entity=entity, record_id=record_id, field=fld, found_at=now))
