"""The ministry report workbook: a Summary per agreement and cooperation area, the Agreements with
their terms, then Workstreams, Milestones, Activities, Participants, Indicators and Action items,
each under a title block with the scope,
the reporting period and the report date; real date and number cells, a bold frozen header
row with a filter, column widths and print setup; every word in the chosen language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from xlsxwriter.workbook import Workbook

from mouplanner.domain.enums import MilestoneStatus
from mouplanner.excel.book import Styles, new_workbook, print_setup, write
from mouplanner.excel.report_data import KINDS, ReportData, Totals
from mouplanner.locale.catalog import enum_label, translate
from mouplanner.locale.formats import Formats
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.locale.periods import period_text, unit_text
from mouplanner.locale.text import pick
from mouplanner.services.dashboard import OPEN_MILESTONE

HEADER_ROW = 5
CURRENCIES = ("THB", "LAK", "USD")
Column = tuple[str, str, int]  # header (marked), kind, width


def _t(text: str, lang: str) -> str:
    return translate("Excel", text, lang)


class _Writer:
    def __init__(self, book: Workbook, data: ReportData, formats: Formats, scope_label: str):
        self.book, self.data, self.formats, self.lang = book, data, formats, formats.lang
        self.styles = Styles(book, formats)
        self.scope_label = scope_label or _t(QT_TRANSLATE_NOOP("Excel", "All agreements"), self.lang)

    def h(self, text: str) -> str:
        return _t(text, self.lang)

    def title(self, row: dict[str, Any], prefix: str = "title") -> str:
        return pick({c: row.get(f"{prefix}_{c}") or "" for c in ("en", "th", "lo")}, self.lang)[0]

    def org(self, org_id: str | None) -> str:
        org = self.data.organisations.get(org_id or "")
        return (org["short_name"] or self.title(org, "name")) if org else ""

    def sheet(self, name: str, columns: Sequence[Column], rows: Sequence[Sequence[Any]],
              bold_rows: set[int] = frozenset()) -> None:  # type: ignore[assignment]
        sheet = self.book.add_worksheet(_t(name, self.lang)[:31])
        f, d = self.formats, self.data
        period = (f"{f.date(d.date_from, 'long') if d.date_from else '…'} – "
                  f"{f.date(d.date_to, 'long') if d.date_to else '…'}") if (d.date_from or d.date_to) else \
            _t(QT_TRANSLATE_NOOP("Excel", "all dates"), self.lang)
        write(sheet, 0, 0, _t(QT_TRANSLATE_NOOP("Excel", "Cooperation report"), self.lang) + ": " + _t(name, self.lang),
              self.styles.title)
        write(sheet, 1, 0, _t(QT_TRANSLATE_NOOP("Excel", "Scope"), self.lang) + ": " + self.scope_label,
              self.styles.subtitle)
        write(sheet, 2, 0, _t(QT_TRANSLATE_NOOP("Excel", "Reporting period"), self.lang) + ": " + period,
              self.styles.subtitle)
        write(sheet, 3, 0, _t(QT_TRANSLATE_NOOP("Excel", "Report date"), self.lang) + ": " + f.date(d.today, "long"),
              self.styles.subtitle)
        sheet.set_row(HEADER_ROW, 30)
        for i, (header, _kind, width) in enumerate(columns):
            sheet.set_column(i, i, width)
            write(sheet, HEADER_ROW, i, header, self.styles.header)
        for r, values in enumerate(rows, start=HEADER_ROW + 1):
            currency = next((v for v in values if v in CURRENCIES), None)
            for i, value in enumerate(values):
                header, kind = columns[i][0], columns[i][1]
                currency = next((c for c in CURRENCIES if header.endswith(f" {c}")), currency)
                style = self.styles.bold if (r - HEADER_ROW - 1) in bold_rows and kind == "text" \
                    else self.styles.for_kind(kind, currency if kind == "money" else None)
                write(sheet, r, i, value, style)
        sheet.freeze_panes(HEADER_ROW + 1, 0)
        sheet.autofilter(HEADER_ROW, 0, HEADER_ROW + max(len(rows), 1), len(columns) - 1)
        print_setup(sheet, HEADER_ROW)

    # --- the sheets -----------------------------------------------------------------------------

    def summary(self) -> None:
        columns: list[Column] = [
            (self.h(QT_TRANSLATE_NOOP("Excel", "Agreement")), "text", 22),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Cooperation area")), "long", 40),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Workstreams")), "int", 12),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Milestones done")), "int", 11),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Milestones total")), "int", 11),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Milestones overdue")), "int", 11),
            *[(enum_label(k, self.lang), "int", 11) for k in KINDS],
            (self.h(QT_TRANSLATE_NOOP("Excel", "Participants")), "int", 12),
            (self.h(QT_TRANSLATE_NOOP("Excel", "of whom women")), "int", 12),
            *[(self.h(QT_TRANSLATE_NOOP("Excel", "Budget")) + f" {c}", "money", 16) for c in CURRENCIES],
        ]
        rows: list[list[Any]] = []
        bold: set[int] = set()
        grand = Totals()

        def line(first: str, second: str, t: Totals) -> list[Any]:
            return [first, second, t.workstreams, t.milestones_done, t.milestones_total, t.milestones_overdue,
                    *[t.by_kind.get(k.value, 0) for k in KINDS], t.participants, t.women,
                    *[t.budget.get(c) for c in CURRENCIES]]

        for agreement in self.data.agreements:
            subtotal = Totals()
            for area in [a for a in self.data.areas if a["agreement_id"] == agreement["id"]]:
                t = self.data.area_totals.get(area["id"], Totals())
                subtotal.add(t)
                rows.append(line(agreement["code"], self.title(area), t))
            bold.add(len(rows))
            rows.append(line(agreement["code"], _t(QT_TRANSLATE_NOOP("Excel", "Total"), self.lang), subtotal))
            grand.add(subtotal)
        bold.add(len(rows))
        rows.append(line(_t(QT_TRANSLATE_NOOP("Excel", "All agreements"), self.lang),
                         _t(QT_TRANSLATE_NOOP("Excel", "Total"), self.lang), grand))
        self.sheet(QT_TRANSLATE_NOOP("Excel", "Summary"), columns, rows, bold)

    def agreements(self) -> None:
        """Each agreement's term on the report's day: where it stands, until when, the last day to
        give notice not to renew, and how often it has renewed."""
        rows = []
        for a in self.data.agreements:
            term = self.data.terms.get(a["id"])
            rows.append([a["code"], self.title(a), a["signed_date"],
                         enum_label(term.state, self.lang) if term else "", term.starts_on if term else None,
                         term.ends_on if term else None, term.notice_by if term else None,
                         term.renewals if term else None, term.notice_given if term else None])
        self.sheet(QT_TRANSLATE_NOOP("Excel", "Agreements"), [
            (self.h(QT_TRANSLATE_NOOP("Excel", "Agreement")), "text", 22),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Title")), "long", 44),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Signed")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Term")), "text", 18),
            (self.h(QT_TRANSLATE_NOOP("Excel", "In force from")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Current term ends")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Last day to give notice")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Renewals")), "int", 10),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Notice given")), "date", 14)], rows)

    def workstreams(self) -> None:
        area = {a["id"]: a for a in self.data.areas}
        code = {a["id"]: a["code"] for a in self.data.agreements}
        per_ws: dict[str, list[int]] = {}
        for m in self.data.milestones:
            done_total = per_ws.setdefault(m["workstream_id"], [0, 0])
            if m["status"] != MilestoneStatus.CANCELLED:
                done_total[1] += 1
            done_total[0] += m["status"] == MilestoneStatus.DONE
        rows = []
        for w in self.data.workstreams:
            done, total = per_ws.get(w["id"], [0, 0])
            rows.append([code.get(w["agreement_id"], ""),
                         self.title(area[w["area_id"]]) if w["area_id"] in area else "", self.title(w),
                         enum_label(w["status"], self.lang), self.org(w["lead_org_1_id"]), self.org(w["lead_org_2_id"]),
                         w["planned_start"], w["planned_end"], done, total,
                         round(100 * done / total, 1) if total else None])
        self.sheet(QT_TRANSLATE_NOOP("Excel", "Workstreams"), [
            (self.h(QT_TRANSLATE_NOOP("Excel", "Agreement")), "text", 20),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Cooperation area")), "long", 32),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Workstream")), "long", 40),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Status")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Lead organisation, side 1")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Lead organisation, side 2")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Planned start")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Planned end")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Milestones done")), "int", 11),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Milestones total")), "int", 11),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Progress %")), "percent", 10)], rows)

    def milestones(self) -> None:
        ws_title = {w["id"]: self.title(w) for w in self.data.workstreams}
        rows = [[ws_title.get(m["workstream_id"], ""), self.title(m), enum_label(m["status"], self.lang),
                 m["planned_date"], m["actual_date"],
                 _t(QT_TRANSLATE_NOOP("Excel", "overdue"), self.lang) if m["status"] in OPEN_MILESTONE
                 and m["planned_date"] and m["planned_date"] < self.data.today else "",
                 self.data.slippage.get(m["id"]), m["deliverable"]]
                for m in self.data.milestones]
        self.sheet(QT_TRANSLATE_NOOP("Excel", "Milestones"), [
            (self.h(QT_TRANSLATE_NOOP("Excel", "Workstream")), "long", 34),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Milestone")), "long", 40),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Status")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Planned date")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Actual date")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Overdue")), "text", 10),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Days moved since the baseline")), "int", 12),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Deliverable")), "long", 30)], rows)

    def activities(self) -> None:
        ws_title = {w["id"]: self.title(w) for w in self.data.workstreams}
        named: dict[str, list[int]] = {}
        for p in self.data.participants:
            n = named.setdefault(p["activity_id"], [0, 0])
            n[0] += 1
            n[1] += p["sex"] == "female"
        rows = []
        for a in self.data.activities:
            total, women = named.get(a["id"], [0, 0])
            rows.append([ws_title.get(a["workstream_id"], ""), self.title(a), enum_label(a["kind"], self.lang),
                         enum_label(a["status"], self.lang), a["planned_start"], a["planned_end"], a["place"],
                         a["country"], self.org(a["host_org_id"]), enum_label(a["direction"], self.lang),
                         total + (a["headcount_total"] or 0), women + (a["headcount_women"] or 0),
                         a["budget_amount"], a["currency"].value if a["currency"] else "", a["funding_source"]])
        self.sheet(QT_TRANSLATE_NOOP("Excel", "Activities"), [
            (self.h(QT_TRANSLATE_NOOP("Excel", "Workstream")), "long", 30),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Activity")), "long", 40),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Kind")), "text", 16),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Status")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Planned start")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Planned end")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Place")), "text", 16),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Country")), "text", 9),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Host organisation")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Direction")), "text", 16),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Participants")), "int", 12),
            (self.h(QT_TRANSLATE_NOOP("Excel", "of whom women")), "int", 12),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Budget")), "money", 16),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Currency")), "text", 10),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Funding source")), "text", 16)], rows)

    def participants(self) -> None:
        activity = {a["id"]: a for a in self.data.activities}
        rows = sorted(([self.title(activity[p["activity_id"]]), activity[p["activity_id"]]["planned_start"],
                        self.title(p, "name"), self.org(p["organisation_id"]), p["position"],
                        enum_label(p["sex"], self.lang), enum_label(p["role"], self.lang)]
                       for p in self.data.participants), key=lambda r: (str(r[1]), r[0], r[2]))
        self.sheet(QT_TRANSLATE_NOOP("Excel", "Participants"), [
            (self.h(QT_TRANSLATE_NOOP("Excel", "Activity")), "long", 40),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Planned start")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Name")), "text", 30),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Organisation")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Position")), "long", 30),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Sex")), "text", 10),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Role")), "text", 18)], rows)

    def indicators(self) -> None:
        rows = [[self.title(i, "name"), unit_text(i["unit"] or "", self.lang), i["baseline"],
                 period_text(i["baseline_label"] or "", self.formats), period_text(i["label"] or "", self.formats),
                 i["period_start"],
                 i["period_end"], i["target"], i["actual"],
                 round(100 * i["actual"] / i["target"], 1) if i["actual"] is not None and i["target"] else None]
                for i in self.data.indicators]
        self.sheet(QT_TRANSLATE_NOOP("Excel", "Indicators"), [
            (self.h(QT_TRANSLATE_NOOP("Excel", "Indicator")), "long", 36),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Unit")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Baseline")), "number", 11),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Baseline year or period")), "text", 12),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Period")), "text", 12),
            (self.h(QT_TRANSLATE_NOOP("Excel", "From")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "To")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Target")), "number", 11),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Actual")), "number", 11),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Achieved %")), "percent", 11)], rows)


    def action_items(self) -> None:
        """What the working group's secretariat sends most: who is to do what by when, and where it stands."""
        ws_title = {w["id"]: self.title(w) for w in self.data.workstreams}
        rows = [[a["meeting"], a["meeting_date"], self.title(a), self.title(a, "owner"), self.org(
                 a["organisation_id"]), a["side"], a["due_date"], enum_label(a["status"], self.lang),
                 _t(QT_TRANSLATE_NOOP("Excel", "overdue"), self.lang) if a["overdue"] else "",
                 a["update_date"], a["update"], ws_title.get(a["workstream_id"] or "", "")]
                for a in self.data.action_items]
        self.sheet(QT_TRANSLATE_NOOP("Excel", "Action items"), [
            (self.h(QT_TRANSLATE_NOOP("Excel", "Meeting")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Meeting date")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Action item")), "long", 40),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Owner")), "text", 28),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Organisation")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Side")), "int", 8),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Due")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Status")), "text", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Overdue")), "text", 10),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Last update")), "date", 14),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Where it stands")), "long", 36),
            (self.h(QT_TRANSLATE_NOOP("Excel", "Workstream")), "long", 30)], rows)


def write_report(data: ReportData, out: Path | str, formats: Formats, scope_label: str = "",
                 progress: Callable[[int, int], bool] | None = None) -> Path:
    out = Path(out)
    with new_workbook(out) as book:
        writer = _Writer(book, data, formats, scope_label)
        steps = (writer.summary, writer.agreements, writer.workstreams, writer.milestones, writer.activities,
                 writer.participants, writer.indicators, writer.action_items)
        for i, step in enumerate(steps):
            step()
            if progress:
                progress(i + 1, len(steps))
    return out


__all__ = ["write_report"]
