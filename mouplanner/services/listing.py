"""Table listings for the views: filtering and sorting in SQL, rows fetched by id, page by page.

A view asks ``ids(query)`` once per filter or sort change (one indexed query returning ids
only) and ``rows(ids, lang)`` for the ids it is about to paint. Nothing here holds a session
between calls and nothing loads ORM objects, so a table of 100,000 activities stays light.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import compress
from typing import Any, Callable

from sqlalchemy import Connection, Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from mouplanner.domain import (
    Activity, Area, Indicator, IndicatorPeriod, Milestone, Organisation, Participation, Person, Workstream)
from mouplanner.domain.sorting import display_key
from mouplanner.locale.periods import PeriodLabel, Unit
from mouplanner.locale.text import order, pick
from mouplanner.services.scope import WHOLE_WORKSPACE, Scope
from mouplanner.storage import TextSearch, Workspace

CHUNK = 500
MIN_SEARCH = 3  # characters; fewer match most of a large workspace, and the trigram index needs three


@dataclass(frozen=True)
class ListQuery:
    scope: Scope = WHOLE_WORKSPACE
    text: str = ""
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    sort: str = ""
    descending: bool = False
    lang: str = "en"

    def effective(self) -> ListQuery:
        """The query as the SQL sees it: search text under MIN_SEARCH characters filters nothing."""
        text = self.text.strip()
        return replace(self, text=text if len(text) >= MIN_SEARCH else "")


@dataclass
class PlainList:
    """The ids of a query without search text, in order (what a search filters), and their row
    keys once a search needed them."""

    query: ListQuery
    ids: list[str]
    keys: array[int] | None = None  # packed: a pass over 100,000 of them is 2-3x faster than over a list
    span: int = 0  # the highest key + 1 (0: some key is negative)
    memo: dict[str, Any] = field(default_factory=dict)  # what the listing's search keeps between keystrokes


@dataclass(frozen=True)
class Cell:
    """One value for a table cell, and the language it fell back to (None: as asked)."""

    value: Any
    fallback: str | None = None


def _tri(entity: Any, prefix: str) -> dict[str, Any]:
    return {f"{prefix}_{c}": getattr(entity, f"{prefix}_{c}") for c in ("en", "th", "lo")}


def _tri_sort(entity: Any, prefix: str) -> Callable[[str], Any]:
    return lambda lang: display_key(entity, prefix, lang)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _tri_cell(prefix: str) -> Callable[[dict[str, Any], str], Cell]:
    def cell(r: dict[str, Any], lang: str) -> Cell:
        text, fallback = pick({c: r.get(f"{prefix}_{c}") or "" for c in ("en", "th", "lo")}, lang)
        return Cell(text, fallback)
    return cell


def _plain(key: str) -> Callable[[dict[str, Any], str], Cell]:
    return lambda r, lang: Cell(r.get(key))


@dataclass
class Listing:
    model: Any
    fetch: dict[str, Any]  # label -> SQL expression selected for each row
    cells: dict[str, Callable[[dict[str, Any], str], Cell]]  # column key -> cell maker (display order)
    sorts: dict[str, Callable[[str], Any]]  # column key -> SQL sort expression for a language
    joins: list[tuple[Any, Any]] = field(default_factory=list)  # outer joins the fetch and sorts need
    default_sort: str = ""
    scoped: Callable[[Scope], Any] | None = None
    text_filter: Callable[[Connection, TextSearch, str], Any] | None = None  # may look up small tables first
    # the matches' row keys, where it can (with a memo kept for the same ids between keystrokes)
    text_keys: Callable[[Connection, TextSearch, str, dict[str, Any]], set[Any] | None] | None = None
    kind_col: Any = None
    status_col: Any = None
    date_col: Any = None
    tiebreak: tuple[Any, ...] = ()
    join_sorts: dict[Any, tuple[str, ...]] = field(default_factory=dict)  # joined table -> sorts needing it
    # (date column, status column, finished statuses): a row past its date and not finished is late
    due: tuple[str, str, frozenset[str]] | None = None

    @property
    def columns(self) -> list[str]:
        return list(self.cells)

    def is_late(self, cells: list[Cell], today: Any) -> bool:
        """Past its date and not finished (an overdue milestone): the list marks it."""
        if self.due is None:
            return False
        day, status = (cells[self.columns.index(name)].value for name in self.due[:2])
        return day is not None and day < today and getattr(status, "value", status) not in self.due[2]

    def _base(self, stmt: Select, needed: set[Any] | None = None) -> Select:
        """Outer joins for the related tables; for the id query only the one its sort needs."""
        for target, onclause in self.joins:
            if needed is None or target in needed:
                stmt = stmt.outerjoin(target, onclause)
        return stmt

    def where(self, q: ListQuery, conn: Connection, search: TextSearch) -> list[Any]:
        conds: list[Any] = [self.model.deleted_at.is_(None)]
        if self.scoped is not None and not q.scope.is_all:
            conds.append(self.scoped(q.scope))
        text = q.effective().text
        if text and self.text_filter is not None:
            conds.append(self.text_filter(conn, search, text))
        if q.kinds and self.kind_col is not None:
            conds.append(self.kind_col.in_(q.kinds))
        if q.statuses and self.status_col is not None:
            conds.append(self.status_col.in_(q.statuses))
        if self.date_col is not None and q.date_from:
            conds.append(self.date_col >= q.date_from)
        if self.date_col is not None and q.date_to:
            conds.append(self.date_col <= q.date_to)
        return conds

    def id_query(self, q: ListQuery, conn: Connection, search: TextSearch) -> Select:
        """The ids of ``q`` in order, searched as ``search`` (its workspace backend's) can."""
        key = q.sort if q.sort in self.sorts else self.default_sort
        sort_expr = self.sorts[key](q.lang)
        direction = (lambda e: e.desc()) if q.descending else (lambda e: e.asc())
        needed = {t for t, _on in self.joins if key in self.join_sorts.get(t, ())}
        stmt = self._base(select(self.model.id).select_from(self.model), needed).where(*self.where(q, conn, search))
        # Ties follow the sort's direction, so a descending list is the ascending one reversed
        # and the (key, id) index of domain/sorting.py answers both without a sort step.
        return stmt.order_by(direction(sort_expr).nulls_last(), *map(direction, self.tiebreak),
                             direction(self.model.id))

    def ids(self, ws: Workspace, q: ListQuery) -> list[str]:
        with ws.connection() as conn:  # Core: 100,000 ids without building ORM rows
            return ws.first_column(conn, self.id_query(q, conn, ws.backend.search))

    def ids_from(self, ws: Workspace, q: ListQuery, base: PlainList | None) -> tuple[list[str], PlainList | None]:
        """The ids of ``q``, and the list to pass next time. The ids without the search text are
        kept; where the listing's search answers with row keys (the trigram index's rowids), a
        search filters them in memory, so each further keystroke costs the index lookup, not the
        sorted query again. The kept ids' keys are fetched at the first search."""
        effective = q.effective()
        plain = replace(effective, text="")
        if self.text_keys is None:
            return self.ids(ws, q), None
        if base is None or base.query != plain:
            base = PlainList(plain, self.ids(ws, plain))
        if not effective.text:
            return base.ids, base
        with ws.connection() as conn:
            search = ws.backend.search
            matching = self.text_keys(conn, search, effective.text, base.memo)
            key = search.row_key(self.model.__tablename__)
            if matching is None or key is None:
                return self.ids(ws, q), base
            if base.keys is None:  # the same query, its keys (rowids) in the same order
                base.keys = array("q", ws.first_column(conn, self.id_query(plain, conn, search).with_only_columns(key)))
                base.span = max(base.keys, default=0) + 1 if min(base.keys, default=0) >= 0 else 0
            if len(base.keys) != len(base.ids):  # cannot happen without a refresh; never guess
                return self.ids(ws, q), None
        if not base.span:  # (a key below 0: matched one by one)
            return list(compress(base.ids, map(matching.__contains__, base.keys))), base
        found = bytearray(base.span)  # a byte per key (small integers counting up from 1): is it a match
        for k in matching:
            if 0 <= k < base.span:
                found[k] = 1
        return list(compress(base.ids, map(found.__getitem__, base.keys))), base

    def rows(self, ws: Workspace, ids: list[str], lang: str) -> dict[str, list[Cell]]:
        """Cells of each id, in column order."""
        out: dict[str, list[Cell]] = {}
        labels = list(self.fetch)
        with ws.read() as s:
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i:i + CHUNK]
                stmt = self._base(select(self.model.id, *[e.label(n) for n, e in self.fetch.items()])
                                  .select_from(self.model)).where(self.model.id.in_(chunk))
                for row in s.execute(stmt):
                    data = dict(zip(labels, row[1:]))
                    out[row[0]] = [make(data, lang) for make in self.cells.values()]
        return out


# --- the listings ---------------------------------------------------------------------------

Host = aliased(Organisation)
OrgOfPerson = aliased(Organisation)
_named = (select(func.count()).where(Participation.activity_id == Activity.id,
                                     Participation.deleted_at.is_(None))
          .correlate(Activity).scalar_subquery())
_named_women = (select(func.count()).select_from(Participation)
                .join(Person, Person.id == Participation.person_id)
                .where(Participation.activity_id == Activity.id, Participation.deleted_at.is_(None),
                       Person.sex == "female").correlate(Activity).scalar_subquery())


_ORG_NAMES = (*_tri(Organisation, "name").values(), Organisation.short_name)
_PERSON_NAMES = tuple(_tri(Person, "name").values())


def _hosts_and_people(conn: Connection, search: TextSearch, text: str,
                      memo: dict[str, Any] | None = None) -> list[Any]:
    """Conditions for activities hosted by an organisation or joined by a person whose name
    contains ``text``. Those small tables are looked up first: most searches match none of them.
    With a memo, their names are read once and matched in memory at each further keystroke."""
    if memo is None:
        pattern = _like(text)
        org_ids = list(conn.execute(select(Organisation.id).where(
            or_(*[c.ilike(pattern, escape="\\") for c in _ORG_NAMES]))).scalars())
        person_ids = list(conn.execute(select(Person.id).where(
            or_(*[c.ilike(pattern, escape="\\") for c in _PERSON_NAMES]))).scalars())
    else:
        if "names" not in memo:  # each record's names in one string, apart by a character nobody types
            memo["names"] = [[(r[0], search.fold("\0".join(n or "" for n in r[1:])))
                              for r in Workspace.raw_rows(conn, select(model.id, *columns))]
                             for model, columns in ((Organisation, _ORG_NAMES), (Person, _PERSON_NAMES))]
        needle = search.fold(text.replace("\0", "\ufffd"))
        org_ids, person_ids = ([i for i, names in table if needle in names] for table in memo["names"])
    conds = []
    if org_ids:
        conds.append(Activity.host_org_id.in_(org_ids))
    if person_ids:
        conds.append(Activity.id.in_(select(Participation.activity_id).where(
            Participation.person_id.in_(person_ids), Participation.deleted_at.is_(None))))
    return conds


def _activity_text(conn: Connection, search: TextSearch, text: str) -> Any:
    """Title or place (through the trigram index), host organisation or a participant's name."""
    indexed = search.clause("activity", text)
    return or_(indexed if indexed is not None else or_(
        *[c.ilike(_like(text), escape="\\") for c in (*_tri(Activity, "title").values(), Activity.place)]),
        *_hosts_and_people(conn, search, text))


def _activity_text_keys(conn: Connection, search: TextSearch, text: str, memo: dict[str, Any]) -> set[Any] | None:
    """The row keys of the same activities as _activity_text, without reading the activities'
    rows for the titles and place (the index answers), or None where the index cannot."""
    keys = search.keys(conn, "activity", text)
    key = search.row_key("activity")
    if keys is None or key is None:
        return None
    others = _hosts_and_people(conn, search, text, memo)
    if others:
        keys |= set(Workspace.first_column(conn, select(key).where(or_(*others))))
    return keys


ACTIVITIES = Listing(
    model=Activity,
    fetch={**_tri(Activity, "title"), "kind": Activity.kind, "status": Activity.status,
           "planned_start": Activity.planned_start, "planned_end": Activity.planned_end,
           "place": Activity.place, "country": Activity.country, "host": Host.short_name,
           **{f"host_{k}": v for k, v in _tri(Host, "name").items()},
           **{f"ws_{k}": v for k, v in _tri(Workstream, "title").items()},
           "participants": Activity.headcount_total + _named, "women": Activity.headcount_women + _named_women,
           "budget": Activity.budget_amount, "currency": Activity.currency},
    cells={
        "title": _tri_cell("title"), "kind": _plain("kind"), "status": _plain("status"),
        "planned_start": _plain("planned_start"), "planned_end": _plain("planned_end"),
        "place": _plain("place"), "country": _plain("country"),
        "host": lambda r, lang: Cell(r["host"] or pick({c: r[f"host_name_{c}"] or "" for c in order(lang)}, lang)[0]),
        "workstream": _tri_cell("ws_title"),
        "participants": _plain("participants"), "women": _plain("women"),
        "budget": _plain("budget"), "currency": _plain("currency"),
    },
    sorts={"title": _tri_sort(Activity, "title"), "kind": lambda lang: Activity.kind,
           "status": lambda lang: Activity.status, "planned_start": lambda lang: Activity.planned_start,
           "planned_end": lambda lang: Activity.planned_end, "place": lambda lang: func.lower(Activity.place),
           "country": lambda lang: Activity.country, "host": lambda lang: func.lower(Host.short_name),
           "workstream": _tri_sort(Workstream, "title"),
           "participants": lambda lang: Activity.headcount_total + _named,
           "women": lambda lang: Activity.headcount_women + _named_women,
           "budget": lambda lang: Activity.budget_amount, "currency": lambda lang: Activity.currency},
    joins=[(Host, Host.id == Activity.host_org_id), (Workstream, Workstream.id == Activity.workstream_id)],
    join_sorts={Host: ("host",), Workstream: ("workstream",)},
    default_sort="planned_start",
    scoped=lambda scope: Activity.workstream_id.in_(scope.workstream_ids()),
    text_filter=_activity_text,
    text_keys=_activity_text_keys,
    kind_col=Activity.kind, status_col=Activity.status, date_col=Activity.planned_start,
)

MILESTONES = Listing(
    model=Milestone,
    fetch={**_tri(Milestone, "title"), **{f"ws_{k}": v for k, v in _tri(Workstream, "title").items()},
           "status": Milestone.status, "planned_date": Milestone.planned_date,
           "actual_date": Milestone.actual_date, "deliverable": Milestone.deliverable},
    cells={"title": _tri_cell("title"), "workstream": _tri_cell("ws_title"), "status": _plain("status"),
           "planned_date": _plain("planned_date"), "actual_date": _plain("actual_date"),
           "deliverable": _plain("deliverable")},
    sorts={"title": _tri_sort(Milestone, "title"), "workstream": _tri_sort(Workstream, "title"),
           "status": lambda lang: Milestone.status, "planned_date": lambda lang: Milestone.planned_date,
           "actual_date": lambda lang: Milestone.actual_date,
           "deliverable": lambda lang: func.lower(Milestone.deliverable)},
    joins=[(Workstream, Workstream.id == Milestone.workstream_id)],
    join_sorts={Workstream: ("workstream",)},
    default_sort="planned_date",
    scoped=lambda scope: Milestone.workstream_id.in_(scope.workstream_ids()),
    text_filter=lambda conn, search, t: or_(*[c.ilike(_like(t), escape="\\") for c in
                                (*_tri(Milestone, "title").values(), Milestone.deliverable)]),
    status_col=Milestone.status, date_col=Milestone.planned_date,
    due=("planned_date", "status", frozenset({"done", "cancelled"})),
)

PEOPLE = Listing(
    model=Person,
    fetch={**_tri(Person, "name"), "org": OrgOfPerson.short_name, "position": Person.position,
           "email": Person.email, "phone": Person.phone, "sex": Person.sex},
    cells={"name": _tri_cell("name"), "organisation": _plain("org"), "position": _plain("position"),
           "email": _plain("email"), "phone": _plain("phone"), "sex": _plain("sex")},
    sorts={"name": _tri_sort(Person, "name"), "organisation": lambda lang: OrgOfPerson.short_name,
           "position": lambda lang: func.lower(Person.position), "email": lambda lang: Person.email,
           "phone": lambda lang: Person.phone, "sex": lambda lang: Person.sex},
    joins=[(OrgOfPerson, OrgOfPerson.id == Person.organisation_id)],
    join_sorts={OrgOfPerson: ("organisation",)},
    default_sort="name",
    text_filter=lambda conn, search, t: or_(*[c.ilike(_like(t), escape="\\") for c in
                                (*_tri(Person, "name").values(), Person.position, Person.email)]),
)

ORGANISATIONS = Listing(
    model=Organisation,
    fetch={**_tri(Organisation, "name"), "short_name": Organisation.short_name,
           "country": Organisation.country, "kind": Organisation.kind},
    cells={"name": _tri_cell("name"), "short_name": _plain("short_name"), "country": _plain("country"),
           "kind": _plain("kind")},
    sorts={"name": _tri_sort(Organisation, "name"), "short_name": lambda lang: func.lower(Organisation.short_name),
           "country": lambda lang: Organisation.country, "kind": lambda lang: Organisation.kind},
    default_sort="name",
    text_filter=lambda conn, search, t: or_(*[c.ilike(_like(t), escape="\\") for c in
                                (*_tri(Organisation, "name").values(), Organisation.short_name)]),
)


def _indicator_scope(scope: Scope) -> Any:
    ws_ids = scope.workstream_ids()
    area_ids = select(Workstream.area_id).where(Workstream.id.in_(ws_ids))
    conds = [Indicator.workstream_id.in_(ws_ids), Indicator.area_id.in_(area_ids)]
    if scope.area_id:
        conds.append(Indicator.area_id == scope.area_id)
    if scope.agreement_id:
        conds += [Indicator.agreement_id == scope.agreement_id,
                  Indicator.area_id.in_(select(Area.id).where(Area.agreement_id == scope.agreement_id))]
    return IndicatorPeriod.indicator_id.in_(select(Indicator.id).where(or_(*conds)))


INDICATOR_PERIODS = Listing(
    model=IndicatorPeriod,
    fetch={**_tri(Indicator, "name"), "indicator_id": Indicator.id, "unit": Indicator.unit,
           "baseline": Indicator.baseline, "label": IndicatorPeriod.label, "target": IndicatorPeriod.target,
           "actual": IndicatorPeriod.actual},
    cells={"indicator": _tri_cell("name"), "unit": lambda r, lang: Cell(Unit(r["unit"] or "")),
           "baseline": _plain("baseline"), "period": lambda r, lang: Cell(PeriodLabel(r["label"] or "")),
           "target": _plain("target"), "actual": _plain("actual"),
           "achieved": lambda r, lang: Cell(round(100 * r["actual"] / r["target"], 1)
                                            if r["actual"] is not None and r["target"] else None)},
    sorts={"indicator": _tri_sort(Indicator, "name"), "unit": lambda lang: Indicator.unit,
           "baseline": lambda lang: Indicator.baseline, "period": lambda lang: IndicatorPeriod.label,
           "target": lambda lang: IndicatorPeriod.target, "actual": lambda lang: IndicatorPeriod.actual,
           "achieved": lambda lang: IndicatorPeriod.actual / func.nullif(IndicatorPeriod.target, 0)},
    joins=[(Indicator, and_(Indicator.id == IndicatorPeriod.indicator_id, Indicator.deleted_at.is_(None)))],
    join_sorts={Indicator: ("indicator", "unit", "baseline")},
    default_sort="indicator",
    tiebreak=(IndicatorPeriod.indicator_id, IndicatorPeriod.period_start, IndicatorPeriod.label),
    scoped=_indicator_scope,
    text_filter=lambda conn, search, t: IndicatorPeriod.indicator_id.in_(select(Indicator.id).where(  # (whatever
        or_(*[c.ilike(_like(t), escape="\\") for c in _tri(Indicator, "name").values()]))),  # the sort joins)
)

LISTINGS = {"activities": ACTIVITIES, "milestones": MILESTONES, "people": PEOPLE,
            "organisations": ORGANISATIONS, "indicators": INDICATOR_PERIODS}

__all__ = ["Cell", "LISTINGS", "ListQuery", "Listing", "PlainList"]
