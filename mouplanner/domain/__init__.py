"""The domain: typed SQLAlchemy models, vocabularies and validation. No Qt, no I/O."""

from mouplanner.domain.activity import Activity, Participation
from mouplanner.domain.agreement import Agreement, AgreementParty, AgreementSignatory, Area
from mouplanner.domain.base import Base, Record
from mouplanner.domain.indicator import Indicator, IndicatorPeriod
from mouplanner.domain.journal import Baseline, BaselineItem, Change, ConflictCandidate, ExchangePeer, Meta
from mouplanner.domain.org import Organisation, Person
from mouplanner.domain.plan import Milestone, MilestoneDependency, Workstream, WorkstreamCoordinator

# Every journalled entity, parents before children (the order of creation and of dumps).
RECORD_TYPES: tuple[type[Record], ...] = (
    Organisation,
    Person,
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Area,
    Workstream,
    WorkstreamCoordinator,
    Milestone,
    MilestoneDependency,
    Activity,
    Participation,
    Indicator,
    IndicatorPeriod,
)

BY_TABLE: dict[str, type[Record]] = {t.__tablename__: t for t in RECORD_TYPES}  # type: ignore[attr-defined]

__all__ = [
    "Activity", "Agreement", "AgreementParty", "AgreementSignatory", "Area", "BY_TABLE", "Base", "Baseline",
    "BaselineItem", "Change", "ConflictCandidate", "ExchangePeer", "Indicator", "IndicatorPeriod", "Meta", "Milestone",
    "MilestoneDependency",
    "Organisation", "Participation", "Person", "RECORD_TYPES", "Record", "Workstream",
    "WorkstreamCoordinator",
]

