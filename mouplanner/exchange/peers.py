"""The other laptops this one has exchanged with, as the exchange dialogs and the status bar list them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from mouplanner.domain import ExchangePeer
from mouplanner.storage import Workspace


@dataclass
class Peer:
    replica_id: str
    name: str
    last_sent_at: datetime | None
    last_received_at: datetime | None


def peers(ws: Workspace) -> list[Peer]:
    with ws.read() as s:
        return [Peer(p.replica_id, p.name, p.last_sent_at, p.last_received_at)
                for p in s.scalars(select(ExchangePeer).order_by(ExchangePeer.name))]
