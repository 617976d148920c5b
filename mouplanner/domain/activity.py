"""Activities (visits, trainings, meetings...) and the people taking part in them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner.domain.base import Base, Record, Titled
from mouplanner.domain.enums import ActivityKind, ActivityStatus, Currency, Direction, ParticipantRole
from mouplanner.domain.sorting import list_indexes, stored, title_keys
from mouplanner.locale.marks import QT_TRANSLATE_NOOP


class Activity(Record, Titled, Base):
    __tablename__ = "activity"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Activity")

    workstream_id: Mapped[str] = mapped_column(ForeignKey("workstream.id"))  # indexed below, with deleted_at
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
    host_org_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None, index=True)
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


# The activities table sorts on these without a sort step (see domain/sorting.py).
# The expression keys are stored: a server keeps them in columns of their own (migration 0019).
SORT_KEYS = {"planned_start": Activity.planned_start, "planned_end": Activity.planned_end,
             "status": Activity.status, "kind": Activity.kind,
             **stored(Activity, {"place": func.lower(Activity.place), **title_keys(Activity)})}
list_indexes(Activity, SORT_KEYS)
# A scope's activities, and counts per workstream (navigator), without reading the table.
Index("ix_activity_workstream_id", Activity.workstream_id, Activity.deleted_at)
# Totals over the whole workspace (dashboard, summaries) read this narrow index of the live
# activities instead of the wide table; counts by status and kind read it in order.
Index("ix_activity_totals", Activity.status, Activity.kind, Activity.currency, Activity.budget_amount,
      Activity.headcount_total, Activity.headcount_women, Activity.planned_start, Activity.workstream_id,
      Activity.deleted_at,
      sqlite_where=Activity.deleted_at.is_(None), postgresql_where=Activity.deleted_at.is_(None))


class Participation(Record, Base):
    __tablename__ = "participation"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Participant")

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(default=ParticipantRole.DELEGATE)


# Counting named participants (by person, for the women among them) without reading the table.
Index("ix_participation_live", Participation.person_id, Participation.activity_id, Participation.deleted_at,
      sqlite_where=Participation.deleted_at.is_(None), postgresql_where=Participation.deleted_at.is_(None))
