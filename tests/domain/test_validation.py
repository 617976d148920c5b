from datetime import date
from decimal import Decimal

import pytest

from mouplanner.domain import Activity, Agreement, Indicator, IndicatorPeriod, Milestone, Person
from mouplanner.domain.enums import ActivityKind, Currency, MilestoneStatus
from mouplanner.domain.validation import Context, coerce, coerce_fields, errors
from mouplanner.kinds import validate


def activity(**values):
    base = {"title_en": "Training", "workstream_id": "w1", "kind": ActivityKind.TRAINING,
            "headcount_total": 0, "headcount_women": 0}
    base.update(values)
    return base


def fields_of(problems):
    return {p.field for p in problems}


def test_valid_activity_has_no_problems():
    assert validate(Activity, activity(planned_start=date(2026, 1, 1), planned_end=date(2026, 1, 2))) == []


def test_end_before_start_names_the_field_and_dates():
    problems = validate(Activity, activity(planned_start=date(2026, 3, 2), planned_end=date(2026, 3, 1)))
    assert [p.field for p in errors(problems)] == ["planned_end"]
    assert problems[0].message == "2026-03-01 is before the start (2026-03-02)"


def test_women_more_than_total_and_negative_counts():
    problems = validate(Activity, activity(headcount_total=5, headcount_women=6))
    assert fields_of(errors(problems)) == {"headcount_women"}
    problems = validate(Activity, activity(headcount_total=-1))
    assert "headcount_total" in fields_of(errors(problems))


def test_budget_needs_a_currency_and_lak_has_no_decimals():
    assert fields_of(validate(Activity, activity(budget_amount=Decimal("10")))) == {"currency"}
    problems = validate(Activity, activity(budget_amount=Decimal("10.5"), currency=Currency.LAK))
    assert fields_of(problems) == {"budget_amount"}


def test_unknown_currency_is_refused_on_coercion():
    with pytest.raises(ValueError, match="THB, LAK, USD"):
        coerce(Activity, "currency", "EUR")
    assert coerce(Activity, "currency", "thb") is Currency.THB


def test_title_required_in_at_least_one_language():
    problems = validate(Activity, activity(title_en="", title_th="", title_lo=""))
    assert [p.field for p in problems] == ["title_en"]
    assert validate(Activity, activity(title_en="", title_lo="ຝຶກອົບຮົມ")) == []


def test_dates_outside_the_agreement_are_warnings():
    ctx = Context(agreement_start=date(2018, 2, 7), agreement_end=date(2028, 2, 6))
    problems = validate(Activity, activity(planned_start=date(2016, 12, 26)), ctx)
    assert [(p.field, p.severity) for p in problems] == [("planned_start", "warning")]
    assert errors(problems) == []


def test_agreement_needs_code_and_ordered_dates():
    problems = validate(Agreement, {"title_en": "MOU", "code": "", "effective_date": date(2020, 1, 1),
                                    "expiry_date": date(2019, 1, 1)})
    assert fields_of(problems) == {"code", "expiry_date"}


def test_milestone_done_without_actual_date_warns_and_future_actual_is_an_error():
    problems = validate(Milestone, {"title_en": "M", "workstream_id": "w", "status": MilestoneStatus.DONE})
    assert [(p.field, p.severity) for p in problems] == [("actual_date", "warning")]
    ctx = Context(today=date(2026, 1, 1))
    problems = validate(Milestone, {"title_en": "M", "workstream_id": "w", "actual_date": date(2026, 5, 1)}, ctx)
    assert [(p.field, p.severity) for p in problems] == [("actual_date", "error")]


def test_indicator_belongs_to_exactly_one_owner():
    assert fields_of(validate(Indicator, {"name_en": "Users"})) == {"agreement_id"}
    assert validate(Indicator, {"name_en": "Users", "area_id": "a"}) == []
    assert fields_of(validate(Indicator, {"name_en": "Users", "area_id": "a", "workstream_id": "w"})) == {"agreement_id"}


def test_period_label_required():
    assert fields_of(validate(IndicatorPeriod, {"indicator_id": "i", "label": " "})) == {"label"}


def test_person_email_and_text_length():
    assert fields_of(validate(Person, {"name_en": "A", "email": "not-an-email"})) == {"email"}
    problems = validate(Person, {"name_en": "A" * 501})
    assert fields_of(problems) == {"name_en"} and "at most 500" in problems[0].message


def test_coerce_fields_reports_bad_values_and_unknown_fields():
    typed, problems = coerce_fields(Activity, {"planned_start": "2026-02-30", "hours": "1.5",
                                               "colour": "red", "headcount_total": "12"})
    assert typed == {"headcount_total": 12}
    assert fields_of(problems) == {"planned_start", "hours", "colour"}
    assert coerce(Activity, "planned_start", "2018-02-07") == date(2018, 2, 7)
    assert coerce(Activity, "country", " la ") == "LA"
