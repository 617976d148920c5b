"""An agreement's term on a given day: in force, in its notice period, renewed, expired or
terminated, derived from its dates, its tacit renewal and notice period, and its dated events.

- The first term runs from the effective date (else the signing date) to the expiry date.
- A renewal or an amendment that says "runs until" moves the end of the term to that date.
- Tacit renewal: at each end the term runs on for ``renewal_years`` more, unless a party gave
  notice at least ``notice_months`` before that end. A notice given later stops the renewal after.
- The notice period is the last ``notice_months`` of a term that will renew (too late then to
  stop this renewal), or the time between a notice and the end it stops the agreement at.
- A termination ends the agreement on its date.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from mouplanner.domain.enums import AgreementEventKind, AgreementStatus, TermState

MOVES_THE_END = (AgreementEventKind.RENEWAL, AgreementEventKind.AMENDMENT)


def add_months(day: date, months: int) -> date:
    """``months`` later (or earlier, when negative), on the same day of the month or that month's last."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def known_end(expiry: date | None, renewal_years: int | None, events: Iterable[Any]) -> date | None:
    """The last day the agreement is known to run, whatever the day: its expiry as its renewals and
    amendments moved it; None while it renews by itself and no party has given notice (or ended it)."""
    events = list(events)
    if renewal_years and not any(e.kind in (AgreementEventKind.NOTICE, AgreementEventKind.TERMINATION)
                                 for e in events):
        return None
    ends = [d for d in (expiry, *(e.runs_until for e in events if e.kind in MOVES_THE_END)) if d is not None]
    return max(ends, default=None)


@dataclass(frozen=True)
class Term:
    state: TermState
    starts_on: date | None = None
    ends_on: date | None = None  # the current term's end (None: open-ended or unknown)
    notice_by: date | None = None  # the last day to give notice so that it does not renew
    renewals: int = 0  # renewed so many times by now (recorded or tacit)
    notice_given: date | None = None


def term_on(agreement: Any, events: Iterable[Any], day: date) -> Term:
    """``agreement`` and its live ``events`` (rows or models) as they stand on ``day``."""
    if agreement.status == AgreementStatus.DRAFT:
        return Term(TermState.DRAFT)
    start = agreement.effective_date or agreement.signed_date
    happened = sorted((e for e in events if e.event_date is not None and e.event_date <= day),
                      key=lambda e: e.event_date)
    ended = next((e.event_date for e in happened if e.kind == AgreementEventKind.TERMINATION), None)
    if agreement.status == AgreementStatus.TERMINATED or ended is not None:
        return Term(TermState.TERMINATED, start, ended)
    if start is not None and start > day:
        return Term(TermState.NOT_YET, start, agreement.expiry_date)
    end, renewals, notice = agreement.expiry_date, 0, None
    for event in happened:
        if event.kind in MOVES_THE_END and event.runs_until is not None:
            end = event.runs_until
            renewals += event.kind == AgreementEventKind.RENEWAL
        elif event.kind == AgreementEventKind.NOTICE and notice is None:
            notice = event.event_date
    years, months = agreement.renewal_years or 0, agreement.notice_months or 0
    if end is None:
        if agreement.status == AgreementStatus.EXPIRED:
            return Term(TermState.EXPIRED, start)
        return Term(TermState.RENEWED if renewals else TermState.IN_FORCE, start, renewals=renewals)

    def stops_at(term_end: date) -> bool:  # a notice given in time for this end
        return notice is not None and notice <= add_months(term_end, -months)

    if end < day and years and notice is None:  # renewed every term since: straight to the last ones
        skip = max(0, (day.year - end.year) // years - 1)
        end, renewals = add_months(end, 12 * years * skip), renewals + skip
    while end < day and years and not stops_at(end):  # (a notice, before the day, bounds this)
        end, renewals = add_months(end, 12 * years), renewals + 1
    if end < day:
        return Term(TermState.EXPIRED, start, end, renewals=renewals, notice_given=notice)
    will_renew = bool(years) and not stops_at(end)
    notice_by = add_months(end, -months) if will_renew else None
    if notice is not None and not will_renew:
        state = TermState.NOTICE_PERIOD  # running out after a notice
    elif will_renew and months and notice_by is not None and day > notice_by:
        state = TermState.NOTICE_PERIOD  # too late now to stop this renewal
    else:
        state = TermState.RENEWED if renewals else TermState.IN_FORCE
    return Term(state, start, end, notice_by, renewals, notice)
