"""The exported workbooks, checked cell by cell with openpyxl."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from mouplanner.demo import demo_id
from mouplanner.excel import report, report_data
from mouplanner.excel.data_export import export_data, write_template
from mouplanner.facade import Facade
from mouplanner.locale.formats import Formats
from mouplanner.services import Services
from mouplanner.services.scope import Scope, resolve_scope
from tests.conftest import DEMO_DAY


def make_report(ws, path, lang="en", scope=Scope(), date_from=None, date_to=None, label=""):
    data = report_data.load(ws, scope, date_from, date_to, DEMO_DAY)
    return openpyxl.load_workbook(report.write_report(data, path, Formats(lang), label))


def rows(sheet, first=6):
    return [[c for c in r] for r in sheet.iter_rows(min_row=first, values_only=True)]


def test_report_summary_cell_by_cell(demo_ws, tmp_path):
    book = make_report(demo_ws, tmp_path / "r.xlsx")
    assert book.sheetnames == ["Summary", "Agreements", "Workstreams", "Milestones", "Activities", "Participants",
                               "Indicators", "Action items"]
    summary = book["Summary"]
    assert summary["A1"].value == "Cooperation report: Summary"
    assert summary["A2"].value == "Scope: All agreements"
    assert summary["A3"].value == "Reporting period: all dates"
    assert summary["A4"].value == "Report date: 21 November 2026"
    header = rows(summary)[0]
    assert header[:6] == ["Agreement", "Cooperation area", "Workstreams", "Milestones done", "Milestones total",
                          "Milestones overdue"]
    assert header[6:15] == ["Visit", "Training", "Expert exchange", "Meeting", "Workshop / seminar", "Exhibition",
                            "Joint project", "Information exchange", "Other"]
    assert header[15:] == ["Participants", "of whom women", "Budget THB", "Budget LAK", "Budget USD"]
    body = {(r[0], r[1]): r for r in rows(summary)[1:]}
    hrd = body[("TH-LA-ICT-2018", "Human-resource development and knowledge exchange")]
    assert hrd[2:6] == [1, 1, 3, 1]
    assert hrd[6:8] == [1, 5] and hrd[9] == 0 and hrd[10] == 1  # visit, trainings, meetings, workshop
    # head counts plus named participants (Web course: 3 named, 1 woman; office course: the trainer)
    assert hrd[15:17] == [(16 + 3) + 24 + 12 + (20 + 1) + 18 + 25, (7 + 1) + 11 + 5 + 9 + 8 + 13]
    assert hrd[17:] == [450000 + 380000 + 320000 + 210000, 95000000, 9800]
    total = body[("All agreements", "Total")]
    assert total[2:6] == [9, 4, 16, 4]
    assert total[15:] == [296, 129, 2110000, 255000000, 16300]
    assert summary.freeze_panes == "A7" and summary.auto_filter.ref.startswith("A6:")
    assert summary.page_setup.orientation == "landscape" and summary.print_title_rows == "$6:$6"
    assert summary.sheet_properties.pageSetUpPr.fitToPage and summary.page_setup.fitToHeight == 0
    assert summary.page_setup.fitToWidth in (None, 1)  # 1 page wide (the default, so often omitted)
    assert summary["R8"].number_format == "#,##0.00" and summary["S8"].number_format == "#,##0"
    assert summary.column_dimensions["B"].width > 30


def test_report_sheets_have_real_dates_and_numbers(demo_ws, tmp_path):
    book = make_report(demo_ws, tmp_path / "r.xlsx")
    acts = rows(book["Activities"])
    assert acts[0][:6] == ["Workstream", "Activity", "Kind", "Status", "Planned start", "Planned end"]
    signing = next(r for r in acts if r[1] == "MOU signing ceremony")
    assert signing[2:6] == ["Meeting", "Done", datetime(2018, 2, 7), datetime(2018, 2, 7)]
    assert signing[10:12] == [34, 14]  # 4 named (2 women) + 30 (12 women)
    web = next(r for r in acts if r[1] == "Advanced Internet and Web Application")
    assert web[12:14] == [450000, "THB"]
    people = rows(book["Participants"])
    assert ["MOU signing ceremony", datetime(2018, 2, 7), "Dr. Pichet Durongkaveroj", "MDES",
            "Minister of Digital Economy and Society", "Male", "Head of delegation"] in people
    indicators = rows(book["Indicators"])
    assert ["Internet penetration, Lao PDR", "%", 39, "2019", "Jan 2021", datetime(2021, 1, 1), datetime(2021, 1, 31),
            None, 48.4, None] in indicators
    milestones = rows(book["Milestones"])
    overdue = [r[1] for r in milestones[1:] if r[5] == "overdue"]
    assert len(overdue) == 4


def test_report_in_thai_with_buddhist_era_cells(demo_ws, tmp_path):
    book = make_report(demo_ws, tmp_path / "r.xlsx", "th")
    assert book.sheetnames[0] == "สรุป"
    summary = book["สรุป"]
    assert summary["A1"].value == "รายงานความร่วมมือ: สรุป"
    assert summary["A4"].value == "วันที่รายงาน: 21 พฤศจิกายน 2569"
    acts = book["กิจกรรม"]
    assert acts["C6"].value == "ประเภท"
    cell = next(c for c in acts["E"] if isinstance(c.value, datetime))
    assert cell.number_format == "[$-0107041E]d mmm yyyy"  # Thai Buddhist calendar in Excel and LibreOffice
    assert "การฝึกอบรม" in [c.value for c in acts["C"]]


def test_report_scope_and_period(demo_ws, tmp_path):
    scope, label = resolve_scope(demo_ws, "TH-LA-ICT-2018")
    book = make_report(demo_ws, tmp_path / "r.xlsx", scope=scope, label=label,
                       date_from=date(2018, 1, 1), date_to=date(2019, 12, 31))
    summary = book["Summary"]
    assert summary["A2"].value.startswith("Scope: TH-LA-ICT-2018 MOU on Postal")
    assert summary["A3"].value == "Reporting period: 1 January 2018 – 31 December 2019"
    titles = [r[1] for r in rows(book["Activities"])[1:]]
    assert sorted(titles) == sorted(["MOU signing ceremony", "Advanced Internet and Web Application",
                                     "Introduction to Basic Information Technology: World Wide Web",
                                     "International Computer course and study visit",
                                     "Lao startups at the Thai digital startup exhibition"])
    assert {r[0] for r in rows(summary)[1:]} == {"TH-LA-ICT-2018", "All agreements"}
    with pytest.raises(LookupError):
        resolve_scope(demo_ws, "NO-SUCH-CODE")


def test_data_workbook_layout(data_xlsx):
    book = openpyxl.load_workbook(data_xlsx)
    assert book.sheetnames[:3] == ["Instructions", "Organisations", "People"]
    assert book["Lists"].sheet_state == "hidden" and book["_mouplanner"].sheet_state == "veryHidden"
    acts = book["Activities"]
    assert [c.value for c in acts[1]][:7] == ["ID (do not edit)", "Version (do not edit)", "Workstream", "Milestone",
                                              "Kind", "Status", "Title (English)"]
    assert acts.column_dimensions["A"].hidden and acts.protection.sheet
    assert acts["A2"].protection.locked and not acts["G2"].protection.locked
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in acts.data_validations.dataValidation}
    assert lists["E2"].startswith("Lists!$") and "Lists!" in lists["C2"]
    meta = {r[0]: r[1] for r in book["_mouplanner"].iter_rows(values_only=True)}
    assert meta["format"] == "mouplanner-data" and meta["workspace_id"]
    assert acts.max_row == 20  # header + 19 activities


def test_template_in_lao(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", Formats("lo")))
    assert book.sheetnames[0] == "ຄຳແນະນຳ" and "ກິດຈະກຳ" in book.sheetnames
    assert book["ຄຳແນະນຳ"]["A1"].value == "ວິທີໃຊ້ປຶ້ມວຽກນີ້"
    assert book["ກິດຈະກຳ"].max_row == 1
    meta = {r[0]: r[1] for r in book["_mouplanner"].iter_rows(values_only=True)}
    assert meta["format"] == "mouplanner-template" and "workspace_id" not in meta


@pytest.mark.parametrize("evil", ["=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1"])
def test_text_is_never_written_as_a_formula(demo_ws, tmp_path, evil):
    Services(demo_ws).activities.update(demo_id("act-bb-info"), {"title_en": evil, "place": evil})
    path = export_data(demo_ws, tmp_path / "d.xlsx", Formats("en"))
    report_path = tmp_path / "r.xlsx"
    make_report(demo_ws, report_path)
    for workbook in (path, report_path):
        with zipfile.ZipFile(workbook) as z:
            sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
            assert all(b"<f>" not in z.read(n) and b"<f " not in z.read(n) for n in sheets)
    cells = [c.value for c in openpyxl.load_workbook(path)["Activities"]["G"]]
    assert evil.strip() in [str(v).strip() for v in cells]


def test_failed_export_leaves_no_file(demo_ws, tmp_path, monkeypatch):
    from mouplanner.excel import data_export

    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.xlsx"

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(data_export, "_meta", boom)
    with pytest.raises(RuntimeError):
        export_data(demo_ws, target, Formats("en"))
    assert list(folder.iterdir()) == []


def test_report_shows_slippage_since_the_last_baseline(demo_ws, tmp_path, qapp):
    from datetime import timedelta

    from mouplanner.services.plan_views import save_baseline
    from mouplanner.ui import fonts
    from mouplanner.ui.pdf_report import write_pdf

    save_baseline(demo_ws, "WG meeting")
    Services(demo_ws).milestones.update(demo_id("m-cyber-drill"),
                                        {"planned_date": DEMO_DAY + timedelta(days=85)})  # was T+75
    book = make_report(demo_ws, tmp_path / "r.xlsx")
    header, *body = rows(book["Milestones"])
    moved = {r[1]: r[header.index("Days moved since the baseline")] for r in body}
    assert moved["Joint cyber drill held"] == 10 and moved["Capacity upgrade plan agreed"] is None
    fonts.install(qapp)
    pdf = write_pdf(Facade(demo_ws), tmp_path / "r.pdf", Formats("en"), today=DEMO_DAY)
    import subprocess

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Slippage since the baseline of WG meeting" in text and "Joint cyber drill held" in text


def test_written_files_have_the_permissions_of_any_file_the_user_saves(demo_ws, tmp_path):
    import os
    import stat

    from mouplanner.excel.data_export import export_data
    from mouplanner.exchange import sync

    old = os.umask(0o022)
    try:
        book = export_data(demo_ws, tmp_path / "data.xlsx", Formats("en"))
        change_file = sync.send(demo_ws, tmp_path / "all.mousync", None).path
    finally:
        os.umask(old)
    for path in (book, change_file):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path  # not rw------- as a temporary file is
    assert not list(tmp_path.glob(".*.part"))


def test_half_files_left_by_a_killed_export_are_removed_by_the_next_one(demo_ws, tmp_path):
    import os
    import time

    from mouplanner.excel.data_export import export_data

    stale = tmp_path / ".data.xlsx.k1ll3d.part"
    stale.write_bytes(b"half a workbook")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    running = tmp_path / ".data.xlsx.runn1ng.part"  # another export still writing: left alone
    running.write_bytes(b"")
    export_data(demo_ws, tmp_path / "data.xlsx", Formats("en"))
    assert not stale.exists() and running.exists() and (tmp_path / "data.xlsx").exists()


def test_report_action_items_who_does_what_by_when_and_where_it_stands(demo_ws, tmp_path):
    """The sheet a working group's secretariat sends most: every action item of the scope's
    meetings, its owner's side (as a party of the agreement), the overdue ones said, the last update."""
    book = make_report(demo_ws, tmp_path / "r.xlsx", scope=Scope(agreement_id=demo_id("mou2018")))
    sheet = book["Action items"]
    header, *body = rows(sheet)
    assert header == ["Meeting", "Meeting date", "Action item", "Owner", "Organisation", "Side", "Due", "Status",
                      "Overdue", "Last update", "Where it stands", "Workstream"]
    assert [r[2] for r in body] == ["Prepare the draft MOU and send it to the Lao side",
                                    "Nominate the trainees for the web application course",
                                    "Send the list of trainers", "Share the GMS link traffic figures",
                                    "Confirm the venue and dates of the Joomla course"]  # by due date; not the 2021 MOU's
    gms = body[3]
    assert gms[:2] == ["8th JWG", datetime(2026, 9, 7)] and gms[3:9] == [
        "Mr. Somphone Keola", "MPTC", 2, datetime(2026, 11, 1), "Open", "overdue"]
    joomla = body[4]
    assert joomla[8] is None and joomla[9] == datetime(2026, 10, 22) and joomla[10].startswith("Two venues")
    assert sheet.cell(8, 7).number_format.startswith("d") or "yy" in sheet.cell(8, 7).number_format
    # a reporting period keeps what is still open and what fell due in it
    period = make_report(demo_ws, tmp_path / "p.xlsx", lang="th", date_from=date(2026, 11, 1),
                         date_to=date(2026, 11, 30))
    titles = [r[2] for r in rows(period["เรื่องที่ต้องดำเนินการ"])[1:]]
    assert "ส่งข้อมูลปริมาณการใช้งานเส้นทาง GMS" in titles and "ส่งความเห็นต่อร่างรายงาน" in titles
    assert "จัดทำร่างบันทึกความเข้าใจและส่งให้ฝ่าย สปป.ลาว" not in titles  # done in 2017


def test_report_agreements_sheet_gives_each_terms_on_the_report_day(demo_ws, tmp_path):
    """The 2018 MOU (illustrative term: 5 years, renewed once to 6 Feb 2028, 6 months' notice) and
    the 2021 MOU (no tacit renewal) as the report's day sees them; Thai dates stay real dates."""
    sheet = make_report(demo_ws, tmp_path / "r.xlsx")["Agreements"]
    header, *lines = rows(sheet)
    assert header == ["Agreement", "Title", "Signed", "Term", "In force from", "Current term ends",
                      "Last day to give notice", "Renewals", "Notice given"]
    by_code = {line[0]: line for line in lines}
    mou = by_code["TH-LA-ICT-2018"]
    assert mou[2:] == [datetime(2018, 2, 7), "Renewed", datetime(2018, 2, 7), datetime(2028, 2, 6),
                       datetime(2027, 8, 6), 1, None]
    assert by_code["LA-AIF-EGOV-2021"][3:8] == ["In force", datetime(2021, 9, 2), datetime(2027, 9, 1), None, 0]
    thai = make_report(demo_ws, tmp_path / "th.xlsx", "th")
    assert [line[3] for line in rows(thai.worksheets[1])[1:]] == ["มีผลบังคับใช้", "ต่ออายุแล้ว"]
