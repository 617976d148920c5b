"""An HTML document printed to an A4 PDF by Qt (QTextDocument on a QPdfWriter, so Thai and Lao are
shaped with the bundled Noto fonts, and their lines broken between words: locale/wordbreaks.py), a
header line on top of every page and a footer under it.
The ministry report and the minutes of a meeting are printed with it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from mouplanner.locale.wordbreaks import breakable
from mouplanner.outfile import written_in_place

RESOLUTION = 150

# (document, writer, page width in device pixels) -> the document's HTML; it may add resources
Content = Callable[[QTextDocument, QPdfWriter, float], str]


def write_paged(out: Path | str, title: str, content: Content, header: str, footer: Callable[[int, int], str],
                points: float = 9) -> Path:
    """``footer(page, pages)``: the footer's text of page ``page`` (from 1)."""
    out = Path(out)
    with written_in_place(out) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        writer.setTitle(title)
        writer.setCreator("mouplanner")
        area = writer.pageLayout().paintRectPixels(RESOLUTION)
        width, height = float(area.width()), float(area.height())
        band = RESOLUTION * 0.35  # header and footer bands, in device pixels
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        font = QFont(QApplication.font())
        font.setPointSizeF(points)
        doc.setDefaultFont(font)
        doc.setHtml(breakable(content(doc, writer, width)))  # (Thai and Lao lines break between words)
        body = height - 2 * band
        doc.setPageSize(QSizeF(width, body))
        pages = doc.pageCount()
        painter = QPainter(writer)
        small = QFont(font)
        small.setPointSizeF(7.5)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.setFont(small)
            painter.drawText(QRectF(0, 0, width, band), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             header)
            painter.drawText(QRectF(0, height - band, width, band),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), footer(page + 1, pages))
            painter.save()
            painter.translate(0, band - page * body)
            doc.drawContents(painter, QRectF(0, page * body, width, body))
            painter.restore()
        painter.end()
    return out
