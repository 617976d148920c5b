"""The rules of each kind of record beyond its fields' own checks (dates in order, inside the
agreement's term, a budget with its currency...). Each kind's description (``mouplanner.kinds``)
names its rule; ``validation.validate`` runs it after the checks every field has."""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache
from typing import Any

from mouplanner.domain.document import OWNERS
from mouplanner.domain.enums import Currency, MilestoneStatus
from mouplanner.domain.validation import Context, Problem, country, email, problem
from mouplanner.locale import holidays
from mouplanner.locale.marks import QT_TRANSLATE_NOOP


def order(rec: Mapping[str, Any], first: str, last: str) -> list[Problem]:
    a, b = rec.get(first), rec.get(last)
    if a and b and b < a:
        return [problem(last, QT_TRANSLATE_NOOP("Validation", "{end} is before the start ({start})"),
                        value=b, end=b, start=a)]
    return []


def in_agreement(rec: Mapping[str, Any], ctx: Context, *names: str) -> list[Problem]:
    problems = []
    for name in names:
        value = rec.get(name)
        if value is None:
            continue
        if ctx.agreement_start and value < ctx.agreement_start:
            problems.append(problem(name, QT_TRANSLATE_NOOP(
                "Validation", "{date} is before the agreement takes effect ({start})"),
                "warning", value, date=value, start=ctx.agreement_start))
        elif ctx.agreement_end and value > ctx.agreement_end:
            problems.append(problem(name, QT_TRANSLATE_NOOP(
                "Validation", "{date} is after the agreement expires ({end})"),
                "warning", value, date=value, end=ctx.agreement_end))
    return problems


def agreement(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    problems = [] if (rec.get("code") or "").strip() else [
        problem("code", QT_TRANSLATE_NOOP("Validation", "an agreement code is required"))]
    problems += order(rec, "effective_date", "expiry_date")
    problems += order(rec, "signed_date", "expiry_date")
    for name, most in (("renewal_years", 50), ("notice_months", 120)):
        value = rec.get(name)
        if value is not None and not 1 <= value <= most:
            problems.append(problem(name, QT_TRANSLATE_NOOP("Validation", "{value} is not a number from 1 to {most}"),
                                    value=value, most=most))
    if rec.get("renewal_years") and not rec.get("expiry_date"):
        problems.append(problem("expiry_date", QT_TRANSLATE_NOOP(
            "Validation", "a tacit renewal starts at the expiry date: give the date the first term ends"),
            severity="warning"))
    return problems


def attachment(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    owners = [name for name in OWNERS if rec.get(name)]
    if len(owners) == 1:
        return []
    return [problem(owners[-1] if owners else "agreement_id", QT_TRANSLATE_NOOP(
        "Validation", "a document is attached to one record (an agreement, a meeting, a workstream, an activity "
                      "or an action item)"))]


def agreement_event(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    problems = []
    if rec.get("event_date") is None:
        problems.append(problem("event_date", QT_TRANSLATE_NOOP("Validation", "the date of the event is required")))
    problems += order(rec, "event_date", "runs_until")
    kind = str(getattr(rec.get("kind"), "value", rec.get("kind") or ""))
    if kind == "renewal" and rec.get("runs_until") is None:
        problems.append(problem("runs_until", QT_TRANSLATE_NOOP(
            "Validation", "a renewal says until when the agreement now runs"), severity="warning"))
    return problems


MAX_LAG_DAYS = 730


def dependency(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    """One milestone or activity follows one other (never itself), with a lag of at most two years."""
    problems = []
    successors = [n for n in ("milestone_id", "activity_id") if rec.get(n)]
    predecessors = [n for n in ("depends_on_id", "depends_on_activity_id") if rec.get(n)]
    if len(successors) != 1:
        problems.append(problem(successors[-1] if successors else "milestone_id", QT_TRANSLATE_NOOP(
            "Validation", "a dependency belongs to one milestone or one activity")))
    if len(predecessors) != 1:
        problems.append(problem(predecessors[-1] if predecessors else "depends_on_id", QT_TRANSLATE_NOOP(
            "Validation", "give the one milestone or activity it depends on")))
    if any(rec.get(a) and rec.get(a) == rec.get(b) for a, b in (("milestone_id", "depends_on_id"),
                                                                  ("activity_id", "depends_on_activity_id"))):
        problems.append(problem(predecessors[0], QT_TRANSLATE_NOOP("Validation", "cannot depend on itself")))
    lag = rec.get("lag_days") or 0
    if isinstance(lag, int) and abs(lag) > MAX_LAG_DAYS:
        problems.append(problem("lag_days", QT_TRANSLATE_NOOP("Validation", "a lag is at most {limit} days either "
                                                                          "way"), limit=MAX_LAG_DAYS))
    return problems


def workstream(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    return order(rec, "planned_start", "planned_end") + in_agreement(rec, ctx, "planned_start", "planned_end")


def milestone(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    problems = in_agreement(rec, ctx, "planned_date")
    if rec.get("status") == MilestoneStatus.DONE and not rec.get("actual_date"):
        problems.append(problem("actual_date", QT_TRANSLATE_NOOP(
            "Validation", "a milestone marked done should have its actual date"), "warning"))
    actual = rec.get("actual_date")
    if actual and actual > ctx.today:
        problems.append(problem("actual_date", QT_TRANSLATE_NOOP("Validation", "{date} is in the future"),
                                value=actual, date=actual))
    return problems


def activity(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    problems = order(rec, "planned_start", "planned_end")
    problems += order(rec, "actual_start", "actual_end")
    problems += in_agreement(rec, ctx, "planned_start", "planned_end")
    if _value(rec.get("kind")) in ("meeting", "visit") and _value(rec.get("status")) in ("", "planned", "confirmed"):
        problems += on_holidays(rec, "planned_start", "planned_end", rec.get("country") or "")
    total, women = rec.get("headcount_total") or 0, rec.get("headcount_women") or 0
    if women > total:
        problems.append(problem("headcount_women", QT_TRANSLATE_NOOP(
            "Validation", "women ({women}) cannot be more than the total ({total})"),
            value=women, women=women, total=total))
    amount = rec.get("budget_amount")
    currency = rec.get("currency")
    if amount is not None and currency is None:
        problems.append(problem("currency", QT_TRANSLATE_NOOP(
            "Validation", "a budget needs a currency (THB, LAK or USD)")))
    if amount is not None and currency == Currency.LAK and amount != amount.to_integral_value():
        problems.append(problem("budget_amount", QT_TRANSLATE_NOOP("Validation", "LAK amounts have no decimals"),
                                value=amount))
    return problems + country(rec)


def organisation(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    return country(rec)


def indicator(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    owners = [k for k in ("agreement_id", "area_id", "workstream_id") if rec.get(k)]
    if len(owners) != 1:
        return [problem("agreement_id", QT_TRANSLATE_NOOP(
            "Validation", "an indicator belongs to exactly one agreement, cooperation area or workstream"))]
    return []


def indicator_period(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    problems = [] if (rec.get("label") or "").strip() else [
        problem("label", QT_TRANSLATE_NOOP("Validation", "a period label is required (e.g. 2021 or 2021-Q1)"))]
    return problems + order(rec, "period_start", "period_end")


def person(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    return email(rec)


TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def meeting(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    problems = order(rec, "meeting_date", "end_date")
    start = rec.get("start_time") or ""
    if start and not TIME.match(start):
        problems.append(problem("start_time", QT_TRANSLATE_NOOP(
            "Validation", "{value} is not a time of day as hours and minutes (09:30)"), value=start))
    zone = rec.get("time_zone") or ""
    if zone and zone not in _time_zones():
        problems.append(problem("time_zone", QT_TRANSLATE_NOOP(
            "Validation", "{value} is not a time zone (Asia/Bangkok, Asia/Vientiane, Asia/Tokyo...)"), value=zone))
    problems += country({"country": rec.get("host_country")}, "host_country")
    total, women = rec.get("headcount_total") or 0, rec.get("headcount_women") or 0
    if women > total:
        problems.append(problem("headcount_women", QT_TRANSLATE_NOOP(
            "Validation", "women ({women}) cannot be more than the total ({total})"),
            value=women, women=women, total=total))
    if _value(rec.get("status")) in ("", "planned"):  # (what was held on a holiday was held)
        problems += on_holidays(rec, "meeting_date", "end_date", rec.get("host_country") or "")
    months = rec.get("repeat_months")
    if months is not None and not 1 <= months <= 60:
        problems.append(problem("repeat_months", QT_TRANSLATE_NOOP(
            "Validation", "{value} is not a number of months from 1 to 60 (12: every year)"), value=months))
    return problems


def _value(value: Any) -> str:
    """An enum's value, or the text given for it (None: "")."""
    return str(getattr(value, "value", value) or "")


def on_holidays(rec: Mapping[str, Any], first: str, last: str, country: str) -> list[Problem]:
    """A warning when something is planned on a public holiday of the country it takes place in."""
    start = rec.get(first)
    if not start or not country or not isinstance(start, date):
        return []
    given = rec.get(last)
    end: date = given if isinstance(given, date) and given >= start else start
    end = min(end, start + timedelta(days=31))
    found = holidays.between(country, start, end)
    if not found:
        return []
    day, name = min(found.items())
    return [problem(first, QT_TRANSLATE_NOOP("Validation", "{date} is a public holiday in {country}: {name}"),
                    "warning", day, date=day, country=country.upper(), name=name)]


def decision(rec: Mapping[str, Any], ctx: Context) -> list[Problem]:
    if any((rec.get(f"text_{lang}") or "").strip() for lang in ("en", "th", "lo")):
        return []
    return [problem("text_en", QT_TRANSLATE_NOOP("Validation", "a decision needs its text in at least one language"))]
