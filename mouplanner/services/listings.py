"""The lists the app shows: activities, milestones, people, organisations and indicator periods,
each a ``Listing`` (``services.listing``) of what it fetches, how it sorts, filters and searches."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.orm import aliased

from mouplanner import kinds
from mouplanner.domain import (
    Activity,
    Area,
    Indicator,
    IndicatorPeriod,
    Milestone,
    Organisation,
    Participation,
    Person,
    Workstream,
)
from mouplanner.domain.activity import SORT_KEYS
from mouplanner.kinds import Kind
from mouplanner.locale.periods import PeriodLabel, Unit
from mouplanner.locale.text import order, pick
from mouplanner.services.listing import Cell, Listing, plain, tri, tri_cell, tri_sort
from mouplanner.services.meeting_listings import ACTION_ITEMS, MEETINGS
from mouplanner.services.patterns import like_pattern
from mouplanner.services.scope import Scope
from mouplanner.storage import TextSearch, Workspace

Host = aliased(Organisation)
OrgOfPerson = aliased(Organisation)
_named = (select(func.count()).where(Participation.activity_id == Activity.id,
                                     Participation.deleted_at.is_(None))
          .correlate(Activity).scalar_subquery())
_named_women = (select(func.count()).select_from(Participation)
                .join(Person, Person.id == Participation.person_id)
                .where(Participation.activity_id == Activity.id, Participation.deleted_at.is_(None),
                       Person.sex == "female").correlate(Activity).scalar_subquery())


_ORG_NAMES = (*tri(Organisation, "name").values(), Organisation.short_name)
_PERSON_NAMES = tuple(tri(Person, "name").values())


def _hosts_and_people(conn: Connection, search: TextSearch, text: str,
                      memo: dict[str, Any] | None = None) -> list[Any]:
    """Conditions for activities hosted by an organisation or joined by a person whose name
    contains ``text``. Those small tables are looked up first: most searches match none of them.
    With a memo, their names are read once and matched in memory at each further keystroke."""
    if memo is None:
        pattern = like_pattern(text)
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
        *[c.ilike(like_pattern(text), escape="\\") for c in (*tri(Activity, "title").values(), Activity.place)]),
        *_hosts_and_people(conn, search, text))


def _activity_text_keys(conn: Connection, search: TextSearch, text: str, memo: dict[str, Any]) -> set[Any] | None:
    """The row keys of the same activities as _activity_text, without reading the activities'
    rows for the titles and place (the index answers), or None where the index cannot."""
    keys = search.keys(conn, "activity", text, memo)
    key = search.row_key("activity")
    if keys is None or key is None:
        return None
    others = _hosts_and_people(conn, search, text, memo)
    if others:
        keys |= set(Workspace.first_column(conn, select(key).where(or_(*others))))
    return keys


ACTIVITIES = Listing(
    model=Activity,
    reads=frozenset({"area", "organisation", "participation", "person", "workstream"}),
    fetch={**tri(Activity, "title"), "kind": Activity.kind, "status": Activity.status,
           "planned_start": Activity.planned_start, "planned_end": Activity.planned_end,
           "place": Activity.place, "country": Activity.country, "host": Host.short_name,
           **{f"host_{k}": v for k, v in tri(Host, "name").items()},
           **{f"ws_{k}": v for k, v in tri(Workstream, "title").items()},
           "participants": Activity.headcount_total + _named, "women": Activity.headcount_women + _named_women,
           "budget": Activity.budget_amount, "currency": Activity.currency},
    cells={
        "title": tri_cell("title"), "kind": plain("kind"), "status": plain("status"),
        "planned_start": plain("planned_start"), "planned_end": plain("planned_end"),
        "place": plain("place"), "country": plain("country"),
        "host": lambda r, lang: Cell(r["host"] or pick({c: r[f"host_name_{c}"] or "" for c in order(lang)}, lang)[0]),
        "workstream": tri_cell("ws_title"),
        "participants": plain("participants"), "women": plain("women"),
        "budget": plain("budget"), "currency": plain("currency"),
    },
    sorts={"title": lambda lang: SORT_KEYS[f"title_{lang}"], "kind": lambda lang: Activity.kind,
           "status": lambda lang: Activity.status, "planned_start": lambda lang: Activity.planned_start,
           "planned_end": lambda lang: Activity.planned_end, "place": lambda lang: SORT_KEYS["place"],
           "country": lambda lang: Activity.country, "host": lambda lang: func.lower(Host.short_name),
           "workstream": tri_sort(Workstream, "title"),
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
    reads=frozenset({"area", "workstream"}),
    fetch={**tri(Milestone, "title"), **{f"ws_{k}": v for k, v in tri(Workstream, "title").items()},
           "status": Milestone.status, "planned_date": Milestone.planned_date,
           "actual_date": Milestone.actual_date, "deliverable": Milestone.deliverable},
    cells={"title": tri_cell("title"), "workstream": tri_cell("ws_title"), "status": plain("status"),
           "planned_date": plain("planned_date"), "actual_date": plain("actual_date"),
           "deliverable": plain("deliverable")},
    sorts={"title": tri_sort(Milestone, "title"), "workstream": tri_sort(Workstream, "title"),
           "status": lambda lang: Milestone.status, "planned_date": lambda lang: Milestone.planned_date,
           "actual_date": lambda lang: Milestone.actual_date,
           "deliverable": lambda lang: func.lower(Milestone.deliverable)},
    joins=[(Workstream, Workstream.id == Milestone.workstream_id)],
    join_sorts={Workstream: ("workstream",)},
    default_sort="planned_date",
    scoped=lambda scope: Milestone.workstream_id.in_(scope.workstream_ids()),
    text_filter=lambda conn, search, t: or_(*[c.ilike(like_pattern(t), escape="\\") for c in
                                (*tri(Milestone, "title").values(), Milestone.deliverable)]),
    status_col=Milestone.status, date_col=Milestone.planned_date,
    due=("planned_date", "status", frozenset({"done", "cancelled"})),
)

PEOPLE = Listing(
    model=Person,
    reads=frozenset({"organisation"}),
    fetch={**tri(Person, "name"), "org": OrgOfPerson.short_name, "position": Person.position,
           "email": Person.email, "phone": Person.phone, "sex": Person.sex},
    cells={"name": tri_cell("name"), "organisation": plain("org"), "position": plain("position"),
           "email": plain("email"), "phone": plain("phone"), "sex": plain("sex")},
    sorts={"name": tri_sort(Person, "name"), "organisation": lambda lang: OrgOfPerson.short_name,
           "position": lambda lang: func.lower(Person.position), "email": lambda lang: Person.email,
           "phone": lambda lang: Person.phone, "sex": lambda lang: Person.sex},
    joins=[(OrgOfPerson, OrgOfPerson.id == Person.organisation_id)],
    join_sorts={OrgOfPerson: ("organisation",)},
    default_sort="name",
    text_filter=lambda conn, search, t: or_(*[c.ilike(like_pattern(t), escape="\\") for c in
                                (*tri(Person, "name").values(), Person.position, Person.email)]),
)

ORGANISATIONS = Listing(
    model=Organisation,
    fetch={**tri(Organisation, "name"), "short_name": Organisation.short_name,
           "country": Organisation.country, "kind": Organisation.kind},
    cells={"name": tri_cell("name"), "short_name": plain("short_name"), "country": plain("country"),
           "kind": plain("kind")},
    sorts={"name": tri_sort(Organisation, "name"), "short_name": lambda lang: func.lower(Organisation.short_name),
           "country": lambda lang: Organisation.country, "kind": lambda lang: Organisation.kind},
    default_sort="name",
    text_filter=lambda conn, search, t: or_(*[c.ilike(like_pattern(t), escape="\\") for c in
                                (*tri(Organisation, "name").values(), Organisation.short_name)]),
)


def _indicator_scope(scope: Scope) -> Any:
    ws_ids = scope.workstream_ids()
    area_ids = select(Workstream.area_id).where(Workstream.id.in_(ws_ids))
    conds: list[Any] = [Indicator.workstream_id.in_(ws_ids), Indicator.area_id.in_(area_ids)]
    if scope.area_id:
        conds.append(Indicator.area_id == scope.area_id)
    if scope.agreement_id:
        conds += [Indicator.agreement_id == scope.agreement_id,
                  Indicator.area_id.in_(select(Area.id).where(Area.agreement_id == scope.agreement_id))]
    return IndicatorPeriod.indicator_id.in_(select(Indicator.id).where(or_(*conds)))


INDICATOR_PERIODS = Listing(
    model=IndicatorPeriod,
    reads=frozenset({"area", "indicator", "workstream"}),
    fetch={**tri(Indicator, "name"), "indicator_id": Indicator.id, "unit": Indicator.unit,
           "baseline": Indicator.baseline, "label": IndicatorPeriod.label, "target": IndicatorPeriod.target,
           "actual": IndicatorPeriod.actual},
    cells={"indicator": tri_cell("name"), "unit": lambda r, lang: Cell(Unit(r["unit"] or "")),
           "baseline": plain("baseline"), "period": lambda r, lang: Cell(PeriodLabel(r["label"] or "")),
           "target": plain("target"), "actual": plain("actual"),
           "achieved": lambda r, lang: Cell(round(100 * r["actual"] / r["target"], 1)
                                            if r["actual"] is not None and r["target"] else None)},
    sorts={"indicator": tri_sort(Indicator, "name"), "unit": lambda lang: Indicator.unit,
           "baseline": lambda lang: Indicator.baseline, "period": lambda lang: IndicatorPeriod.label,
           "target": lambda lang: IndicatorPeriod.target, "actual": lambda lang: IndicatorPeriod.actual,
           "achieved": lambda lang: IndicatorPeriod.actual / func.nullif(IndicatorPeriod.target, 0)},
    joins=[(Indicator, and_(Indicator.id == IndicatorPeriod.indicator_id, Indicator.deleted_at.is_(None)))],
    join_sorts={Indicator: ("indicator", "unit", "baseline")},
    default_sort="indicator",
    tiebreak=(IndicatorPeriod.indicator_id, IndicatorPeriod.period_start, IndicatorPeriod.label),
    scoped=_indicator_scope,
    text_filter=lambda conn, search, t: IndicatorPeriod.indicator_id.in_(select(Indicator.id).where(  # (whatever
        or_(*[c.ilike(like_pattern(t), escape="\\") for c in tri(Indicator, "name").values()]))),  # the sort joins)
)

# the lists written for a kind (with joins, counts, searches beyond its own fields), by the kind's key
OWN = {"activities": ACTIVITIES, "milestones": MILESTONES, "people": PEOPLE, "organisations": ORGANISATIONS,
       "periods": INDICATOR_PERIODS, "meetings": MEETINGS, "action_items": ACTION_ITEMS}


def _plain_listing(kind: Kind) -> Listing:
    """The list of a kind with none of its own: its ``columns`` (or its first fields), sorted and
    searched in SQL, scoped by its workstream where it has one. Links to other records need a
    listing of their own (what they show of the other record is a choice)."""
    model, names = kind.model, kind.columns or tuple(f.name for f in kind.fields[:6] if f.type != "link")
    fields = [kind.field(n) or kind.field(f"{n}_en") for n in names]
    if any(f is None or f.type == "link" for f in fields):
        raise ValueError(f"{kind.key}: a list shows its own fields; links need a listing of their own")
    fetch: dict[str, Any] = {}
    cells: dict[str, Any] = {}
    sorts: dict[str, Any] = {}
    for fld in fields:
        assert fld is not None
        column = getattr(model, fld.name, None)
        if fld.type == "tri":
            fetch |= tri(model, fld.name)
            cells[fld.name], sorts[fld.name] = tri_cell(fld.name), tri_sort(model, fld.name)
        else:
            fetch[fld.name] = column
            cells[fld.name] = plain(fld.name)
            sorts[fld.name] = ((lambda lang, c=column: func.lower(c)) if fld.type in ("text", "long")
                               else (lambda lang, c=column: c))
    texts = [c for f in fields if f and f.type in ("text", "long", "tri")
             for c in (tri(model, f.name).values() if f.type == "tri" else (getattr(model, f.name),))]
    enums = {f.name: getattr(model, f.name) for f in kind.fields if f.type == "enum"}
    dates = [getattr(model, f.name) for f in kind.fields if f.type == "date"]
    stream = getattr(model, "workstream_id", None)  # scoped by its workstream, where it has one
    return Listing(
        model=model, fetch=fetch, cells=cells, sorts=sorts, default_sort=fields[0].name if fields[0] else "",
        headers={f.name: f.label for f in fields if f},
        scoped=(lambda scope: stream.in_(scope.workstream_ids())) if stream is not None else None,
        text_filter=(lambda conn, search, t: or_(*[c.ilike(like_pattern(t), escape="\\") for c in texts]))
        if texts else None,
        kind_col=enums.get("kind"), status_col=enums.get("status"), date_col=dates[0] if dates else None,
        reads=frozenset({"area", "workstream"}) if any(f.name == "workstream_id" for f in kind.fields)
        else frozenset())


def _listings() -> dict[str, Listing]:
    """One list per kind with a tab, in the tabs' order, by the kind's key."""
    tabbed = sorted((k for k in kinds.all_kinds() if k.tab), key=lambda k: k.tab)
    return {k.key: OWN.get(k.rows or k.key) or _plain_listing(kinds.by_key(k.rows) if k.rows else k)
            for k in tabbed}


LISTINGS = _listings()

__all__ = ["ACTIVITIES", "INDICATOR_PERIODS", "LISTINGS", "MILESTONES", "ORGANISATIONS", "PEOPLE"]
