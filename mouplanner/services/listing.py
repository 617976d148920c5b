"""Table listings for the views: filtering and sorting in SQL, rows fetched by id, page by page.

A view asks ``ids(query)`` once per filter or sort change (one indexed query returning ids
only) and ``rows(ids, lang)`` for the ids it is about to paint. Nothing here holds a session
between calls and nothing loads ORM objects, so a table of 100,000 activities stays light.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from itertools import compress
from typing import Any

from sqlalchemy import Connection, Select, select

from mouplanner.batches import in_chunks
from mouplanner.domain.sorting import display_key, may_be_empty
from mouplanner.locale.text import pick
from mouplanner.services.scope import WHOLE_WORKSPACE, Scope
from mouplanner.storage import TextSearch, Workspace

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


def tri(entity: Any, prefix: str) -> dict[str, Any]:
    return {f"{prefix}_{c}": getattr(entity, f"{prefix}_{c}") for c in ("en", "th", "lo")}


def tri_sort(entity: Any, prefix: str) -> Callable[[str], Any]:
    return lambda lang: display_key(entity, prefix, lang)


def tri_cell(prefix: str) -> Callable[[dict[str, Any], str], Cell]:
    def cell(r: dict[str, Any], lang: str) -> Cell:
        text, fallback = pick({c: r.get(f"{prefix}_{c}") or "" for c in ("en", "th", "lo")}, lang)
        return Cell(text, fallback)
    return cell


def plain(key: str) -> Callable[[dict[str, Any], str], Cell]:
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
    reads: frozenset[str] = frozenset()  # the other tables its queries read (a test keeps it true)
    headers: dict[str, str] = field(default_factory=dict)  # column key -> label marked "Form" (else "Labels")

    @staticmethod
    def enum_of(column: Any) -> type[Enum] | None:
        """The vocabulary of an enum column (what a filter on it offers), None for any other."""
        kind = getattr(getattr(column, "type", None), "impl", None)
        return getattr(kind, "enum_class", None)

    @property
    def shows(self) -> frozenset[str]:
        """The kinds of record whose changes change this list (its view refreshes for those only)."""
        return self.reads | {self.model.__tablename__}

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
        # Empty values last both ways; a key never empty goes without NULLS LAST, which PostgreSQL
        # cannot read from an index backwards (a related table's column is empty where no row joins).
        empty = bool(needed) or may_be_empty(sort_expr)
        ordered = direction(sort_expr).nulls_last() if empty else direction(sort_expr)
        return stmt.order_by(ordered, *map(direction, self.tiebreak),
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
            if search.keys_are_ids:  # (the ids are their own keys)
                return [i for i in base.ids if i in matching], base
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
            for chunk in in_chunks(ids):
                stmt = self._base(select(self.model.id, *[e.label(n) for n, e in self.fetch.items()])
                                  .select_from(self.model)).where(self.model.id.in_(chunk))
                for row in s.execute(stmt):
                    data = dict(zip(labels, row[1:], strict=True))
                    out[row[0]] = [make(data, lang) for make in self.cells.values()]
        return out


__all__ = ["Cell", "ListQuery", "Listing", "PlainList", "plain", "tri", "tri_cell", "tri_sort"]
