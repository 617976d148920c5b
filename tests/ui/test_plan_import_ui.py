"""File > Import from MS Project… (issue 19), driven as a planner does after a working-group
meeting: the plan exported, a course moved in MS Project while a colleague renamed it here, the
file chosen, the check shown (nothing changed yet, the conflict waiting), the conflict settled,
Apply, and Undo takes it back."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from mouplanner.demo import demo_id
from mouplanner.domain import Activity
from mouplanner.services.scope import Scope
from tests.ui.test_journeys import when_modal

JOOMLA = demo_id("act-tr-joomla")


def test_a_plan_from_ms_project_checked_settled_applied_and_undone(qtbot, window, tmp_path):
    facade = window.document.facade
    plan = tmp_path / "plan.xml"
    facade.exports.mspdi(plan, Scope(workstream_id=demo_id("w-training")), "en")
    joomla = facade.service(Activity).get(JOOMLA)
    start, end = joomla.planned_start, joomla.planned_end
    text = plan.read_text(encoding="utf-8")
    at = text.index(f"activity:{JOOMLA}")
    block_start = text.rindex("<Task>", 0, at)
    moved = start + timedelta(days=7)
    block = text[block_start:at].replace(f"<Start>{start}T08:00:00</Start>", f"<Start>{moved}T08:00:00</Start>")
    block = block.replace(f"<Finish>{end}T17:00:00</Finish>", f"<Finish>{end + timedelta(days=7)}T17:00:00</Finish>")
    block = block.replace("<Name>Building websites with Joomla</Name>", "<Name>Joomla (in Project)</Name>")
    plan.write_text(text[:block_start] + block + text[at:], encoding="utf-8")
    facade.save(Activity, JOOMLA, {"title_en": "Joomla (renamed here)"}, [])

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(plan))
        dialog.accept()

    when_modal(qtbot, QFileDialog, choose)
    window.act_import_plan.trigger()
    qtbot.waitUntil(lambda: getattr(window, "plan_import_dialog", None) is not None
                    and window.plan_import_dialog.isVisible())
    dialog = window.plan_import_dialog
    assert dialog.summary.text().startswith("Nothing has changed yet. 3 changes (1 conflicts)")
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups[:2] == ["Conflicts with edits made here since the export (1)", "Changes (2)"]
    conflict = dialog.tree.topLevelItem(0).child(0)
    assert [conflict.text(c) for c in range(4)] == ["Joomla (in Project)", "Title", "Joomla (renamed here)",
                                                     "Joomla (in Project)"]
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not apply.isEnabled()  # the conflict waits
    assert facade.service(Activity).get(JOOMLA).planned_start == start  # nothing changed by the check
    qtbot.mouseClick(dialog.keep_workspace, Qt.MouseButton.LeftButton)
    assert apply.isEnabled()
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "" and dialog.result() == dialog.DialogCode.Accepted
    after = facade.service(Activity).get(JOOMLA)
    assert (after.planned_start, after.title_en) == (moved, "Joomla (renamed here)")
    assert window.act_undo.text() == "&Undo import “plan.xml”"
    window.act_undo.trigger()
    assert facade.service(Activity).get(JOOMLA).planned_start == start
