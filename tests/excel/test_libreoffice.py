"""The exported files open cleanly in LibreOffice (headless), show Buddhist-era dates there, and a
workbook saved again by LibreOffice imports back unchanged. LibreOffice is installed by
scripts/setup.sh (libreoffice-calc-nogui)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from mouplanner.excel import importer, report, report_data
from mouplanner.excel.data_export import export_data
from mouplanner.locale.formats import Formats
from mouplanner.services.scope import Scope
from tests.conftest import DEMO_DAY, DEMO_SHEET_ROWS

CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,{sheet}"


def soffice(tmp_path: Path, source: Path, target_filter: str, outdir: Path) -> None:
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    assert binary, "LibreOffice is part of the test setup (scripts/setup.sh installs libreoffice-calc-nogui)"
    outdir.mkdir(exist_ok=True)
    done = subprocess.run([binary, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                           "--norestore", "--convert-to", target_filter, "--outdir", str(outdir), str(source)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr


def test_report_opens_in_libreoffice_with_buddhist_era_dates(demo_ws, tmp_path):
    data = report_data.load(demo_ws, Scope(), None, None, DEMO_DAY)
    path = report.write_report(data, tmp_path / "report.xlsx", Formats("th"))
    soffice(tmp_path, path, CSV_AS_SHOWN.format(sheet=5), tmp_path / "csv")
    [csv] = list((tmp_path / "csv").glob("*.csv"))
    text = csv.read_text(encoding="utf-8")
    assert "พิธีลงนามบันทึกความเข้าใจ,การประชุม,เสร็จสิ้น,7 ก.พ. 2561,7 ก.พ. 2561" in text
    assert '"450,000.00",THB' in text


def test_data_workbook_saved_by_libreoffice_imports_back_unchanged(demo_ws, tmp_path):
    path = export_data(demo_ws, tmp_path / "data.xlsx", Formats("lo"))
    soffice(tmp_path, path, "xlsx:Calc MS Excel 2007 XML", tmp_path / "resaved")
    plan = importer.check(demo_ws, tmp_path / "resaved" / "data.xlsx", today=DEMO_DAY)
    assert plan.errors == [] and plan.conflicts == []
    assert plan.counts() == {"create": 0, "update": 0, "unchanged": DEMO_SHEET_ROWS, "delete": 0}
