"""Saving many edits at once (an import) journals, checks and undoes exactly as saving each in a
form does: the same change rows, the same version, the same refusals."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mouplanner.demo import demo_id
from mouplanner.domain import Activity, Change
from mouplanner.domain.validation import ValidationError
from mouplanner.services import Services, bulk, undo
from mouplanner.storage import Workspace
from mouplanner.storage.sqlite import backup_file

EDITS = {demo_id("act-tr-joomla"): {"place": "Pakse", "headcount_women": 3},
         demo_id("act-signing"): {"place": "Luang Prabang"}}


def _journal(ws, txn_id):
    with ws.read() as s:
        return sorted((c.entity, c.record_id, c.op, c.field, c.old_value, c.new_value, c.base_hlc)
                      for c in s.scalars(select(Change).where(Change.txn_id == txn_id)))


def test_the_same_journal_and_versions_as_saving_each_one(demo_path, tmp_path):
    other = tmp_path / "other.mouplan"
    backup_file(demo_path, other)
    with Workspace.open(demo_path, actor="tester") as one, Workspace.open(other, actor="tester") as many:
        for record_id, values in EDITS.items():
            with one.transaction("Edit") as s:
                Services(one).activities.update_in(s, record_id, values)
        with many.transaction("Import") as s:
            assert bulk.update_many(s, Activity, {**EDITS, demo_id("act-bb-info"): {}}) == 2
            txn = s.info["journal"].txn_id
        with one.read() as s:
            singly = sorted((c.entity, c.record_id, c.op, c.field, c.old_value, c.new_value, c.base_hlc)
                            for c in s.scalars(select(Change).where(Change.action == "Edit")))
        assert _journal(many, txn) == singly and len(singly) == 3
        for record_id in EDITS:
            a, b = Services(one).activities.get(record_id), Services(many).activities.get(record_id)
            assert (a.place, a.headcount_women, a.version) == (b.place, b.headcount_women, b.version)
            assert b.changed_by == "tester"
        undo.revert(many, txn)
        assert Services(many).activities.get(demo_id("act-tr-joomla")).place != "Pakse"


def test_a_record_a_form_would_refuse_refuses_the_whole_batch(demo_ws):
    before = Services(demo_ws).activities.get(demo_id("act-tr-joomla"))
    with pytest.raises(ValidationError) as refused, demo_ws.transaction("Import") as s:
        bulk.update_many(s, Activity, {demo_id("act-signing"): {"place": "Pakse"},
                                       demo_id("act-tr-joomla"): {"headcount_total": 1, "headcount_women": 9}})
    assert "headcount_women" in str(refused.value)
    assert Services(demo_ws).activities.get(demo_id("act-signing")).place != "Pakse"
    assert Services(demo_ws).activities.get(demo_id("act-tr-joomla")).version == before.version
