"""The closed vocabularies of the domain.

Values are stable identifiers stored in the database, written to Excel lists and exchanged
between laptops; never rename a value. The English label is ``member.label``; the UI
translates labels (see ``mouplanner/ui``), the core never does.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def parse(cls, value: object) -> LabelledEnum:
        """Accept a value or an English label in any case; raise ValueError otherwise."""
        try:
            return cls(str(value))  # the stored value itself: the common case, and fast
        except ValueError:
            pass
        text = str(value).strip().lower()
        for member in cls:
            if text in (member.value, member.label.lower()):
                return member
        raise ValueError(f"{value!r} is not one of: {', '.join(m.value for m in cls)}")


class OrgKind(LabelledEnum):
    MINISTRY = "ministry"
    AGENCY = "agency"
    STATE_ENTERPRISE = "state_enterprise"
    COMPANY = "company"
    UNIVERSITY = "university"
    INTERNATIONAL_BODY = "international_body"


class Sex(LabelledEnum):
    FEMALE = "female"
    MALE = "male"
    UNSPECIFIED = "unspecified"


class AgreementStatus(LabelledEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    RENEWED = "renewed"


class AgreementEventKind(LabelledEnum):
    RENEWAL = "renewal"
    AMENDMENT = "amendment"
    NOTICE = "notice"  # a party's notice that it will not renew (or terminates at the term's end)
    TERMINATION = "termination"


class TermState(LabelledEnum):
    """Where an agreement stands on a day, from its dates, renewals and notices (``domain.term``)."""

    DRAFT = "draft"
    NOT_YET = "not_yet"  # signed, not yet in force
    IN_FORCE = "in_force"
    NOTICE_PERIOD = "notice_period"
    RENEWED = "renewed"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class PartyRole(LabelledEnum):
    SIGNATORY = "signatory"
    IMPLEMENTING = "implementing"
    FUNDING = "funding"


class WorkstreamStatus(LabelledEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class MilestoneStatus(LabelledEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class ActivityKind(LabelledEnum):
    VISIT = "visit"
    TRAINING = "training"
    EXPERT_EXCHANGE = "expert_exchange"
    MEETING = "meeting"
    WORKSHOP = "workshop"  # workshop or seminar
    EXHIBITION = "exhibition"
    JOINT_PROJECT = "joint_project"
    INFORMATION_EXCHANGE = "information_exchange"
    OTHER = "other"

    @property
    def label(self) -> str:
        return "Workshop / seminar" if self is ActivityKind.WORKSHOP else super().label


class ActivityStatus(LabelledEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class Direction(LabelledEnum):
    TH_TO_LA = "th_to_la"
    LA_TO_TH = "la_to_th"
    JOINT = "joint"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"th_to_la": "TH -> LA", "la_to_th": "LA -> TH"}.get(self.value, super().label)


class ParticipantRole(LabelledEnum):
    DELEGATE = "delegate"
    HEAD_OF_DELEGATION = "head_of_delegation"
    TRAINEE = "trainee"
    TRAINER = "trainer"
    EXPERT = "expert"
    SPEAKER = "speaker"


class MeetingBody(LabelledEnum):
    JOINT_WORKING_GROUP = "joint_working_group"
    SENIOR_OFFICIALS = "senior_officials"
    MINISTERIAL = "ministerial"
    TECHNICAL = "technical"
    OTHER = "other"


class MeetingStatus(LabelledEnum):
    PLANNED = "planned"
    HELD = "held"
    MINUTES_DRAFTED = "minutes_drafted"
    MINUTES_AGREED = "minutes_agreed"
    CANCELLED = "cancelled"


class HostRotation(LabelledEnum):
    """Who hosts a series' next meeting."""

    ALTERNATE = "alternate"  # the other party
    SAME = "same"


class AgendaKind(LabelledEnum):
    ITEM = "item"
    MATTERS_ARISING = "matters_arising"  # lists the action items still open from earlier meetings


class AttendeeRole(LabelledEnum):
    CO_CHAIR = "co_chair"
    HEAD_OF_DELEGATION = "head_of_delegation"
    DELEGATE = "delegate"
    PRESENTER = "presenter"
    SECRETARIAT = "secretariat"
    OBSERVER = "observer"


class LinkType(LabelledEnum):
    """How a milestone or an activity follows another (as MS Project and ProjectLibre say it)."""

    FS = "fs"  # starts when the other finishes
    SS = "ss"  # starts when the other starts
    FF = "ff"  # finishes when the other finishes
    SF = "sf"  # finishes when the other starts


class ActionStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Currency(LabelledEnum):
    THB = "THB"
    LAK = "LAK"
    USD = "USD"

    @property
    def label(self) -> str:
        return self.value

    @property
    def decimals(self) -> int:
        return 0 if self is Currency.LAK else 2


class ChangeOp(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
