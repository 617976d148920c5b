"""Workstreams, their coordinators, milestones and milestone dependencies."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner.domain.base import Base, Record, Titled
from mouplanner.domain.enums import LinkType, MilestoneStatus, WorkstreamStatus
from mouplanner.locale.marks import QT_TRANSLATE_NOOP


class Workstream(Record, Titled, Base):
    __tablename__ = "workstream"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Workstream")

    area_id: Mapped[str] = mapped_column(ForeignKey("area.id"), index=True)
    objective: Mapped[str] = mapped_column(Text, default="")
    lead_org_1_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    lead_org_2_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    status: Mapped[WorkstreamStatus] = mapped_column(default=WorkstreamStatus.PLANNED)
    planned_start: Mapped[date | None] = mapped_column(default=None)
    planned_end: Mapped[date | None] = mapped_column(default=None)


class WorkstreamCoordinator(Record, Base):
    __tablename__ = "workstream_coordinator"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Coordinator")

    workstream_id: Mapped[str] = mapped_column(ForeignKey("workstream.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))


class Milestone(Record, Titled, Base):
    __tablename__ = "milestone"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Milestone")

    workstream_id: Mapped[str] = mapped_column(ForeignKey("workstream.id"), index=True)
    planned_date: Mapped[date | None] = mapped_column(default=None, index=True)
    actual_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[MilestoneStatus] = mapped_column(default=MilestoneStatus.PLANNED)
    deliverable: Mapped[str] = mapped_column(Text, default="")


class MilestoneDependency(Record, Base):
    """A milestone or an activity (``milestone_id`` or ``activity_id``) that follows another
    (``depends_on_id`` a milestone, or ``depends_on_activity_id`` an activity): finish to start
    unless ``link_type`` says otherwise, ``lag_days`` after (or, when negative, before). The table
    keeps its first name, which every laptop's change journal knows it by."""

    __tablename__ = "milestone_dependency"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Dependency")
    CASCADE_LINKS = frozenset({"milestone_id", "activity_id", "depends_on_id", "depends_on_activity_id"})
    SUCCESSORS = ("milestone_id", "activity_id")  # exactly one is set
    PREDECESSORS = ("depends_on_id", "depends_on_activity_id")  # exactly one is set

    milestone_id: Mapped[str | None] = mapped_column(ForeignKey("milestone.id"), default=None, index=True)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), default=None, index=True)
    depends_on_id: Mapped[str | None] = mapped_column(ForeignKey("milestone.id"), default=None)
    depends_on_activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), default=None)
    link_type: Mapped[LinkType] = mapped_column(default=LinkType.FS)
    lag_days: Mapped[int] = mapped_column(default=0)
