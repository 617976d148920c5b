"""Copies for other laptops, sending changes and receiving them.

Every change keeps the identity (change id), clock (HLC) and author it was made with. Receiving
applies a field's newest change (by HLC) and keeps every change in the journal, so receiving is
idempotent, any order of files ends in the same state, and concurrent edits of a field are found
and shown as conflicts (``exchange.conflicts``).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update

from mouplanner import kinds
from mouplanner.batches import KEYS, in_chunks
from mouplanner.domain import Change, ConflictCandidate, ExchangePeer, Meta
from mouplanner.domain.enums import ChangeOp
from mouplanner.domain.validation import coerce
from mouplanner.exchange import fileformat
from mouplanner.exchange.admission import Refused, admissible, record_problems
from mouplanner.exchange.conflicts import forget_settled
from mouplanner.exchange.errors import ExchangeError
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.services import cascade
from mouplanner.storage import BackupFailed, TextSearch, Workspace, WorkspaceDamaged
from mouplanner.storage.journal import decode

SUFFIX = ".mousync"
COLUMNS = list(fileformat.FIELDS)


def seen(ws: Workspace) -> dict[str, str]:
    """{origin replica: newest hlc held from it}. A few index seeks per laptop (ix_change_replica_hlc)
    rather than a GROUP BY over the whole journal, which grows with every edit."""
    out: dict[str, str] = {}
    with ws.read() as s:
        origin: str | None = s.scalar(select(func.min(Change.replica_id)))
        while origin is not None:
            out[origin] = s.scalar(select(func.max(Change.hlc)).where(Change.replica_id == origin)) or ""
            origin = s.scalar(select(func.min(Change.replica_id)).where(Change.replica_id > origin))
    return out


def _peer(s: Any, replica_id: str, name: str) -> ExchangePeer:
    peer = s.get(ExchangePeer, replica_id)
    if peer is None:
        peer = ExchangePeer(replica_id=replica_id, name=name, acked="{}")
        s.add(peer)
    if name:
        peer.name = name
    return peer


def clone(ws: Workspace, out: Path | str, name: str) -> Path:
    """A copy for another laptop: same workspace family, its own replica identity and name. Each
    side knows the other has everything up to now, so the first exchange sends only what's new."""
    out = Path(out)
    if out.exists():
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} already exists; choose another name"), name=out.name)
    if not name.strip():
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "give the other laptop a name"))
    ws.save_copy(out)
    vector = json.dumps(seen(ws))
    new_id = str(uuid.uuid4())
    copy = Workspace.open(out, actor=ws.actor)
    try:
        with copy.unjournalled(("workspace_meta", "exchange_peer")) as s:
            s.merge(Meta(key="replica_id", value=new_id))
            s.merge(Meta(key="replica_name", value=name.strip()))
            s.query(ExchangePeer).delete()
            s.add(ExchangePeer(replica_id=ws.replica_id, name=ws.replica_name, acked=vector,
                               last_received_at=datetime.now(UTC)))
    finally:
        copy.close()
    with ws.unjournalled(("exchange_peer",)) as s:  # the copy holds everything: that counts as an exchange
        s.add(ExchangePeer(replica_id=new_id, name=name.strip(), acked=vector, last_sent_at=datetime.now(UTC)))
    return out


@dataclass
class SendReport:
    path: Path
    changes: int
    peer: str


def send(ws: Workspace, out: Path | str, to: str | None = None) -> SendReport:
    """Every change ``to`` has not acknowledged yet (all of them for an unknown peer); never from a
    damaged workspace (its changes could be wrong, and the other laptop would take them): the check
    runs while the file is built, which gets its name only if the workspace is sound."""
    out, checked = Path(out), ws.backend.start_damage_check()

    def sound() -> None:
        if found := checked():
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "nothing was sent: {name} is damaged ({reason}); "
                                                              "restore its latest backup first"),
                                name=ws.name, reason=found)

    try:
        return _send(ws, out, to, sound)
    finally:
        with suppress(Exception):
            checked()  # its thread has ended, whatever happened


def _send(ws: Workspace, out: Path, to: str | None, sound: Callable[[], None]) -> SendReport:
    held = seen(ws)
    with ws.read() as s:
        peer = None
        if to:
            peer = s.get(ExchangePeer, to) or s.scalar(select(ExchangePeer).where(ExchangePeer.name == to))
            if peer is None:
                raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "no laptop called {name} has exchanged with this "
                                                                  "one; send without a name to send everything"),
                                    name=to)
        acked: dict[str, str] = json.loads(peer.acked) if peer else {}
        rows: list[dict[str, Any]] = []
        for origin, newest in held.items():  # per laptop, what is newer than the peer has: an index range
            if newest > acked.get(origin, ""):
                stmt = select(*[getattr(Change, c) for c in COLUMNS]).where(
                    Change.replica_id == origin, Change.hlc > acked.get(origin, ""))
                rows += [dict(zip(COLUMNS, r, strict=True)) for r in Workspace.raw_rows(s.connection(), stmt)]
        names = {p.replica_id: p.name for p in s.scalars(select(ExchangePeer))}
    rows.sort(key=itemgetter("hlc"))
    for row in rows:
        row["at"] = _when(row["at"]).isoformat()
    header = {"workspace_id": ws.workspace_id, "sender_id": ws.replica_id, "sender_name": ws.replica_name,
              "replicas": {**names, ws.replica_id: ws.replica_name}, "seen": held, "since": acked,
              "created_at": datetime.now(UTC).isoformat(), "count": len(rows)}
    fileformat.write(out, header, rows, before_naming=sound)
    if peer is not None:
        with ws.unjournalled(("exchange_peer",)) as s:
            known = s.get(ExchangePeer, peer.replica_id)
            if known is not None:
                known.last_sent_at = datetime.now(UTC)
    return SendReport(out, len(rows), peer.name if peer else "")


@dataclass
class ReceiveReport:
    sender: str
    received: int = 0
    already_had: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0
    restored: int = 0
    conflicts: list[Any] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)  # changes a form or a workbook would refuse too


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


def _when(value: Any) -> datetime:
    """A journal time: from a file (ISO text with its offset), or as the driver reads the column
    (naive UTC text, see ``domain.base.UTCDateTime``)."""
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _maybe_concurrent(changes: list[dict[str, Any]]) -> set[str]:
    """Fields (and "" for the record's life) changed by more than one laptop: worth checking."""
    by_field: dict[str, set[str]] = defaultdict(set)
    life: set[str] = set()
    deleted = False
    for c in changes:
        if c["op"] == ChangeOp.UPDATE.value:
            by_field[c["field"] or ""].add(c["replica_id"])
            life.add(c["replica_id"])
        elif c["op"] in (ChangeOp.DELETE.value, ChangeOp.RESTORE.value):
            life.add(c["replica_id"])
            deleted = True
    found = {f for f, replicas in by_field.items() if len(replicas) > 1}
    if deleted and len(life) > 1:
        found.add("")
    return found


def receive(ws: Workspace, path: Path | str) -> ReceiveReport:
    path = Path(path)
    header, incoming = fileformat.read(path, ws.workspace_id)
    sender = str(header.get("sender_name") or "")
    report = ReceiveReport(sender)
    if header.get("sender_id") == ws.replica_id:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} was sent by this laptop; receive it on the other "
                                                          "one"), name=path.name)
    # with changes to take, the backup made first checks the file (in its own thread); without, so does this
    if not incoming and (found := ws.backend.damage()):
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "nothing was received: {name} is damaged ({reason}); "
                                                          "restore its latest backup first"),
                            name=ws.name, reason=found)
    try:
        with ws.backend.backup_first("before-exchange", bool(incoming)) as backed_up:
            _receive(ws, header, incoming, report, backed_up)
    except WorkspaceDamaged as exc:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "nothing was received: {reason}"), reason=str(exc)) from None
    except BackupFailed as exc:
        raise ExchangeError(QT_TRANSLATE_NOOP(
            "Exchange", "nothing was received: the backup made first could not be written ({reason}); "
                        "check the space on the disk and receive the file again"),
            reason=exc.params["reason"]) from None
    report.conflicts = forget_settled(ws)
    return report


def _receive(ws: Workspace, header: dict[str, Any], incoming: list[dict[str, Any]], report: ReceiveReport,
             backed_up: Callable[[], Any]) -> None:
    sender = report.sender
    with ws.transaction(f"Receive changes from {sender}") as s:
        ctx = s.info["journal"]
        have: set[str] = set()
        ids = [c["change_id"] for c in incoming]
        for chunk in in_chunks(ids, KEYS):
            have.update(Workspace.first_column(s.connection(), select(Change.change_id).where(
                Change.change_id.in_(chunk))))
        new = sorted((c for c in incoming if c["change_id"] not in have), key=lambda c: c["hlc"])
        report.already_had = len(incoming) - len(new)
        taken = []
        for c in new:
            found = admissible(c)
            if found:
                report.refused += [Refused(c["entity"], c["record_id"], p.field, p) for p in found]
            else:
                taken.append(c)
        wrong = record_problems(s, taken)  # the rules of the record each change lands in
        for (entity, record_id), found in wrong.items():
            report.refused += [Refused(entity, record_id, p.field, p) for p in found]
        new = [c for c in taken if (c["entity"], c["record_id"]) not in wrong]
        report.received = len(new)
        if new:
            rows = [{**c, "at": _when(c["at"])} for c in new]
            s.execute(insert(cast(Table, Change.__table__)), rows)  # Core: straight into the table, no ORM bookkeeping
            _apply(s, ws.backend.search, new, header.get("replicas", {}), report, ctx.now)
            ctx.clock.observe(new[-1]["hlc"])
            s.merge(Meta(key="hlc", value=ctx.clock.last))
        peer = _peer(s, str(header.get("sender_id")), sender)
        peer.acked = json.dumps(header.get("seen") or {})
        peer.last_received_at = ctx.now
        for replica_id, name in (header.get("replicas") or {}).items():  # laptops known through the sender
            if replica_id != ws.replica_id and isinstance(name, str) and s.get(ExchangePeer, replica_id) is None:
                _peer(s, replica_id, name)
        backed_up()  # the backup is on disk before the merge is committed


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


def _apply(s: Any, search: TextSearch, new: list[dict[str, Any]], replicas: dict[str, str], report: ReceiveReport,
           now: datetime) -> None:
    """Bring the records the new changes touch to their merged state: a record new to this laptop
    is built from all its changes; an existing one gets only the fields whose newest change is one
    of the new ones (the others already hold the value in force), one UPDATE per set of fields."""
    touched: dict[str, set[str]] = defaultdict(set)
    arrived = {c["change_id"] for c in new}
    for c in new:
        touched[c["entity"]].add(c["record_id"])
    bulk_search = "activity" in touched and search.begin_bulk(s.connection())  # one re-index pass
    reindex: list[str] = []  # activities new here or with a new title or place
    candidates: set[tuple[str, str, str]] = set()
    for entity in [k.table for k in kinds.all_kinds() if k.table in touched]:  # parents before children
        model = kinds.model_of(entity)
        record_ids = sorted(touched[entity])
        for chunk in in_chunks(record_ids):
            history: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for row in Workspace.raw_rows(s.connection(), select(*[getattr(Change, c) for c in COLUMNS]).where(
                    Change.entity == entity, Change.record_id.in_(chunk)).order_by(Change.hlc)):
                change = dict(zip(COLUMNS, row, strict=True))
                history[change["record_id"]].append(change)
            existing = dict(s.execute(select(model.id, model.deleted_at).where(model.id.in_(chunk))).all())
            inserts: list[dict[str, Any]] = []
            updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)  # fields set -> rows
            for record_id in chunk:
                changes = history[record_id]
                candidates.update((entity, record_id, f) for f in _maybe_concurrent(changes))
                if not any(c["op"] == ChangeOp.CREATE.value for c in changes):
                    continue  # a change to a record whose creation has not arrived: kept in the journal
                newest = max(changes, key=lambda c: c["hlc"])
                audit = {"updated_at": _when(newest["at"]), "changed_by": newest["actor"],
                         "changed_on": replicas.get(newest["replica_id"], "")}
                if record_id not in existing:
                    values = {name: coerce(model, name, raw) for name, (_hlc, _id, raw)
                              in _winners(model, changes).items()}  # a record new here: built from all of them
                    reindex.append(record_id)
                    inserts.append({"id": record_id, "version": 1, "created_at": _when(changes[0]["at"]),
                                    "deleted_at": (now if _deleted(changes) else None), **audit, **values})
                    report.created += 1
                    continue
                deleted = bool(_deleted(changes))
                deleted_at = (existing.get(record_id) or now) if deleted else None
                fresh = {name: coerce(model, name, raw) for name, (_hlc, _id, raw)
                         in _winners(model, changes, arrived).items()}
                if not search.searched_fields(entity).isdisjoint(fresh):
                    reindex.append(record_id)
                was_deleted = existing[record_id] is not None
                if deleted != was_deleted:  # set only when it changes: every list index is partial on it
                    fresh["deleted_at"] = deleted_at
                updates[tuple(sorted(fresh))].append(
                    {"b_id": record_id, **{f"b_{k}": v for k, v in audit.items()},
                     **{f"b_{k}": v for k, v in fresh.items()}})
                if deleted and not was_deleted:
                    report.deleted += 1
                elif was_deleted and not deleted:
                    report.restored += 1
                else:
                    report.updated += 1
            if inserts:
                s.execute(insert(model), inserts)
            table = model.__table__
            for fields, rows in updates.items():  # one statement per set of fields, executed for its records
                names = [*fields, "updated_at", "changed_by", "changed_on"]
                stmt = (update(table).where(table.c.id == bindparam("b_id"))
                        .values({**{n: bindparam(f"b_{n}") for n in names}, "version": table.c.version + 1}))
                s.execute(stmt, rows)
    if bulk_search:
        search.end_bulk(s.connection(), "activity", [i for i in reindex if i in touched["activity"]])
    candidates |= _orphaned_parents(s, touched)
    for entity, record_id, fld in candidates:
        if s.get(ConflictCandidate, (entity, record_id, fld)) is None:
            s.add(ConflictCandidate(entity=entity, record_id=record_id, field=fld, found_at=now))
    for entity, ids in [*touched.items(), ("exchange_conflict", {c[1] for c in candidates})]:
        s.info["journal"].touch(entity, ids)  # what the views showing these kinds refresh for
