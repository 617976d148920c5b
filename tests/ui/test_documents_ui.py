"""Documents in a record's form (issue 18), driven as a desk officer does: Attach… through the
file dialog, the list with type, size, date and who added it, Save as…, Open (written, verified,
to the temporary folder for the system's viewer), a file above the limit refused with the limit
said, Remove and undo."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from mouplanner.demo import demo_id
from mouplanner.domain import Agreement, Meeting
from tests.ui.test_journeys import when_modal

ICT = demo_id("mou2018")


def _choose(path):
    def act(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()
    return act


def _from_menu(qtbot, text: str, then_file=None) -> list:
    """Choose ``text`` from the menu the Attach… button pops up (with the keyboard, as a person
    would), then the file in the file dialog that choice opens."""
    chosen: list = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(30, look)
            return
        chosen.extend(a.text() for a in menu.actions())
        if then_file is not None:
            when_modal(qtbot, QFileDialog, _choose(then_file))
        menu.setActiveAction(next(a for a in menu.actions() if a.text() == text))
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, look)
    return chosen


def test_a_document_attached_saved_opened_removed_and_undone_in_an_agreements_form(qtbot, window, tmp_path):
    scan = tmp_path / "MOU 2018 signed (ลงนาม).pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(300_000))
    form = window.page.open_form(Agreement, ICT)
    panel = form.documents_panel
    before = panel.tree.topLevelItemCount()
    _from_menu(qtbot, "To the agreement…", scan)
    qtbot.mouseClick(panel.buttons["attach"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == before + 1)
    line = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                if panel.tree.topLevelItem(i).text(0) == scan.name)
    added = window.document.formats.date(date.today(), "short")  # (when it was attached, not the pinned day)
    assert [line.text(c) for c in range(1, 6)] == ["application/pdf", "293 KB", added, window.document.facade.user,
                                                   "The agreement"]
    assert panel.limit.text() == "At most 50 MB per file"
    panel.tree.setCurrentItem(line)
    copy = tmp_path / "copy.pdf"
    when_modal(qtbot, QFileDialog, _choose(copy))
    qtbot.mouseClick(panel.buttons["saveAs"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(copy.exists)
    assert copy.read_bytes() == scan.read_bytes() and panel.message.text() == f"Saved as {copy}"
    qtbot.mouseClick(panel.buttons["open"], Qt.MouseButton.LeftButton)
    assert panel.opened is not None and panel.opened.read_bytes() == scan.read_bytes()
    assert panel.message.text() in ("", f"No program on this computer opens this kind of file; it was saved as "
                                        f"{panel.opened}")
    qtbot.mouseClick(panel.buttons["remove"], Qt.MouseButton.LeftButton)
    assert panel.tree.topLevelItemCount() == before
    assert window.act_undo.text() == f"&Undo remove {scan.name}"
    window.act_undo.trigger()
    panel.reload()
    assert panel.tree.topLevelItemCount() == before + 1
    form.reject()


def test_a_renewals_document_attached_from_the_agreements_form_is_listed_with_its_renewal(qtbot, window, tmp_path):
    """A renewed agreement keeps its papers in one place: the renewal's letter goes to the renewal
    (Attach… → To the Renewal, …) and is listed with the agreement's own documents, saying which."""
    letter = tmp_path / "renewal letter 2023.pdf"
    letter.write_bytes(b"%PDF-1.4\n" + os.urandom(2_000))
    form = window.page.open_form(Agreement, ICT)
    panel = form.documents_panel
    [renewal] = window.document.facade.documents.events_of(ICT)
    said = f"To the Renewal, {window.document.formats.date(renewal.event_date)}…"
    offered = _from_menu(qtbot, said, letter)
    qtbot.mouseClick(panel.buttons["attach"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(panel.tree.topLevelItem(i).text(0) == letter.name
                                for i in range(panel.tree.topLevelItemCount())))
    assert offered == ["To the agreement…", "", said]
    line = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                if panel.tree.topLevelItem(i).text(0) == letter.name)
    assert line.text(5) == said.removeprefix("To the ").removesuffix("…")
    [kept] = [d.row for d in window.document.facade.documents.attached("agreement_event_id", renewal.id)]
    assert (kept.file_name, kept.agreement_id, kept.agreement_event_id) == (letter.name, None, renewal.id)
    assert window.act_undo.text() == f"&Undo attach {letter.name}"
    form.reject()


def test_a_file_above_the_limit_is_refused_in_the_form_saying_the_limit(qtbot, window, tmp_path):
    big = tmp_path / "slides.pptx"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)
    meeting = demo_id("mt-jwg-last")
    form = window.page.open_form(Meeting, meeting)
    panel = form.documents_panel
    before = panel.tree.topLevelItemCount()
    when_modal(qtbot, QFileDialog, _choose(big))
    qtbot.mouseClick(panel.buttons["attach"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.text() != "")
    assert panel.message.text().startswith("slides.pptx is 50.1 MB: a document can be at most 50 MB")
    assert panel.tree.topLevelItemCount() == before
    assert len(window.document.facade.documents.attached("meeting_id", meeting)) == before
    form.reject()
