"""A form's table of rows (an activity's participants) saved while someone else changed the same
rows: what the other did is kept (a row they added, a field they changed), and a row both changed
is never overwritten silently (RowsChanged, nothing saved). On both backends."""

from __future__ import annotations

import pytest

from mouplanner.demo import demo_id
from mouplanner.domain import Activity, Participation
from mouplanner.services import Services, editing
from mouplanner.services.concurrent import RowsChanged
from mouplanner.services.rows import row_values

ACTIVITY = demo_id("act-tr-web")  # trainer Nattapong; trainees Khamla and Bounmy
NATTAPONG, KHAMLA, BOUNMY, SIRIPORN = (demo_id(k) for k in ("nattapong", "khamla", "bounmy", "siriporn"))


class FormAsOpened:
    """What a form holds: the activity's fields and its participants as they were when it opened."""

    def __init__(self, ws):
        self.ws = ws
        svc = Services(ws)
        self.row = svc.activities.get(ACTIVITY)
        self.values = row_values(self.row)
        self.rows = [{"id": p.id, "person_id": p.person_id, "role": p.role.value}
                     for p in svc.participants.list({"activity_id": ACTIVITY})]
        self.original = {r["id"]: dict(r) for r in self.rows}

    def save(self, **changed):
        return editing.save(self.ws, Activity, ACTIVITY, {**self.values, **changed},
                            [editing.Children(Participation, "activity_id", self.rows, self.original)],
                            expected_version=self.row.version, original=self.values)

    def row_of(self, person):
        return next(r for r in self.rows if r["person_id"] == person)


def _roles(ws):
    return {p.person_id: p.role.value for p in Services(ws).participants.list({"activity_id": ACTIVITY})}


def test_a_row_someone_else_added_meanwhile_is_kept(demo_ws):
    form = FormAsOpened(demo_ws)
    Services(demo_ws).participants.create({"activity_id": ACTIVITY, "person_id": SIRIPORN, "role": "delegate"})
    form.row_of(KHAMLA)["role"] = "delegate"
    form.save(place="Chiang Mai")
    assert _roles(demo_ws) == {NATTAPONG: "trainer", KHAMLA: "delegate", BOUNMY: "trainee", SIRIPORN: "delegate"}
    assert Services(demo_ws).activities.get(ACTIVITY).place == "Chiang Mai"


def test_a_row_the_person_took_out_goes_and_other_changes_stay(demo_ws):
    form = FormAsOpened(demo_ws)
    bounmy = form.row_of(BOUNMY)["id"]
    Services(demo_ws).participants.update(bounmy, {"role": "speaker"})  # another field of another row
    form.rows.remove(form.row_of(KHAMLA))
    form.save()
    assert _roles(demo_ws) == {NATTAPONG: "trainer", BOUNMY: "speaker"}


def test_the_same_row_changed_by_both_is_refused_and_nothing_is_saved(demo_ws):
    form = FormAsOpened(demo_ws)
    khamla = form.row_of(KHAMLA)["id"]
    Services(demo_ws).participants.update(khamla, {"role": "speaker"})
    form.row_of(KHAMLA)["role"] = "delegate"
    with pytest.raises(RowsChanged) as refused:
        form.save(place="Chiang Mai")
    assert refused.value.model is Participation and refused.value.params["who"] == "tester"
    assert _roles(demo_ws)[KHAMLA] == "speaker"
    assert Services(demo_ws).activities.get(ACTIVITY).place == "Bangkok"  # one transaction: nothing


def test_a_row_removed_meanwhile_that_the_person_left_alone_is_not_brought_back(demo_ws):
    form = FormAsOpened(demo_ws)
    Services(demo_ws).participants.delete(form.row_of(KHAMLA)["id"])
    form.save(place="Chiang Mai")
    assert _roles(demo_ws) == {NATTAPONG: "trainer", BOUNMY: "trainee"}
    form = FormAsOpened(demo_ws)
    Services(demo_ws).participants.delete(form.row_of(BOUNMY)["id"])
    form.row_of(BOUNMY)["role"] = "delegate"  # ... but changed: said, not lost
    with pytest.raises(RowsChanged):
        form.save()
