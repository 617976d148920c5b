"""Workstreams, their coordinators, and their milestones with what each depends on."""

from __future__ import annotations

from mouplanner.domain import Milestone, MilestoneDependency, Workstream, WorkstreamCoordinator, enums, rules
from mouplanner.kinds.kind import Child, Field, Kind
from mouplanner.kinds.shared import TITLE
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

WORKSTREAM = Kind(
    Workstream, "workstreams", QT_TRANSLATE_NOOP("Labels", "Workstreams"), (
        Field("area_id", QT_TRANSLATE_NOOP("Form", "Cooperation area"), "link", link="areas", required=True,
              width=36),
        TITLE,
        Field("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.WorkstreamStatus, required=True),
        Field("lead_org_1_id", QT_TRANSLATE_NOOP("Form", "Lead organisation, side 1"), "link", link="organisations"),
        Field("lead_org_2_id", QT_TRANSLATE_NOOP("Form", "Lead organisation, side 2"), "link", link="organisations"),
        Field("planned_start", QT_TRANSLATE_NOOP("Form", "Planned start"), "date"),
        Field("planned_end", QT_TRANSLATE_NOOP("Form", "Planned end"), "date"),
        Field("objective", QT_TRANSLATE_NOOP("Form", "Objective"), "long", width=30),
    ),
    icon="workstream", rules=rules.workstream, sheet=True, new=3, files=True,
    new_label=QT_TRANSLATE_NOOP("MainWindow", "New workstream…"),
    children=(Child("coordinators", QT_TRANSLATE_NOOP("Form", "Coordinators")),),
)

COORDINATOR = Kind(
    WorkstreamCoordinator, "coordinators", QT_TRANSLATE_NOOP("Labels", "Coordinators"), (
        Field("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams", required=True),
        Field("person_id", QT_TRANSLATE_NOOP("Form", "Person"), "link", link="people", required=True),
    ),
    owner="workstream_id",
)

MILESTONE = Kind(
    Milestone, "milestones", QT_TRANSLATE_NOOP("Labels", "Milestones"), (
        Field("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams", required=True,
              width=36),
        TITLE,
        Field("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.MilestoneStatus, required=True),
        Field("planned_date", QT_TRANSLATE_NOOP("Form", "Planned date"), "date"),
        Field("actual_date", QT_TRANSLATE_NOOP("Form", "Actual date"), "date"),
        Field("deliverable", QT_TRANSLATE_NOOP("Form", "Deliverable"), "long", width=30),
    ),
    icon="milestone", rules=rules.milestone, sheet=True, tab=2, new=4,
    new_label=QT_TRANSLATE_NOOP("MainWindow", "New milestone…"),
    children=(Child("dependencies", QT_TRANSLATE_NOOP("Form", "Depends on"), hide=("activity_id",)),),
)

DEPENDENCY = Kind(
    MilestoneDependency, "dependencies", QT_TRANSLATE_NOOP("Labels", "Dependencies"), (
        Field("milestone_id", QT_TRANSLATE_NOOP("Form", "Milestone"), "link", link="milestones"),
        Field("activity_id", QT_TRANSLATE_NOOP("Form", "Activity"), "link", link="activities"),
        Field("depends_on_id", QT_TRANSLATE_NOOP("Form", "After milestone"), "link", link="milestones"),
        Field("depends_on_activity_id", QT_TRANSLATE_NOOP("Form", "After activity"), "link", link="activities"),
        Field("link_type", QT_TRANSLATE_NOOP("Form", "How"), "enum", enums.LinkType, required=True),
        Field("lag_days", QT_TRANSLATE_NOOP("Form", "Lag (days)"), "int"),
    ),
    owner="milestone_id", rules=rules.dependency,
)
