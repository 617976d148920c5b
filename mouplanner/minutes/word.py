"""The minutes as a Word document (.docx), written with python-docx: A4, headings, tables with a
header row repeated on each page, and in two languages a two-column table whose left column is
English and right column the other language, row by row. Each run names the font of its script
(Thai and Lao are "complex script" text to Word: the ``w:cs`` font and its language), so Word and
LibreOffice shape them with a Thai or Lao font rather than a Latin one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from mouplanner.minutes.content import Block, Minutes, Text
from mouplanner.outfile import written_in_place

LATIN_FONT = "Noto Sans"
SCRIPT_FONTS = {"th": "Noto Sans Thai", "lo": "Noto Sans Lao"}  # (the app bundles both)
LANG_TAGS = {"en": "en-GB", "th": "th-TH", "lo": "lo-LA"}
SIZES = {"title": 16, "heading": 13, "subheading": 11, "para": 10.5, "table": 9.5, "signatures": 10.5}
PAGE_WIDTH_CM = 17.0  # A4 less 2 cm margins


def _script(text: str) -> str:
    for ch in text:
        if "\u0e80" <= ch <= "\u0eff":
            return "lo"
        if "\u0e00" <= ch <= "\u0e7f":
            return "th"
    return "en"


def _run(paragraph: Any, text: str, lang: str, size: float, bold: bool = False) -> None:
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    script = _script(text) if lang == "en" else lang
    props = run._element.get_or_add_rPr()
    fonts = props.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        props.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), LATIN_FONT)
    fonts.set(qn("w:cs"), SCRIPT_FONTS.get(script, LATIN_FONT))
    if script in SCRIPT_FONTS:
        props.append(OxmlElement("w:cs"))  # complex script: Word takes w:cs and its size
        size_cs = OxmlElement("w:szCs")
        size_cs.set(qn("w:val"), str(int(size * 2)))
        props.append(size_cs)
        if bold:
            props.append(OxmlElement("w:bCs"))
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), "en-GB")
    tag.set(qn("w:bidi"), LANG_TAGS.get(script, "en-GB"))
    props.append(tag)


def _fill(paragraph: Any, block: Block, lang: str, text: str) -> None:
    size = SIZES.get(block.kind, 10.5)
    bold = block.kind in ("title", "heading", "subheading")
    if block.kind == "title":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(10 if block.kind == "heading" else 3)
    paragraph.paragraph_format.space_after = Pt(3)
    if block.kind in ("heading", "subheading", "title"):
        paragraph.paragraph_format.keep_with_next = True
    for i, line in enumerate(text.split("\n")):
        if i:
            paragraph.add_run().add_break()
        _run(paragraph, line, lang, size, bold)


def _repeat_header(row: Any) -> None:
    props = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)


def _cell(cell: Any, texts: Text, langs: tuple[str, ...], bold: bool) -> None:
    first = True
    for lang in langs:
        text = texts.get(lang, "")
        if not first and (not text or text == texts.get(langs[0])):
            continue  # the same words (a name, a date) once
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(1)
        _run(paragraph, text, lang, SIZES["table"], bold)
        first = False


def _table(doc: Any, block: Block, langs: tuple[str, ...]) -> None:
    columns = len(block.rows[0])
    table = doc.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    parts = block.widths or (1,) * columns
    for r, cells in enumerate(block.rows):
        row = table.add_row()
        if r == 0:
            _repeat_header(row)
        for c, texts in enumerate(cells):
            row.cells[c].width = Cm(PAGE_WIDTH_CM * parts[c] / sum(parts))
            _cell(row.cells[c], texts, langs, bold=r == 0)
    doc.add_paragraph()


def _signatures(doc: Any, block: Block, langs: tuple[str, ...]) -> None:
    doc.add_paragraph()
    table = doc.add_table(rows=1, cols=len(block.rows))
    for c, (side, name, position) in enumerate(block.rows):
        cell = table.rows[0].cells[c]
        _cell(cell, side, langs, bold=True)
        for _ in range(3):
            cell.add_paragraph()
        _run(cell.add_paragraph(), "……………………………………", "en", SIZES["signatures"])
        for texts in (name, position):
            paragraph = cell.add_paragraph()
            _run(paragraph, " / ".join(dict.fromkeys(t for t in (texts.get(lang, "") for lang in langs) if t)),
                 langs[-1], SIZES["signatures"])


def write_docx(content: Minutes, out: Path) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    doc.core_properties.title = " / ".join(content.title[lang] for lang in content.langs)
    doc.core_properties.author = "mouplanner"
    langs = content.langs
    pair = None  # two languages: the side-by-side table the running text goes in
    for block in content.blocks:
        if block.kind == "table":
            pair = None
            _table(doc, block, langs)
        elif block.kind == "signatures":
            pair = None
            _signatures(doc, block, langs)
        elif len(langs) == 1:
            _fill(doc.add_paragraph(), block, langs[0], block.text.get(langs[0], ""))
        else:
            if pair is None:
                pair = doc.add_table(rows=0, cols=2)
            row = pair.add_row()
            for c, lang in enumerate(langs):
                row.cells[c].width = Cm(PAGE_WIDTH_CM / 2)
                _fill(row.cells[c].paragraphs[0], block, lang, block.text.get(lang, ""))
    with written_in_place(out) as part:
        doc.save(str(part))
    return out
