"""Every label the app shows for a domain value, column or field, marked for translation.

The core speaks stable identifiers (enum values, field names); this module turns them into
words in the UI language. The English source strings are marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` collects them into the .ts files.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from mouplanner.domain import enums

CONTEXT = "Labels"

ENUMS: dict[Enum, str] = {
    enums.OrgKind.MINISTRY: QT_TRANSLATE_NOOP("Labels", "Ministry"),
    enums.OrgKind.AGENCY: QT_TRANSLATE_NOOP("Labels", "Agency"),
    enums.OrgKind.STATE_ENTERPRISE: QT_TRANSLATE_NOOP("Labels", "State enterprise"),
    enums.OrgKind.COMPANY: QT_TRANSLATE_NOOP("Labels", "Company"),
    enums.OrgKind.UNIVERSITY: QT_TRANSLATE_NOOP("Labels", "University"),
    enums.OrgKind.INTERNATIONAL_BODY: QT_TRANSLATE_NOOP("Labels", "International body"),
    enums.Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
    enums.Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
    enums.Sex.UNSPECIFIED: QT_TRANSLATE_NOOP("Labels", "Unspecified"),
    enums.AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    enums.AgreementStatus.SIGNED: QT_TRANSLATE_NOOP("Labels", "Signed"),
    enums.AgreementStatus.IN_FORCE: QT_TRANSLATE_NOOP("Labels", "In force"),
    enums.AgreementStatus.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
    enums.AgreementStatus.TERMINATED: QT_TRANSLATE_NOOP("Labels", "Terminated"),
    enums.AgreementStatus.RENEWED: QT_TRANSLATE_NOOP("Labels", "Renewed"),
    enums.PartyRole.SIGNATORY: QT_TRANSLATE_NOOP("Labels", "Signatory"),
    enums.PartyRole.IMPLEMENTING: QT_TRANSLATE_NOOP("Labels", "Implementing"),
    enums.PartyRole.FUNDING: QT_TRANSLATE_NOOP("Labels", "Funding"),
    enums.WorkstreamStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    enums.WorkstreamStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    enums.WorkstreamStatus.ON_HOLD: QT_TRANSLATE_NOOP("Labels", "On hold"),
    enums.WorkstreamStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    enums.WorkstreamStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    enums.MilestoneStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    enums.MilestoneStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    enums.MilestoneStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    enums.MilestoneStatus.DELAYED: QT_TRANSLATE_NOOP("Labels", "Delayed"),
    enums.MilestoneStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    enums.ActivityKind.VISIT: QT_TRANSLATE_NOOP("Labels", "Visit"),
    enums.ActivityKind.TRAINING: QT_TRANSLATE_NOOP("Labels", "Training"),
    enums.ActivityKind.EXPERT_EXCHANGE: QT_TRANSLATE_NOOP("Labels", "Expert exchange"),
    enums.ActivityKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
    enums.ActivityKind.WORKSHOP: QT_TRANSLATE_NOOP("Labels", "Workshop / seminar"),
    enums.ActivityKind.EXHIBITION: QT_TRANSLATE_NOOP("Labels", "Exhibition"),
    enums.ActivityKind.JOINT_PROJECT: QT_TRANSLATE_NOOP("Labels", "Joint project"),
    enums.ActivityKind.INFORMATION_EXCHANGE: QT_TRANSLATE_NOOP("Labels", "Information exchange"),
    enums.ActivityKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    enums.ActivityStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    enums.ActivityStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    enums.ActivityStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    enums.ActivityStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    enums.ActivityStatus.POSTPONED: QT_TRANSLATE_NOOP("Labels", "Postponed"),
    enums.ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    enums.Direction.TH_TO_LA: QT_TRANSLATE_NOOP("Labels", "Thailand → Lao PDR"),
    enums.Direction.LA_TO_TH: QT_TRANSLATE_NOOP("Labels", "Lao PDR → Thailand"),
    enums.Direction.JOINT: QT_TRANSLATE_NOOP("Labels", "Joint"),
    enums.Direction.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    enums.ParticipantRole.DELEGATE: QT_TRANSLATE_NOOP("Labels", "Delegate"),
    enums.ParticipantRole.HEAD_OF_DELEGATION: QT_TRANSLATE_NOOP("Labels", "Head of delegation"),
    enums.ParticipantRole.TRAINEE: QT_TRANSLATE_NOOP("Labels", "Trainee"),
    enums.ParticipantRole.TRAINER: QT_TRANSLATE_NOOP("Labels", "Trainer"),
    enums.ParticipantRole.EXPERT: QT_TRANSLATE_NOOP("Labels", "Expert"),
    enums.ParticipantRole.SPEAKER: QT_TRANSLATE_NOOP("Labels", "Speaker"),
    enums.Currency.THB: QT_TRANSLATE_NOOP("Labels", "THB"),
    enums.Currency.LAK: QT_TRANSLATE_NOOP("Labels", "LAK"),
    enums.Currency.USD: QT_TRANSLATE_NOOP("Labels", "USD"),
}

COLUMNS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "planned_start": QT_TRANSLATE_NOOP("Labels", "Start"),
    "planned_end": QT_TRANSLATE_NOOP("Labels", "End"),
    "place": QT_TRANSLATE_NOOP("Labels", "Place"),
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "host": QT_TRANSLATE_NOOP("Labels", "Host"),
    "workstream": QT_TRANSLATE_NOOP("Labels", "Workstream"),
    "participants": QT_TRANSLATE_NOOP("Labels", "Participants"),
    "women": QT_TRANSLATE_NOOP("Labels", "Women"),
    "budget": QT_TRANSLATE_NOOP("Labels", "Budget"),
    "currency": QT_TRANSLATE_NOOP("Labels", "Currency"),
    "planned_date": QT_TRANSLATE_NOOP("Labels", "Planned date"),
    "actual_date": QT_TRANSLATE_NOOP("Labels", "Actual date"),
    "deliverable": QT_TRANSLATE_NOOP("Labels", "Deliverable"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "position": QT_TRANSLATE_NOOP("Labels", "Position"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "sex": QT_TRANSLATE_NOOP("Labels", "Sex"),
    "short_name": QT_TRANSLATE_NOOP("Labels", "Short name"),
    "indicator": QT_TRANSLATE_NOOP("Labels", "Indicator"),
    "unit": QT_TRANSLATE_NOOP("Labels", "Unit"),
    "baseline": QT_TRANSLATE_NOOP("Labels", "Baseline"),
    "period": QT_TRANSLATE_NOOP("Labels", "Period"),
    "target": QT_TRANSLATE_NOOP("Labels", "Target"),
    "actual": QT_TRANSLATE_NOOP("Labels", "Actual"),
    "achieved": QT_TRANSLATE_NOOP("Labels", "Achieved %"),
}

ENTITIES: dict[str, str] = {
    "Organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "Person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "Agreement": QT_TRANSLATE_NOOP("Labels", "Agreement"),
    "Agreement party": QT_TRANSLATE_NOOP("Labels", "Agreement party"),
    "Signatory": QT_TRANSLATE_NOOP("Labels", "Signatory"),
    "Cooperation area": QT_TRANSLATE_NOOP("Labels", "Cooperation area"),
    "Workstream": QT_TRANSLATE_NOOP("Labels", "Workstream"),
    "Coordinator": QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    "Milestone": QT_TRANSLATE_NOOP("Labels", "Milestone"),
    "Milestone dependency": QT_TRANSLATE_NOOP("Labels", "Milestone dependency"),
    "Activity": QT_TRANSLATE_NOOP("Labels", "Activity"),
    "Participant": QT_TRANSLATE_NOOP("Labels", "Participant"),
    "Indicator": QT_TRANSLATE_NOOP("Labels", "Indicator"),
    "Indicator period": QT_TRANSLATE_NOOP("Labels", "Indicator period"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def enum_label(value: object) -> str:
    if isinstance(value, Enum) and value in ENUMS:
        return tr(ENUMS[value])
    return "" if value is None else str(value)


def column_label(key: str) -> str:
    return tr(COLUMNS.get(key, key))


def entity_label(label: str) -> str:
    return tr(ENTITIES.get(label, label))
