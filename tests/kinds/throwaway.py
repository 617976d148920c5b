"""A kind of record that exists only here: a site note, written during a visit under a workstream.
It is added the way a real kind is (a model, a table, a description), and then has to work
everywhere the others do: services and the journal, its rule, the data workbook, exchange files,
its tab, the Add menu and its form.

Run by ``test_adding_a_kind.py`` in a process of its own, since the model joins the shared
metadata and the description has to be added before the layers above build from the list.
"""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from sqlalchemy import ForeignKey, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from mouplanner import kinds
from mouplanner.domain import Change
from mouplanner.domain.base import Base, Record, Titled
from mouplanner.domain.validation import Context, Problem, problem
from mouplanner.kinds import Field, Kind
from mouplanner.kinds.shared import TITLE


class SiteNote(Record, Titled, Base):
    __tablename__ = "site_note"
    LABEL = "Site note"

    workstream_id: Mapped[str] = mapped_column(ForeignKey("workstream.id"), index=True)
    noted_on: Mapped[date | None] = mapped_column(default=None)
    body: Mapped[str] = mapped_column(Text, default="")


def _not_ahead(rec, ctx: Context) -> list[Problem]:
    noted = rec.get("noted_on")
    return [problem("noted_on", "{value} is in the future", value=noted)] if noted and noted > ctx.today else []


kinds.add(Kind(
    SiteNote, "site_notes", "Site notes", (
        Field("workstream_id", "Workstream", "link", link="workstreams", required=True, width=36),
        TITLE,
        Field("noted_on", "Noted on", "date"),
        Field("body", "What was seen", "long", width=40),
    ),
    icon="activity", rules=_not_ahead, sheet=True, tab=6, columns=("title", "noted_on", "body"), new=9,
    new_label="New site note…",
))

from mouplanner.demo import build_demo, demo_id  # noqa: E402  (the layers above build from the kinds: after add)
from mouplanner.excel import importer  # noqa: E402
from mouplanner.excel.data_export import export_data  # noqa: E402
from mouplanner.exchange import sync  # noqa: E402
from mouplanner.locale.formats import Formats  # noqa: E402
from mouplanner.services import Services  # noqa: E402
from mouplanner.storage import Workspace  # noqa: E402
from mouplanner.ui.forms.picker import RecordPicker  # noqa: E402
from tests.conftest import DEMO_DAY  # noqa: E402
from tests.ui.conftest import click, settle, show, type_text, ws_of  # noqa: E402, ws_of
from tests.ui.test_form_checks import pick_by_typing  # noqa: E402

pytest_plugins = ["tests.ui.conftest"]
JOOMLA = demo_id("act-tr-joomla")  # a training under the demo's workstream of training courses


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory):
    """The demo workspace with the site-note table, as the kind's migration would make it."""
    path = tmp_path_factory.mktemp("demo") / "demo.mouplan"
    with build_demo(path, today=DEMO_DAY) as ws:
        SiteNote.__table__.create(ws.engine)
    return path


@pytest.fixture
def noted(demo_path):
    """A copy of that workspace with one site note."""
    with Workspace.open(demo_path, actor="tester") as ws:
        stream = Services(ws).activities.get(JOOMLA).workstream_id
        Services(ws).site_notes.create({"workstream_id": stream, "title_en": "Server room in Vientiane",
                                        "noted_on": date(2026, 11, 3), "body": "Two racks, one UPS"})
    return demo_path


def _notes(ws):
    return {n.title_en: n for n in Services(ws).site_notes.list()}


def test_services_journal_and_rule(noted):
    with Workspace.open(noted, actor="tester") as ws:
        [note] = _notes(ws).values()
        with ws.read() as s:
            assert s.scalar(select(Change.op).where(Change.entity == "site_note", Change.record_id == note.id))
        ahead = kinds.validate(SiteNote, {"workstream_id": note.workstream_id, "title_en": "x",
                                          "noted_on": date(2999, 1, 1)}, Context(today=DEMO_DAY))
        assert [(p.field, p.severity) for p in ahead] == [("noted_on", "error")]
        assert [(p.field, p.template) for p in kinds.validate(SiteNote, {"workstream_id": note.workstream_id})] == [
            ("title_en", "a title is required in at least one language (English, Thai or Lao)")]


def test_data_workbook_round_trip(noted, tmp_path):
    with Workspace.open(noted, actor="tester") as ws:
        path = export_data(ws, tmp_path / "data.xlsx", Formats("en"))
        book = openpyxl.load_workbook(path)
        sheet = book["Site notes"]
        headers = [c.value for c in sheet[1]]
        assert headers[2:8] == ["Workstream", "Title (English)", "Title (Thai)", "Title (Lao)", "Noted on",
                                "What was seen"]
        sheet.cell(2, headers.index("What was seen") + 1).value = "Two racks, two UPS"
        book.save(path)
        plan = importer.check(ws, path, today=DEMO_DAY)
        assert plan.counts()["update"] == 1, plan.problems
        importer.apply(ws, plan)
        assert _notes(ws)["Server room in Vientiane"].body == "Two racks, two UPS"


def test_exchanged_between_laptops(noted, tmp_path):
    with Workspace.open(noted, actor="tester") as thai:
        sync.clone(thai, tmp_path / "lao.mouplan", "MPTC laptop")
        note = _notes(thai)["Server room in Vientiane"]
        Services(thai).site_notes.update(note.id, {"body": "Moved to the new building"})
        sent = sync.send(thai, tmp_path / "notes.mousync", "MPTC laptop").path
    with Workspace.open(tmp_path / "lao.mouplan", actor="lao") as lao:
        sync.receive(lao, sent)
        assert _notes(lao)["Server room in Vientiane"].body == "Moved to the new building"


def test_its_tab_menu_command_and_form(qtbot, make_window, noted):
    window = make_window(noted)
    page = window.page
    view = show(page.views["site_notes"])
    assert page.tabs.tabText(page.tabs.indexOf(view)) == "Site notes"
    assert [view.model.headerData(i, Qt.Orientation.Horizontal) for i in range(view.model.columnCount())] == [
        "Title", "Noted on", "What was seen"]
    assert view.model.rowCount() == 1
    window.add_actions["site_note"].trigger()  # Add > New site note…
    assert window.add_actions["site_note"].text() == "New site note…"
    form = page.form
    qtbot.waitUntil(form.isActiveWindow)
    assert form.windowTitle() == "New site note"
    type_text(form.findChild(QLineEdit, "title_en"), "Backup generator at the post office")
    type_text(form.findChild(QLineEdit, "noted_on"), "4/11/2026")
    type_text(form.findChild(QPlainTextEdit, "body"), "Fuel for two days")
    assert not form.save_button.isEnabled()  # the workstream is required: nothing picked yet
    pick_by_typing(qtbot, form.findChild(RecordPicker, "workstream_id"), "training courses")
    assert form.save_button.isEnabled(), form.pending.text()
    click(qtbot, form.save_button)
    settle(qtbot)
    notes = _notes(ws_of(window))
    assert notes["Backup generator at the post office"].noted_on == date(2026, 11, 4)
    assert view.model.rowCount() == 2
    type_text(view.search, "generator")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 0).data() == "Backup generator at the post office"
