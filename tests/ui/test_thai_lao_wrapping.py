"""A long Thai or Lao title in a report's narrow table cell wraps between words (locale/wordbreaks.py
marks where, and the PDF pages lay out what it marked), where Qt alone would cut a Lao word, and a
Thai one too when libthai is missing (every Windows laptop)."""

from PySide6.QtGui import QTextDocument

from mouplanner.locale.wordbreaks import ZWSP, breakable, words
from mouplanner.ui import fonts, pdf_pages

LAO = "ບົດບັນທຶກຄວາມເຂົ້າໃຈວ່າດ້ວຍການຮ່ວມມືດ້ານໄປສະນີ ໂທລະຄົມມະນາຄົມ ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ ແລະ ການສື່ສານ"
THAI = "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านไปรษณีย์ โทรคมนาคม เทคโนโลยีสารสนเทศและการสื่อสาร"


def laid_out_lines(html: str, width: float = 140) -> list[str]:
    """The lines Qt lays a narrow cell's text out in, zero-width spaces taken out."""
    doc = QTextDocument()
    doc.setTextWidth(width)
    doc.setHtml(html)
    doc.documentLayout().documentSize()  # (lays the document out)
    lines, block = [], doc.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(block.text()[line.textStart(): line.textStart() + line.textLength()].replace(ZWSP, ""))
        block = block.next()
    return [line for line in lines if line.strip()]


def cut_inside_a_word(lines: list[str], text: str) -> list[str]:
    """The line ends that are not between two of ``text``'s words (nor at a space)."""
    ends, at = set(), 0
    for piece in words(text):
        at += len(piece)
        ends.add(at)
    found, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        if at not in ends and not (text[at - 1].isspace() or text[at].isspace()):
            found.append(line)
    return found


def test_a_long_title_in_a_narrow_cell_wraps_between_words(qapp):
    fonts.install(qapp)
    for text in (LAO, THAI):
        cell = f"<table><tr><td>{text}</td></tr></table>"
        marked = laid_out_lines(breakable(cell))
        assert "".join(marked) == text and len(marked) >= 4
        assert cut_inside_a_word(marked, text) == [], marked
    assert cut_inside_a_word(laid_out_lines(f"<table><tr><td>{LAO}</td></tr></table>"), LAO)  # (Qt alone)


def test_the_pdf_pages_lay_out_the_marked_text(qapp, tmp_path):
    fonts.install(qapp)
    seen = []

    def content(doc, _writer, _width):
        seen.append(doc)
        return f"<p>{LAO}</p>"

    pdf_pages.write_paged(tmp_path / "x.pdf", "x", content, "header", lambda page, pages: f"{page}/{pages}")
    assert seen[0].toPlainText() == breakable(LAO) and ZWSP in seen[0].toPlainText()
