"""Activities (visits, trainings, meetings...) and the people named as taking part."""

from __future__ import annotations

from mouplanner.domain import Activity, Participation, enums, rules
from mouplanner.kinds.kind import Child, Field, Kind
from mouplanner.kinds.shared import NOTES, TITLE
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

ACTIVITY = Kind(
    Activity, "activities", QT_TRANSLATE_NOOP("Labels", "Activities"), (
        TITLE,
        Field("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams", required=True,
              width=36),
        Field("milestone_id", QT_TRANSLATE_NOOP("Form", "Milestone"), "link", link="milestones", width=30),
        Field("kind", QT_TRANSLATE_NOOP("Form", "Kind"), "enum", enums.ActivityKind, required=True),
        Field("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.ActivityStatus, required=True),
        Field("direction", QT_TRANSLATE_NOOP("Form", "Direction"), "enum", enums.Direction, required=True),
        Field("planned_start", QT_TRANSLATE_NOOP("Form", "Planned start"), "date"),
        Field("planned_end", QT_TRANSLATE_NOOP("Form", "Planned end"), "date"),
        Field("actual_start", QT_TRANSLATE_NOOP("Form", "Actual start"), "date"),
        Field("actual_end", QT_TRANSLATE_NOOP("Form", "Actual end"), "date"),
        Field("place", QT_TRANSLATE_NOOP("Form", "Place")),
        Field("country", QT_TRANSLATE_NOOP("Form", "Country (ISO code)"), header=QT_TRANSLATE_NOOP("Excel", "Country"),
              width=9),
        Field("host_org_id", QT_TRANSLATE_NOOP("Form", "Host organisation"), "link", link="organisations"),
        Field("headcount_total", QT_TRANSLATE_NOOP("Form", "Other participants (not named)"), "int", width=12),
        Field("headcount_women", QT_TRANSLATE_NOOP("Form", "of whom women"), "int", width=12),
        Field("budget_amount", QT_TRANSLATE_NOOP("Form", "Budget"), "money", width=16),
        Field("currency", QT_TRANSLATE_NOOP("Form", "Currency"), "enum", enums.Currency, width=10),
        Field("funding_source", QT_TRANSLATE_NOOP("Form", "Funding source")),
        Field("course", QT_TRANSLATE_NOOP("Form", "Course"), only_for=("training",),
              header=QT_TRANSLATE_NOOP("Excel", "Course (training)"), width=30),
        Field("hours", QT_TRANSLATE_NOOP("Form", "Hours"), "int", only_for=("training",),
              header=QT_TRANSLATE_NOOP("Excel", "Hours (training)"), width=10),
        Field("certificates", QT_TRANSLATE_NOOP("Form", "Certificates issued"), "int", only_for=("training",),
              header=QT_TRANSLATE_NOOP("Excel", "Certificates issued (training)"), width=12),
        Field("expertise", QT_TRANSLATE_NOOP("Form", "Field of expertise"), only_for=("expert_exchange",),
              header=QT_TRANSLATE_NOOP("Excel", "Field of expertise (expert exchange)"), width=24),
        Field("expert_days", QT_TRANSLATE_NOOP("Form", "Expert days"), "int", only_for=("expert_exchange",),
              header=QT_TRANSLATE_NOOP("Excel", "Expert days (expert exchange)"), width=12),
        Field("purpose", QT_TRANSLATE_NOOP("Form", "Purpose of the visit"), "long", only_for=("visit",),
              header=QT_TRANSLATE_NOOP("Excel", "Purpose (visit)"), width=30),
        Field("outputs", QT_TRANSLATE_NOOP("Form", "Outputs"), "long", width=30),
        NOTES,
    ),
    icon="activity", rules=rules.activity, sheet=True, tab=1, new=5, files=True,
    new_label=QT_TRANSLATE_NOOP("MainWindow", "New activity…"),
    sheet_order=("workstream_id", "milestone_id", "kind", "status", "title", "planned_start", "planned_end",
                 "actual_start", "actual_end", "place", "country", "host_org_id", "direction", "headcount_total",
                 "headcount_women", "budget_amount", "currency", "funding_source", "course", "hours",
                 "certificates", "expertise", "expert_days", "purpose", "outputs", "notes"),
    children=(Child("participants", QT_TRANSLATE_NOOP("Form", "Participants (named)")),
              Child("dependencies", QT_TRANSLATE_NOOP("Form", "Depends on"), link="activity_id",
                    hide=("milestone_id",))),
)

PARTICIPANT = Kind(
    Participation, "participants", QT_TRANSLATE_NOOP("Labels", "Participants"), (
        Field("activity_id", QT_TRANSLATE_NOOP("Form", "Activity"), "link", link="activities", required=True,
              width=44),
        Field("person_id", QT_TRANSLATE_NOOP("Form", "Person"), "link", link="people", required=True, width=30),
        Field("role", QT_TRANSLATE_NOOP("Form", "Role"), "enum", enums.ParticipantRole, required=True),
    ),
    owner="activity_id", sheet=True,
)
