"""Organisations and the people who work in them."""

from __future__ import annotations

from mouplanner.domain import Organisation, Person, enums, rules
from mouplanner.kinds.kind import Field, Kind
from mouplanner.kinds.shared import NAME, NOTES
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

ORGANISATION = Kind(
    Organisation, "organisations", QT_TRANSLATE_NOOP("Labels", "Organisations"), (
        NAME,
        Field("short_name", QT_TRANSLATE_NOOP("Form", "Short name"), width=12),
        Field("country", QT_TRANSLATE_NOOP("Form", "Country (ISO code)"), header=QT_TRANSLATE_NOOP("Excel", "Country"),
              width=9),
        Field("kind", QT_TRANSLATE_NOOP("Form", "Kind"), "enum", enums.OrgKind, required=True),
    ),
    icon="organisation", rules=rules.organisation, sheet=True, tab=4, new=7,
    new_label=QT_TRANSLATE_NOOP("MainWindow", "New organisation…"), code="short_name",
)

PERSON = Kind(
    Person, "people", QT_TRANSLATE_NOOP("Labels", "People"), (
        NAME,
        Field("organisation_id", QT_TRANSLATE_NOOP("Form", "Organisation"), "link", link="organisations"),
        Field("position", QT_TRANSLATE_NOOP("Form", "Position"), width=30),
        Field("email", QT_TRANSLATE_NOOP("Form", "E-mail"), width=24),
        Field("phone", QT_TRANSLATE_NOOP("Form", "Phone"), width=16),
        Field("sex", QT_TRANSLATE_NOOP("Form", "Sex"), "enum", enums.Sex, required=True, width=12),
        NOTES,
    ),
    icon="person", rules=rules.person, sheet=True, tab=3, new=6,
    new_label=QT_TRANSLATE_NOOP("MainWindow", "New person…"),
)
