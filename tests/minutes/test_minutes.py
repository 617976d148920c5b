"""A meeting's minutes as Word and PDF (issue 18): in one language or two side by side, opened in
LibreOffice and read back as text, the PDF read back with pdftotext; Thai dates in the Buddhist
era, Thai and Lao runs marked as complex script with a Thai or Lao font; written from the command
line with one line and exit 0, refused with exit 2."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from mouplanner.cli.main import main
from mouplanner.demo import demo_id
from mouplanner.facade import Facade
from mouplanner.locale.formats import Formats

LAST = demo_id("mt-jwg-last")


def libreoffice_text(tmp_path: Path, docx: Path) -> str:
    """The document as LibreOffice Writer reads it, saved as plain text."""
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    assert binary, "LibreOffice Writer is part of the test setup (scripts/setup.sh: libreoffice-writer-nogui)"
    out = tmp_path / "txt"
    out.mkdir(exist_ok=True)
    done = subprocess.run([binary, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless", "--norestore",
                           "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out), str(docx)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    text = (out / f"{docx.stem}.txt").read_text(encoding="utf-8-sig")
    assert text.strip(), f"LibreOffice could not read {docx.name}: {done.stdout} {done.stderr}"
    return text


def test_minutes_in_english_and_thai_side_by_side_read_back_by_libreoffice(demo_ws, tmp_path):
    path = Facade(demo_ws).meetings.write_docx(LAST, tmp_path / "minutes.docx", "en+th")
    text = libreoffice_text(tmp_path, path)
    for expected in ("Minutes of the 8th Joint Working Group meeting", "รายงานการประชุมคณะทำงานร่วม ครั้งที่ 8",
                     "7 September 2026", "7 กันยายน 2569",  # the Thai column in the Buddhist era
                     "Ms. Siriporn Chaiyaphum", "นางสาวศิริพร ชัยภูมิ", "GMS information superhighway: next phase",
                     "ทางด่วนข้อมูลอนุภูมิภาคลุ่มแม่น้ำโขง", "Share the GMS link traffic figures",
                     "ส่งข้อมูลปริมาณการใช้งานเส้นทาง GMS", "Mr. Somphone Keola", "For the Ministry of Digital Economy"):
        assert expected in text, expected
    assert text.index("Attendees") < text.index("Agenda") < text.index("Proceedings") < text.index("Action items")


def test_minutes_in_lao_alone_with_lao_runs_marked_for_a_lao_font(demo_ws, tmp_path):
    path = Facade(demo_ws).meetings.write_docx(LAST, tmp_path / "ບົດບັນທຶກ.docx", "lo")
    text = libreoffice_text(tmp_path, path)
    assert "ບົດບັນທຶກກອງປະຊຸມຄະນະເຮັດວຽກຮ່ວມ ຄັ້ງທີ 8" in text
    assert "7 ກັນຍາ 2026" in text and "Minutes of" not in text
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert 'w:cs="Noto Sans Lao"' in xml and 'w:bidi="lo-LA"' in xml and "<w:cs/>" in xml
    assert 'w:cs="Noto Sans Thai"' not in xml


def test_minutes_as_pdf_read_back_with_pdftotext(demo_ws, tmp_path, qapp):
    from mouplanner.ui import fonts
    from mouplanner.ui.minutes_pdf import write_minutes_pdf

    fonts.install(qapp)
    meetings = Facade(demo_ws).meetings
    path = write_minutes_pdf(meetings.minutes(LAST, "en+lo"), tmp_path / "minutes.pdf", Formats("en"))
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    for ligature, letters in (("ﬃ", "ffi"), ("ﬁ", "fi"), ("ﬀ", "ff"), ("ﬂ", "fl")):  # as the PDF's font draws them
        text = text.replace(ligature, letters)
    for expected in ("Minutes of the 8th Joint", "Page 1 of 3", "Mr. Somphone Keola", "Share the GMS link traffic"):
        assert expected in text, expected
    assert "ບົດບັນທຶກກອງປະຊ" in text  # (pdftotext drops some Lao vowel marks it reads back)


def test_the_minutes_of_a_planned_meeting_list_the_matters_arising(demo_ws, tmp_path):
    path = Facade(demo_ws).meetings.write_docx(demo_id("mt-jwg-next"), tmp_path / "next.docx", "en")
    text = libreoffice_text(tmp_path, path)
    assert "Matters arising from the 8th JWG" in text and "Progress" in text
    assert "Share the GMS link traffic figures" in text  # open since the 8th: arising at the 9th
    assert "No action item was handed out." in text


@pytest.mark.parametrize("layout", ["en", "th", "lo", "en+th", "en+lo"])
def test_every_layout_names_the_meetings_date_in_its_own_calendar(demo_ws, layout):
    content = Facade(demo_ws).meetings.minutes(LAST, layout)
    when = content.blocks[2].text
    assert set(when) == set(layout.split("+"))
    if "th" in when:
        assert "2569" in when["th"]
    for lang in set(when) - {"th"}:
        assert "2026" in when[lang]


def test_the_command_line_writes_minutes_and_refuses_with_one_line(demo_path, tmp_path, capsys):
    out = tmp_path / "minutes.docx"
    assert main(["minutes", str(demo_path), "8th JWG", str(out), "--lang", "en+lo"]) == 0
    assert capsys.readouterr().out.strip() == f"Minutes of 8th JWG written to {out}"
    assert zipfile.is_zipfile(out)
    assert main(["minutes", str(demo_path), "99th JWG", str(tmp_path / "x.docx")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "mouplanner: no meeting '99th JWG' (give its number, title or id)"
    assert main(["minutes", str(demo_path), "8th JWG", str(tmp_path / "x.txt")]) == 2
    assert "written as .docx (Word) or .pdf" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "x.txt").exists()
