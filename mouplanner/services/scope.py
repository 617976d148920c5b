"""The part of the workspace a view or report is about: all of it, an agreement, an area or a
workstream. Every scoped query selects the live workstreams in scope first."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select

from mouplanner.domain import Area, Workstream


@dataclass(frozen=True)
class Scope:
    agreement_id: str | None = None
    area_id: str | None = None
    workstream_id: str | None = None

    @property
    def is_all(self) -> bool:
        return not (self.agreement_id or self.area_id or self.workstream_id)

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
