"""Use cases for one kind of record: create, update, delete, restore, get, list, search.

Each use case is one transaction on the workspace and is journalled. Input is validated
(``mouplanner.domain.validation``) and refused with a ``ValidationError`` naming every
field at fault; warnings are returned with the row so the caller can show them.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic

from sqlalchemy import String, or_, select
from sqlalchemy.orm import Session
from typing_extensions import TypeVar

from mouplanner import kinds
from mouplanner.domain import Agreement, AgreementEvent, Area, Record, Workstream
from mouplanner.domain.term import known_end
from mouplanner.domain.validation import (
    Context,
    Problem,
    ValidationError,
    coerce_fields,
    errors,
    problem,
)
from mouplanner.kinds import validate
from mouplanner.locale.marks import QT_TRANSLATE_NOOP, Translatable
from mouplanner.services import cascade, concurrent
from mouplanner.services.patterns import like_pattern
from mouplanner.services.rows import to_row
from mouplanner.storage import Workspace

R = TypeVar("R", default=Any)  # the kind's row class (services.row_types); Any where not said


class NotFound(LookupError):
    pass


class StaleRecord(RuntimeError, Translatable):
    """The record changed since the caller read it (another window, an import, an exchange)."""

    context = "Errors"
    template = QT_TRANSLATE_NOOP(
        "Errors", "This record was changed by {who} since you opened it; reopen it to see the changes.")

    def __init__(self, who: str):
        self.params = {"who": who}
        super().__init__(self.english())


@dataclass
class Saved(Generic[R]):
    row: R
    warnings: list[Problem] = field(default_factory=list)
    txn_id: str = ""
    followed: Any = None  # what the same step did besides (a series' next meeting: meeting_series.Planned)


@dataclass
class Deleted:
    counts: dict[str, int]
    unlinked: dict[str, int]
    txn_id: str = ""


PLANS = (Agreement, AgreementEvent, Area, Workstream)  # what the agreement ranges kept in a transaction are read from


def agreement_range(session: Session, model: type[Record], rec: Mapping[str, Any]) -> tuple[Any, Any]:
    """Effective and expiry dates of the agreement a record belongs to, if any; kept for the rest of
    the transaction by workstream or area (a write to an agreement, area or workstream forgets them)."""
    ws_id = rec.get("workstream_id")
    area_id = rec.get("area_id") if model is Workstream else None
    if model is Area or model is Agreement:
        return None, None
    kept: dict[tuple[str, Any], tuple[Any, Any]] = session.info.setdefault("agreement_ranges", {})
    key = ("workstream", ws_id) if ws_id else ("area", area_id)
    if key not in kept:
        kept[key] = _read_range(session, ws_id, area_id)
    return kept[key]


def _read_range(session: Session, ws_id: str | None, area_id: str | None) -> tuple[Any, Any]:
    """The agreement's start, and the end of its term as renewed or amended so far (None where it
    renews by itself and no party has given notice)."""
    if ws_id:
        area_id = session.scalar(select(Workstream.area_id).where(Workstream.id == ws_id))
    if not area_id:
        return None, None
    found = session.execute(
        select(Agreement.id, Agreement.effective_date, Agreement.signed_date, Agreement.expiry_date,
               Agreement.renewal_years)
        .join(Area, Area.agreement_id == Agreement.id).where(Area.id == area_id)).first()
    if not found:
        return None, None
    agreement_id, effective, signed, expiry, renews = found
    events = session.execute(select(AgreementEvent.kind, AgreementEvent.runs_until).where(
        AgreementEvent.agreement_id == agreement_id, AgreementEvent.deleted_at.is_(None))).all()
    return effective or signed, known_end(expiry, renews, events)


def link_problems(session: Session, model: type[Record], rec: Mapping[str, Any]) -> builtins.list[Problem]:
    problems = []
    for col in model.__table__.columns:
        value = rec.get(col.key)
        if not value or not col.foreign_keys:
            continue
        target = kinds.model_of(next(iter(col.foreign_keys)).column.table.name)
        alive = session.scalar(select(target.id).where(target.id == value, target.deleted_at.is_(None)))
        if alive is None:
            problems.append(problem(col.key, QT_TRANSLATE_NOOP(
                "Validation", "refers to a record that does not exist or was deleted ({entity})"), value=value,
                entity=target.LABEL))
    return problems


class RecordService(Generic[R]):
    """The use cases of one kind of record; ``R`` is its row class, as ``Records`` names it."""

    def __init__(self, ws: Workspace, model: type[Record]):
        self.ws = ws
        self.model = model
        self.label = model.LABEL

    # --- reading ------------------------------------------------------------------------------

    def get(self, record_id: str, *, include_deleted: bool = False) -> R:
        with self.ws.read() as s:
            obj = s.get(self.model, record_id)
            if obj is None or (obj.deleted_at is not None and not include_deleted):
                raise NotFound(f"no {self.label.lower()} with id {record_id}")
            return to_row(obj)

    def list(self, where: Mapping[str, Any] | None = None, *, include_deleted: bool = False,
             order_by: str | None = None, limit: int | None = None) -> builtins.list[R]:
        stmt = select(self.model)
        if not include_deleted:
            stmt = stmt.where(self.model.deleted_at.is_(None))
        for name, value in (where or {}).items():
            col = getattr(self.model, name)
            stmt = stmt.where(col.in_(value) if isinstance(value, (list, tuple, set)) else col == value)
        stmt = stmt.order_by(*self._order(order_by)).limit(limit)
        with self.ws.read() as s:
            return [to_row(o) for o in s.scalars(stmt)]

    def search(self, text: str, *, limit: int = 200) -> builtins.list[R]:
        """Records whose text fields contain ``text`` (substring: Thai and Lao have no spaces)."""
        needle = text.strip()
        if not needle:
            return self.list(limit=limit)
        cols = [c for c in self.model.__table__.columns
                if isinstance(c.type, String) and not c.foreign_keys and c.key not in Record.BOOKKEEPING
                and getattr(c.type, "enum_class", None) is None]
        pattern = like_pattern(needle)
        stmt = (select(self.model).where(self.model.deleted_at.is_(None))
                .where(or_(*[c.ilike(pattern, escape="\\") for c in cols]))
                .order_by(*self._order(None)).limit(limit))
        with self.ws.read() as s:
            return [to_row(o) for o in s.scalars(stmt)]

    def _order(self, order_by: str | None) -> builtins.list[Any]:
        if order_by:
            return [getattr(self.model, order_by), self.model.id]
        for name in ("sort_order", "planned_start", "planned_date", "code", "title_en", "name_en", "label"):
            if hasattr(self.model, name):
                return [getattr(self.model, name), self.model.id]
        return [self.model.id]

    # --- checking -----------------------------------------------------------------------------

    def check(self, values: Mapping[str, Any], record_id: str | None = None,
              *, today: date | None = None) -> builtins.list[Problem]:
        """Every problem the record would have with these values (nothing is saved)."""
        with self.ws.read() as s:
            _, problems = self._prepare(s, values, record_id, today)
        return problems

    def _prepare(self, s: Session, values: Mapping[str, Any], record_id: str | None,
                 today: date | None) -> tuple[dict[str, Any], builtins.list[Problem]]:
        typed, problems = coerce_fields(self.model, values)
        current: dict[str, Any] = {}
        if record_id is not None:
            obj = s.get(self.model, record_id)
            if obj is not None:
                current = {n: getattr(obj, n) for n in self.model.domain_fields()}
        else:
            blank = self.model()
            blank.apply_defaults()
            current = {n: getattr(blank, n) for n in self.model.domain_fields()}
        full = {**current, **typed}
        start, end = agreement_range(s, self.model, full)
        ctx = Context(agreement_start=start, agreement_end=end, today=today or date.today())
        bad_fields = {p.field for p in problems}
        problems += [p for p in validate(self.model, full, ctx) if p.field not in bad_fields]
        problems += link_problems(s, self.model, {k: v for k, v in typed.items() if k not in bad_fields})
        return typed, problems

    # --- writing ------------------------------------------------------------------------------
    # The *_in methods work inside a caller's transaction, so that a use case can save a record
    # with its children (an activity with its participants) as one action.

    # ``flush=False`` (an import creating thousands of rows): the session writes them together, at the
    # caller's flush or the next query. (An import's edits go through ``services.bulk``.)

    def create_in(self, s: Session, values: Mapping[str, Any], record_id: str | None = None, *,
                  flush: bool = True) -> Saved[R]:
        typed, problems = self._prepare(s, values, None, None)
        if errors(problems):
            raise ValidationError(self.label, problems)
        obj = self.model(**typed)
        if record_id:
            obj.id = record_id
        s.add(obj)
        self._written(s, flush)
        return Saved(to_row(obj), problems, s.info["journal"].txn_id)

    def update_in(self, s: Session, record_id: str, values: Mapping[str, Any],
                  expected_version: int | None = None, original: Mapping[str, Any] | None = None) -> Saved[R]:
        """``original``: the record as the person saw it when they opened it. Someone else's save
        since is then merged, field by field (``services.concurrent``); without it a save made
        from an older version is refused (StaleRecord)."""
        obj = self._live(s, record_id)
        if expected_version is not None and obj.version != expected_version:
            if original is None:
                raise StaleRecord(obj.changed_by or "?")
            values = concurrent.merged(self.model, obj, values, original)
        typed, problems = self._prepare(s, values, record_id, None)
        if errors(problems):
            raise ValidationError(self.label, problems)
        for name, value in typed.items():
            setattr(obj, name, value)
        self._written(s, flush=True)
        return Saved(to_row(obj), problems, s.info["journal"].txn_id)

    def _written(self, s: Session, flush: bool) -> None:
        if self.model in PLANS:
            s.info.pop("agreement_ranges", None)
        if flush:
            s.flush()

    def delete_in(self, s: Session, record_id: str) -> Deleted:
        self._live(s, record_id)
        if self.model in PLANS:
            s.info.pop("agreement_ranges", None)
        plan = cascade.plan_delete(s, self.model, record_id)
        cascade.apply_delete(s, plan, s.info["journal"].now)
        s.flush()
        return Deleted(plan.counts(), plan.unlinked(), s.info["journal"].txn_id)

    def create(self, values: Mapping[str, Any], *, record_id: str | None = None) -> Saved[R]:
        with self.ws.transaction(f"Create {self.label.lower()}") as s:
            return self.create_in(s, values, record_id)

    def update(self, record_id: str, values: Mapping[str, Any], *,
               expected_version: int | None = None, original: Mapping[str, Any] | None = None) -> Saved[R]:
        with self.ws.transaction(f"Edit {self.label.lower()}") as s:
            return self.update_in(s, record_id, values, expected_version, original)

    def delete_impact(self, record_id: str) -> Deleted:
        with self.ws.read() as s:
            self._live(s, record_id)
            plan = cascade.plan_delete(s, self.model, record_id)
            return Deleted(plan.counts(), plan.unlinked())

    def delete(self, record_id: str) -> Deleted:
        """Tombstone the record and what depends on it; clear optional links to it."""
        with self.ws.transaction(f"Delete {self.label.lower()}") as s:
            return self.delete_in(s, record_id)

    def restore(self, record_id: str) -> R:
        """Bring back a deleted record (not its dependents: undo takes whole actions back)."""
        with self.ws.transaction(f"Restore {self.label.lower()}") as s:
            obj = s.get(self.model, record_id)
            if obj is None:
                raise NotFound(f"no {self.label.lower()} with id {record_id}")
            obj.deleted_at = None
            s.flush()
            return to_row(obj)

    def _live(self, s: Session, record_id: str) -> Any:
        obj = s.get(self.model, record_id)
        if obj is None or obj.deleted_at is not None:
            raise NotFound(f"no {self.label.lower()} with id {record_id}")
        return obj


__all__ = ["Deleted", "NotFound", "RecordService", "Saved", "StaleRecord"]
