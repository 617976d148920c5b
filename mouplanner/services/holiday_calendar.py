"""The public holidays the calendar shows: those of the countries of the agreements' parties
(Thailand and Lao PDR in the demo), named in the reader's language where known."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from mouplanner.domain import AgreementParty, Organisation
from mouplanner.locale import holidays
from mouplanner.storage import Workspace


def party_countries(ws: Workspace) -> list[str]:
    with ws.read() as s:
        return sorted({c for c in s.scalars(
            select(Organisation.country).join(AgreementParty, AgreementParty.organisation_id == Organisation.id)
            .where(AgreementParty.deleted_at.is_(None), Organisation.deleted_at.is_(None))) if c})


def public_holidays(ws: Workspace, first: date, last: date, lang: str) -> dict[date, list[tuple[str, str]]]:
    """Day -> [(country, holiday's name)] from ``first`` to ``last``."""
    found: dict[date, list[tuple[str, str]]] = {}
    for country in party_countries(ws):
        for day, name in holidays.between(country, first, last, lang).items():
            found.setdefault(day, []).append((country, name))
    return found
