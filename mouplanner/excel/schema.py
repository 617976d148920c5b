"""The layout of data workbooks and templates: one sheet per kind of record, parents first.

Every sheet starts with two hidden, locked columns (the record's id and its row version at
export) and ends with a Delete column. Headers and sheet names are written in the chosen
language and recognised in any of the three when importing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from mouplanner.domain import (
    Activity,
    Agreement,
    Area,
    Indicator,
    IndicatorPeriod,
    Milestone,
    Organisation,
    Participation,
    Person,
    Record,
    Workstream,
    enums,
)
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

ID_HEADER = QT_TRANSLATE_NOOP("Excel", "ID (do not edit)")
VERSION_HEADER = QT_TRANSLATE_NOOP("Excel", "Version (do not edit)")
DELETE_HEADER = QT_TRANSLATE_NOOP("Excel", "Delete?")
CHECK_HEADER = QT_TRANSLATE_NOOP("Excel", "Row check (do not edit)")  # hidden; see excel/rowcheck.py
DELETE_WORD = QT_TRANSLATE_NOOP("Excel", "delete")
LISTS_SHEET = "Lists"
META_SHEET = "_mouplanner"
DATA_FORMAT = "mouplanner-data"
TEMPLATE_FORMAT = "mouplanner-template"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Col:
    field: str
    header: str
    kind: str = "text"  # text, long, date, int, number, money, enum, link
    enum: type[Enum] | None = None
    link: str = ""  # key of the target sheet
    width: int = 18


@dataclass(frozen=True)
class SheetSpec:
    key: str
    model: type[Record]
    name: str
    columns: tuple[Col, ...]


def _tri(prefix: str, en: str, th: str, lo: str, width: int = 40) -> tuple[Col, ...]:
    return (Col(f"{prefix}_en", en, width=width), Col(f"{prefix}_th", th, width=width),
            Col(f"{prefix}_lo", lo, width=width))


TITLES = _tri("title", QT_TRANSLATE_NOOP("Excel", "Title (English)"), QT_TRANSLATE_NOOP("Excel", "Title (Thai)"),
              QT_TRANSLATE_NOOP("Excel", "Title (Lao)"))
NAMES = _tri("name", QT_TRANSLATE_NOOP("Excel", "Name (English)"), QT_TRANSLATE_NOOP("Excel", "Name (Thai)"),
             QT_TRANSLATE_NOOP("Excel", "Name (Lao)"), 32)
NOTES = Col("notes", QT_TRANSLATE_NOOP("Excel", "Notes"), "long", width=30)

SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("organisations", Organisation, QT_TRANSLATE_NOOP("Excel", "Organisations"), (
        *NAMES,
        Col("short_name", QT_TRANSLATE_NOOP("Excel", "Short name"), width=12),
        Col("country", QT_TRANSLATE_NOOP("Excel", "Country"), width=9),
        Col("kind", QT_TRANSLATE_NOOP("Excel", "Kind"), "enum", enums.OrgKind),
    )),
    SheetSpec("people", Person, QT_TRANSLATE_NOOP("Excel", "People"), (
        *NAMES,
        Col("organisation_id", QT_TRANSLATE_NOOP("Excel", "Organisation"), "link", link="organisations"),
        Col("position", QT_TRANSLATE_NOOP("Excel", "Position"), width=30),
        Col("email", QT_TRANSLATE_NOOP("Excel", "E-mail"), width=24),
        Col("phone", QT_TRANSLATE_NOOP("Excel", "Phone"), width=16),
        Col("sex", QT_TRANSLATE_NOOP("Excel", "Sex"), "enum", enums.Sex, width=12),
        NOTES,
    )),
    SheetSpec("agreements", Agreement, QT_TRANSLATE_NOOP("Excel", "Agreements"), (
        Col("code", QT_TRANSLATE_NOOP("Excel", "Code"), width=20),
        *TITLES,
        Col("status", QT_TRANSLATE_NOOP("Excel", "Status"), "enum", enums.AgreementStatus),
        Col("signed_date", QT_TRANSLATE_NOOP("Excel", "Signed"), "date"),
        Col("effective_date", QT_TRANSLATE_NOOP("Excel", "Effective from"), "date"),
        Col("expiry_date", QT_TRANSLATE_NOOP("Excel", "Expires"), "date"),
        Col("document_ref", QT_TRANSLATE_NOOP("Excel", "Document reference"), width=30),
        NOTES,
    )),
    SheetSpec("areas", Area, QT_TRANSLATE_NOOP("Excel", "Cooperation areas"), (
        Col("agreement_id", QT_TRANSLATE_NOOP("Excel", "Agreement"), "link", link="agreements", width=20),
        *TITLES,
        Col("sort_order", QT_TRANSLATE_NOOP("Excel", "Order"), "int", width=8),
        Col("description", QT_TRANSLATE_NOOP("Excel", "Description"), "long", width=30),
    )),
    SheetSpec("workstreams", Workstream, QT_TRANSLATE_NOOP("Excel", "Workstreams"), (
        Col("area_id", QT_TRANSLATE_NOOP("Excel", "Cooperation area"), "link", link="areas", width=36),
        *TITLES,
        Col("status", QT_TRANSLATE_NOOP("Excel", "Status"), "enum", enums.WorkstreamStatus),
        Col("lead_org_1_id", QT_TRANSLATE_NOOP("Excel", "Lead organisation, side 1"), "link", link="organisations"),
        Col("lead_org_2_id", QT_TRANSLATE_NOOP("Excel", "Lead organisation, side 2"), "link", link="organisations"),
        Col("planned_start", QT_TRANSLATE_NOOP("Excel", "Planned start"), "date"),
        Col("planned_end", QT_TRANSLATE_NOOP("Excel", "Planned end"), "date"),
        Col("objective", QT_TRANSLATE_NOOP("Excel", "Objective"), "long", width=30),
    )),
    SheetSpec("milestones", Milestone, QT_TRANSLATE_NOOP("Excel", "Milestones"), (
        Col("workstream_id", QT_TRANSLATE_NOOP("Excel", "Workstream"), "link", link="workstreams", width=36),
        *TITLES,
        Col("status", QT_TRANSLATE_NOOP("Excel", "Status"), "enum", enums.MilestoneStatus),
        Col("planned_date", QT_TRANSLATE_NOOP("Excel", "Planned date"), "date"),
        Col("actual_date", QT_TRANSLATE_NOOP("Excel", "Actual date"), "date"),
        Col("deliverable", QT_TRANSLATE_NOOP("Excel", "Deliverable"), "long", width=30),
    )),
    SheetSpec("activities", Activity, QT_TRANSLATE_NOOP("Excel", "Activities"), (
        Col("workstream_id", QT_TRANSLATE_NOOP("Excel", "Workstream"), "link", link="workstreams", width=36),
        Col("milestone_id", QT_TRANSLATE_NOOP("Excel", "Milestone"), "link", link="milestones", width=30),
        Col("kind", QT_TRANSLATE_NOOP("Excel", "Kind"), "enum", enums.ActivityKind),
        Col("status", QT_TRANSLATE_NOOP("Excel", "Status"), "enum", enums.ActivityStatus),
        *TITLES,
        Col("planned_start", QT_TRANSLATE_NOOP("Excel", "Planned start"), "date"),
        Col("planned_end", QT_TRANSLATE_NOOP("Excel", "Planned end"), "date"),
        Col("actual_start", QT_TRANSLATE_NOOP("Excel", "Actual start"), "date"),
        Col("actual_end", QT_TRANSLATE_NOOP("Excel", "Actual end"), "date"),
        Col("place", QT_TRANSLATE_NOOP("Excel", "Place")),
        Col("country", QT_TRANSLATE_NOOP("Excel", "Country"), width=9),
        Col("host_org_id", QT_TRANSLATE_NOOP("Excel", "Host organisation"), "link", link="organisations"),
        Col("direction", QT_TRANSLATE_NOOP("Excel", "Direction"), "enum", enums.Direction),
        Col("headcount_total", QT_TRANSLATE_NOOP("Excel", "Other participants (not named)"), "int", width=12),
        Col("headcount_women", QT_TRANSLATE_NOOP("Excel", "of whom women"), "int", width=12),
        Col("budget_amount", QT_TRANSLATE_NOOP("Excel", "Budget"), "money", width=16),
        Col("currency", QT_TRANSLATE_NOOP("Excel", "Currency"), "enum", enums.Currency, width=10),
        Col("funding_source", QT_TRANSLATE_NOOP("Excel", "Funding source")),
        Col("course", QT_TRANSLATE_NOOP("Excel", "Course (training)"), width=30),
        Col("hours", QT_TRANSLATE_NOOP("Excel", "Hours (training)"), "int", width=10),
        Col("certificates", QT_TRANSLATE_NOOP("Excel", "Certificates issued (training)"), "int", width=12),
        Col("expertise", QT_TRANSLATE_NOOP("Excel", "Field of expertise (expert exchange)"), width=24),
        Col("expert_days", QT_TRANSLATE_NOOP("Excel", "Expert days (expert exchange)"), "int", width=12),
        Col("purpose", QT_TRANSLATE_NOOP("Excel", "Purpose (visit)"), "long", width=30),
        Col("outputs", QT_TRANSLATE_NOOP("Excel", "Outputs"), "long", width=30),
        NOTES,
    )),
    SheetSpec("participants", Participation, QT_TRANSLATE_NOOP("Excel", "Participants"), (
        Col("activity_id", QT_TRANSLATE_NOOP("Excel", "Activity"), "link", link="activities", width=44),
        Col("person_id", QT_TRANSLATE_NOOP("Excel", "Person"), "link", link="people", width=30),
        Col("role", QT_TRANSLATE_NOOP("Excel", "Role"), "enum", enums.ParticipantRole),
    )),
    SheetSpec("indicators", Indicator, QT_TRANSLATE_NOOP("Excel", "Indicators"), (
        *NAMES,
        Col("agreement_id", QT_TRANSLATE_NOOP("Excel", "Agreement"), "link", link="agreements", width=20),
        Col("area_id", QT_TRANSLATE_NOOP("Excel", "Cooperation area"), "link", link="areas", width=30),
        Col("workstream_id", QT_TRANSLATE_NOOP("Excel", "Workstream"), "link", link="workstreams", width=30),
        Col("unit", QT_TRANSLATE_NOOP("Excel", "Unit"), width=14),
        Col("baseline", QT_TRANSLATE_NOOP("Excel", "Baseline"), "number", width=12),
        Col("baseline_label", QT_TRANSLATE_NOOP("Excel", "Baseline year or period"), width=14),
    )),
    SheetSpec("periods", IndicatorPeriod, QT_TRANSLATE_NOOP("Excel", "Indicator periods"), (
        Col("indicator_id", QT_TRANSLATE_NOOP("Excel", "Indicator"), "link", link="indicators", width=36),
        Col("label", QT_TRANSLATE_NOOP("Excel", "Period"), width=12),
        Col("period_start", QT_TRANSLATE_NOOP("Excel", "From"), "date"),
        Col("period_end", QT_TRANSLATE_NOOP("Excel", "To"), "date"),
        Col("target", QT_TRANSLATE_NOOP("Excel", "Target"), "number", width=12),
        Col("actual", QT_TRANSLATE_NOOP("Excel", "Actual"), "number", width=12),
    )),
)

BY_KEY = {s.key: s for s in SHEETS}


def header_for(spec: SheetSpec, field: str, lang: str) -> str:
    """The column a field has on its sheet, in ``lang``; the field's own name if it has none."""
    from mouplanner.locale.catalog import translate

    for col in spec.columns:
        if col.field == field:
            return translate("Excel", col.header, lang)
    return field
