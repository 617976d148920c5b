"""Writes resources/demo/documents/mou-2018-fact-sheet.pdf, the document the demo workspace
attaches to the 2018 MOU: a one-page fact sheet in English, Thai and Lao with what the article of
7 February 2018 says, marked as made for the demo (it is not the signed MOU). Run once after
changing its text; the PDF is kept in the repository so that every demo build attaches the same
bytes (the same content hash)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEXT = """
<h2>MOU on Postal, Telecommunications, ICT and Digital Technology Cooperation</h2>
<p>Ministry of Digital Economy and Society, Kingdom of Thailand – Ministry of Posts, Telecommunications
and Communications, Lao PDR. Signed on 7 February 2018.</p>
<p>Cooperation through information exchange, visits, meetings, expert exchanges, joint projects, startup
support, exhibitions, training courses, workshops and seminars.</p>
<h2>บันทึกความเข้าใจว่าด้วยความร่วมมือด้านไปรษณีย์ โทรคมนาคม เทคโนโลยีสารสนเทศและการสื่อสาร และเทคโนโลยีดิจิทัล</h2>
<p>กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม แห่งราชอาณาจักรไทย – กระทรวงไปรษณีย์ โทรคมนาคม และการสื่อสาร สปป.ลาว
ลงนามเมื่อวันที่ 7 กุมภาพันธ์ 2561</p>
<h2>ບົດບັນທຶກຄວາມເຂົ້າໃຈວ່າດ້ວຍການຮ່ວມມືດ້ານໄປສະນີ, ໂທລະຄົມມະນາຄົມ, ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ ແລະ ເຕັກໂນໂລຊີດິຈິຕອນ</h2>
<p>ລົງນາມໃນວັນທີ 7 ກຸມພາ 2018</p>
<p><i>Fact sheet made for the mouplanner demo workspace from the Thai Government news of 7 February 2018;
it is not the signed MOU.</i></p>
"""


def main() -> None:
    from mouplanner.ui.app import make_app
    from mouplanner.ui.pdf_pages import write_paged

    make_app()
    out = ROOT / "resources" / "demo" / "documents" / "mou-2018-fact-sheet.pdf"
    write_paged(out, "MOU 2018 fact sheet (demo)", lambda doc, writer, width: TEXT, "mouplanner demo",
                lambda page, pages: f"{page} / {pages}", points=10)
    print(out, out.stat().st_size)


if __name__ == "__main__":
    main()
