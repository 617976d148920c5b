"""Workstreams, their coordinators, milestones and milestone dependencies."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner.domain.base import Base, Record, Titled
from mouplanner.domain.enums import MilestoneStatus, WorkstreamStatus
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
    """``milestone_id`` cannot finish before ``depends_on_id``."""

    __tablename__ = "milestone_dependency"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Milestone dependency")

    milestone_id: Mapped[str] = mapped_column(ForeignKey("milestone.id"), index=True)
    depends_on_id: Mapped[str] = mapped_column(ForeignKey("milestone.id"))
