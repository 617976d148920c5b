import json

import pytest
from sqlalchemy import select

from mouplanner.domain import Change, Organisation
from mouplanner.storage.hlc import HybridClock, parse


def changes(ws):
    with ws.read() as s:
        return s.scalars(select(Change).order_by(Change.seq)).all()


@pytest.fixture(params=["file", "server"])
def ws(request, tmp_path):
    """A new workspace in a file, then on a PostgreSQL server: the journal is the same on both."""
    from mouplanner.storage import Workspace

    location = tmp_path / "test.mouplan" if request.param == "file" else \
        request.getfixturevalue("pg_url").replace("postgresql://postgres@", "postgresql://tester@")
    made = Workspace.create(location, replica_name="Test laptop", actor="tester")
    yield made
    made.close()


def test_create_is_one_row_with_every_field(ws):
    with ws.transaction("Add organisation") as s:
        org = Organisation(name_en="MDES", country="TH")
        s.add(org)
    [c] = changes(ws)
    assert (c.op, c.entity, c.record_id, c.field, c.action, c.actor) == (
        "create", "organisation", org.id, None, "Add organisation", "tester")
    assert json.loads(c.new_value) == {"country": "TH", "kind": "ministry", "name_en": "MDES",
                                       "name_lo": "", "name_th": "", "short_name": ""}
    assert c.replica_id == ws.replica_id


def test_update_is_one_row_per_changed_field_and_bumps_version(ws):
    with ws.transaction() as s:
        org = Organisation(name_en="MDES")
        s.add(org)
    with ws.transaction("Edit") as s:
        obj = s.get(Organisation, org.id)
        obj.name_th = "กระทรวงดิจิทัลฯ"
        obj.short_name = "MDES"
        obj.name_en = "MDES"  # unchanged value: not journalled
    rows = changes(ws)[1:]
    assert sorted((c.field, json.loads(c.old_value), json.loads(c.new_value)) for c in rows) == [
        ("name_th", "", "กระทรวงดิจิทัลฯ"), ("short_name", "", "MDES")]
    assert len({c.txn_id for c in rows}) == 1
    with ws.read() as s:
        obj = s.get(Organisation, org.id)
        assert obj.version == 2 and obj.changed_by == "tester" and obj.changed_on == "Test laptop"


def test_tombstone_is_a_delete_row(ws):
    with ws.transaction() as s:
        org = Organisation(name_en="MDES")
        s.add(org)
    with ws.transaction("Delete") as s:
        s.get(Organisation, org.id).deleted_at = s.info["journal"].now
    with ws.transaction("Restore") as s:
        s.get(Organisation, org.id).deleted_at = None
    assert [c.op for c in changes(ws)] == ["create", "delete", "restore"]


def test_failed_transaction_leaves_nothing(ws):
    with pytest.raises(RuntimeError), ws.transaction() as s:
        s.add(Organisation(name_en="MDES"))
        s.flush()
        raise RuntimeError("boom")
    assert changes(ws) == []
    with ws.read() as s:
        assert s.scalars(select(Organisation)).all() == []


def test_writes_outside_a_transaction_and_row_removal_are_refused(ws):
    with ws.read() as s:
        s.add(Organisation(name_en="X"))
        with pytest.raises(RuntimeError, match="write inside Workspace.read"):
            s.flush()
    with ws.unjournalled(("organisation",)) as s:  # (for this laptop's bookkeeping only)
        s.add(Organisation(name_en="X"))
        with pytest.raises(RuntimeError, match="inside Workspace.transaction"):
            s.flush()
        s.expunge_all()
    with ws.transaction() as s:
        org = Organisation(name_en="MDES")
        s.add(org)
    with pytest.raises(RuntimeError, match="never removed"), ws.transaction() as s:
        s.delete(s.get(Organisation, org.id))


def test_hlc_is_monotonic_and_survives_reopen(ws, tmp_path):
    for i in range(5):
        with ws.transaction() as s:
            s.add(Organisation(name_en=f"O{i}"))
    stamps = [c.hlc for c in changes(ws)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5
    last = ws.clock.last
    ws.close()
    from mouplanner.storage import Workspace

    again = Workspace.open(ws.location)
    assert again.clock.last >= last
    again.close()


def test_hybrid_clock_orders_under_a_stuck_wall_clock_and_observes_others():
    clock = HybridClock("a", wall_ms=lambda: 1000)
    first, second = clock.now(), clock.now()
    assert first < second and parse(second)[:2] == (1000, 1)
    clock.observe(HybridClock("b", wall_ms=lambda: 5000).now())
    assert parse(clock.now())[:2] == (5000, 1)
