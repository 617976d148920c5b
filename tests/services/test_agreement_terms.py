"""Agreements' terms read from the workspace (issue 18): the demo MOU renewed in 2023 until 2028,
notice due by August 2027; an activity past the first term is not "after the agreement expires"
while the agreement renews by itself, and is once a party has given notice. On both backends."""

from __future__ import annotations

from datetime import date

from mouplanner.demo import demo_id
from mouplanner.domain.enums import TermState
from mouplanner.services import Services
from mouplanner.services.agreement_terms import term_of
from mouplanner.services.summary import format_summary, summary
from tests.conftest import DEMO_DAY

ICT = demo_id("mou2018")


def test_the_demo_mou_renewed_in_2023_and_what_the_summary_says(demo_ws):
    term = term_of(demo_ws, ICT, DEMO_DAY)
    assert (term.state, term.ends_on, term.notice_by, term.renewals) == (
        TermState.RENEWED, date(2028, 2, 6), date(2027, 8, 6), 1)
    assert term_of(demo_ws, ICT, date(2027, 9, 1)).state == TermState.NOTICE_PERIOD
    data = summary(demo_ws, DEMO_DAY)
    ict = next(a for a in data["agreements"] if a["code"] == "TH-LA-ICT-2018")
    assert ict["term"] == {"state": "renewed", "ends_on": "2028-02-06", "notice_by": "2027-08-06", "renewals": 1,
                           "notice_given": None}
    assert "    term: renewed until 2028-02-06, renewed 1x, notice not to renew by 2027-08-06" in \
        format_summary(data).splitlines()


def test_an_activity_after_the_first_term_is_past_the_expiry_only_once_notice_is_given(demo_ws):
    svc = Services(demo_ws)
    values = {"workstream_id": demo_id("w-training"), "kind": "training", "status": "planned",
              "title_en": "Training in 2031", "planned_start": "2031-03-01", "planned_end": "2031-03-05"}
    made = svc.activities.create(values)
    assert not [p for p in made.warnings if "after the agreement expires" in p.template]
    svc.agreement_events.create({"agreement_id": ICT, "kind": "notice", "event_date": "2027-05-01",
                                 "description": "The Lao side will not renew"})
    again = svc.activities.create(values)
    assert [p.params["end"] for p in again.warnings if "after the agreement expires" in p.template] == 2 * [
        date(2028, 2, 6)]
    assert term_of(demo_ws, ICT, date(2027, 6, 1)).state == TermState.NOTICE_PERIOD
    assert term_of(demo_ws, ICT, date(2028, 2, 7)).state == TermState.EXPIRED
