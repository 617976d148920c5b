"""One agreement's part of a workspace: a laptop's copy of it (``exchange clone --agreement``), and
the changes that concern it when the copy syncs or is sent a file.

An agreement's part is the agreement and every record under it (areas, workstreams, milestones,
activities and their participants, indicators and their periods, parties, signatories,
coordinators, dependencies between its own milestones), with every organisation and person
(they are picked everywhere, and small). A record moved into the agreement after the copy was
made arrives with its whole history at the next sync (``lacking``); one moved out stays on the
laptop as it was.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, and_, or_, select, union_all

from mouplanner import kinds
from mouplanner.batches import KEYS, in_chunks
from mouplanner.domain import Attachment, Base, Change
from mouplanner.domain.ownership import bound_tables
from mouplanner.exchange.errors import ExchangeError
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.services.scope import resolve_scope
from mouplanner.storage import Workspace

SHARED = frozenset({"organisation", "person"})  # in every agreement's copy, whole
SCOPE_KEY = "agreement"  # a copy of one agreement: its id (in the copy's workspace_meta)


def parts(agreement: str) -> dict[str, Select]:
    """Table -> the ids of its rows in ``agreement``'s part: the rows whose links to the agreement's
    records (``domain/ownership.py``) lead into it, every one they have (a dependency on a milestone
    of another agreement would be a link the copy cannot keep)."""
    tables = Base.metadata.tables
    out: dict[str, Select] = {}
    for name, links in bound_tables().items():
        table = tables[name]
        if not links:
            out[name] = select(table.c.id).where(table.c.id == agreement)
            continue
        inside = [(table.c[col], out[parent]) for col, parent in links]
        every = [or_(c.is_(None), c.in_(ids)) if c.nullable else c.in_(ids) for c, ids in inside]
        some = [] if any(not c.nullable for c, _ids in inside) else [or_(*[c.in_(ids) for c, ids in inside])]
        out[name] = select(table.c.id).where(*every, *some)
    return out


def rows_of(table: Any, agreement: str | None) -> Any | None:
    """The condition on ``table``'s rows for a copy of ``agreement`` (None: all of them)."""
    if agreement is None or table.name in SHARED:
        return None
    chain = parts(agreement).get(table.name)
    if chain is not None:
        return table.c.id.in_(chain)
    if table.name == "file_content":  # the contents of the copy's documents
        return table.c.content_hash.in_(select(Attachment.content_hash).where(
            Attachment.id.in_(parts(agreement).get("attachment", []))))
    if table.name == "baseline_item":  # a saved plan's dates, for the records in the copy
        return or_(*[and_(table.c.entity == name, table.c.record_id.in_(ids))
                     for name, ids in parts(agreement).items()])
    return None


def changes_of(agreement: str) -> Any:
    """The condition on the journal's rows for the records of ``agreement``'s part."""
    return or_(Change.entity.in_(SHARED),
               *[and_(Change.entity == name, Change.record_id.in_(ids)) for name, ids in parts(agreement).items()])


def agreement_by_code(ws: Workspace, code: str) -> str:
    """The id of the agreement whose code (or id) is ``code``; a clear refusal when none is."""
    try:
        found = resolve_scope(ws, code)[0].agreement_id if code.strip() else None
    except LookupError:
        found = None
    if found is None:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "no agreement has the code {name}; "
                                                          "`mouplanner summary` lists them"), name=code)
    return found


def lacking(source: Connection, target: Connection, agreement: str) -> list[dict[str, Any]]:
    """Every change of the records in ``agreement``'s part on ``source`` that ``target`` holds none
    of (moved into the agreement since the copy was made), oldest first: ``target`` can build them."""
    every = union_all(*parts(agreement).values())
    wanted = set(Workspace.first_column(source, every))
    if not wanted:
        return []
    held = set(Workspace.first_column(target, select(Change.record_id).where(~Change.entity.in_(SHARED)).distinct()))
    missing = sorted(wanted - held)
    from mouplanner.exchange.sync import journal_rows  # (sync sends what this module chooses)

    rows = [row for chunk in in_chunks(missing, KEYS) for row in journal_rows(source, Change.record_id.in_(chunk))]
    return sorted(rows, key=lambda r: r["hlc"])


def uncovered() -> list[str]:
    """Journalled tables neither linked to an agreement nor shared on purpose (a test wants none:
    a new kind of record says where a copy of one agreement takes it)."""
    covered = set(bound_tables()) | SHARED
    return [m.__tablename__ for m in kinds.record_types() if m.__tablename__ not in covered]
