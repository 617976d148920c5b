"""Organisations and people (contacts)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner.domain.base import Base, Named, Record
from mouplanner.domain.enums import OrgKind, Sex
from mouplanner.locale.marks import QT_TRANSLATE_NOOP


class Organisation(Record, Named, Base):
    __tablename__ = "organisation"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Organisation")

    short_name: Mapped[str] = mapped_column(String(60), default="")
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    kind: Mapped[OrgKind] = mapped_column(default=OrgKind.MINISTRY)


class Person(Record, Named, Base):
    __tablename__ = "person"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Person")

    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None,
                                                        index=True)
    position: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    sex: Mapped[Sex] = mapped_column(default=Sex.UNSPECIFIED)
    notes: Mapped[str] = mapped_column(Text, default="")
