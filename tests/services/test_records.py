from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from mouplanner.demo import demo_id
from mouplanner.domain import Change
from mouplanner.domain.enums import ActivityKind, Currency
from mouplanner.domain.validation import ValidationError
from mouplanner.services import NotFound, Services, StaleRecord


@pytest.fixture
def svc(demo_ws):
    return Services(demo_ws)


def new_activity(**extra):
    values = {"workstream_id": demo_id("w-training"), "kind": "training", "title_en": "Cloud basics",
              "title_lo": "ພື້ນຖານຄລາວ", "planned_start": "2027-01-10", "planned_end": "2027-01-12",
              "headcount_total": 12, "headcount_women": 5, "budget_amount": "150000", "currency": "THB"}
    values.update(extra)
    return values


def journal_count(ws):
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(Change))


def test_create_get_update_with_typed_values(svc):
    saved = svc.activities.create(new_activity())
    row = svc.activities.get(saved.row.id)
    assert (row.kind, row.currency, row.budget_amount, row.planned_start) == (
        ActivityKind.TRAINING, Currency.THB, Decimal("150000"), date(2027, 1, 10))
    assert row.version == 1 and row.changed_by == "tester"
    updated = svc.activities.update(row.id, {"headcount_women": 6}, expected_version=1)
    assert updated.row.headcount_women == 6 and updated.row.version == 2


def test_invalid_input_is_refused_and_nothing_is_written(svc, demo_ws):
    before = journal_count(demo_ws)
    with pytest.raises(ValidationError) as err:
        svc.activities.create(new_activity(planned_end="2027-01-01", headcount_women=20, currency="EUR"))
    assert {p.field for p in err.value.problems} == {"planned_end", "headcount_women", "currency"}
    assert journal_count(demo_ws) == before


def test_links_must_point_at_live_records(svc):
    with pytest.raises(ValidationError, match=r"does not exist or was deleted \(Workstream\)"):
        svc.activities.create(new_activity(workstream_id="no-such-id"))


def test_warnings_come_back_with_the_saved_row(svc):
    saved = svc.activities.create(new_activity(planned_start="2017-05-01", planned_end="2017-05-02"))
    assert [p.field for p in saved.warnings] == ["planned_start", "planned_end"]
    assert all(p.severity == "warning" for p in saved.warnings)


def test_stale_update_is_refused(svc):
    row = svc.activities.create(new_activity()).row
    svc.activities.update(row.id, {"place": "Vientiane"})
    with pytest.raises(StaleRecord, match="changed by tester"):
        svc.activities.update(row.id, {"place": "Pakse"}, expected_version=1)
    assert svc.activities.get(row.id).place == "Vientiane"


def test_delete_workstream_takes_its_children_and_says_so(svc):
    wid = demo_id("w-training")
    impact = svc.workstreams.delete_impact(wid)
    assert impact.counts == {"Workstream": 1, "Coordinator": 2, "Milestone": 3, "Dependency": 2,
                             "Activity": 7, "Participant": 4}
    done = svc.workstreams.delete(wid)
    assert done.counts == impact.counts
    with pytest.raises(NotFound):
        svc.workstreams.get(wid)
    assert svc.activities.list({"workstream_id": wid}) == []
    assert len(svc.activities.list({"workstream_id": wid}, include_deleted=True)) == 7


def test_delete_milestone_clears_optional_links(svc):
    impact = svc.milestones.delete(demo_id("m-gms-plan"))
    assert impact.unlinked == {"Activity": 1, "Action item": 1}
    assert svc.activities.get(demo_id("act-gms-meeting")).milestone_id is None
    assert svc.action_items.get(demo_id("mt-jwg-last-a1")).milestone_id is None
    svc.milestones.restore(demo_id("m-gms-plan"))
    assert svc.milestones.get(demo_id("m-gms-plan")).deleted_at is None


def test_delete_area_takes_its_indicators(svc):
    svc.indicators.create({"name_en": "Apps piloted", "area_id": demo_id("a-industry"), "unit": "apps"})
    counts = svc.areas.delete(demo_id("a-industry")).counts
    assert counts["Indicator"] == 1 and counts["Activity"] == 3


def test_search_finds_thai_and_lao_substrings(svc):
    assert {r.id for r in svc.activities.search("ดูงาน")} == {demo_id("act-tr-intl"), demo_id("act-comm-visit")}
    assert {r.id for r in svc.activities.search("joomla")} == {demo_id("act-tr-joomla")}
    assert {r.id for r in svc.people.search("ວິໄລ")} == {demo_id("vilayvanh")}
    assert svc.activities.search("100%") == []


def test_list_filters_and_orders(svc):
    rows = svc.areas.list({"agreement_id": demo_id("mou2018")})
    assert [r.sort_order for r in rows] == list(range(1, 9))
    trainings = svc.activities.list({"kind": [ActivityKind.TRAINING]})
    assert len(trainings) == 5


def test_check_reports_without_saving(svc, demo_ws):
    before = journal_count(demo_ws)
    problems = svc.activities.check({"headcount_women": 99}, demo_id("act-tr-web"))
    assert [p.field for p in problems] == ["headcount_women"]
    assert journal_count(demo_ws) == before


def test_deleting_an_activity_takes_the_dependencies_either_way_with_it(svc):
    """A dependency's links are optional (a milestone's or an activity's), yet none is left dangling."""
    from mouplanner.domain.enums import LinkType

    course, milestone = demo_id("act-tr-joomla"), demo_id("m-gms-plan")
    follows = svc.dependencies.create({"activity_id": course, "depends_on_id": milestone,
                                       "link_type": LinkType.SS, "lag_days": 2}).row
    followed = svc.dependencies.create({"milestone_id": milestone, "depends_on_activity_id": course}).row
    impact = svc.activities.delete_impact(course)
    assert impact.counts.get("Dependency") == 2
    svc.activities.delete(course)
    assert svc.dependencies.list({"activity_id": course}) == []
    assert [d.id for d in svc.dependencies.list({"milestone_id": milestone}) if d.id in (follows.id, followed.id)] == []


def test_a_dependency_needs_one_of_each_side_and_not_itself(svc):
    course = demo_id("act-tr-joomla")
    for values, said in (({"activity_id": course, "depends_on_activity_id": course}, "cannot depend on itself"),
                         ({"activity_id": course}, "give the one milestone or activity it depends on"),
                         ({"depends_on_activity_id": course}, "a dependency belongs to one milestone or one activity"),
                         ({"activity_id": course, "depends_on_id": demo_id("m-gms-plan"), "lag_days": 900},
                          "a lag is at most 730 days either way")):
        with pytest.raises(ValidationError) as refused:
            svc.dependencies.create(values)
        assert said in str(refused.value)
    assert svc.dependencies.list({"activity_id": course}) == []
