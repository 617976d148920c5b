"""The working group's meetings, their attendees and agenda, the decisions they agree and the
action items they hand out, with each item's updates."""

from __future__ import annotations

from mouplanner.domain import ActionItem, ActionUpdate, AgendaItem, Decision, Meeting, MeetingAttendee, enums, rules
from mouplanner.kinds.kind import Child, Field, Kind
from mouplanner.kinds.shared import NOTES, TITLE
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

MEETING_LINK = Field("meeting_id", QT_TRANSLATE_NOOP("Form", "Meeting"), "link", link="meetings", required=True,
                     width=36)


def _three(prefix: str, english: str, thai: str, lao: str) -> tuple[Field, ...]:
    """A long text in each language, one field each (minutes, a decision's text)."""
    return (Field(f"{prefix}_en", english, "long", width=40), Field(f"{prefix}_th", thai, "long", width=40),
            Field(f"{prefix}_lo", lao, "long", width=40))


MEETING = Kind(
    Meeting, "meetings", QT_TRANSLATE_NOOP("Labels", "Meetings"), (
        Field("agreement_id", QT_TRANSLATE_NOOP("Form", "Agreement"), "link", link="agreements", required=True,
              width=20),
        Field("area_id", QT_TRANSLATE_NOOP("Form", "Cooperation area"), "link", link="areas", width=30),
        Field("body", QT_TRANSLATE_NOOP("Form", "Body"), "enum", enums.MeetingBody, required=True, width=22),
        Field("number", QT_TRANSLATE_NOOP("Form", "Number"), width=14),
        TITLE,
        Field("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.MeetingStatus, required=True),
        Field("meeting_date", QT_TRANSLATE_NOOP("Form", "Date"), "date"),
        Field("end_date", QT_TRANSLATE_NOOP("Form", "Until"), "date"),
        Field("start_time", QT_TRANSLATE_NOOP("Form", "Starts at (hh:mm)"), width=8),
        Field("time_zone", QT_TRANSLATE_NOOP("Form", "Time zone"), width=18),
        Field("host_country", QT_TRANSLATE_NOOP("Form", "Host country (ISO code)"),
              header=QT_TRANSLATE_NOOP("Excel", "Host country"), width=9),
        Field("venue", QT_TRANSLATE_NOOP("Form", "Venue"), width=30),
        Field("online_link", QT_TRANSLATE_NOOP("Form", "Online link"), width=30),
        Field("co_chair_1_id", QT_TRANSLATE_NOOP("Form", "Co-chair, side 1"), "link", link="people", width=26),
        Field("co_chair_2_id", QT_TRANSLATE_NOOP("Form", "Co-chair, side 2"), "link", link="people", width=26),
        Field("headcount_total", QT_TRANSLATE_NOOP("Form", "Other attendees (not named)"), "int", width=12),
        Field("headcount_women", QT_TRANSLATE_NOOP("Form", "of whom women"), "int", width=12),
        Field("repeat_months", QT_TRANSLATE_NOOP("Form", "Meets again after (months)"), "int", width=10,
              header=QT_TRANSLATE_NOOP("Excel", "Series: months to the next")),
        Field("host_rotation", QT_TRANSLATE_NOOP("Form", "Next meeting hosted by"), "enum", enums.HostRotation,
              required=True, width=16),
        NOTES,
    ),
    icon="meeting", rules=rules.meeting, sheet=True, tab=6, new=9, files=True,
    new_label=QT_TRANSLATE_NOOP("MainWindow", "New meeting…"), code="number",
    children=(Child("attendees", QT_TRANSLATE_NOOP("Form", "Attendees (named)")),),
)

ATTENDEE = Kind(
    MeetingAttendee, "attendees", QT_TRANSLATE_NOOP("Labels", "Attendees"), (
        MEETING_LINK,
        Field("person_id", QT_TRANSLATE_NOOP("Form", "Person"), "link", link="people", required=True, width=30),
        Field("role", QT_TRANSLATE_NOOP("Form", "Role"), "enum", enums.AttendeeRole, required=True),
        Field("side", QT_TRANSLATE_NOOP("Form", "Side (1 or 2)"), "int"),
    ),
    owner="meeting_id", sheet=True,
)

AGENDA_ITEM = Kind(
    AgendaItem, "agenda_items", QT_TRANSLATE_NOOP("Labels", "Agenda items"), (
        MEETING_LINK,
        Field("sort_order", QT_TRANSLATE_NOOP("Form", "Order"), "int", width=8),
        TITLE,
        Field("kind", QT_TRANSLATE_NOOP("Form", "Kind of item"), "enum", enums.AgendaKind, required=True, width=16),
        Field("presenter_id", QT_TRANSLATE_NOOP("Form", "Presented by"), "link", link="people", width=26),
        Field("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams", width=30),
        *_three("minutes", QT_TRANSLATE_NOOP("Form", "Minutes (English)"),
                QT_TRANSLATE_NOOP("Form", "Minutes (Thai)"), QT_TRANSLATE_NOOP("Form", "Minutes (Lao)")),
    ),
    icon="agenda", sheet=True, new=10, new_label=QT_TRANSLATE_NOOP("MainWindow", "New agenda item…"),
    code="sort_order",
)

DECISION = Kind(
    Decision, "decisions", QT_TRANSLATE_NOOP("Labels", "Decisions"), (
        MEETING_LINK,
        Field("agenda_item_id", QT_TRANSLATE_NOOP("Form", "Agenda item"), "link", link="agenda_items", width=30),
        Field("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams", width=30),
        *_three("text", QT_TRANSLATE_NOOP("Form", "Decision (English)"),
                QT_TRANSLATE_NOOP("Form", "Decision (Thai)"), QT_TRANSLATE_NOOP("Form", "Decision (Lao)")),
    ),
    icon="decision", rules=rules.decision, sheet=True, new=11,
    new_label=QT_TRANSLATE_NOOP("MainWindow", "New decision…"),
)

ACTION_ITEM = Kind(
    ActionItem, "action_items", QT_TRANSLATE_NOOP("Labels", "Action items"), (
        TITLE,
        MEETING_LINK,
        Field("owner_id", QT_TRANSLATE_NOOP("Form", "Owner"), "link", link="people", required=True, width=26),
        Field("due_date", QT_TRANSLATE_NOOP("Form", "Due"), "date"),
        Field("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.ActionStatus, required=True),
        Field("agenda_item_id", QT_TRANSLATE_NOOP("Form", "Agenda item"), "link", link="agenda_items", width=30),
        Field("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams", width=30),
        Field("milestone_id", QT_TRANSLATE_NOOP("Form", "Milestone"), "link", link="milestones", width=30),
        Field("activity_id", QT_TRANSLATE_NOOP("Form", "Activity"), "link", link="activities", width=30),
        NOTES,
    ),
    icon="action", sheet=True, tab=7, new=12, files=True, new_label=QT_TRANSLATE_NOOP("MainWindow", "New action item…"),
    children=(Child("action_updates", QT_TRANSLATE_NOOP("Form", "Updates")),),
)

ACTION_UPDATE = Kind(
    ActionUpdate, "action_updates", QT_TRANSLATE_NOOP("Labels", "Action item updates"), (
        Field("action_item_id", QT_TRANSLATE_NOOP("Form", "Action item"), "link", link="action_items", required=True,
              width=36),
        Field("update_date", QT_TRANSLATE_NOOP("Form", "Date"), "date"),
        Field("meeting_id", QT_TRANSLATE_NOOP("Form", "Reviewed at"), "link", link="meetings", width=30),
        Field("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.ActionStatus, required=True),
        Field("text", QT_TRANSLATE_NOOP("Form", "Update"), width=40),
    ),
    owner="action_item_id", sheet=True,
)
