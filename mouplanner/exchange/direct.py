"""A laptop and a server exchanging over the connection, without a file: a laptop's copy made from
the server (``clone`` writes it), and both directions of an exchange in one step (``sync``), with
the same merge as exchange files: hybrid clocks, every change kept, conflicts kept for a person.
What the laptop brings that its user's rights on the server do not cover is refused there and
reported (``ReceiveReport.refused``); it stays on the laptop."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select

from mouplanner.domain import Base, Change, ExchangePeer, Meta
from mouplanner.exchange.errors import ExchangeError
from mouplanner.exchange.rights import refusals
from mouplanner.exchange.sync import ReceiveReport, checked_while_sending, outgoing, seen, take_in
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage import NotAllowed, Workspace

SERVER_KEY = "server"  # a laptop's copy of a server workspace: where it syncs (the URL, no password)
SERVER_REPLICA_KEY = "server_replica"  # and the server's replica id (what it acknowledged: its peer row)
NOT_COPIED = ("workspace_meta", "exchange_peer", "exchange_conflict")  # each replica's own
ROWS_AT_ONCE = 5000


def copy_into_file(ws: Workspace, out: Path, name: str) -> None:
    """Every record and the whole journal of the server workspace ``ws`` into a new workspace file
    of the same family (its own replica identity; ``sync.clone`` makes the two know each other)."""
    copy = Workspace.create(out, replica_name=name, actor=ws.actor)
    try:
        with ws.connection() as source, copy.unjournalled(("workspace_meta",)) as s:
            target = s.connection()
            bulk = copy.backend.search.begin_bulk(target)  # (one indexing pass at the end)
            activities: list[str] = []
            for table in Base.metadata.sorted_tables:
                if table.name in NOT_COPIED:
                    continue
                rows = source.execution_options(yield_per=ROWS_AT_ONCE).execute(select(table))
                for part in rows.partitions():
                    target.execute(insert(table), [dict(r._mapping) for r in part])
                    if table.name == "activity":
                        activities += [r.id for r in part]
            if bulk:
                copy.backend.search.end_bulk(target, "activity", activities)
            s.merge(Meta(key="workspace_id", value=ws.workspace_id))
            s.merge(Meta(key=SERVER_KEY, value=ws.location))
            s.merge(Meta(key=SERVER_REPLICA_KEY, value=ws.replica_id))
            if clock := source.scalar(select(Meta.value).where(Meta.key == "hlc")):
                s.merge(Meta(key="hlc", value=clock))
    except BaseException:
        copy.close()
        out.unlink(missing_ok=True)
        raise
    copy.close()


def server_of(ws: Workspace) -> str | None:
    """The server a laptop's copy came from (None for any other workspace)."""
    with ws.read() as s:
        return s.scalar(select(Meta.value).where(Meta.key == SERVER_KEY))


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
    with checked_while_sending(laptop) as sound:  # (beside the sending; the server commits only if sound)
        header, rows = outgoing(laptop, seen(server))
        sent = ReceiveReport(laptop.replica_name)
        if rows:
            try:
                sent = take_in(server, header, rows, sound)
            except NotAllowed as exc:  # (a reader: the server takes no change from them at all)
                sent.refused = refusals(rows, exc.params["reason"])
        sound()
        header, rows = outgoing(server, seen(laptop))
        received = take_in(laptop, header, rows, lambda: None)  # (checked above; its backup checks it again)
    return SyncReport(server.replica_name, sent, received)
