"""Validation of records, shared by the services, the forms and the Excel import.

``coerce`` turns loosely typed input (a value from a form or an Excel cell already parsed
by the locale layer, or a plain ISO string) into the column's type. ``validate`` checks a
record's full field state and returns every problem, naming the field. Errors block a
save; warnings are shown but do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from dataclasses import field as dc_field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, Literal

from sqlalchemy import Date, Float, Integer, Numeric, String
from sqlalchemy import Enum as SAEnum

from mouplanner.domain import Record
from mouplanner.locale.marks import QT_TRANSLATE_NOOP, Translatable
from mouplanner.locale.numbers import LARGEST

Severity = Literal["error", "warning"]

MAX_TEXT = 10_000
# Control characters (NUL, ESC, BEL; in xlsx files written _x0000_) never belong in a text: one rule
# for every way in (forms, workbooks, exchange files), in ``coerce``. Tab and line breaks stay.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Problem(Translatable):
    """A problem with one field. ``template`` is marked for translation; ``message`` is English."""

    field: str
    template: str
    severity: Severity = "error"
    value: Any = None
    params: dict[str, Any] = dc_field(default_factory=dict)
    context = "Validation"

    @property
    def message(self) -> str:
        return self.english()

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def problem(fld: str, template: str, severity: Severity = "error", value: Any = None, **params: Any) -> Problem:
    """A problem; the value found is a template parameter too (``{value}``)."""
    if value is not None:
        params = {"value": value, **params}
    return Problem(fld, template, severity, value, params)


@dataclass
class Context:
    """Facts from outside the record that some rules need (filled in by the services)."""

    agreement_start: date | None = None
    agreement_end: date | None = None
    today: date = field(default_factory=date.today)


class ValidationError(ValueError):
    def __init__(self, entity: str, problems: list[Problem]):
        self.entity = entity
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__(f"{entity}: " + "; ".join(str(p) for p in errors))


# --- coercion -------------------------------------------------------------------------------

class CoerceError(ValueError):
    """A value that is not of the field's type; ``template``/``params`` make the message."""

    def __init__(self, template: str, **params: Any):
        self.template, self.params = template, params
        super().__init__(template.format(**params))


_COLUMNS: dict[tuple[type, str], Any] = {}


def _column(model: type[Record], name: str) -> Any:
    found = _COLUMNS.get((model, name))
    if found is None:
        found = _COLUMNS[(model, name)] = model.__table__.columns[name]
    return found


def _enum_values(enum_cls: type[Enum]) -> str:
    return ", ".join(str(m.value) for m in enum_cls)


def _number(value: Any) -> Decimal:
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        raise CoerceError(QT_TRANSLATE_NOOP("Validation", "{value} is not a number"), value=repr(value)) from None
    if not number.is_finite() or abs(number) >= LARGEST:
        raise CoerceError(QT_TRANSLATE_NOOP("Validation", "{value} is not a number"), value=repr(value))
    return number


def coerce(model: type[Record], name: str, value: Any) -> Any:
    """The value in the column's Python type; CoerceError with a readable reason otherwise."""
    col = _column(model, name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if not col.nullable and col.default is not None and col.default.is_scalar:
            return col.default.arg  # an emptied field goes back to its default ("" or 0)
        return "" if isinstance(col.type, String) and not col.nullable else None
    ctype = getattr(col.type, "impl", col.type)  # the stored type under a checked column type
    if isinstance(ctype, SAEnum) and ctype.enum_class is not None:
        if isinstance(value, ctype.enum_class):
            return value
        try:
            return ctype.enum_class.parse(value)  # type: ignore[attr-defined]
        except ValueError:
            raise CoerceError(QT_TRANSLATE_NOOP("Validation", "unknown value {value}; expected one of: {allowed}"),
                              value=repr(value), allowed=_enum_values(ctype.enum_class)) from None
    if isinstance(ctype, Date):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            raise CoerceError(QT_TRANSLATE_NOOP(
                "Validation", "{value} is not a date (type day/month/year, e.g. 7/2/2018)"),
                value=repr(value)) from None
    if isinstance(ctype, Numeric) and not isinstance(ctype, Float):
        return _number(value)
    if isinstance(ctype, Float):
        return float(_number(value))
    if isinstance(ctype, Integer):
        number = _number(value) if not isinstance(value, bool) else Decimal("0.5")
        if number != number.to_integral_value():
            raise CoerceError(QT_TRANSLATE_NOOP("Validation", "{value} is not a whole number"), value=repr(value))
        return int(number)
    if isinstance(ctype, String):
        text = CONTROL.sub("", str(value)).strip()
        if name in COUNTRY_FIELDS:
            text = text.upper()
        return text
    return value


def coerce_fields(model: type[Record], values: Mapping[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    known = set(model.domain_fields())
    out: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, value in values.items():
        if name not in known:
            problems.append(problem(name, QT_TRANSLATE_NOOP("Validation", "{entity} has no field {name}"), value=value,
                                    entity=model.LABEL, name=repr(name)))
            continue
        try:
            out[name] = coerce(model, name, value)
        except CoerceError as exc:
            problems.append(Problem(name, exc.template, "error", value, exc.params))
    return out, problems


# --- rules ----------------------------------------------------------------------------------

Rule = Callable[[Mapping[str, Any], Context], list[Problem]]


_FIELDS: dict[type, list[tuple[str, bool, int]]] = {}


def _fields(model: type[Record]) -> list[tuple[str, bool, int]]:
    """Each domain field with what its own checks need: (name, a required link, its length limit)."""
    found = _FIELDS.get(model)
    if found is None:
        found = _FIELDS[model] = [
            (name, not col.nullable and bool(col.foreign_keys), getattr(col.type, "length", None) or MAX_TEXT)
            for name in model.domain_fields() for col in (_column(model, name),)]
    return found


def field_problems(model: type[Record], name: str, value: Any, own_rules: bool = True) -> list[Problem]:
    """What is wrong with one field's value on its own (its length, sign, country code, e-mail),
    whatever the rest of the record: what a change received from another laptop is checked against."""
    limit = getattr(_column(model, name).type, "length", None) or MAX_TEXT
    problems = _own_problems(name, value, limit)
    if own_rules and name in COUNTRY_FIELDS:  # (``validate`` runs these with the record's rules)
        problems += country({"country": value}, name)
    if own_rules and name == "email":
        problems += email({"email": value})
    return problems


def _own_problems(name: str, value: Any, limit: int) -> list[Problem]:
    if isinstance(value, str):
        if name not in COUNTRY_FIELDS and len(value) > limit:  # (a country's own rule says more)
            return [problem(name, QT_TRANSLATE_NOOP(
                "Validation", "is {length} characters long; at most {limit} allowed"), length=len(value), limit=limit)]
    elif isinstance(value, (int, Decimal, float)) and not isinstance(value, bool) and value < 0:
        return [problem(name, QT_TRANSLATE_NOOP("Validation", "cannot be negative"), value=value)]
    return []


def _generic(model: type[Record], rec: Mapping[str, Any]) -> list[Problem]:
    """The checks every field has (run for every field of every record saved: kept lean)."""
    problems = []
    for name, required, limit in _fields(model):
        value = rec.get(name)
        if required and not value:
            problems.append(problem(name, QT_TRANSLATE_NOOP("Validation", "is required")))
        if value is not None and not isinstance(value, (date, Enum)):
            problems += _own_problems(name, value, limit)
    for prefix in ("title", "name"):
        if f"{prefix}_en" in model.domain_fields() and \
                not any((rec.get(f"{prefix}_{lang}") or "").strip() for lang in ("en", "th", "lo")):
            template = (
                QT_TRANSLATE_NOOP("Validation", "a title is required in at least one language (English, Thai or Lao)")
                if prefix == "title" else
                QT_TRANSLATE_NOOP("Validation", "a name is required in at least one language (English, Thai or Lao)"))
            problems.append(problem(f"{prefix}_en", template))
    return problems


COUNTRY_FIELDS = frozenset({"country", "host_country"})  # two-letter ISO codes


def country(rec: Mapping[str, Any], name: str = "country") -> list[Problem]:
    """A country, if given, as a two-letter ISO code (a field rule: forms check it as it is typed)."""
    code = rec.get("country")
    if code and not COUNTRY.match(code):
        return [problem(name, QT_TRANSLATE_NOOP(
            "Validation", "{value} is not a two-letter ISO country code (TH, LA...)"), value=code)]
    return []


def email(rec: Mapping[str, Any]) -> list[Problem]:
    """An e-mail address, if given, that looks like one (a field rule, as ``country``)."""
    address = rec.get("email")
    if address and not EMAIL.match(address):
        return [problem("email", QT_TRANSLATE_NOOP("Validation", "{value} is not an e-mail address"),
                        value=address)]
    return []




def validate(model: type[Record], rec: Mapping[str, Any], ctx: Context | None = None,
             rule: Rule | None = None) -> list[Problem]:
    """Every problem of a record's full field state (errors first): the checks every field has, and
    the kind's own ``rule`` (``mouplanner.kinds.validate`` passes the one its description names)."""
    ctx = ctx or Context()
    problems = _generic(model, rec)
    if rule:
        problems += rule(rec, ctx)
    return sorted(problems, key=lambda p: p.severity != "error")


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


__all__ = ["CoerceError", "Context", "Problem", "Rule", "ValidationError", "coerce", "coerce_fields", "country",
           "email", "errors", "field_problems", "problem", "validate"]
