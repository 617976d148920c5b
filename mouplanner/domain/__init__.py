"""The domain: typed SQLAlchemy models, vocabularies and validation. No Qt, no I/O."""

from mouplanner.domain.activity import Activity, Participation
from mouplanner.domain.agreement import Agreement, AgreementEvent, AgreementParty, AgreementSignatory, Area
from mouplanner.domain.base import Base, Record
from mouplanner.domain.document import Attachment, FileContent
from mouplanner.domain.indicator import Indicator, IndicatorPeriod
from mouplanner.domain.journal import Baseline, BaselineItem, Change, ConflictCandidate, ExchangePeer, Meta
from mouplanner.domain.meeting import ActionItem, ActionUpdate, AgendaItem, Decision, Meeting, MeetingAttendee
from mouplanner.domain.org import Organisation, Person
from mouplanner.domain.plan import Milestone, MilestoneDependency, Workstream, WorkstreamCoordinator

__all__ = [
    "ActionItem", "ActionUpdate", "AgendaItem", "Decision", "Meeting", "MeetingAttendee",
    "Activity", "Agreement", "AgreementEvent", "Attachment", "FileContent",
    "AgreementParty", "AgreementSignatory", "Area", "Base", "Baseline",
    "BaselineItem", "Change", "ConflictCandidate", "ExchangePeer", "Indicator", "IndicatorPeriod", "Meta", "Milestone",
    "MilestoneDependency",
    "Organisation", "Participation", "Person", "Record", "Workstream",
    "WorkstreamCoordinator",
]

