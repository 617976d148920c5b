"""The agreement (MOU), its parties and signatories, and its cooperation areas."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner.domain.base import Base, Record, Titled
from mouplanner.domain.enums import AgreementEventKind, AgreementStatus, PartyRole
from mouplanner.locale.marks import QT_TRANSLATE_NOOP


class Agreement(Record, Titled, Base):
    __tablename__ = "agreement"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Agreement")

    code: Mapped[str] = mapped_column(String(60), default="")
    signed_date: Mapped[date | None] = mapped_column(default=None)
    effective_date: Mapped[date | None] = mapped_column(default=None)
    expiry_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[AgreementStatus] = mapped_column(default=AgreementStatus.DRAFT)
    document_ref: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # its term (``domain.term``): renewed by itself for this many years at each expiry, unless a
    # party gives notice at least this many months before it (empty: no tacit renewal)
    renewal_years: Mapped[int | None] = mapped_column(default=None)
    notice_months: Mapped[int | None] = mapped_column(default=None)


class AgreementEvent(Record, Base):
    """A dated event of an agreement's life: a renewal or an amendment (with the date its term now
    runs to, where it moved it), a party's notice, a termination."""

    __tablename__ = "agreement_event"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Renewal or amendment")

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    kind: Mapped[AgreementEventKind] = mapped_column(default=AgreementEventKind.RENEWAL)
    event_date: Mapped[date | None] = mapped_column(default=None)
    runs_until: Mapped[date | None] = mapped_column(default=None)
    description: Mapped[str] = mapped_column(default="")
    document_ref: Mapped[str] = mapped_column(default="")


class AgreementParty(Record, Base):
    """An organisation taking part in an agreement, on side 1 or side 2, with a role."""

    __tablename__ = "agreement_party"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Agreement party")

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    role: Mapped[PartyRole] = mapped_column(default=PartyRole.SIGNATORY)
    side: Mapped[int] = mapped_column(default=1)


class AgreementSignatory(Record, Base):
    """A person who signed the agreement, with the capacity they signed in."""

    __tablename__ = "agreement_signatory"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Signatory")

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    capacity: Mapped[str] = mapped_column(default="")


class Area(Record, Titled, Base):
    """A cooperation area of an agreement."""

    __tablename__ = "area"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Cooperation area")

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(default=0)
