"""An MS Project plan brought back (issue 19): what mouplanner exported, edited in the file as a
planner in MS Project would (a task moved, renamed, finished; a task added under a workstream; a
finish-to-start link between milestones), checked first (nothing changes), then applied as one
undo step; an edit made in the workspace since the export is a conflict; a plan MS Project saved
that mouplanner never exported is reported as not mapped; and files that are not plans are refused
with a message, the workspace left as it was."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mouplanner.demo import demo_id
from mouplanner.domain import Activity, Milestone, MilestoneDependency
from mouplanner.domain.enums import ActivityStatus, LinkType
from mouplanner.facade import Facade
from mouplanner.services.scope import Scope
from mouplanner.services.summary import dump as dump_of
from mouplanner.standards import mspdi_import
from mouplanner.standards.mspdi_read import PlanFileError

DATA = Path(__file__).parents[1] / "data" / "mspdi"
JOOMLA, SIGNING = demo_id("act-tr-joomla"), demo_id("act-signing")


def task_block(text: str, key: str) -> tuple[int, int]:
    """Where the task exported with ``key`` starts and ends in the file's text."""
    at = text.index(f"<Value>{key}</Value>")
    return text.rindex("<Task>", 0, at), text.index("</Task>", at) + len("</Task>")


def edit_task(text: str, key: str, tag: str, value: str) -> str:
    start, end = task_block(text, key)
    block = re.sub(f"<{tag}>[^<]*</{tag}>", f"<{tag}>{value}</{tag}>", text[start:end], count=1)
    return text[:start] + block + text[end:]


def exported(ws, tmp_path, scope=None):
    path = tmp_path / "plan.xml"
    Facade(ws).exports.mspdi(path, scope or Scope(workstream_id=demo_id("w-training")), "en")
    return path, path.read_text(encoding="utf-8")


def test_a_plan_edited_in_ms_project_checked_then_applied_as_one_undo_step(demo_ws, tmp_path):
    facade = Facade(demo_ws)
    path, text = exported(demo_ws, tmp_path)
    joomla = facade.service(Activity).get(JOOMLA)
    moved = joomla.planned_start + timedelta(days=7)
    text = edit_task(text, f"activity:{JOOMLA}", "Start", f"{moved}T08:00:00")
    text = edit_task(text, f"activity:{JOOMLA}", "Finish", f"{moved + timedelta(days=4)}T17:00:00")
    text = edit_task(text, f"activity:{JOOMLA}", "Name", "Building websites with Joomla (second run)")
    new_task = ("<Task><UID>900</UID><ID>900</ID><Name>Follow-up clinic</Name><OutlineLevel>2</OutlineLevel>"
                "<Start>2027-03-01T08:00:00</Start><Finish>2027-03-03T17:00:00</Finish></Task>")
    tasks_end = text.index("</Tasks>")
    text = text[:tasks_end] + new_task + text[tasks_end:]
    path.write_text(text, encoding="utf-8")
    before = dump_of(demo_ws)
    plan = mspdi_import.check(demo_ws, path)
    assert dump_of(demo_ws) == before  # a check changes nothing
    changes = {(c.record_id, c.field): c.file for c in plan.changes}
    assert changes == {(JOOMLA, "planned_start"): moved, (JOOMLA, "planned_end"): moved + timedelta(days=4),
                       (JOOMLA, "title_en"): "Building websites with Joomla (second run)"}
    assert plan.conflicts == [] and plan.can_apply
    assert [(n.kind, n.values["title_en"], n.values["workstream_id"]) for n in plan.new] == [
        ("activity", "Follow-up clinic", demo_id("w-training"))]
    txn = mspdi_import.apply(demo_ws, plan)
    after = facade.service(Activity).get(JOOMLA)
    assert (after.planned_start, after.title_en) == (moved, "Building websites with Joomla (second run)")
    clinic = facade.service(Activity).list({"title_en": "Follow-up clinic"})
    assert [(a.planned_start, a.planned_end, a.workstream_id) for a in clinic] == [
        (date(2027, 3, 1), date(2027, 3, 3), demo_id("w-training"))]
    facade.revert(txn, "undo")
    assert dump_of(demo_ws) == before  # one undo step takes all of it back


def test_an_edit_made_in_the_workspace_since_the_export_is_a_conflict(demo_ws, tmp_path):
    facade = Facade(demo_ws)
    path, text = exported(demo_ws, tmp_path)
    facade.save(Activity, JOOMLA, {"title_en": "Joomla course (renamed here)"}, [])
    path.write_text(edit_task(text, f"activity:{JOOMLA}", "Name", "Joomla course (renamed in Project)"), "utf-8")
    plan = mspdi_import.check(demo_ws, path)
    [conflict] = plan.conflicts
    assert (conflict.field, conflict.workspace, conflict.file) == ("title_en", "Joomla course (renamed here)",
                                                                  "Joomla course (renamed in Project)")
    with pytest.raises(PlanFileError, match="1 conflicts are not settled; nothing was changed"):
        mspdi_import.apply(demo_ws, plan)
    plan.settle("workspace")
    mspdi_import.apply(demo_ws, plan)
    assert facade.service(Activity).get(JOOMLA).title_en == "Joomla course (renamed here)"


def _link(uid: str, link_type: str, lag_days: int) -> str:
    return (f"<PredecessorLink><PredecessorUID>{uid}</PredecessorUID><Type>{link_type}</Type>"
            f"<CrossProject>0</CrossProject><LinkLag>{lag_days * 4800}</LinkLag><LagFormat>7</LagFormat>"
            "</PredecessorLink>")


def _uid(text: str, key: str) -> str:
    return re.search(r"<UID>(\d+)</UID>", text[task_block(text, key)[0]:]).group(1)


def _with_link(text: str, key: str, link: str) -> str:
    start, end = task_block(text, key)
    return text[:start] + text[start:end].replace("<ExtendedAttribute>", link + "<ExtendedAttribute>", 1) + text[end:]


def test_finishing_and_linking_milestones_and_activities_in_the_file(demo_ws, tmp_path):
    facade = Facade(demo_ws)
    path, text = exported(demo_ws, tmp_path, Scope(agreement_id=demo_id("mou2018")))
    milestones = [m for m in facade.service(Milestone).list() if f"milestone:{m.id}" in text]
    first, second = sorted(milestones, key=lambda m: m.planned_date)[:2]
    text = _with_link(text, f"milestone:{second.id}", _link(_uid(text, f"milestone:{first.id}"), "1", 0))
    # the Joomla course starts two days after the first milestone starts (start to start, +2 days)
    text = _with_link(text, f"activity:{JOOMLA}", _link(_uid(text, f"milestone:{first.id}"), "3", 2))
    text = edit_task(text, f"activity:{SIGNING}", "PercentComplete", "100")
    path.write_text(text, encoding="utf-8")
    plan = mspdi_import.check(demo_ws, path)
    assert sorted(plan.links) == sorted([(f"milestone:{second.id}", f"milestone:{first.id}", "FS", 0),
                                         (f"activity:{JOOMLA}", f"milestone:{first.id}", "SS", 2)])
    mspdi_import.apply(demo_ws, plan)
    deps = facade.service(MilestoneDependency).list({"milestone_id": second.id})
    assert [d.depends_on_id for d in deps] == [first.id]
    [course] = facade.service(MilestoneDependency).list({"activity_id": JOOMLA})
    assert (course.depends_on_id, course.link_type, course.lag_days) == (first.id, LinkType.SS, 2)
    assert facade.service(Activity).get(SIGNING).status == ActivityStatus.DONE
    assert mspdi_import.check(demo_ws, path).links == []  # brought back again: nothing new


def test_a_plan_ms_project_saved_is_reported_as_not_mapped(demo_ws):
    before = dump_of(demo_ws)
    plan = mspdi_import.check(demo_ws, DATA / "mspdirelations.xml")
    assert plan.changes == [] and plan.new == [] and plan.links == []
    assert any("not under one of mouplanner's workstreams" in str(line) for line in plan.not_mapped)
    assert any("its SS link" in str(line) for line in plan.not_mapped)  # start-to-start: not mouplanner's
    mspdi_import.apply(demo_ws, plan)
    assert dump_of(demo_ws) == before


@pytest.mark.parametrize(("content", "said"), [
    (b"<?xml version='1.0'?><!DOCTYPE p [<!ENTITY e 'x'>]><Project xmlns='http://schemas.microsoft.com/project'>"
     b"<Name>&e;</Name></Project>", "declares a document type, entities or outside references"),
    (b"<Workbook/>", "is not an MS Project XML file (its first element is Workbook, not Project)"),
    (b"PK\x03\x04 not xml", "is not well-formed XML"),
    (b"<Project xmlns='http://schemas.microsoft.com/project'><Tasks><Task><UID>1</UID><OutlineLevel>x</OutlineLevel>"
     b"</Task></Tasks></Project>", "task 1 has an outline level or a % complete that is not a number"),
])
def test_files_that_are_not_plans_are_refused_saying_why(demo_ws, tmp_path, content, said):
    path = tmp_path / "bad.xml"
    path.write_bytes(content)
    with pytest.raises(PlanFileError) as refused:
        mspdi_import.check(demo_ws, path)
    assert str(refused.value).startswith("bad.xml") and said in str(refused.value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_give_a_plan_or_a_message_and_change_nothing(demo_ws, tmp_path, content):
    path = tmp_path / "fuzz.xml"
    path.write_bytes(b"<Project xmlns='http://schemas.microsoft.com/project'><Tasks>" + content + b"</Tasks></Project>")
    try:
        plan = mspdi_import.check(demo_ws, path)
    except PlanFileError:
        return
    assert plan.changes == [] and plan.new == []


def test_a_date_the_rules_refuse_refuses_the_whole_import_and_changes_nothing(demo_ws, tmp_path):
    path, text = exported(demo_ws, tmp_path)
    start = Facade(demo_ws).service(Activity).get(JOOMLA).planned_start
    text = edit_task(text, f"activity:{JOOMLA}", "Name", "Renamed too")
    path.write_text(edit_task(text, f"activity:{JOOMLA}", "Start", f"{start + timedelta(days=30)}T08:00:00"), "utf-8")
    before = dump_of(demo_ws)
    plan = mspdi_import.check(demo_ws, path)
    with pytest.raises(PlanFileError, match=r"^plan.xml: Activity: planned_end: .* is before the start .*; "
                                            r"nothing was changed$"):
        mspdi_import.apply(demo_ws, plan)
    assert dump_of(demo_ws) == before
