"""A laptop's copy of the server workspace, opened in the app while away from the server: nothing is
offered; when the server can be reached again, a strip offers to sync and says how many changes
wait; Sync now asks for the password, sends and receives, and reports what the server refused.
(The strip looks for the server every 20 seconds; here every half second.)"""

from __future__ import annotations

from mouplanner.exchange import sync
from mouplanner.services import Services
from mouplanner.storage import Workspace
from mouplanner.ui import server_sync
from tests.postgres.test_connect_ui import _answer_password, _login
from tests.postgres.test_rights import EGOV_ACTIVITY, ICT, ICT_ACTIVITY
from tests.ui.conftest import click, settle, ws_of


def _place(ws: Workspace, activity: str) -> str:
    return Services(ws).activities.get(activity).place


def test_back_within_reach_the_app_offers_to_sync_and_reports_what_was_refused(
        qtbot, make_window, server_demo, server_switch, tmp_path, monkeypatch):
    from mouplanner.storage.postgres import rights

    monkeypatch.setattr(server_sync, "CHECK_MS", 500)
    user = _login(server_demo, password="Sabaidee-2561")
    with server_demo.engine.begin() as conn:
        rights.revoke(conn, user, "editor", [])
        rights.grant(conn, user, "editor", [ICT])
    url = server_demo.backend.url.set(username=user, password="Sabaidee-2561").render_as_string(hide_password=False)
    with Workspace.open(url) as server:
        laptop_file = sync.clone(server, tmp_path / "laptop.mouplan", "Somchai's laptop")
    with Workspace.open(laptop_file) as laptop:  # offline, on a visit
        Services(laptop).activities.update(ICT_ACTIVITY, {"place": "Nong Khai"})
        Services(laptop).activities.update(EGOV_ACTIVITY, {"place": "Savannakhet"})
    Services(server_demo).activities.update(ICT_ACTIVITY, {"budget_amount": 4321})  # meanwhile, at the ministry
    server_switch.stop()

    window = make_window(laptop_file)
    offer = window.page.offer
    assert window.act_sync_server.isEnabled()
    settle(qtbot, 1500)  # looked three times: no server
    assert not offer.strip.isVisible()
    server_switch.start()
    qtbot.waitUntil(offer.strip.isVisible, timeout=5000)
    assert "2 changes made on this laptop have not been sent" in offer.label.text()

    seen: list[bool] = []
    _answer_password(qtbot, window, ["Sabaidee-2561"], seen)
    click(qtbot, offer.button)
    qtbot.waitUntil(lambda: getattr(window, "sync_box", None) is not None and window.sync_box.isVisible(),
                    timeout=10000)
    said = window.sync_box.text()
    assert seen == [False]
    assert "1 changes taken" in said and "Not taken by the server" in said and "may not change agreement" in said
    assert _place(server_demo, ICT_ACTIVITY) == "Nong Khai" and _place(server_demo, EGOV_ACTIVITY) != "Savannakhet"
    laptop = ws_of(window)
    assert Services(laptop).activities.get(ICT_ACTIVITY).budget_amount == 4321  # received
    assert _place(laptop, EGOV_ACTIVITY) == "Savannakhet"  # refused, kept here
    assert not offer.strip.isVisible()
    window.sync_box.accept()


def test_a_workspace_that_is_no_copy_of_a_server_offers_nothing(qtbot, make_window, demo_path, monkeypatch):
    monkeypatch.setattr(server_sync, "CHECK_MS", 200)
    window = make_window(demo_path)
    settle(qtbot, 600)
    assert not window.act_sync_server.isEnabled() and not window.page.offer.strip.isVisible()
