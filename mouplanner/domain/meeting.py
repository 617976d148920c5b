"""The working group's meetings: who attended, the agenda with its minutes, the decisions agreed
and the action items handed out, each reviewed at later meetings (its updates)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner.domain.base import Base, Record, Titled
from mouplanner.domain.enums import ActionStatus, AgendaKind, AttendeeRole, HostRotation, MeetingBody, MeetingStatus
from mouplanner.locale.marks import QT_TRANSLATE_NOOP


class Meeting(Record, Titled, Base):
    """A meeting of an agreement's bodies (the joint working group, senior officials...), held in
    one country, on a day and at a time in that place's time zone."""

    __tablename__ = "meeting"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Meeting")

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    area_id: Mapped[str | None] = mapped_column(ForeignKey("area.id"), default=None)
    body: Mapped[MeetingBody] = mapped_column(default=MeetingBody.JOINT_WORKING_GROUP)
    number: Mapped[str] = mapped_column(String(60), default="")  # "3rd JWG"
    status: Mapped[MeetingStatus] = mapped_column(default=MeetingStatus.PLANNED)
    meeting_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "09:30", in the time zone below
    time_zone: Mapped[str] = mapped_column(String(60), default="Asia/Bangkok")
    host_country: Mapped[str] = mapped_column(String(2), default="")
    venue: Mapped[str] = mapped_column(default="")
    online_link: Mapped[str] = mapped_column(default="")
    co_chair_1_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    co_chair_2_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    headcount_total: Mapped[int | None] = mapped_column(default=None)  # attendees not named
    headcount_women: Mapped[int | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # a series: the next meeting comes this many months later, hosted as said (empty: not a series)
    repeat_months: Mapped[int | None] = mapped_column(default=None)
    host_rotation: Mapped[HostRotation] = mapped_column(default=HostRotation.ALTERNATE)


class MeetingAttendee(Record, Base):
    __tablename__ = "meeting_attendee"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Attendee")

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    role: Mapped[AttendeeRole] = mapped_column(default=AttendeeRole.DELEGATE)
    side: Mapped[int] = mapped_column(default=1)


class AgendaItem(Record, Titled, Base):
    """An item of a meeting's agenda, in order, with its minutes in three languages."""

    __tablename__ = "agenda_item"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Agenda item")

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    kind: Mapped[AgendaKind] = mapped_column(default=AgendaKind.ITEM)
    presenter_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    workstream_id: Mapped[str | None] = mapped_column(ForeignKey("workstream.id"), default=None)
    minutes_en: Mapped[str] = mapped_column(Text, default="")
    minutes_th: Mapped[str] = mapped_column(Text, default="")
    minutes_lo: Mapped[str] = mapped_column(Text, default="")


class Decision(Record, Base):
    """What a meeting agreed, in three languages."""

    __tablename__ = "decision"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Decision")

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"), default=None)
    workstream_id: Mapped[str | None] = mapped_column(ForeignKey("workstream.id"), default=None)
    text_en: Mapped[str] = mapped_column(Text, default="")
    text_th: Mapped[str] = mapped_column(Text, default="")
    text_lo: Mapped[str] = mapped_column(Text, default="")


class ActionItem(Record, Titled, Base):
    """What someone is to do by a date, handed out at a meeting, for the plan it serves."""

    __tablename__ = "action_item"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Action item")

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"), default=None)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None, index=True)
    due_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[ActionStatus] = mapped_column(default=ActionStatus.OPEN)
    workstream_id: Mapped[str | None] = mapped_column(ForeignKey("workstream.id"), default=None)
    milestone_id: Mapped[str | None] = mapped_column(ForeignKey("milestone.id"), default=None)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class ActionUpdate(Record, Base):
    """Where an action item stood when a meeting (or anyone, on a day) reviewed it."""

    __tablename__ = "action_update"
    LABEL = QT_TRANSLATE_NOOP("Labels", "Action item update")

    action_item_id: Mapped[str] = mapped_column(ForeignKey("action_item.id"), index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None)
    update_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[ActionStatus] = mapped_column(default=ActionStatus.OPEN)
    text: Mapped[str] = mapped_column(Text, default="")
