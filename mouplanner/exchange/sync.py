"""Copies for other laptops, sending changes and receiving them.

Every change keeps the identity (change id), clock (HLC) and author it was made with. Receiving
applies a field's newest change (by HLC) and keeps every change in the journal, so receiving is
idempotent, any order of files ends in the same state, and concurrent edits of a field are found
and shown as conflicts (``exchange.conflicts``).
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select

from mouplanner.batches import KEYS, in_chunks
from mouplanner.domain import Change, ExchangePeer, Meta
from mouplanner.exchange import fileformat, files, merge, rights, scoped
from mouplanner.exchange.admission import Refused, admissible, record_problems
from mouplanner.exchange.conflicts import forget_settled
from mouplanner.exchange.errors import ExchangeError
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage import BackupFailed, NotAllowed, ReadOnlyWorkspace, Workspace, WorkspaceDamaged

SUFFIX = ".mousync"


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


def clone(ws: Workspace, out: Path | str, name: str, agreement: str | None = None) -> Path:
    """A copy for another laptop: same workspace family, its own replica identity and name; of the
    whole workspace, or of one agreement's part (its code or id: ``exchange.scoped``). Each side
    knows the other has everything up to now, so the first exchange sends only what's new."""
    out = Path(out)
    if out.exists():
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} already exists; choose another name"), name=out.name)
    if not name.strip():
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "give the other laptop a name"))
    if agreement is not None:
        agreement = scoped.agreement_by_code(ws, agreement)
    vector = json.dumps(seen(ws))  # (before copying: what comes between is sent again, and known)
    if ws.backend.on_server or agreement is not None:
        from mouplanner.exchange.direct import copy_into_file

        copy_into_file(ws, out, name.strip(), agreement)
    else:
        ws.save_copy(out)
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
    # the copy holds everything: that counts as an exchange (a server's reader keeps no list of laptops there)
    with suppress(NotAllowed, ReadOnlyWorkspace), ws.unjournalled(("exchange_peer",)) as s:
        s.add(ExchangePeer(replica_id=new_id, name=name.strip(), acked=vector, agreement_id=agreement,
                           last_sent_at=datetime.now(UTC)))
    return out


@dataclass
class SendReport:
    path: Path
    changes: int
    peer: str
    documents: int = 0  # documents' contents in the file
    documents_left: int = 0  # for the next file (above the budget of one)


def send(ws: Workspace, out: Path | str, to: str | None = None) -> SendReport:
    """Every change ``to`` has not acknowledged yet (all of them for an unknown peer); never from a
    damaged workspace (its changes could be wrong, and the other laptop would take them): the check
    runs while the file is built, which gets its name only if the workspace is sound."""
    with checked_while_sending(ws) as sound:
        return _send(ws, Path(out), to, sound)


@contextmanager
def checked_while_sending(ws: Workspace) -> Iterator[Callable[[], None]]:
    """``ws``'s check for damage, run in its own thread while its changes are read and sent; the
    function given raises (nothing was sent) when it found some: call it before anything is final."""
    checked = ws.backend.start_damage_check()

    def sound() -> None:
        if found := checked():
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "nothing was sent: {name} is damaged ({reason}); "
                                                              "restore its latest backup first"),
                                name=ws.name, reason=found)

    try:
        yield sound
    finally:
        with suppress(Exception):
            checked()  # its thread has ended, whatever happened


def _send(ws: Workspace, out: Path, to: str | None, sound: Callable[[], None]) -> SendReport:
    with ws.read() as s:
        peer = None
        if to:
            peer = s.get(ExchangePeer, to) or s.scalar(select(ExchangePeer).where(ExchangePeer.name == to))
            if peer is None:
                raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "no laptop called {name} has exchanged with this "
                                                                  "one; send without a name to send everything"),
                                    name=to)
        acked: dict[str, str] = json.loads(peer.acked) if peer else {}
    header, rows = outgoing(ws, acked, peer.agreement_id if peer else None)
    contents, left = files.pick(ws, files.attached_in(rows) + files.asked_by(ws, peer.replica_id if peer else None))
    header["wants_files"] = files.wanted(ws)  # (the other side sends them with its next file)
    fileformat.write(out, header, rows, before_naming=sound, contents=contents)
    if peer is not None:
        with ws.unjournalled(("exchange_peer",)) as s:
            known = s.get(ExchangePeer, peer.replica_id)
            if known is not None:
                known.last_sent_at = datetime.now(UTC)
    return SendReport(out, len(rows), peer.name if peer else "", len(contents), left)


def outgoing(ws: Workspace, acked: dict[str, str], agreement: str | None = None
             ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Every change newer than ``acked`` ({origin replica: newest hlc the other side holds}), oldest
    first, and the header that goes with them (as written in an exchange file); for a copy of one
    agreement, the changes of that agreement's part."""
    held = seen(ws)
    with ws.read() as s:
        rows: list[dict[str, Any]] = []
        for origin, newest in held.items():  # per laptop, what is newer than the peer has: an index range
            if newest > acked.get(origin, ""):
                rows += journal_rows(s.connection(), Change.replica_id == origin, Change.hlc > acked.get(origin, ""),
                                     *([scoped.changes_of(agreement)] if agreement is not None else []))
        names = {p.replica_id: p.name for p in s.scalars(select(ExchangePeer))}
    rows.sort(key=itemgetter("hlc"))
    header = {"workspace_id": ws.workspace_id, "sender_id": ws.replica_id, "sender_name": ws.replica_name,
              "replicas": {**names, ws.replica_id: ws.replica_name}, "seen": held, "since": acked,
              "created_at": datetime.now(UTC).isoformat(), "count": len(rows)}
    return header, rows


def journal_rows(conn: Any, *where: Any) -> list[dict[str, Any]]:
    """The journal's rows that meet ``where``, as an exchange file carries them."""
    stmt = select(*[getattr(Change, c) for c in merge.COLUMNS]).where(*where)
    rows = [dict(zip(merge.COLUMNS, r, strict=True)) for r in Workspace.raw_rows(conn, stmt)]
    for row in rows:
        row["at"] = merge.when(row["at"]).isoformat()
    return rows


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
    documents: int = 0  # documents' contents that arrived


def receive(ws: Workspace, path: Path | str) -> ReceiveReport:
    path = Path(path)
    header, incoming, contents = fileformat.read_all(path, ws.workspace_id)
    if header.get("sender_id") == ws.replica_id:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} was sent by this laptop; receive it on the other "
                                                          "one"), name=path.name)
    report = take_in(ws, header, incoming)
    report.documents = files.store(ws, contents)  # (after the edits: kept whatever became of them)
    return report


def take_in(ws: Workspace, header: dict[str, Any], incoming: list[dict[str, Any]],
            sound: Callable[[], None] | None = None) -> ReceiveReport:
    """Merge changes another replica sent (read from its file, or straight from it: ``direct``).
    ``sound``: the caller checks ``ws`` and the sender (raising when one is damaged); it runs just
    before the merge is committed."""
    report = ReceiveReport(str(header.get("sender_name") or ""))
    # with changes to take, the backup made first checks the file (in its own thread); without, so does this
    if sound is None and not incoming and (found := ws.backend.damage()):
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "nothing was received: {name} is damaged ({reason}); "
                                                          "restore its latest backup first"),
                            name=ws.name, reason=found)
    try:
        with ws.backend.backup_first("before-exchange", bool(incoming)) as backed_up:
            _receive(ws, header, incoming, report, (lambda: (backed_up(), sound())) if sound else backed_up)
    except WorkspaceDamaged as exc:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "nothing was received: {reason}"), reason=str(exc)) from None
    except BackupFailed as exc:
        raise ExchangeError(QT_TRANSLATE_NOOP(
            "Exchange", "nothing was received: the backup made first could not be written ({reason}); "
                        "check the space on the disk and receive the file again"),
            reason=exc.params["reason"]) from None
    report.conflicts = forget_settled(ws)
    if report.received:  # (thousands of rows: a server plans its lists from new figures)
        ws.refresh_statistics(Counter(c["entity"] for c in incoming))
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
        for count, merged in rights.take(s, ws.backend, new, lambda changes: _merge(s, ws, header, changes),
                                         report.refused) if new else []:
            report.received += count
            report.created, report.updated = report.created + merged.created, report.updated + merged.updated
            report.deleted, report.restored = report.deleted + merged.deleted, report.restored + merged.restored
        if report.received:
            ctx.clock.observe(new[-1]["hlc"])
            s.merge(Meta(key="hlc", value=ctx.clock.last))
        with rights.if_allowed(s, ws.backend):  # (a reader of a server keeps no list of laptops there)
            peer = _peer(s, str(header.get("sender_id")), sender)
            peer.acked = json.dumps(header.get("seen") or {})
            peer.wants_files = json.dumps(header.get("wants_files") or [])
            peer.last_received_at = ctx.now
            for replica_id, name in (header.get("replicas") or {}).items():  # laptops known through the sender
                if replica_id != ws.replica_id and isinstance(name, str) and s.get(ExchangePeer, replica_id) is None:
                    _peer(s, replica_id, name)
            s.flush()
        backed_up()  # the backup is on disk before the merge is committed


def _merge(s: Any, ws: Workspace, header: dict[str, Any], new: list[dict[str, Any]]) -> tuple[int, merge.Merged]:
    """Journal the changes and bring their records to the merged state."""
    rows = [{**c, "at": merge.when(c["at"])} for c in new]
    s.execute(insert(cast(Table, Change.__table__)), rows)  # Core: straight into the table, no ORM bookkeeping
    return len(new), merge.apply(s, ws.backend.search, new, header.get("replicas", {}), s.info["journal"].now)
