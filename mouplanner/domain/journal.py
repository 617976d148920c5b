"""The change journal and the workspace's own facts.

Every create, update, delete and restore of a record is journalled field by field. History,
undo, Excel conflict checks and offline exchange all read it. A create is one row whose
``new_value`` holds every domain field; an update is one row per changed field; a delete
or restore is one row with no field.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner.domain.base import Base
from mouplanner.domain.enums import ChangeOp


class Change(Base):
    __tablename__ = "change"
    __table_args__ = (Index("ix_change_record", "entity", "record_id"), Index("ix_change_hlc", "hlc"),
                      Index("ix_change_replica_hlc", "replica_id", "hlc"))  # exchange: what each laptop holds

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    # Globally unique identity of the change (exchange between laptops keys on it).
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    # All changes of one use case share a txn_id (undo takes a whole action back).
    txn_id: Mapped[str] = mapped_column(String(36), index=True)
    # Hybrid logical clock: sortable text, orders concurrent edits across laptops.
    hlc: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(120), default="")
    replica_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[ChangeOp] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(60), default=None)
    old_value: Mapped[str | None] = mapped_column(Text, default=None)  # JSON
    new_value: Mapped[str | None] = mapped_column(Text, default=None)  # JSON
    # What the use case was, for history and the Undo menu ("Edit activity").
    action: Mapped[str] = mapped_column(String(120), default="")
    # What its author had seen of the same field (or record, for delete/restore): the newest change
    # from each laptop (storage/hlc.py seen_vector). A change supersedes another it has seen; two
    # changes neither of which has seen the other are concurrent (exchange finds conflicts with it).
    base_hlc: Mapped[str] = mapped_column(Text, default="", server_default="")


class ExchangePeer(Base):
    """Another laptop of this workspace family, and what it has acknowledged having."""

    __tablename__ = "exchange_peer"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    # {origin replica id: newest hlc the peer has from it}, as the peer said in its last file.
    acked: Mapped[str] = mapped_column(Text, default="{}")
    # A copy of one agreement (exchange/scoped.py): what is sent to it is that agreement's part.
    agreement_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # the documents' contents it said, in its last file, it still lacks (JSON list of hashes)
    wants_files: Mapped[str] = mapped_column(Text, default="[]")
    last_sent_at: Mapped[datetime | None] = mapped_column(default=None)
    last_received_at: Mapped[datetime | None] = mapped_column(default=None)


class ConflictCandidate(Base):
    """A field (or a record's deletion, field "") where changes from two laptops may conflict;
    verified against the journal whenever conflicts are listed."""

    __tablename__ = "exchange_conflict"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    found_at: Mapped[datetime]


class Meta(Base):
    """Key/value facts of this workspace file (workspace family id, replica id and name...)."""

    __tablename__ = "workspace_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Baseline(Base):
    """The planned dates of one day ("save baseline" before a working-group meeting), kept on this
    laptop to show slippage since then."""

    __tablename__ = "baseline"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime]


class BaselineItem(Base):
    __tablename__ = "baseline_item"

    baseline_id: Mapped[int] = mapped_column(ForeignKey("baseline.id"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    planned_start: Mapped[date | None] = mapped_column(default=None)
    planned_end: Mapped[date | None] = mapped_column(default=None)
