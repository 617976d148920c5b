"""Every problem every rule can produce is formatted, in English, Thai and Lao, with all of its
placeholders filled (a missing parameter once crashed the forms and the import)."""

from __future__ import annotations

import ast
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from mouplanner.domain import (
    Activity,
    Agreement,
    Indicator,
    IndicatorPeriod,
    Milestone,
    Organisation,
    Person,
    Workstream,
    validation,
)
from mouplanner.domain.enums import ActivityKind, Currency, MilestoneStatus
from mouplanner.domain.validation import CoerceError, Context, Problem, coerce, coerce_fields
from mouplanner.kinds import validate
from mouplanner.locale.catalog import translate
from mouplanner.locale.marks import fill

LANGS = ("en", "th", "lo")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def templates_in(module) -> set[str]:
    """Every message the module marks for translation in the Validation context."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (arg.value for arg in node.args)  # type: ignore[attr-defined]
            if context == "Validation":
                found.add(text)
    return found


def every_problem() -> list[Problem]:
    ctx = Context(agreement_start=date(2018, 2, 7), agreement_end=date(2028, 2, 6), today=date(2026, 11, 21))
    act = {"title_en": "Training", "workstream_id": "w1", "kind": ActivityKind.TRAINING,
           "headcount_total": 5, "headcount_women": 6, "budget_amount": Decimal("10.5"), "currency": Currency.LAK,
           "planned_start": date(2016, 3, 2), "planned_end": date(2016, 3, 1), "country": "Laos"}
    problems = validate(Activity, act, ctx)
    problems += validate(Activity, {**act, "currency": None, "planned_start": date(2030, 1, 1),
                                    "planned_end": date(2030, 1, 2), "headcount_total": -1,
                                    "title_en": "x" * 501}, ctx)
    problems += validate(Activity, {"workstream_id": "", "kind": ActivityKind.VISIT}, ctx)
    problems += validate(Agreement, {"code": "", "name_en": "", "effective_date": date(2020, 1, 1),
                                     "expiry_date": date(2019, 1, 1), "signed_date": date(2021, 1, 1)}, ctx)
    problems += validate(Workstream, {"title_en": "W", "area_id": "a", "planned_start": date(2030, 1, 2),
                                      "planned_end": date(2030, 1, 1)}, ctx)
    problems += validate(Milestone, {"title_en": "M", "workstream_id": "w", "status": MilestoneStatus.DONE,
                                     "planned_date": date(2017, 1, 1)}, ctx)
    problems += validate(Milestone, {"title_en": "M", "workstream_id": "w", "actual_date": date(2027, 1, 1)}, ctx)
    problems += validate(Organisation, {"name_en": "O", "country": "Lao PDR"}, ctx)
    problems += validate(Person, {"name_en": "P", "email": "somchai at mdes"}, ctx)
    problems += validate(Indicator, {"title_en": "I"}, ctx)
    problems += validate(IndicatorPeriod, {"indicator_id": "i", "label": "", "period_start": date(2022, 1, 1),
                                           "period_end": date(2021, 1, 1)}, ctx)
    _, unknown = coerce_fields(Activity, {"colour": "red"})
    problems += unknown
    for name, value in (("kind", "Party"), ("planned_start", "31 Febtember"), ("budget_amount", "lots"),
                        ("headcount_total", "2.5")):
        with pytest.raises(CoerceError) as caught:
            coerce(Activity, name, value)
        problems.append(Problem(name, caught.value.template, "error", value, caught.value.params))
    return problems


def test_the_cases_reach_every_message_of_the_rules():
    produced = {p.template for p in every_problem()}
    missing = templates_in(validation) - produced
    assert not missing, f"add a case that produces: {missing}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_problem_formats_with_all_its_placeholders_filled(lang):
    for p in every_problem():
        template = translate("Validation", p.template, lang)
        if lang != "en":
            assert template != p.template, f"not translated into {lang}: {p.template}"
        text = fill(template, p.params)
        assert not PLACEHOLDER.search(text), f"{lang}: {p.template!r} left {text!r}"
        assert set(PLACEHOLDER.findall(template)) <= set(p.params), (lang, p.template, p.params)
    assert "Laos is not a two-letter ISO country code" in " ".join(p.message for p in every_problem())


def test_a_template_and_its_translations_name_the_same_placeholders():
    from defusedxml import ElementTree

    for ts in sorted(Path(validation.__file__).parents[2].joinpath("translations").glob("mouplanner_*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            texts = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            for text in filter(None, texts):
                assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (ts.name, source, text)
