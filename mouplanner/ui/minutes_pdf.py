"""The minutes of a meeting as a PDF: the blocks the Word document is written from
(``mouplanner.minutes.content``), laid out the same way (two languages side by side, row by row)
and printed by Qt, so Thai and Lao are shaped with the bundled fonts."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QPdfWriter, QTextDocument

from mouplanner.locale.catalog import translate
from mouplanner.locale.formats import Formats
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.minutes.content import Block, Minutes, Text
from mouplanner.ui.pdf_pages import write_paged

TAGS = {"title": "h1", "heading": "h2", "subheading": "h3", "para": "p"}
STYLE = ("<style>h1 { font-size: 15pt; color: #2f5d8a; } h2 { font-size: 12pt; color: #2f5d8a; }"
         " h3 { font-size: 10pt; } th { background: #dce6f1; } td, th { font-size: 8.5pt; }</style>")


def _text(block: Block, lang: str) -> str:
    tag = TAGS.get(block.kind, "p")
    align = " align=center" if block.kind == "title" else ""
    return f"<{tag}{align}>{html.escape(block.text.get(lang, '')).replace(chr(10), '<br>')}</{tag}>"


def _cell(texts: Text, langs: tuple[str, ...]) -> str:
    seen: list[str] = []
    for lang in langs:
        text = texts.get(lang, "")
        if text and text not in seen:
            seen.append(text)
    return "<br>".join(html.escape(t) for t in seen)


def _table(block: Block, langs: tuple[str, ...]) -> str:
    parts = block.widths or (1,) * len(block.rows[0])
    head = "".join(f"<th width={round(100 * parts[i] / sum(parts))}%>{_cell(t, langs)}</th>"
                   for i, t in enumerate(block.rows[0]))
    body = "".join("<tr>" + "".join(f"<td>{_cell(t, langs)}</td>" for t in row) + "</tr>" for row in block.rows[1:])
    return f"<table width=100% cellspacing=0 cellpadding=3 border=1><tr>{head}</tr>{body}</table><p></p>"


def _signatures(block: Block, langs: tuple[str, ...]) -> str:
    cells = "".join(f"<td width=50%><b>{_cell(side, langs)}</b><br><br><br><br>……………………………………<br>"
                    f"{_cell(name, langs)}<br>{_cell(position, langs)}</td>" for side, name, position in block.rows)
    return f"<p></p><table width=100% cellspacing=0 cellpadding=6><tr>{cells}</tr></table>"


def minutes_html(content: Minutes) -> str:
    langs = content.langs
    parts = [STYLE]
    pair: list[str] = []  # two languages: the rows of running text waiting for their table

    def close_pair() -> None:
        if pair:
            parts.append(f"<table width=100% cellspacing=0 cellpadding=4>{''.join(pair)}</table>")
            pair.clear()

    for block in content.blocks:
        if block.kind in ("table", "signatures"):
            close_pair()
            parts.append(_table(block, langs) if block.kind == "table" else _signatures(block, langs))
        elif len(langs) == 1:
            parts.append(_text(block, langs[0]))
        else:
            pair.append("<tr>" + "".join(f"<td width=50% valign=top>{_text(block, lang)}</td>" for lang in langs)
                        + "</tr>")
    close_pair()
    return "".join(parts)


def write_minutes_pdf(content: Minutes, out: Path | str, formats: Formats) -> Path:
    lang = formats.lang
    title = " / ".join(content.title[code] for code in content.langs)

    def body(doc: QTextDocument, writer: QPdfWriter, width: float) -> str:
        return minutes_html(content)

    def footer(page: int, pages: int) -> str:
        return (translate("Report", QT_TRANSLATE_NOOP("Report", "Page %1 of %2"), lang)
                .replace("%1", formats.digits(str(page))).replace("%2", formats.digits(str(pages))))

    return write_paged(out, title, body, title, footer, points=9.5)
