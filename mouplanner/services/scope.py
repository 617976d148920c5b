"""The part of the workspace a view or report is about: all of it, an agreement, an area or a
workstream. Every scoped query selects the live workstreams in scope first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select, true

from mouplanner.domain import Area, Record, Workstream

if TYPE_CHECKING:
    from mouplanner.storage import Workspace


@dataclass(frozen=True)
class Scope:
    agreement_id: str | None = None
    area_id: str | None = None
    workstream_id: str | None = None

    @property
    def is_all(self) -> bool:
        return not (self.agreement_id or self.area_id or self.workstream_id)

    def activity_filter(self, column: Any) -> Any:
        """The condition that puts a row's workstream in scope (none for the whole workspace)."""
        return true() if self.is_all else column.in_(self.workstream_ids())

    def workstream_ids(self) -> Select:
        stmt = select(Workstream.id).where(Workstream.deleted_at.is_(None))
        if self.workstream_id:
            return stmt.where(Workstream.id == self.workstream_id)
        if self.area_id:
            return stmt.where(Workstream.area_id == self.area_id)
        if self.agreement_id:
            return stmt.join(Area, Area.id == Workstream.area_id).where(
                Area.agreement_id == self.agreement_id, Area.deleted_at.is_(None))
        return stmt


WHOLE_WORKSPACE = Scope()


def resolve_scope(ws: Workspace, text: str | None) -> tuple[Scope, str]:
    """A scope from what a user names: nothing (the whole workspace), an agreement code, or the id
    of an agreement, cooperation area or workstream. LookupError when nothing matches."""
    from mouplanner.domain import Agreement
    from mouplanner.locale.text import display

    if not text:
        return WHOLE_WORKSPACE, ""
    with ws.read() as s:
        agreement = s.scalar(select(Agreement).where(Agreement.code == text.strip(), Agreement.deleted_at.is_(None)))
        if agreement is not None:
            return Scope(agreement_id=agreement.id), f"{agreement.code} {display(agreement, 'en')}"
        targets: tuple[tuple[type[Record], str], ...] = (
            (Agreement, "agreement_id"), (Area, "area_id"), (Workstream, "workstream_id"))
        for model, key in targets:
            obj = s.get(model, text.strip())
            if obj is not None and obj.deleted_at is None:
                return Scope(**{key: obj.id}), display(obj, "en")
    raise LookupError(text)
