"""What each record form shows: its fields and its child tables, in order."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP

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
    Record,
    Workstream,
    WorkstreamCoordinator,
    enums,
)
from mouplanner.ui.forms.fields import Spec


@dataclass
class ChildSpec:
    model: type[Record]
    link: str
    title: str
    columns: list[Spec] = field(default_factory=list)


@dataclass
class FormSpec:
    fields: list[Spec]
    children: list[ChildSpec] = field(default_factory=list)



TRI_TITLE = Spec("title", QT_TRANSLATE_NOOP("Form", "Title"), "tri")
TRI_NAME = Spec("name", QT_TRANSLATE_NOOP("Form", "Name"), "tri")

FORMS: dict[type[Record], FormSpec] = {
    Organisation: FormSpec([
        TRI_NAME,
        Spec("short_name", QT_TRANSLATE_NOOP("Form", "Short name")),
        Spec("country", QT_TRANSLATE_NOOP("Form", "Country (ISO code)")),
        Spec("kind", QT_TRANSLATE_NOOP("Form", "Kind"), "enum", enums.OrgKind, optional=False),
    ]),
    Person: FormSpec([
        TRI_NAME,
        Spec("organisation_id", QT_TRANSLATE_NOOP("Form", "Organisation"), "link", link="organisations"),
        Spec("position", QT_TRANSLATE_NOOP("Form", "Position")),
        Spec("email", QT_TRANSLATE_NOOP("Form", "E-mail")),
        Spec("phone", QT_TRANSLATE_NOOP("Form", "Phone")),
        Spec("sex", QT_TRANSLATE_NOOP("Form", "Sex"), "enum", enums.Sex, optional=False),
        Spec("notes", QT_TRANSLATE_NOOP("Form", "Notes"), "multiline"),
    ]),
    Agreement: FormSpec([
        Spec("code", QT_TRANSLATE_NOOP("Form", "Code")),
        TRI_TITLE,
        Spec("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.AgreementStatus, optional=False),
        Spec("signed_date", QT_TRANSLATE_NOOP("Form", "Signed"), "date"),
        Spec("effective_date", QT_TRANSLATE_NOOP("Form", "Effective from"), "date"),
        Spec("expiry_date", QT_TRANSLATE_NOOP("Form", "Expires"), "date"),
        Spec("document_ref", QT_TRANSLATE_NOOP("Form", "Document reference")),
        Spec("notes", QT_TRANSLATE_NOOP("Form", "Notes"), "multiline"),
    ], [
        ChildSpec(AgreementParty, "agreement_id", QT_TRANSLATE_NOOP("Form", "Parties"), [
            Spec("organisation_id", QT_TRANSLATE_NOOP("Form", "Organisation"), "link", link="organisations",
                 optional=False),
            Spec("role", QT_TRANSLATE_NOOP("Form", "Role"), "enum", enums.PartyRole, optional=False),
            Spec("side", QT_TRANSLATE_NOOP("Form", "Side (1 or 2)"), "number"),
        ]),
        ChildSpec(AgreementSignatory, "agreement_id", QT_TRANSLATE_NOOP("Form", "Signatories"), [
            Spec("person_id", QT_TRANSLATE_NOOP("Form", "Person"), "link", link="people", optional=False),
            Spec("capacity", QT_TRANSLATE_NOOP("Form", "Signed as")),
        ]),
    ]),
    Area: FormSpec([
        Spec("agreement_id", QT_TRANSLATE_NOOP("Form", "Agreement"), "link", link="agreements", optional=False),
        TRI_TITLE,
        Spec("sort_order", QT_TRANSLATE_NOOP("Form", "Order"), "number"),
        Spec("description", QT_TRANSLATE_NOOP("Form", "Description"), "multiline"),
    ]),
    Workstream: FormSpec([
        Spec("area_id", QT_TRANSLATE_NOOP("Form", "Cooperation area"), "link", link="areas", optional=False),
        TRI_TITLE,
        Spec("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.WorkstreamStatus, optional=False),
        Spec("lead_org_1_id", QT_TRANSLATE_NOOP("Form", "Lead organisation, side 1"), "link", link="organisations"),
        Spec("lead_org_2_id", QT_TRANSLATE_NOOP("Form", "Lead organisation, side 2"), "link", link="organisations"),
        Spec("planned_start", QT_TRANSLATE_NOOP("Form", "Planned start"), "date"),
        Spec("planned_end", QT_TRANSLATE_NOOP("Form", "Planned end"), "date"),
        Spec("objective", QT_TRANSLATE_NOOP("Form", "Objective"), "multiline"),
    ], [
        ChildSpec(WorkstreamCoordinator, "workstream_id", QT_TRANSLATE_NOOP("Form", "Coordinators"), [
            Spec("person_id", QT_TRANSLATE_NOOP("Form", "Person"), "link", link="people", optional=False),
        ]),
    ]),
    Milestone: FormSpec([
        Spec("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams", optional=False),
        TRI_TITLE,
        Spec("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.MilestoneStatus, optional=False),
        Spec("planned_date", QT_TRANSLATE_NOOP("Form", "Planned date"), "date"),
        Spec("actual_date", QT_TRANSLATE_NOOP("Form", "Actual date"), "date"),
        Spec("deliverable", QT_TRANSLATE_NOOP("Form", "Deliverable"), "multiline"),
    ], [
        ChildSpec(MilestoneDependency, "milestone_id", QT_TRANSLATE_NOOP("Form", "Depends on"), [
            Spec("depends_on_id", QT_TRANSLATE_NOOP("Form", "Milestone"), "link", link="milestones", optional=False),
        ]),
    ]),
    Activity: FormSpec([
        TRI_TITLE,
        Spec("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams", optional=False),
        Spec("milestone_id", QT_TRANSLATE_NOOP("Form", "Milestone"), "link", link="milestones"),
        Spec("kind", QT_TRANSLATE_NOOP("Form", "Kind"), "enum", enums.ActivityKind, optional=False),
        Spec("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.ActivityStatus, optional=False),
        Spec("direction", QT_TRANSLATE_NOOP("Form", "Direction"), "enum", enums.Direction, optional=False),
        Spec("planned_start", QT_TRANSLATE_NOOP("Form", "Planned start"), "date"),
        Spec("planned_end", QT_TRANSLATE_NOOP("Form", "Planned end"), "date"),
        Spec("actual_start", QT_TRANSLATE_NOOP("Form", "Actual start"), "date"),
        Spec("actual_end", QT_TRANSLATE_NOOP("Form", "Actual end"), "date"),
        Spec("place", QT_TRANSLATE_NOOP("Form", "Place")),
        Spec("country", QT_TRANSLATE_NOOP("Form", "Country (ISO code)")),
        Spec("host_org_id", QT_TRANSLATE_NOOP("Form", "Host organisation"), "link", link="organisations"),
        Spec("headcount_total", QT_TRANSLATE_NOOP("Form", "Other participants (not named)"), "number"),
        Spec("headcount_women", QT_TRANSLATE_NOOP("Form", "of whom women"), "number"),
        Spec("budget_amount", QT_TRANSLATE_NOOP("Form", "Budget"), "number"),
        Spec("currency", QT_TRANSLATE_NOOP("Form", "Currency"), "enum", enums.Currency),
        Spec("funding_source", QT_TRANSLATE_NOOP("Form", "Funding source")),
        Spec("course", QT_TRANSLATE_NOOP("Form", "Course"), only_for=("training",)),
        Spec("hours", QT_TRANSLATE_NOOP("Form", "Hours"), "number", only_for=("training",)),
        Spec("certificates", QT_TRANSLATE_NOOP("Form", "Certificates issued"), "number", only_for=("training",)),
        Spec("expertise", QT_TRANSLATE_NOOP("Form", "Field of expertise"), only_for=("expert_exchange",)),
        Spec("expert_days", QT_TRANSLATE_NOOP("Form", "Expert days"), "number", only_for=("expert_exchange",)),
        Spec("purpose", QT_TRANSLATE_NOOP("Form", "Purpose of the visit"), "multiline", only_for=("visit",)),
        Spec("outputs", QT_TRANSLATE_NOOP("Form", "Outputs"), "multiline"),
        Spec("notes", QT_TRANSLATE_NOOP("Form", "Notes"), "multiline"),
    ], [
        ChildSpec(Participation, "activity_id", QT_TRANSLATE_NOOP("Form", "Participants (named)"), [
            Spec("person_id", QT_TRANSLATE_NOOP("Form", "Person"), "link", link="people", optional=False),
            Spec("role", QT_TRANSLATE_NOOP("Form", "Role"), "enum", enums.ParticipantRole, optional=False),
        ]),
    ]),
    Indicator: FormSpec([
        TRI_NAME,
        Spec("agreement_id", QT_TRANSLATE_NOOP("Form", "Agreement"), "link", link="agreements"),
        Spec("area_id", QT_TRANSLATE_NOOP("Form", "Cooperation area"), "link", link="areas"),
        Spec("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams"),
        Spec("unit", QT_TRANSLATE_NOOP("Form", "Unit")),
        Spec("baseline", QT_TRANSLATE_NOOP("Form", "Baseline"), "number"),
        Spec("baseline_label", QT_TRANSLATE_NOOP("Form", "Baseline year or period")),
    ], [
        ChildSpec(IndicatorPeriod, "indicator_id", QT_TRANSLATE_NOOP("Form", "Targets and actuals"), [
            Spec("label", QT_TRANSLATE_NOOP("Form", "Period")),
            Spec("period_start", QT_TRANSLATE_NOOP("Form", "From"), "date"),
            Spec("period_end", QT_TRANSLATE_NOOP("Form", "To"), "date"),
            Spec("target", QT_TRANSLATE_NOOP("Form", "Target"), "number"),
            Spec("actual", QT_TRANSLATE_NOOP("Form", "Actual"), "number"),
        ]),
    ]),
}
