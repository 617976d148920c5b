"""Documents attached to records (signed MOU scans, minutes, presentations, photos, reports): the
attachment is a record like any other (journalled, exchanged, undone); the file itself is kept once
per content, by its SHA-256, in ``file_content`` (not journalled: it never changes)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner.domain.base import Base, Record
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

# the records a document may be attached to: one of these links is set
OWNERS = ("agreement_id", "agreement_event_id", "meeting_id", "workstream_id", "activity_id", "action_item_id")


class Attachment(Record, Base):
    __tablename__ = "attachment"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Document")

    file_name: Mapped[str] = mapped_column(String(255), default="")
    media_type: Mapped[str] = mapped_column(String(120), default="")
    size: Mapped[int] = mapped_column(default=0)
    content_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    description: Mapped[str] = mapped_column(default="")
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreement.id"), default=None, index=True)
    agreement_event_id: Mapped[str | None] = mapped_column(ForeignKey("agreement_event.id"), default=None)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None, index=True)
    workstream_id: Mapped[str | None] = mapped_column(ForeignKey("workstream.id"), default=None)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), default=None, index=True)
    action_item_id: Mapped[str | None] = mapped_column(ForeignKey("action_item.id"), default=None)


class FileContent(Base):
    """A file's bytes, once however often it is attached."""

    __tablename__ = "file_content"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column()
