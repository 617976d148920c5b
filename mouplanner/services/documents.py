"""Documents attached to records: attached from a file (its size checked before it is read, each
content kept once by its SHA-256), listed with their type, size, date and who added them, read
back verified (a damaged or missing content is said, never handed out silently), written out to
open or keep, and removed like any record (one undo step each)."""

from __future__ import annotations

import hashlib
import math
import mimetypes
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mouplanner.domain import AgreementEvent, Attachment, FileContent
from mouplanner.domain.document import OWNERS
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.outfile import written_in_place
from mouplanner.services.records import RecordService, Saved
from mouplanner.services.rows import to_row
from mouplanner.storage import Workspace, WorkspaceError

LIMIT_BYTES = 50 * 1024 * 1024  # per file: a signed scan or a slide deck, not a video
CHUNK = 1024 * 1024


class DocumentError(WorkspaceError):
    """A document that cannot be attached or read; the message says which and why."""


@dataclass
class Listed:
    row: Any  # the attachment's row
    here: bool  # its content is in this workspace (a copy may still wait for it from another laptop)
    event: Any = None  # for an agreement's list: the renewal, amendment or notice it is attached to


def limit_text() -> str:
    return f"{LIMIT_BYTES // (1024 * 1024)} MB"


def _read(path: Path) -> tuple[bytes, str]:
    """The file's bytes and their SHA-256; refused, unread, above the limit."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise DocumentError(QT_TRANSLATE_NOOP("Errors", "{name} is not a file"), name=path.name)
        if size > LIMIT_BYTES:
            raise DocumentError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is {size} MB: a document can be at most {limit} MB; attach a smaller copy "
                          "(a scan at a lower resolution, a PDF instead of the slides)"),
                name=path.name, size=math.ceil(size * 10 / 1024 / 1024) / 10, limit=LIMIT_BYTES // (1024 * 1024))
        digest, parts = hashlib.sha256(), []
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                parts.append(chunk)
                if sum(map(len, parts)) > LIMIT_BYTES:  # (it grew while being read)
                    raise DocumentError(QT_TRANSLATE_NOOP("Errors", "{name} changed while it was read"),
                                        name=path.name)
    except OSError as exc:
        raise DocumentError(QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {reason}"), name=path.name,
                            reason=exc.strerror or str(exc)) from None
    return b"".join(parts), digest.hexdigest()


def keep_content(s: Session, data: bytes, content_hash: str) -> None:
    """The content, once: nothing is written when the same bytes are kept already."""
    if s.get(FileContent, content_hash) is None:
        s.add(FileContent(content_hash=content_hash, size=len(data), data=data, added_at=datetime.now(UTC)))


def attach(ws: Workspace, owner: str, owner_id: str, path: Path, description: str = "",
           record_id: str | None = None) -> Saved:
    if owner not in OWNERS:
        raise ValueError(owner)
    data, content_hash = _read(Path(path))
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with ws.transaction("Attach document") as s:
        keep_content(s, data, content_hash)
        return RecordService(ws, Attachment).create_in(s, {
            owner: owner_id, "file_name": Path(path).name[:255], "media_type": media_type, "size": len(data),
            "content_hash": content_hash, "description": description}, record_id)


def attached(ws: Workspace, owner: str, owner_id: str) -> list[Listed]:
    """The documents of one record, newest first, each saying whether its content is here. An
    agreement's list holds those of its renewals, amendments and notices too, each with its event:
    a renewed agreement keeps its papers in one place."""
    if owner not in OWNERS:
        raise ValueError(owner)
    with ws.read() as s:
        wanted = getattr(Attachment, owner) == owner_id
        events: dict[str, Any] = {}
        if owner == "agreement_id":
            events = {e.id: to_row(e) for e in s.scalars(select(AgreementEvent).where(
                AgreementEvent.agreement_id == owner_id, AgreementEvent.deleted_at.is_(None)))}
            wanted = or_(wanted, Attachment.agreement_event_id.in_(list(events)))
        rows = s.execute(select(Attachment, FileContent.content_hash).outerjoin(
            FileContent, FileContent.content_hash == Attachment.content_hash).where(
            wanted, Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at.desc(), Attachment.id)).all()
        return [Listed(to_row(a), kept is not None, events.get(a.agreement_event_id or ""))
                for a, kept in rows]


def content(ws: Workspace, attachment_id: str) -> tuple[Any, bytes]:
    """The document's row and its bytes, verified against the hash it was attached with."""
    with ws.read() as s:
        row = s.get(Attachment, attachment_id)
        if row is None or row.deleted_at is not None:
            raise DocumentError(QT_TRANSLATE_NOOP("Errors", "this document was removed meanwhile"))
        kept = s.get(FileContent, row.content_hash)
        if kept is None:
            raise DocumentError(QT_TRANSLATE_NOOP(
                "Errors", "{name} has not reached this laptop yet: it comes with a later exchange or sync"),
                name=row.file_name)
        data = kept.data
        if hashlib.sha256(data).hexdigest() != row.content_hash or len(data) != row.size:
            raise DocumentError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is damaged in this workspace (its content no longer matches what was attached); "
                          "restore a backup, or attach it again"), name=row.file_name)
        return to_row(row), data


def write_to(ws: Workspace, attachment_id: str, target: Path) -> Path:
    """The document, verified, as the file ``target``."""
    _row, data = content(ws, attachment_id)
    with written_in_place(target) as tmp:
        tmp.write_bytes(data)
    return target


def damaged(ws: Workspace) -> list[str]:
    """The documents whose content no longer matches the hash it was kept under (one line each)."""
    found = []
    with ws.read() as s:
        for content_hash, data in s.execute(select(FileContent.content_hash, FileContent.data)):
            if hashlib.sha256(data).hexdigest() != content_hash:
                names = s.scalars(select(Attachment.file_name).where(Attachment.content_hash == content_hash))
                found.append(f"document {', '.join(sorted(set(names))) or content_hash[:12]}: its content is damaged "
                             f"(it no longer matches what was attached)")
    return found


def missing(s: Session) -> list[str]:
    """The contents this workspace's documents need and it lacks (another laptop has them)."""
    return list(s.scalars(select(Attachment.content_hash).outerjoin(
        FileContent, FileContent.content_hash == Attachment.content_hash).where(
        Attachment.deleted_at.is_(None), FileContent.content_hash.is_(None)).distinct()))
