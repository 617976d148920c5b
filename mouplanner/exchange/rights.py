"""Changes brought to a server by someone whose rights do not cover them: each is refused and
reported, and the rest are taken. The server decides (row-level security and triggers,
storage/postgres/rights.py); here its refusals are caught one record at a time, in savepoints, so
that one refused record leaves the others' changes standing. A file on a laptop refuses nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError

from mouplanner.domain.validation import problem
from mouplanner.exchange.admission import Refused
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage import Backend, NotAllowed
from mouplanner.storage.errors import from_database_error

T = TypeVar("T")
REFUSED = QT_TRANSLATE_NOOP("Validation", "the server refused it: {reason}")


def take(s: Any, backend: Backend, new: list[dict[str, Any]], apply: Callable[[list[dict[str, Any]]], T],
         refused: list[Refused]) -> list[T]:
    """``apply`` the changes; on a server, those of a record the user may not change are left out
    and added to ``refused``. The results of the applies that stood (all at once, as a rule)."""
    if not backend.on_server:
        return [apply(new)]
    try:
        return [_within_savepoint(s, backend, new, apply)]
    except DBAPIError as exc:
        if _denied(exc) is None:
            raise
    stood = []
    for changes in _by_record(new):  # (some were refused: which, one record at a time)
        try:
            stood.append(_within_savepoint(s, backend, changes, apply))
        except DBAPIError as exc:
            if (denied := _denied(exc)) is None:
                raise
            refused += refusals(changes, denied.params["reason"])
    return stood


def refusals(changes: list[dict[str, Any]], reason: str) -> list[Refused]:
    """Each of ``changes`` refused by the server, in its words."""
    return [Refused(c["entity"], c["record_id"], c.get("field") or "",
                    problem(c.get("field") or "", REFUSED, reason=reason)) for c in changes]


def _denied(exc: DBAPIError) -> NotAllowed | None:
    """The refusal ``exc`` is (the server's words in its ``reason``), or None for any other error."""
    known = from_database_error(exc, "")
    return known if isinstance(known, NotAllowed) else None


def _within_savepoint(s: Any, backend: Backend, changes: list[dict[str, Any]],
                      apply: Callable[[list[dict[str, Any]]], T]) -> T:
    with s.begin_nested():
        result = apply(changes)
        s.flush()
        backend.check_rights_now(s.connection())
    return result


def _by_record(changes: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The changes per record, the records in the order of their first change (a parent is made
    before its children)."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in changes:
        groups.setdefault((c["entity"], c["record_id"]), []).append(c)
    return list(groups.values())


@contextmanager
def if_allowed(s: Any, backend: Backend) -> Iterator[None]:
    """Bookkeeping a reader of a server may not write (which laptops exchanged): left undone."""
    if not backend.on_server:
        yield
        return
    try:
        with s.begin_nested():
            yield
    except DBAPIError as exc:
        if _denied(exc) is None:
            raise
