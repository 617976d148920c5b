"""The gallery's pictures of what a server workspace shows: connecting, the password, two saves of
one record meeting, a laptop's copy offered to sync with its server and the sync's report. The
gallery runs on a file, so the server's side of each is staged with made-up values."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from mouplanner.ui.gallery import Shooter, wait


def server_shots(shooter: Shooter, window: Any) -> None:
    _server_dialogs(shooter, window)
    _clash(shooter, window)
    _sync(shooter, window)
    _rights(shooter, window)


def _server_dialogs(shooter: Shooter, window: Any) -> None:
    """File > Connect to server…, filled as a desk officer would, and the password it may ask."""
    from mouplanner.facade.servers import ServerAddress
    from mouplanner.ui.server_connect import ConnectDialog, PasswordDialog

    address = ServerAddress("mou.mdes.go.th", 5432, "mou_cooperation", "somchai.k", "require")
    dialog = ConnectDialog(window)
    dialog.fill(address)
    shooter.dialog("connect-server", dialog)
    asked = PasswordDialog(address, True, window)
    shooter.dialog("server-password", asked)


def _clash(shooter: Shooter, window: Any) -> None:
    """A form's save meeting someone else's save of the same fields (a server workspace)."""
    from mouplanner.domain import Activity
    from mouplanner.services.concurrent import Clash, EditConflict
    from mouplanner.ui.forms.clash import ClashDialog

    clashes = [Clash("place", "Luang Prabang", "Pakse"), Clash("planned_start", date(2027, 1, 12), date(2027, 1, 19)),
               Clash("title_th", "อบรมการสร้างเว็บไซต์", "อบรมการสร้างเว็บไซต์ด้วย Joomla")]
    conflict = EditConflict("khamla.s", datetime.now(UTC), 3, clashes, {})
    shooter.dialog("edit-clash", ClashDialog(conflict, Activity, window.document, window))
    _rows_changed(shooter, window)


def _rows_changed(shooter: Shooter, window: Any) -> None:
    """A form whose participants someone else changed in the row the person changed too: the
    form says so under its table and shows the rows as they are now."""
    from mouplanner.domain import Activity, Participation
    from mouplanner.services.concurrent import RowsChanged
    from mouplanner.ui.i18n import translated

    with_rows = [p.activity_id for p in window.document.service(Participation).list(limit=1)]
    if not with_rows:
        return
    form = window.page.open_form(Activity, with_rows[0])
    form.resize(form.width(), min(form.height(), shooter.size[1] - 80))
    refused = RowsChanged(Participation, "khamla.s", datetime.now(UTC))
    form.show()
    form._say_under_tables(translated(refused, window.document.formats))
    shooter.shoot("form-rows-changed", form)
    form.done(0)


def _sync(shooter: Shooter, window: Any) -> None:
    """A laptop's copy back within reach of its server: the strip offering to sync; the report."""
    from mouplanner.domain import Activity
    from mouplanner.domain.validation import problem
    from mouplanner.exchange.admission import Refused
    from mouplanner.exchange.direct import SyncReport
    from mouplanner.exchange.rights import REFUSED
    from mouplanner.exchange.sync import ReceiveReport
    from mouplanner.ui import server_sync

    offer = window.page.offer
    offer.server, offer.unsent = "postgresql://somchai.k@mou.mdes.go.th/mou_cooperation", 12
    offer.retranslate()
    offer.strip.show()
    page = window.page
    page.tabs.setCurrentIndex(1)
    wait(120)
    shooter.shoot("sync-offer", window)
    offer.strip.hide()
    activity = window.document.service(Activity).list(limit=1)[0]
    refused = [Refused("activity", activity.id, "place", problem(
        "place", REFUSED, reason="somchai.k may not change agreement LA-AIF-EGOV-2021"))]
    report = SyncReport("MDES server", ReceiveReport("Somchai's laptop", 11, 0, 2, 9, 0, 0, [], refused),
                        ReceiveReport("MDES server", 37, 0, 5, 31, 1, 0))
    server_sync._show(window, window.document, report, QCoreApplication.translate("SyncOffer", "Sync with the server"))
    shooter.dialog("sync-report", window.sync_box)
    page.tabs.setCurrentIndex(0)


def _rights(shooter: Shooter, window: Any) -> None:
    """File > Rights… as an admin sees it, one editor chosen."""
    from mouplanner.services.rights import Member
    from mouplanner.ui.rights_dialog import RightsDialog

    dialog = RightsDialog(window.document, window, read=False)
    members = [Member("admin.it", "admin", ()), Member("director.ict", "reader", ()),
               Member("khamla.s", "editor", ("LA-AIF-EGOV-2021", "TH-LA-ICT-2018")),
               Member("somchai.k", "editor", ("TH-LA-ICT-2018",))]
    dialog.show_members(members, ["admin.it", "director.ict", "khamla.s", "noy.p", "somchai.k"])
    dialog.table.selectRow(3)
    shooter.dialog("rights", dialog)
