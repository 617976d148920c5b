"""A laptop and a server exchanging over the connection, without a file: a laptop's copy made from
the server (``clone`` writes it), and both directions of an exchange in one step (``sync``), with
the same merge as exchange files: hybrid clocks, every change kept, conflicts kept for a person.
What the laptop brings that its user's rights on the server do not cover is refused there and
reported (``ReceiveReport.refused``); it stays on the laptop."""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from mouplanner.batches import KEYS, in_chunks
from mouplanner.domain import Base, Change, ExchangePeer, Meta
from mouplanner.exchange import files, scoped
from mouplanner.exchange.errors import ExchangeError
from mouplanner.exchange.rights import refusals
from mouplanner.exchange.sync import ReceiveReport, checked_while_sending, journal_rows, outgoing, seen, take_in
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage import NotAllowed, Workspace

SERVER_KEY = "server"  # a laptop's copy of a server workspace: where it syncs (the URL, no password)
SERVER_REPLICA_KEY = "server_replica"  # and the server's replica id (what it acknowledged: its peer row)
SETTLED_KEY = "server_settled"  # the laptop's newest change up to which the server holds all of its own
NOT_COPIED = ("workspace_meta", "exchange_peer", "exchange_conflict")  # each replica's own
ROWS_AT_ONCE = 5000


def copy_into_file(ws: Workspace, out: Path, name: str, agreement: str | None = None) -> None:
    """Every record and the whole journal of ``ws`` (a server's workspace, or one agreement's part
    of any workspace: ``exchange.scoped``) into a new workspace file of the same family (its own
    replica identity; ``sync.clone`` makes the two know each other)."""
    copy = Workspace.create(out, replica_name=name, actor=ws.actor)
    try:
        with ws.connection() as source, copy.unjournalled(("workspace_meta",)) as s:
            target = s.connection()
            bulk = copy.backend.search.begin_bulk(target)  # (one indexing pass at the end)
            activities: list[str] = []
            for table in Base.metadata.sorted_tables:
                if table.name in NOT_COPIED:
                    continue
                stmt = select(table)
                if agreement is not None and table.name == "change":
                    stmt = stmt.where(scoped.changes_of(agreement))
                elif (only := scoped.rows_of(table, agreement)) is not None:
                    stmt = stmt.where(only)
                rows = source.execution_options(yield_per=ROWS_AT_ONCE).execute(stmt)
                for part in rows.partitions():
                    target.execute(insert(table), [dict(r._mapping) for r in part])
                    if table.name == "activity":
                        activities += [r.id for r in part]
            if bulk:
                copy.backend.search.end_bulk(target, "activity", activities)
            s.merge(Meta(key="workspace_id", value=ws.workspace_id))
            if ws.backend.on_server:
                s.merge(Meta(key=SERVER_KEY, value=ws.location))
                s.merge(Meta(key=SERVER_REPLICA_KEY, value=ws.replica_id))
            if agreement is not None:
                s.merge(Meta(key=scoped.SCOPE_KEY, value=agreement))
            if clock := source.scalar(select(Meta.value).where(Meta.key == "hlc")):
                s.merge(Meta(key="hlc", value=clock))
    except BaseException:
        copy.close()
        out.unlink(missing_ok=True)
        raise
    copy.close()


def copy_of(ws: Workspace) -> str | None:
    """The agreement a copy of one agreement holds (None for a whole workspace)."""
    return ws.meta().get(scoped.SCOPE_KEY)


def server_of(ws: Workspace) -> str | None:
    """The server a laptop's copy came from (None for any other workspace)."""
    return ws.meta().get(SERVER_KEY)


def unsent(ws: Workspace) -> int:
    """How many changes a laptop's copy holds that its server had not when they last met."""
    held = seen(ws)
    with ws.read() as s:
        server = s.scalar(select(Meta.value).where(Meta.key == SERVER_REPLICA_KEY))
        peer = s.get(ExchangePeer, server) if server else None
        acked: dict[str, str] = json.loads(peer.acked) if peer is not None else {}
        return sum(s.scalar(select(func.count()).select_from(Change).where(
            Change.replica_id == origin, Change.hlc > acked.get(origin, ""))) or 0
            for origin, newest in held.items() if newest > acked.get(origin, ""))


@dataclass
class SyncReport:
    server: str  # its name in the workspace family (server init --name)
    sent: ReceiveReport  # what the server took of the laptop's changes (and refused)
    received: ReceiveReport  # what the laptop took of the server's


def sync(laptop: Workspace, server: Workspace) -> SyncReport:
    """Send the laptop's changes the server lacks, then receive the server's the laptop lacks. Each
    side's own journal says what it holds, so nothing is sent twice and nothing is missed, whatever
    files were exchanged in between."""
    if laptop.workspace_id != server.workspace_id:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} and {other} are not copies of one workspace"),
                            name=laptop.name, other=server.name)
    if laptop.replica_id == server.replica_id:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} is the server's own workspace, not a copy of it"),
                            name=laptop.name)
    agreement = copy_of(laptop)
    with checked_while_sending(laptop) as sound:  # (beside the sending; the server commits only if sound)
        vector = seen(server)
        header, rows = outgoing(laptop, vector)
        rows = _joined(header, rows, held_back(laptop, server, vector))
        sent = ReceiveReport(laptop.replica_name)
        if rows:
            try:
                sent = take_in(server, header, rows, sound)
            except NotAllowed as exc:  # (a reader: the server takes no change from them at all)
                sent.refused = refusals(rows, exc.params["reason"])
        sound()
        header, rows = outgoing(server, seen(laptop), agreement)
        if agreement is not None:  # records moved into the agreement since: their whole history
            with server.connection() as source, laptop.connection() as target:
                rows = _joined(header, rows, scoped.lacking(source, target, agreement))
        received = take_in(laptop, header, rows, lambda: None)  # (checked above; its backup checks it again)
    # documents' contents after the edits, one at a time: a large one holds nothing else up
    received.documents = files.copy_missing(server, laptop)
    with suppress(NotAllowed):  # (a reader brings no document to the server)
        sent.documents = files.copy_missing(laptop, server)
    return SyncReport(server.replica_name, sent, received)


def _joined(header: dict[str, Any], rows: list[dict[str, Any]], more: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with those of ``more`` not among them, oldest first; the header counts them all."""
    if not more:
        return rows
    known = {r["change_id"] for r in rows}
    rows = sorted(rows + [r for r in more if r["change_id"] not in known], key=itemgetter("hlc"))
    header["count"] = len(rows)
    return rows


def held_back(laptop: Workspace, server: Workspace, vector: dict[str, str]) -> list[dict[str, Any]]:
    """The laptop's own changes the server lacks although it holds newer ones of the laptop's
    (``vector``: what it holds): refused at an earlier sync. Each sync sends them again, so they are
    taken once the user's rights cover them, and reported as refused until then (never forgotten
    because a later change was taken). Only the changes since the newest one up to which the server
    was found to hold them all (kept on the laptop) are looked for."""
    below, settled = vector.get(laptop.replica_id, ""), laptop.meta().get(SETTLED_KEY, "")
    if below <= settled:
        return []
    with laptop.connection() as conn:
        mine = Workspace.raw_rows(conn, select(Change.change_id, Change.hlc).where(
            Change.replica_id == laptop.replica_id, Change.hlc > settled, Change.hlc <= below).order_by(Change.hlc))
    with server.connection() as conn:
        held: set[str] = set()
        for chunk in in_chunks([change_id for change_id, _hlc in mine], KEYS):
            held.update(Workspace.first_column(conn, select(Change.change_id).where(Change.change_id.in_(chunk))))
    missing = [change_id for change_id, _hlc in mine if change_id not in held]
    first = next((i for i, (change_id, _hlc) in enumerate(mine) if change_id not in held), len(mine))
    if first:  # all held up to there: not looked for again
        with laptop.unjournalled(("workspace_meta",)) as s:
            s.merge(Meta(key=SETTLED_KEY, value=mine[first - 1][1]))
    with laptop.connection() as conn:
        return [row for chunk in in_chunks(missing, KEYS) for row in journal_rows(conn, Change.change_id.in_(chunk))]
