"""An agreement's term on a day (issue 18): in force, in its notice period, renewed (recorded or
by itself), expired, terminated; a notice in time stops the next renewal, a late one the one after."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from mouplanner.domain.enums import AgreementEventKind as K
from mouplanner.domain.enums import AgreementStatus, TermState
from mouplanner.domain.term import add_months, term_on


def mou(**values):
    base = {"status": AgreementStatus.IN_FORCE, "signed_date": date(2018, 2, 7), "effective_date": date(2018, 2, 7),
            "expiry_date": date(2023, 2, 6), "renewal_years": 5, "notice_months": 6}
    return SimpleNamespace(**(base | values))


def event(kind, day, until=None):
    return SimpleNamespace(kind=kind, event_date=day, runs_until=until)


def test_months_are_added_and_taken_keeping_the_day_or_the_months_last():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2028, 2, 6), -6) == date(2027, 8, 6)
    assert add_months(date(2026, 11, 15), 12) == date(2027, 11, 15)


@pytest.mark.parametrize(("day", "state", "ends", "notice_by", "renewals"), [
    (date(2017, 12, 1), TermState.NOT_YET, date(2023, 2, 6), None, 0),
    (date(2020, 1, 1), TermState.IN_FORCE, date(2023, 2, 6), date(2022, 8, 6), 0),
    (date(2022, 8, 6), TermState.IN_FORCE, date(2023, 2, 6), date(2022, 8, 6), 0),  # the last day for notice
    (date(2022, 8, 7), TermState.NOTICE_PERIOD, date(2023, 2, 6), date(2022, 8, 6), 0),  # too late now
    (date(2023, 2, 6), TermState.NOTICE_PERIOD, date(2023, 2, 6), date(2022, 8, 6), 0),
    (date(2023, 2, 7), TermState.RENEWED, date(2028, 2, 6), date(2027, 8, 6), 1),  # by itself
    (date(2026, 12, 2), TermState.RENEWED, date(2028, 2, 6), date(2027, 8, 6), 1),
    (date(2034, 1, 1), TermState.RENEWED, date(2038, 2, 6), date(2037, 8, 6), 3),
])
def test_a_term_renewed_by_itself_unless_notice_is_given(day, state, ends, notice_by, renewals):
    term = term_on(mou(), [], day)
    assert (term.state, term.ends_on, term.notice_by, term.renewals) == (state, ends, notice_by, renewals)


def test_a_notice_in_time_stops_the_renewal_and_a_late_one_the_next():
    in_time = [event(K.NOTICE, date(2022, 6, 1))]
    assert term_on(mou(), in_time, date(2022, 7, 1)).state == TermState.NOTICE_PERIOD  # running out
    assert term_on(mou(), in_time, date(2022, 7, 1)).notice_by is None
    gone = term_on(mou(), in_time, date(2023, 3, 1))
    assert (gone.state, gone.ends_on, gone.notice_given) == (TermState.EXPIRED, date(2023, 2, 6), date(2022, 6, 1))
    late = [event(K.NOTICE, date(2022, 12, 1))]  # after 6 August 2022: the 2023 renewal happens
    renewed = term_on(mou(), late, date(2024, 1, 1))
    assert (renewed.state, renewed.ends_on, renewed.renewals) == (TermState.NOTICE_PERIOD, date(2028, 2, 6), 1)
    assert term_on(mou(), late, date(2028, 3, 1)).state == TermState.EXPIRED


def test_recorded_renewals_and_amendments_move_the_end_and_a_termination_ends_it():
    fixed = mou(renewal_years=None, notice_months=None)
    assert term_on(fixed, [], date(2023, 3, 1)).state == TermState.EXPIRED
    renewed = [event(K.RENEWAL, date(2023, 1, 20), date(2026, 2, 6))]
    assert term_on(fixed, renewed, date(2024, 1, 1)).state == TermState.RENEWED
    assert term_on(fixed, renewed, date(2026, 2, 7)).state == TermState.EXPIRED
    amended = renewed + [event(K.AMENDMENT, date(2025, 5, 1), date(2027, 12, 31))]
    term = term_on(fixed, amended, date(2026, 6, 1))
    assert (term.state, term.ends_on, term.renewals) == (TermState.RENEWED, date(2027, 12, 31), 1)
    future = [event(K.RENEWAL, date(2030, 1, 1), date(2035, 1, 1))]  # not yet happened on the day
    assert term_on(fixed, future, date(2023, 3, 1)).state == TermState.EXPIRED
    ended = term_on(mou(), [event(K.TERMINATION, date(2020, 5, 1))], date(2020, 6, 1))
    assert (ended.state, ended.ends_on) == (TermState.TERMINATED, date(2020, 5, 1))


def test_draft_and_open_ended_agreements():
    assert term_on(mou(status=AgreementStatus.DRAFT), [], date(2020, 1, 1)).state == TermState.DRAFT
    open_ended = term_on(mou(expiry_date=None, renewal_years=None), [], date(2040, 1, 1))
    assert (open_ended.state, open_ended.ends_on) == (TermState.IN_FORCE, None)
    assert term_on(mou(status=AgreementStatus.TERMINATED), [], date(2020, 1, 1)).state == TermState.TERMINATED
    one_year = term_on(mou(renewal_years=1, notice_months=None), [], date(9000, 3, 1))
    assert (one_year.state, one_year.ends_on, one_year.renewals) == (TermState.RENEWED, date(9001, 2, 6), 6978)
