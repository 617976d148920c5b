"""Agreements, their parties and signatories, and their cooperation areas."""

from __future__ import annotations

from mouplanner.domain import Agreement as AgreementModel
from mouplanner.domain import AgreementEvent, AgreementParty, AgreementSignatory, Area, enums, rules
from mouplanner.kinds.kind import Child, Field, Kind
from mouplanner.kinds.shared import NOTES, TITLE
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

AGREEMENT = Kind(
    AgreementModel, "agreements", QT_TRANSLATE_NOOP("Labels", "Agreements"), (
        Field("code", QT_TRANSLATE_NOOP("Form", "Code"), width=20),
        TITLE,
        Field("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enums.AgreementStatus, required=True),
        Field("signed_date", QT_TRANSLATE_NOOP("Form", "Signed"), "date"),
        Field("effective_date", QT_TRANSLATE_NOOP("Form", "Effective from"), "date"),
        Field("expiry_date", QT_TRANSLATE_NOOP("Form", "Expires"), "date"),
        Field("renewal_years", QT_TRANSLATE_NOOP("Form", "Renews by itself for (years)"), "int", width=10,
              header=QT_TRANSLATE_NOOP("Excel", "Tacit renewal (years)")),
        Field("notice_months", QT_TRANSLATE_NOOP("Form", "Notice before expiry (months)"), "int", width=10,
              header=QT_TRANSLATE_NOOP("Excel", "Notice period (months)")),
        Field("document_ref", QT_TRANSLATE_NOOP("Form", "Document reference"), width=30),
        NOTES,
    ),
    icon="agreement", rules=rules.agreement, sheet=True, new=1, files=True,
    new_label=QT_TRANSLATE_NOOP("MainWindow", "New agreement…"), code="code",
    children=(Child("parties", QT_TRANSLATE_NOOP("Form", "Parties")),
              Child("signatories", QT_TRANSLATE_NOOP("Form", "Signatories")),
              Child("agreement_events", QT_TRANSLATE_NOOP("Form", "Renewals, amendments and notices"))),
)

AGREEMENT_EVENT = Kind(
    AgreementEvent, "agreement_events", QT_TRANSLATE_NOOP("Labels", "Renewals and amendments"), (
        Field("agreement_id", QT_TRANSLATE_NOOP("Form", "Agreement"), "link", link="agreements", required=True,
              width=20),
        Field("kind", QT_TRANSLATE_NOOP("Form", "What"), "enum", enums.AgreementEventKind, required=True, width=16),
        Field("event_date", QT_TRANSLATE_NOOP("Form", "Date"), "date"),
        Field("runs_until", QT_TRANSLATE_NOOP("Form", "Term now runs until"), "date"),
        Field("description", QT_TRANSLATE_NOOP("Form", "Description"), width=40),
        Field("document_ref", QT_TRANSLATE_NOOP("Form", "Document reference"), width=24),
    ),
    owner="agreement_id", rules=rules.agreement_event, sheet=True,
)

PARTY = Kind(
    AgreementParty, "parties", QT_TRANSLATE_NOOP("Labels", "Agreement parties"), (
        Field("agreement_id", QT_TRANSLATE_NOOP("Form", "Agreement"), "link", link="agreements", required=True),
        Field("organisation_id", QT_TRANSLATE_NOOP("Form", "Organisation"), "link", link="organisations",
              required=True),
        Field("role", QT_TRANSLATE_NOOP("Form", "Role"), "enum", enums.PartyRole, required=True),
        Field("side", QT_TRANSLATE_NOOP("Form", "Side (1 or 2)"), "int"),
    ),
    owner="agreement_id",
)

SIGNATORY = Kind(
    AgreementSignatory, "signatories", QT_TRANSLATE_NOOP("Labels", "Signatories"), (
        Field("agreement_id", QT_TRANSLATE_NOOP("Form", "Agreement"), "link", link="agreements", required=True),
        Field("person_id", QT_TRANSLATE_NOOP("Form", "Person"), "link", link="people", required=True),
        Field("capacity", QT_TRANSLATE_NOOP("Form", "Signed as")),
    ),
    owner="agreement_id",
)

AREA = Kind(
    Area, "areas", QT_TRANSLATE_NOOP("Labels", "Cooperation areas"), (
        Field("agreement_id", QT_TRANSLATE_NOOP("Form", "Agreement"), "link", link="agreements", required=True,
              width=20),
        TITLE,
        Field("sort_order", QT_TRANSLATE_NOOP("Form", "Order"), "int", width=8),
        Field("description", QT_TRANSLATE_NOOP("Form", "Description"), "long", width=30),
    ),
    icon="area", sheet=True, new=2,
    new_label=QT_TRANSLATE_NOOP("MainWindow", "New cooperation area…"),
)
