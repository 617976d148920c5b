"""Import: round trips, what people type, conflicts, and bad files that change nothing."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from mouplanner.demo import demo_id
from mouplanner.excel import importer, reader
from mouplanner.excel.data_export import export_data, write_template
from mouplanner.excel.errors import WorkbookError
from mouplanner.locale.formats import Formats
from mouplanner.services import Services
from mouplanner.services.summary import dump
from mouplanner.services.undo import revert
from tests.conftest import DEMO_DAY, DEMO_SHEET_ROWS


def edit(path, fn):
    book = openpyxl.load_workbook(path)
    fn(book)
    book.save(path)
    return path


def header_index(sheet, name):
    return [c.value for c in sheet[1]].index(name) + 1


def row_of(sheet, record_id):
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == record_id)


def snapshot(ws):
    return json.dumps(dump(ws), sort_keys=True)


def test_unchanged_round_trip(demo_ws, data_xlsx):
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    assert plan.counts() == {"create": 0, "update": 0, "unchanged": DEMO_SHEET_ROWS, "delete": 0}
    assert plan.problems == [] and plan.conflicts == [] and plan.can_apply


def cells_read(monkeypatch):
    """The (sheet, row) of every cell the import reads and checks in full."""
    read = set()
    real = importer._Checker._read_cell
    monkeypatch.setattr(importer._Checker, "_read_cell",
                        lambda self, sheet, row, col, raw: read.add((sheet.title, row)) or real(self, sheet, row, col, raw))
    return read


def test_rows_unchanged_since_export_are_not_read_again_an_edited_row_is(demo_ws, data_xlsx, monkeypatch):
    read = cells_read(monkeypatch)
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    assert plan.counts()["unchanged"] == DEMO_SHEET_ROWS and read == set()  # every row's checksum still holds
    rows = {}

    def change(book):
        acts = book["Activities"]
        rows["joomla"] = row_of(acts, demo_id("act-tr-joomla"))
        acts.cell(rows["joomla"], header_index(acts, "Place")).value = "Luang Namtha"

    edit(data_xlsx, change)
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    assert read == {("Activities", rows["joomla"])}
    assert plan.counts() == {"create": 0, "update": 1, "unchanged": DEMO_SHEET_ROWS - 1, "delete": 0}
    assert [r.row for r in plan.rows if r.sheet == "Activities"] == sorted(r.row for r in plan.rows
                                                                          if r.sheet == "Activities")


@pytest.mark.parametrize("whole_table_at", [20_000, 0])  # versions looked up by id, or read for the whole table
def test_a_row_whose_record_changed_since_export_is_read_in_full(demo_ws, data_xlsx, monkeypatch, whole_table_at):
    monkeypatch.setattr(importer, "WHOLE_TABLE_AT", whole_table_at)
    Services(demo_ws).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    read = cells_read(monkeypatch)
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    assert [sheet for sheet, _row in read] == ["Activities"]
    assert plan.counts()["unchanged"] == DEMO_SHEET_ROWS  # the workbook still has the exported value: the newer one stays
    importer.apply(demo_ws, plan)
    assert Services(demo_ws).activities.get(demo_id("act-tr-joomla")).place == "Pakse"


def test_round_trip_with_edits_new_rows_and_a_deletion(demo_ws, data_xlsx):
    def change(book):
        acts = book["Activities"]
        r = row_of(acts, demo_id("act-tr-joomla"))
        acts.cell(r, header_index(acts, "Place")).value = "Luang Namtha"
        acts.cell(r, header_index(acts, "Budget")).value = "฿ 330,000"
        new = acts.max_row + 1
        for header, value in (("Workstream", "ICT training courses for Lao officials"), ("Kind", "การฝึกอบรม"),
                              ("Status", "Planned"), ("Title (English)", "Cloud computing basics"),
                              ("Title (Lao)", "ພື້ນຖານຄລາວ"), ("Planned start", "๑๕/๓/๒๕๗๐"),
                              ("Planned end", "17 มีนาคม 2570"), ("Other participants (not named)", "20"),
                              ("of whom women", "๑๑"), ("Budget", "1,250,000.50"), ("Currency", "THB"),
                              ("Host organisation", "MPTC")):
            acts.cell(new, header_index(acts, header)).value = value
        people = book["Participants"]
        pr = people.max_row + 1
        people.cell(pr, header_index(people, "Activity")).value = "Cloud computing basics"
        people.cell(pr, header_index(people, "Person")).value = "Ms. Khamla Sengdara"
        people.cell(pr, header_index(people, "Role")).value = "Trainee"
        orgs = book["Organisations"]
        orgs.cell(row_of(orgs, demo_id("depa")), header_index(orgs, "Delete?")).value = "delete"

    edit(data_xlsx, change)
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    assert [str(p) for p in plan.problems] == []
    assert plan.counts() == {"create": 2, "update": 1, "unchanged": DEMO_SHEET_ROWS - 2, "delete": 1}
    txn = importer.apply(demo_ws, plan)
    svc = Services(demo_ws)
    joomla = svc.activities.get(demo_id("act-tr-joomla"))
    assert (joomla.place, joomla.budget_amount) == ("Luang Namtha", Decimal("330000"))
    [cloud] = svc.activities.search("Cloud computing basics")
    assert (cloud.planned_start, cloud.planned_end) == (date(2027, 3, 15), date(2027, 3, 17))
    assert (cloud.headcount_women, cloud.budget_amount, cloud.host_org_id) == (11, Decimal("1250000.50"), demo_id("mptc"))
    assert cloud.title_lo == "ພື້ນຖານຄລາວ" and cloud.kind.value == "training"
    assert [p.person_id for p in svc.participants.list({"activity_id": cloud.id})] == [demo_id("khamla")]
    assert svc.organisations.list({"id": demo_id("depa")}) == []
    assert svc.workstreams.get(demo_id("w-startup")).lead_org_1_id is None  # the link to it was cleared
    revert(demo_ws, txn)  # one undo takes the whole import back
    assert svc.activities.search("Cloud computing basics") == []
    assert svc.activities.get(demo_id("act-tr-joomla")).place == "Vientiane"


def test_headers_in_thai_any_order_and_extra_columns(demo_ws, tmp_path):
    path = export_data(demo_ws, tmp_path / "th.xlsx", Formats("th"))

    def change(book):
        acts = book["กิจกรรม"]
        acts.move_range("G1:G30", cols=40)  # the English title column moves to the far right
        acts.cell(1, 60).value = "My own notes"
        acts.cell(2, 60).value = "anything"

    edit(path, change)
    plan = importer.check(demo_ws, path, today=DEMO_DAY)
    assert plan.counts()["unchanged"] == DEMO_SHEET_ROWS and plan.errors == []
    notes = [p for p in plan.problems if p.severity == "note"]
    assert [(n.sheet, n.column) for n in notes] == [("กิจกรรม", "My own notes")]


def test_problems_name_sheet_row_column_value_and_expectation(demo_ws, data_xlsx):
    before = snapshot(demo_ws)

    def change(book):
        acts = book["Activities"]
        r = row_of(acts, demo_id("act-tr-joomla"))
        acts.cell(r, header_index(acts, "Planned end")).value = "7/2/61"
        acts.cell(r, header_index(acts, "Currency")).value = "EUR"
        acts.cell(r, header_index(acts, "Workstream")).value = "No such workstream"
        r2 = row_of(acts, demo_id("act-tr-social"))
        acts.cell(r2, header_index(acts, "of whom women")).value = 999

    edit(data_xlsx, change)
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    found = {(p.sheet, p.column, p.value): p.english() for p in plan.errors}
    row = next(p.row for p in plan.errors if p.column == "Currency")
    assert found[("Activities", "Planned end", "7/2/61")] == "a date, e.g. 7/2/2561 or 7 ก.พ. 2561"
    assert found[("Activities", "Currency", "EUR")] == "one of: THB, LAK, USD"
    assert found[("Activities", "Workstream", "No such workstream")] == \
        "an existing Workstream: pick one from the list in the cell"
    assert found[("Activities", "of whom women", "999")] == "women (999) cannot be more than the total (25)"
    assert row > 1 and not plan.can_apply
    with pytest.raises(WorkbookError, match="nothing was changed"):
        importer.apply(demo_ws, plan)
    assert snapshot(demo_ws) == before


def test_conflicts_are_listed_never_overwritten(demo_ws, data_xlsx):
    svc = Services(demo_ws)
    svc.activities.update(demo_id("act-tr-joomla"), {"place": "Pakse", "hours": 32})  # after the export

    def change(book):
        acts = book["Activities"]
        r = row_of(acts, demo_id("act-tr-joomla"))
        acts.cell(r, header_index(acts, "Place")).value = "Savannakhet"  # edited on both sides
        acts.cell(r, header_index(acts, "Outputs")).value = "Course materials"  # only in the workbook

    edit(data_xlsx, change)
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    [conflict] = plan.conflicts
    assert (conflict.column, conflict.workspace_value, conflict.workbook_value) == ("Place", "Pakse", "Savannakhet")
    assert conflict.changed_by == demo_ws.actor
    assert not plan.can_apply
    conflict.choice = "workbook"
    importer.apply(demo_ws, plan)
    row = svc.activities.get(demo_id("act-tr-joomla"))
    assert (row.place, row.outputs, row.hours) == ("Savannakhet", "Course materials", 32)  # hours: workspace kept


def test_keeping_the_workspace_value(demo_ws, data_xlsx):
    Services(demo_ws).activities.update(demo_id("act-tr-joomla"), {"place": "Pakse"})
    edit(data_xlsx, lambda b: b["Activities"].cell(row_of(b["Activities"], demo_id("act-tr-joomla")),
                                                   header_index(b["Activities"], "Place")).__setattr__("value", "Hue"))
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    plan.choose_all("workspace")
    importer.apply(demo_ws, plan)
    assert Services(demo_ws).activities.get(demo_id("act-tr-joomla")).place == "Pakse"


def test_stale_plan_is_refused(demo_ws, data_xlsx):
    edit(data_xlsx, lambda b: b["Activities"].cell(row_of(b["Activities"], demo_id("act-tr-joomla")),
                                                   header_index(b["Activities"], "Place")).__setattr__("value", "Hue"))
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    Services(demo_ws).activities.update(demo_id("act-tr-joomla"), {"hours": 10})
    with pytest.raises(WorkbookError, match="changed after the check"):
        importer.apply(demo_ws, plan)


def test_filled_template_creates_records(demo_ws, tmp_path):
    path = write_template(tmp_path / "t.xlsx", Formats("th"))

    def fill(book):
        orgs = book["หน่วยงาน"]
        orgs.append([None, None, "National Telecom", "โทรคมนาคมแห่งชาติ", "", "NT", "th", "รัฐวิสาหกิจ"])

    edit(path, fill)
    plan = importer.check(demo_ws, path, today=DEMO_DAY)
    assert plan.counts()["create"] == 1 and plan.errors == []
    importer.apply(demo_ws, plan)
    [nt] = Services(demo_ws).organisations.search("National Telecom")
    assert nt.short_name == "NT" and nt.country == "TH" and nt.kind.value == "state_enterprise"


def test_a_formula_without_a_saved_result_stops_the_import_instead_of_emptying_the_field(demo_ws, data_xlsx):
    def change(book):
        acts = book["Activities"]
        r = row_of(acts, demo_id("act-tr-joomla"))
        acts.cell(r, header_index(acts, "Hours (training)")).value = "=10*3"  # openpyxl saves no cached value

    edit(data_xlsx, change)
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    assert [(e.column, e.template.split(":")[0]) for e in plan.errors] == [("Hours (training)", "a value")]
    assert not plan.can_apply


# --- bad files --------------------------------------------------------------------------------

def bad_files(tmp_path, data_xlsx):
    files = {}
    files["text"] = tmp_path / "notes.xlsx"
    files["text"].write_text("name,place\nA,B\n")
    files["truncated"] = tmp_path / "cut.xlsx"
    files["truncated"].write_bytes(data_xlsx.read_bytes()[: data_xlsx.stat().st_size // 2])
    files["password"] = tmp_path / "locked.xlsx"
    files["password"].write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4000)
    files["macros"] = tmp_path / "macros.xlsx"
    with zipfile.ZipFile(data_xlsx) as src, zipfile.ZipFile(files["macros"], "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/vbaProject.bin", b"\0" * 100)
    files["bomb"] = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(data_xlsx) as src, zipfile.ZipFile(files["bomb"], "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/media/padding.xml", b"\0" * (60 * 1024 * 1024))
    files["entities"] = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(data_xlsx) as src, zipfile.ZipFile(files["entities"], "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>', 1)
            dst.writestr(item, data)
    files["empty"] = tmp_path / "empty.xlsx"
    files["empty"].write_bytes(b"")
    files["zip"] = tmp_path / "other.xlsx"
    with zipfile.ZipFile(files["zip"], "w") as z:
        z.writestr("readme.txt", "hello")
    return files


EXPECTED = {
    "text": "not an Excel workbook", "truncated": "damaged or truncated", "password": "password-protected",
    "macros": "contains macros", "bomb": "would unpack to", "entities": "XML entity declarations",
    "empty": "is empty", "zip": "zip file but not an Excel workbook",
}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_bad_files_get_one_clear_message_and_change_nothing(demo_ws, data_xlsx, tmp_path, kind):
    before = snapshot(demo_ws)
    path = bad_files(tmp_path, data_xlsx)[kind]
    with pytest.raises(WorkbookError) as err:
        importer.check(demo_ws, path, today=DEMO_DAY)
    assert EXPECTED[kind] in str(err.value) and path.name in str(err.value)
    assert snapshot(demo_ws) == before


def test_workbook_from_another_workspace_is_refused(demo_ws, tmp_path):
    from mouplanner.demo import build_demo

    other = build_demo(tmp_path / "other.mouplan", today=DEMO_DAY)
    path = export_data(other, tmp_path / "other.xlsx", Formats("en"))
    other.close()
    with pytest.raises(WorkbookError, match="another workspace"):
        importer.check(demo_ws, path, today=DEMO_DAY)


def test_rows_with_foreign_ids_are_problems(demo_ws, tmp_path):
    path = write_template(tmp_path / "t.xlsx", Formats("en"))
    edit(path, lambda b: b["Organisations"].append(["9c0ffee0-0000-4000-8000-000000000000", 1, "Ghost org"]))
    plan = importer.check(demo_ws, path, today=DEMO_DAY)
    assert [p.template.split(";")[0] for p in plan.errors] == ["an ID of this workspace"]


def test_sheets_over_the_limit_are_refused(demo_ws, data_xlsx, monkeypatch):
    monkeypatch.setattr(reader, "MAX_ROWS", 5)
    with pytest.raises(WorkbookError, match="at most 5 rows"):
        importer.check(demo_ws, data_xlsx, today=DEMO_DAY)


def test_rows_that_would_duplicate_or_erase_records_are_problems_not_imports(demo_ws, data_xlsx):
    def twice(book):  # the same record on two rows with two different edits
        acts = book["Activities"]
        r = row_of(acts, demo_id("act-tr-joomla"))
        acts.append([c.value for c in acts[r]])
        acts.cell(r, header_index(acts, "Place")).value = "Pakse"
        acts.cell(acts.max_row, header_index(acts, "Place")).value = "Hue"

    edit(data_xlsx, twice)
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    assert [e.template.split(":")[0] for e in plan.errors] == ["one row for each record"] and not plan.can_apply

    def no_ids(book):
        acts = book["Activities"]
        acts.delete_cols(1)

    export_data(demo_ws, data_xlsx, Formats("en"))
    edit(data_xlsx, no_ids)
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    assert plan.counts()["create"] == 0 and not plan.can_apply  # not 19 new activities
    assert any(e.template.startswith("the hidden ID column") for e in plan.errors)

    def merged(book):
        acts = book["Activities"]
        acts.merge_cells(start_row=3, start_column=header_index(acts, "Place"), end_row=4,
                         end_column=header_index(acts, "Place"))

    export_data(demo_ws, data_xlsx, Formats("en"))
    edit(data_xlsx, merged)
    plan = importer.check(demo_ws, data_xlsx, today=DEMO_DAY)
    assert any(e.template.startswith("cells that are not merged") and e.params == {"first": 3, "last": 4}
               for e in plan.errors)
