"""Activities (visits, trainings, meetings...) and the people taking part in them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner.domain.base import Base, Record, Titled
from mouplanner.domain.enums import ActivityKind, ActivityStatus, Currency, Direction, ParticipantRole


class Activity(Record, Titled, Base):
    __tablename__ = "activity"
    LABEL = "Activity"

    workstream_id: Mapped[str] = mapped_column(ForeignKey("workstream.id"), index=True)
    milestone_id: Mapped[str | None] = mapped_column(ForeignKey("milestone.id"), default=None,
                                                     index=True)
    kind: Mapped[ActivityKind] = mapped_column(default=ActivityKind.MEETING)
    status: Mapped[ActivityStatus] = mapped_column(default=ActivityStatus.PLANNED)
    planned_start: Mapped[date | None] = mapped_column(default=None, index=True)
    planned_end: Mapped[date | None] = mapped_column(default=None)
    actual_start: Mapped[date | None] = mapped_column(default=None)
    actual_end: Mapped[date | None] = mapped_column(default=None)
    place: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    host_org_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    direction: Mapped[Direction] = mapped_column(default=Direction.JOINT)
    # Head counts of participants not listed by name (added to the named participants).
    headcount_total: Mapped[int] = mapped_column(default=0)
    headcount_women: Mapped[int] = mapped_column(default=0)
    budget_amount: Mapped[Decimal | None] = mapped_column(default=None)
    currency: Mapped[Currency | None] = mapped_column(default=None)
    funding_source: Mapped[str] = mapped_column(default="")
    outputs: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Kind-specific: training
    course: Mapped[str] = mapped_column(default="")
    hours: Mapped[int | None] = mapped_column(default=None)
    certificates: Mapped[int | None] = mapped_column(default=None)
    # Kind-specific: expert exchange
    expertise: Mapped[str] = mapped_column(default="")
    expert_days: Mapped[int | None] = mapped_column(default=None)
    # Kind-specific: visit
    purpose: Mapped[str] = mapped_column(Text, default="")


class Participation(Record, Base):
    __tablename__ = "participation"
    LABEL = "Participant"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(default=ParticipantRole.DELEGATE)
