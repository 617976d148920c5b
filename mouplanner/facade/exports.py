"""``Exports``: the open workspace written in the formats other tools read (issue 19)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from mouplanner.excel.table_export import rows_of, write_table
from mouplanner.locale.formats import Formats
from mouplanner.services import iati_data, iati_settings, plan_tasks
from mouplanner.services.calendar_feed import happenings
from mouplanner.services.iati_data import IatiData
from mouplanner.services.iati_settings import IatiSettings
from mouplanner.services.listing import Listing
from mouplanner.services.plan_tasks import Plan
from mouplanner.services.scope import Scope
from mouplanner.standards import mspdi_import
from mouplanner.standards.iati import write_iati
from mouplanner.standards.ics import write_calendar
from mouplanner.standards.mspdi import write_mspdi
from mouplanner.standards.mspdi_import import PlanImport
from mouplanner.storage import Workspace
from mouplanner.storage.retry import retried


class Exports:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def calendar(self, out: Path, scope: Scope, lang: str, today: date, scope_label: str = "") -> int:
        """An iCalendar file of the scope's dates, titled in ``lang`` and named after the workspace
        and the scope: how many events it holds."""
        found = happenings(self._ws, scope, lang, today)
        name = self._ws.name.removesuffix(".mouplan")
        write_calendar(found, out, f"{name} · {scope_label}" if scope_label else name)
        return len(found)

    def iati_settings(self) -> IatiSettings:
        return iati_settings.read(self._ws)

    def iati_problems(self, settings: IatiSettings) -> list[tuple[str, str]]:
        return iati_settings.problems(self._ws, settings)

    def save_iati_settings(self, settings: IatiSettings) -> None:
        iati_settings.save(self._ws, settings)

    def iati(self, out: Path, scope: Scope, today: date) -> IatiData:
        """The scope as an IATI 2.03 activity file, with the workspace's IATI settings; what was
        exported (IatiExportError, nothing written, when IATI's requirements are not met)."""
        settings = iati_settings.read(self._ws)
        data = iati_data.load(self._ws, scope, settings, today)
        write_iati(data, settings, out, datetime.now(UTC).replace(microsecond=0).isoformat())
        return data

    def mspdi(self, out: Path, scope: Scope, lang: str, country: str = "") -> Plan:
        """The scope's plan as an MS Project XML file, names in ``lang``, the working calendar
        without ``country``'s public holidays (default: the first party's country)."""
        plan = plan_tasks.load(self._ws, scope, lang, country)
        write_mspdi(plan, out, datetime.now(UTC))
        return plan

    def check_plan(self, path: Path, lang: str) -> PlanImport:
        """What importing an MS Project plan would do (nothing changes)."""
        return mspdi_import.check(self._ws, path, lang)

    def apply_plan(self, plan: PlanImport) -> str:
        """Import a checked plan, one transaction: its id, to undo it."""
        return retried(lambda: mspdi_import.apply(self._ws, plan))

    def list_rows(self, listing: Listing, ids: Sequence[str], columns: Sequence[str], formats: Formats,
                  progress: Callable[[int, int], bool] | None = None) -> list[list]:
        """The values of a list's rows as a file or the clipboard carries them (dates and numbers as such)."""
        return rows_of(self._ws, listing, ids, columns, formats, progress)

    def write_list(self, out: Path, listing: Listing, ids: Sequence[str], columns: Sequence[str],
                   headers: Sequence[str], formats: Formats, sheet_name: str = "",
                   progress: Callable[[int, int], bool] | None = None) -> Path:
        """A list as shown (its ``columns`` under ``headers``, the rows of ``ids`` in that order) as
        CSV or xlsx, by the file's suffix."""
        return write_table(out, headers, rows_of(self._ws, listing, ids, columns, formats, progress), formats,
                           sheet_name)
