"""The ministry report as a PDF, rendered by Qt (QTextDocument on a QPdfWriter) so that Thai and
Lao are shaped right with the bundled Noto fonts: the summary per agreement and area, the four
charts, activities, milestones and indicators, with the scope, the period and the report date in
a header and page numbers in the footer on every page. Words come from the same .ts catalogues
as the app (read without installing a translator, so the CLI can write any language)."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt, QUrl
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from mouplanner.domain.enums import ActivityKind, MilestoneStatus
from mouplanner.excel import report_data
from mouplanner.facade import Facade
from mouplanner.locale.catalog import enum_label, translate
from mouplanner.locale.formats import Formats
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.locale.periods import period_text, unit_text
from mouplanner.locale.text import pick
from mouplanner.locale.wordbreaks import ZWSP, breakable
from mouplanner.services.scope import Scope
from mouplanner.ui.charts import BarChart
from mouplanner.ui.pdf_pages import RESOLUTION, write_paged

_MARKS = (QT_TRANSLATE_NOOP("Report", "Slippage since the baseline of %1"),)
CHART_SIZE = (1360, 500)  # drawn at twice the size it is printed, for sharp text


def _t(text: str, lang: str, context: str = "Excel") -> str:
    return translate(context, text, lang)


def _chart_images(facade: Facade, scope: Scope, fmt: Formats) -> dict[str, QImage]:
    data = facade.chart_data(scope)
    lang = fmt.lang
    kinds = {k.value: enum_label(k, lang) for k in ActivityKind}
    statuses = {k.value: enum_label(k, lang) for k in MilestoneStatus}
    specs = {
        "kinds": (_t("Activities by kind per quarter", lang, "DashboardView"), kinds, True, False),
        "milestones": (_t("Milestone status per cooperation area", lang, "DashboardView"), statuses, True, False),
        "participants": (_t("Participants per year", lang, "DashboardView"),
                         {"women": _t("Women", lang, "DashboardView"), "men": _t("Men", lang, "DashboardView")},
                         False, False),
        "budget": (_t("Budget per currency and year (each currency on its own scale)", lang, "DashboardView"),
                   {y: fmt.digits(str(fmt.year(int(y)))) for y in data["budget"].series}, True, True),
    }
    images = {}
    for key, (title, labels, stacked, independent) in specs.items():
        chart = BarChart(title, stacked=stacked, independent=independent, horizontal=key == "milestones")
        font = QFont(QApplication.font())
        font.setPixelSize(24)  # about 9 points on paper
        chart.setFont(font)
        chart.set_data(data[key], labels, fmt, lang)
        size = (CHART_SIZE[0], int(max(CHART_SIZE[1], chart.height_for(QFontMetricsF(font)))))
        image = QImage(*size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.render_chart(painter, QRectF(0, 0, *size))
        painter.end()
        images[key] = image
    return images


class Measure:
    """Column widths that never break a word: each column is at least as wide as its longest word
    (header words, the values' words (Thai and Lao cut as they wrap), and whole values in columns of
    numbers and dates); the text columns share the rest. Measured with the table's font on the
    PDF's own resolution."""

    def __init__(self, font: QFont, device: Any, page_width: float):
        self.fm = QFontMetricsF(font, device)
        self.page_width = page_width

    def widths(self, headers: list[str], rows: list[list[Any]], whole: set[int]) -> list[int]:
        pad = self.fm.horizontalAdvance("M") * 1.6
        need = []
        for i, header in enumerate(headers):
            words = header.split()
            if i in whole:  # numbers, dates, amounts: never broken ("120,000.00 THB; 6,500.00 USD" at the ;)
                words += [part for r in rows for part in str(r[i]).split("; ")]
            else:  # ("telecommunications" was cut in a narrow first column)
                words += [w for r in rows[:200] for w in breakable(str(r[i])).replace(ZWSP, " ").split()]
            need.append(max((self.fm.horizontalAdvance(w) for w in words), default=0) + pad)
        flexible = [i for i in range(len(headers)) if i not in whole]
        spare = self.page_width - sum(need)
        if spare > 0 and flexible:
            weight = {i: 1 + sum(len(str(r[i])) for r in rows[:200]) for i in flexible}
            for i in flexible:
                need[i] += spare * weight[i] / sum(weight.values())
        total = sum(need)
        return [max(1, round(100 * n / total)) for n in need]


def _table(headers: list[str], rows: list[list[Any]], numeric: set[int] = frozenset(),  # type: ignore[assignment]
           widths: list[int] | None = None, groups: dict[int, str] | None = None) -> str:
    """A table; ``groups`` puts a heading row (an agreement) before the row of that index."""
    head = "".join(f"<th{f' width={widths[i]}%' if widths else ''}>{html.escape(h)}</th>"
                   for i, h in enumerate(headers))
    body = []
    for n, r in enumerate(rows):
        if groups and n in groups:
            body.append(f"<tr><td colspan={len(headers)} bgcolor=#f1f4f8><b>{html.escape(groups[n])}</b></td></tr>")
        body.append("<tr>" + "".join(f"<td{' align=right' if i in numeric else ''}>{html.escape(str(v))}</td>"
                                     for i, v in enumerate(r)) + "</tr>")
    return f"<table width=100% cellspacing=0 cellpadding=3 border=1><tr>{head}</tr>{''.join(body)}</table>"


def _html(data: report_data.ReportData, fmt: Formats, chart_width: int, measure: Measure) -> str:
    lang = fmt.lang

    def title(row: dict[str, Any], prefix: str = "title") -> str:
        return pick({c: row.get(f"{prefix}_{c}") or "" for c in ("en", "th", "lo")}, lang)[0]

    def table(headers: list[str], rows: list[list[Any]], numeric: set[int], whole: set[int],
              groups: dict[int, str] | None = None) -> str:
        return _table(headers, rows, numeric, measure.widths(headers, rows, numeric | whole), groups)

    parts = [f"<h2>{html.escape(_t('Summary', lang))}</h2>"]
    rows: list[list[Any]] = []
    groups: dict[int, str] = {}
    for agreement in data.agreements:
        groups[len(rows)] = f"{agreement['code']}  {title(agreement)}".strip()
        for area in [a for a in data.areas if a["agreement_id"] == agreement["id"]]:
            t = data.area_totals.get(area["id"], report_data.Totals())
            rows.append([title(area), fmt.number(t.workstreams),
                         f"{fmt.number(t.milestones_done)} / {fmt.number(t.milestones_total)}",
                         fmt.number(t.milestones_overdue), fmt.number(sum(t.by_kind.values())),
                         f"{fmt.number(t.participants)} ({fmt.number(t.women)})",
                         "; ".join(fmt.money(v, c) for c, v in sorted(t.budget.items()))])
    parts.append(table([_t("Cooperation area", lang), _t("Workstreams", lang),
                        _t("Milestones done", lang) + " / " + _t("Milestones total", lang),
                        _t("Milestones overdue", lang), _t("Activities", lang),
                        _t("Participants", lang) + " (" + _t("of whom women", lang) + ")", _t("Budget", lang)],
                       rows, {1, 2, 3, 4, 5}, {6}, groups))
    terms = [(a, data.terms[a["id"]]) for a in data.agreements if a["id"] in data.terms]
    if terms:  # where each agreement stands on the report's day
        parts.append(f"<h2>{html.escape(_t('Agreements', lang))}</h2>")
        parts.append(table([_t("Agreement", lang), _t("Title", lang), _t("Term", lang), _t("Current term ends", lang),
                            _t("Last day to give notice", lang), _t("Renewals", lang)],
                           [[a["code"], title(a), enum_label(term.state, lang), fmt.date(term.ends_on),
                             fmt.date(term.notice_by), fmt.number(term.renewals)] for a, term in terms],
                           {5}, {0, 2, 3, 4}))
    # each chart the full width of the page, one under the other: readable on paper
    for key in ("kinds", "milestones", "participants", "budget"):
        parts.append(f"<p><img src='chart:{key}' width={chart_width}></p>")
    parts.append(f"<h2>{html.escape(_t('Activities', lang))}</h2>")
    parts.append(table([_t("Activity", lang), _t("Kind", lang), _t("Status", lang), _t("Planned start", lang),
                        _t("Planned end", lang), _t("Place", lang)],
                       [[title(a), enum_label(a["kind"], lang), enum_label(a["status"], lang),
                         fmt.date(a["planned_start"]), fmt.date(a["planned_end"]), a["place"]]
                        for a in data.activities], set(), {3, 4}))
    parts.append(f"<h2>{html.escape(_t('Milestones', lang))}</h2>")
    parts.append(table([_t("Milestone", lang), _t("Status", lang), _t("Planned date", lang), _t("Actual date", lang)],
                       [[title(m), enum_label(m["status"], lang), fmt.date(m["planned_date"]),
                         fmt.date(m["actual_date"])] for m in data.milestones], set(), {2, 3}))
    if data.slippage:
        moved = [m for m in data.milestones if m["id"] in data.slippage] + \
                [a for a in data.activities if a["id"] in data.slippage]
        heading = _t("Slippage since the baseline of %1", lang, "Report").replace("%1", data.baseline)
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.append(table([_t("Milestone", lang) + " / " + _t("Activity", lang), _t("Planned date", lang),
                            _t("Days moved since the baseline", lang)],
                           [[title(r), fmt.date(r.get("planned_date") or r.get("planned_start")),
                             fmt.number(data.slippage[r["id"]])] for r in moved], {2}, {1}))
    parts.append(f"<h2>{html.escape(_t('Indicators', lang))}</h2>")
    parts.append(table([_t("Indicator", lang), _t("Unit", lang), _t("Period", lang), _t("Target", lang),
                        _t("Actual", lang)],
                       [[title(i, "name"), unit_text(i["unit"], lang), period_text(i["label"], fmt),
                         fmt.number(i["target"]) if i["target"] is not None else "",
                         fmt.number(i["actual"]) if i["actual"] is not None else ""] for i in data.indicators],
                       {3, 4}, {2}))
    if data.action_items:  # what the working group's secretariat sends most, the overdue ones marked
        parts.append(f"<h2>{html.escape(_t('Action items', lang))}</h2>")
        parts.append(table([_t("Meeting", lang), _t("Action item", lang), _t("Owner", lang), _t("Due", lang),
                            _t("Status", lang), _t("Where it stands", lang)],
                           [[a["meeting"], title(a), title(a, "owner"), fmt.date(a["due_date"]),
                             enum_label(a["status"], lang) + (" ⚠ " + _t("overdue", lang) if a["overdue"] else ""),
                             a["update"]] for a in data.action_items], set(), {0, 3}))
    return ("<style>h2 { color: #2f5d8a; } th { background: #dce6f1; } td, th { font-size: 8pt; }</style>"
            + "".join(parts))


def write_pdf(facade: Facade, out: Path | str, fmt: Formats, scope: Scope = Scope(), scope_label: str = "",
              date_from: date | None = None, date_to: date | None = None, today: date | None = None) -> Path:
    out = Path(out)
    lang = fmt.lang
    data = facade.report_data(scope, date_from, date_to, today or date.today())
    period = (f"{fmt.date(date_from, 'long') if date_from else '…'} – {fmt.date(date_to, 'long') if date_to else '…'}"
              if (date_from or date_to) else _t("all dates", lang))
    scope_text = scope_label or _t("All agreements", lang)
    header = (f"{_t('Cooperation report', lang)} · {_t('Scope', lang)}: {scope_text} · "
              f"{_t('Reporting period', lang)}: {period}")
    title = (f"<h1>{html.escape(_t('Cooperation report', lang))}</h1><p>{html.escape(_t('Scope', lang))}: "
             f"{html.escape(scope_text)}<br>{html.escape(_t('Reporting period', lang))}: {html.escape(period)}<br>"
             f"{html.escape(_t('Report date', lang))}: {html.escape(fmt.date(data.today, 'long'))}</p>")

    def content(doc: QTextDocument, writer: QPdfWriter, width: float) -> str:
        for key, image in _chart_images(facade, scope, fmt).items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{key}"), image)
        # image widths are in the document's pixels, which QTextDocument reckons at 96 per inch
        chart_width = int(width * 96 / RESOLUTION) - 16
        cell_font = QFont(doc.defaultFont())
        cell_font.setPointSizeF(8)
        cell_font.setBold(True)  # headers are bold: measure the wider of the two
        return title + _html(data, fmt, chart_width, Measure(cell_font, writer, width - 40))

    def footer(page: int, pages: int) -> str:
        return (f"{_t('Report date', lang)}: {fmt.date(data.today, 'long')}    "
                + _t(QT_TRANSLATE_NOOP("Report", "Page %1 of %2"), lang, "Report")
                .replace("%1", fmt.digits(str(page))).replace("%2", fmt.digits(str(pages))))

    return write_paged(out, _t("Cooperation report", lang), content, header, footer)
