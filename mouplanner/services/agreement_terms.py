"""Agreements' terms on a day (``domain.term``), read with their renewals, amendments, notices and
terminations: for the agreement's form, the summary, the dashboard and the reminders."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mouplanner.domain import Agreement, AgreementEvent
from mouplanner.domain.term import Term, term_on
from mouplanner.storage import Workspace


def terms_in(s: Session, day: date, agreement_ids: Iterable[str] | None = None) -> dict[str, Term]:
    """Each live agreement's term on ``day`` (of those given, else of all), by id."""
    agreements = select(Agreement).where(Agreement.deleted_at.is_(None))
    events = select(AgreementEvent).where(AgreementEvent.deleted_at.is_(None))
    if agreement_ids is not None:
        wanted = list(agreement_ids)
        agreements = agreements.where(Agreement.id.in_(wanted))
        events = events.where(AgreementEvent.agreement_id.in_(wanted))
    by_agreement: dict[str, list[AgreementEvent]] = {}
    for event in s.scalars(events):
        by_agreement.setdefault(event.agreement_id, []).append(event)
    return {a.id: term_on(a, by_agreement.get(a.id, []), day) for a in s.scalars(agreements)}


def term_of(ws: Workspace, agreement_id: str, day: date) -> Term | None:
    with ws.read() as s:
        return terms_in(s, day, [agreement_id]).get(agreement_id)
