"""Use cases: every read and write the UI, the CLI and batch jobs make goes through here.

Services hand out plain row objects (``services.rows``), never ORM objects or sessions.
"""

from __future__ import annotations

from mouplanner.domain import (
    Activity,
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Area,
    Indicator,
    IndicatorPeriod,
    Milestone,
    MilestoneDependency,
    Organisation,
    Participation,
    Person,
    Workstream,
    WorkstreamCoordinator,
)
from mouplanner.services.records import Deleted, NotFound, RecordService, Saved, StaleRecord
from mouplanner.storage import Workspace


class Services:
    """The record use cases of one open workspace, one service per kind of record."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        self.organisations = RecordService(ws, Organisation)
        self.people = RecordService(ws, Person)
        self.agreements = RecordService(ws, Agreement)
        self.parties = RecordService(ws, AgreementParty)
        self.signatories = RecordService(ws, AgreementSignatory)
        self.areas = RecordService(ws, Area)
        self.workstreams = RecordService(ws, Workstream)
        self.coordinators = RecordService(ws, WorkstreamCoordinator)
        self.milestones = RecordService(ws, Milestone)
        self.dependencies = RecordService(ws, MilestoneDependency)
        self.activities = RecordService(ws, Activity)
        self.participations = RecordService(ws, Participation)
        self.indicators = RecordService(ws, Indicator)
        self.periods = RecordService(ws, IndicatorPeriod)


__all__ = ["Deleted", "NotFound", "RecordService", "Saved", "Services", "StaleRecord"]
