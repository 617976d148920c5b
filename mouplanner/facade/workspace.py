"""``Facade``: an open workspace as the app sees it. Every read and write the UI makes goes
through one of these typed methods; none hands out the storage object or a session.

The Excel readers and writers and the exchange load when a method first needs them, not with the
workspace (opening it stays quick).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mouplanner.domain import Record
from mouplanner.facade.documents import Documents
from mouplanner.facade.exports import Exports
from mouplanner.facade.meetings import Meetings
from mouplanner.services import Deleted, RecordService, Saved, Services, editing, undo
from mouplanner.services.dashboard import Dashboard, dashboard
from mouplanner.services.editing import Children
from mouplanner.services.history import ChangeRow, history
from mouplanner.services.listing import Cell, Listing, ListQuery, PlainList
from mouplanner.services.plan_views import (
    CalendarItem,
    Series,
    Timeline,
    calendar_items,
    chart_data,
    chart_records,
    count_items,
    reschedule,
    save_baseline,
    timeline,
)
from mouplanner.services.scope import Scope
from mouplanner.services.tree import Node, navigator
from mouplanner.storage import ChangeSet, Workspace
from mouplanner.storage.retry import retried

if TYPE_CHECKING:
    from mouplanner.domain.term import Term
    from mouplanner.excel.import_plan import ImportPlan
    from mouplanner.excel.report_data import ReportData
    from mouplanner.exchange.conflicts import Conflict, Side
    from mouplanner.exchange.direct import SyncReport
    from mouplanner.exchange.peers import Peer
    from mouplanner.exchange.sync import ReceiveReport, SendReport
    from mouplanner.locale.formats import Formats
    from mouplanner.services.due import Due
    from mouplanner.services.rights import Member

Progress = Callable[[int, int], bool]


class Facade:
    """One open workspace. Safe to use from a worker thread as well as the UI thread: each call
    takes its own connection."""

    def __init__(self, ws: Workspace):
        self._ws = ws
        self.records = Services(ws)
        self.meetings = Meetings(ws)
        self.documents = Documents(ws)
        self.exports = Exports(ws)

    # --- what it is -------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._ws.name

    @property
    def location(self) -> str:
        return self._ws.location

    @property
    def read_only(self) -> bool:
        return self._ws.read_only

    @property
    def replica_name(self) -> str:
        return self._ws.replica_name

    @property
    def network_share(self) -> bool:
        """On a network share or removable drive (a local copy would be faster and safer)."""
        return self._ws.network_share

    @property
    def on_server(self) -> bool:
        return self._ws.backend.on_server

    @property
    def user(self) -> str:
        """Who makes the changes (on a server, the login the server knows)."""
        return self._ws.actor

    def my_level(self) -> str:
        """reader, editor or admin (of a file: admin, its one user)."""
        from mouplanner.services import rights

        return rights.my_level(self._ws)

    def members(self) -> list[Member]:
        """Who has which rights on a server workspace."""
        from mouplanner.services import rights

        return rights.members(self._ws)

    def logins(self) -> list[str]:
        from mouplanner.services import rights

        return rights.logins(self._ws)

    def set_rights(self, member: str, level: str | None, agreements: list[str]) -> None:
        from mouplanner.services import rights

        rights.set_rights(self._ws, member, level, agreements)

    def on_commit(self, listener: Callable[[ChangeSet], None]) -> None:
        self._ws.on_commit(listener)

    def save_copy(self, target: Path | str) -> None:
        self._ws.save_copy(target)

    def damage(self) -> str | None:
        from mouplanner.services.check import damage

        return damage(self._ws)

    def close(self) -> None:
        self._ws.close()

    # --- records ------------------------------------------------------------------------------

    def service(self, model: type[Record]) -> RecordService:
        return self.records.of(model)

    def save(self, model: type[Record], record_id: str | None, values: Mapping[str, Any],
             children: list[Children], expected_version: int | None = None,
             original: Mapping[str, Any] | None = None) -> Saved:
        """``original``: the record as the form opened it (what someone else saved since is merged)."""
        return retried(lambda: editing.save(self._ws, model, record_id, values, children,
                                            expected_version=expected_version, original=original))

    def delete(self, model: type[Record], record_id: str) -> Deleted:
        return retried(lambda: self.records.of(model).delete(record_id))

    def revert(self, txn_id: str, action: str) -> str:
        return retried(lambda: undo.revert(self._ws, txn_id, action))

    def term_of(self, agreement_id: str, day: date) -> Term | None:
        """Where the agreement stands on ``day``: its term, renewals and notices."""
        from mouplanner.services.agreement_terms import term_of

        return term_of(self._ws, agreement_id, day)

    def history(self, record_id: str) -> list[ChangeRow]:
        return history(self._ws, record_id)

    # --- lists and views ----------------------------------------------------------------------

    def list_ids(self, listing: Listing, query: ListQuery, base: PlainList | None
                 ) -> tuple[list[str], PlainList | None]:
        return listing.ids_from(self._ws, query, base)

    def list_rows(self, listing: Listing, ids: list[str], lang: str) -> dict[str, list[Cell]]:
        return listing.rows(self._ws, ids, lang)

    def navigator(self, today: date) -> list[Node]:
        return navigator(self._ws, today)

    def dashboard(self, scope: Scope, today: date) -> Dashboard:
        return dashboard(self._ws, scope, today)

    def public_holidays(self, first: date, last: date, lang: str) -> dict[date, list[tuple[str, str]]]:
        """The parties' countries' public holidays: day -> [(country, name)]."""
        from mouplanner.services.holiday_calendar import public_holidays

        return public_holidays(self._ws, first, last, lang)

    def due(self, scope: Scope, today: date) -> list[Due]:
        """What is due or overdue (the Due tab, and the notice at opening)."""
        from mouplanner.services.due import due

        return due(self._ws, today, scope)

    def chart_data(self, scope: Scope) -> dict[str, Series]:
        return chart_data(self._ws, scope)

    def chart_records(self, scope: Scope, chart: str, category: str, series: str) -> tuple[str, list[str]]:
        return chart_records(self._ws, scope, chart, category, series)

    def timeline(self, scope: Scope) -> Timeline:
        return timeline(self._ws, scope)

    def count_items(self, scope: Scope) -> int:
        return count_items(self._ws, scope)

    def calendar_items(self, scope: Scope, first: date, last: date) -> list[CalendarItem]:
        return calendar_items(self._ws, scope, first, last)

    def reschedule(self, kind: str, record_id: str, days: int) -> Saved:
        return retried(lambda: reschedule(self._ws, kind, record_id, days))

    def save_baseline(self, name: str) -> int:
        return save_baseline(self._ws, name)

    # --- Excel and reports ----------------------------------------------------------------------

    def export_data(self, out: Path, formats: Formats, progress: Progress | None = None) -> Path:
        from mouplanner.excel.data_export import export_data

        return export_data(self._ws, out, formats, progress)

    def report_data(self, scope: Scope, date_from: date | None, date_to: date | None, today: date) -> ReportData:
        from mouplanner.excel import report_data

        return report_data.load(self._ws, scope, date_from, date_to, today)

    def check_import(self, path: Path, lang: str, today: date, progress: Progress | None = None) -> ImportPlan:
        from mouplanner.excel import importer

        return importer.check(self._ws, path, lang=lang, today=today, progress=progress)

    def apply_import(self, plan: ImportPlan, progress: Progress | None = None) -> str:
        from mouplanner.excel import importer

        return importer.apply(self._ws, plan, progress)

    # --- exchange with other laptops ------------------------------------------------------------

    def peers(self) -> list[Peer]:
        from mouplanner.exchange.peers import peers

        return peers(self._ws)

    def open_conflicts(self) -> list[Conflict]:
        from mouplanner.exchange import conflicts

        return conflicts.open_conflicts(self._ws)

    def resolve(self, conflict: Conflict, side: Side) -> str:
        from mouplanner.exchange import conflicts

        return retried(lambda: conflicts.resolve(self._ws, conflict, side))

    def clone(self, out: Path, name: str, agreement: str | None = None) -> Path:
        from mouplanner.exchange import sync

        return sync.clone(self._ws, out, name, agreement)

    def send(self, out: Path, to: str | None) -> SendReport:
        from mouplanner.exchange import sync

        return sync.send(self._ws, out, to)

    def receive(self, path: Path) -> ReceiveReport:
        from mouplanner.exchange import sync

        return sync.receive(self._ws, path)

    # --- a laptop's copy of a server workspace --------------------------------------------------

    def server_of(self) -> str | None:
        """The URL (no password) of the server this laptop's copy came from; None for others."""
        from mouplanner.exchange import direct

        return direct.server_of(self._ws)

    def unsent_to_server(self) -> int:
        from mouplanner.exchange import direct

        return direct.unsent(self._ws)

    def sync_with(self, server: Facade) -> SyncReport:
        """Both ways with the server workspace ``server`` (open), in one step."""
        from mouplanner.exchange import direct

        return direct.sync(self._ws, server._ws)


__all__ = ["Facade", "Progress"]
