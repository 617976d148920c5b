"""Indicators with per-period targets and actuals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner.domain.base import Base, Named, Record
from mouplanner.locale.marks import QT_TRANSLATE_NOOP


class Indicator(Record, Named, Base):
    """Attached to exactly one of: an agreement, a cooperation area, a workstream."""

    __tablename__ = "indicator"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Indicator")
    CASCADE_LINKS = frozenset({"agreement_id", "area_id", "workstream_id"})

    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreement.id"), default=None)
    area_id: Mapped[str | None] = mapped_column(ForeignKey("area.id"), default=None)
    workstream_id: Mapped[str | None] = mapped_column(ForeignKey("workstream.id"), default=None)
    unit: Mapped[str] = mapped_column(String(60), default="")
    baseline: Mapped[float | None] = mapped_column(default=None)
    baseline_label: Mapped[str] = mapped_column(String(60), default="")


class IndicatorPeriod(Record, Base):
    __tablename__ = "indicator_period"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Indicator period")

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id"), index=True)
    label: Mapped[str] = mapped_column(String(60), default="")  # "2021", "2021-Q1"
    period_start: Mapped[date | None] = mapped_column(default=None)
    period_end: Mapped[date | None] = mapped_column(default=None)
    target: Mapped[float | None] = mapped_column(default=None)
    actual: Mapped[float | None] = mapped_column(default=None)
