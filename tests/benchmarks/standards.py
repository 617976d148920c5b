"""The exports other tools read, at 100,000 activities (issue 19): the calendar file of the whole
workspace, and the activities list as shown exported to CSV and to xlsx, each against a raw writer
of the same rows measured in the same run (plain sqlite3 reads, the csv module, xlsxwriter, and
VEVENT lines written by hand)."""

from __future__ import annotations

import csv
import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import Any


def _timed(fn: Any) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def calendar_export(ws: Any, raw: sqlite3.Connection, tmp: Path) -> dict[str, Any]:
    from mouplanner.facade import Facade
    from mouplanner.services.scope import Scope

    facade = Facade(ws)
    count: list[int] = []
    ours = _timed(lambda: count.append(facade.exports.calendar(tmp / "all.ics", Scope(), "en", date.today())))

    def by_hand() -> None:  # the activities' and milestones' rows, as VEVENTs with no folding or escaping
        with open(tmp / "raw.ics", "w", encoding="utf-8", newline="") as fh:
            fh.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//raw//EN\r\n")
            for table, first, last in (("activity", "planned_start", "planned_end"),
                                       ("milestone", "planned_date", "planned_date")):
                for rid, title, start, end, version in raw.execute(
                        f"SELECT id, title_en, {first}, {last}, version FROM {table} WHERE {first} IS NOT NULL"):
                    fh.write(f"BEGIN:VEVENT\r\nUID:{rid}@raw\r\nSUMMARY:{title}\r\n"
                             f"DTSTART;VALUE=DATE:{start.replace('-', '')}\r\n"
                             f"DTEND;VALUE=DATE:{(end or start).replace('-', '')}\r\nSEQUENCE:{version}\r\n"
                             "END:VEVENT\r\n")
            fh.write("END:VCALENDAR\r\n")

    base = _timed(by_hand)
    return {"calendar_export": {"value_s": ours, "baseline_s": base, "ratio": ours / base, "events": count[0],
                                "size_mb": (tmp / "all.ics").stat().st_size / 1e6}}


def list_export(ws: Any, raw: sqlite3.Connection, tmp: Path) -> dict[str, Any]:
    import xlsxwriter

    from mouplanner.facade import Facade
    from mouplanner.locale.formats import Formats
    from mouplanner.services.listing import ListQuery
    from mouplanner.services.listings import LISTINGS

    facade, listing, formats = Facade(ws), LISTINGS["activities"], Formats("en")
    ids = listing.ids(ws, ListQuery(sort="planned_start"))
    columns = listing.columns
    out: dict[str, Any] = {}
    raw_sql = ("SELECT a.title_en, a.kind, a.status, a.planned_start, a.planned_end, a.place, a.country, o.short_name, "
               "w.title_en, a.headcount_total, a.headcount_women, a.budget_amount, a.currency FROM activity a "
               "LEFT JOIN organisation o ON o.id = a.host_org_id LEFT JOIN workstream w ON w.id = a.workstream_id "
               "WHERE a.deleted_at IS NULL ORDER BY a.planned_start, a.id")
    for suffix in ("csv", "xlsx"):
        target = tmp / f"activities.{suffix}"
        ours = _timed(lambda t=target: facade.exports.write_list(t, listing, ids, columns, columns, formats))

        def by_hand(suffix: str = suffix) -> None:
            rows = raw.execute(raw_sql)
            if suffix == "csv":
                with open(tmp / "raw.csv", "w", encoding="utf-8-sig", newline="") as fh:
                    csv.writer(fh).writerows(rows)
                return
            book = xlsxwriter.Workbook(str(tmp / "raw.xlsx"), {"constant_memory": True})
            sheet = book.add_worksheet()
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    if value is not None:
                        sheet.write(r, c, value)
            book.close()

        base = _timed(by_hand)
        out[f"list_export_{suffix}"] = {"value_s": ours, "baseline_s": base, "ratio": ours / base, "rows": len(ids)}
    return out


def mspdi_and_iati_export(ws: Any, raw: sqlite3.Connection, tmp: Path) -> dict[str, Any]:
    """The whole plan as MS Project XML, and the whole workspace as IATI, against lxml writing one
    element per activity row with its dates (the raw writer)."""
    from lxml import etree
    from sqlalchemy import select

    from mouplanner.domain import Organisation
    from mouplanner.facade import Facade
    from mouplanner.services.iati_settings import IatiSettings
    from mouplanner.services.scope import Scope

    facade = Facade(ws)
    tasks: list[int] = []
    ours = _timed(lambda: tasks.append(len(facade.exports.mspdi(tmp / "plan.xml", Scope(), "en").flat())))

    def by_hand() -> None:
        root = etree.Element("Project")
        for rid, title, start, end in raw.execute("SELECT id, title_en, planned_start, planned_end FROM activity"):
            task = etree.SubElement(root, "Task")
            etree.SubElement(task, "Name").text = title
            etree.SubElement(task, "Start").text = start
            etree.SubElement(task, "Finish").text = end
            etree.SubElement(task, "Text1").text = rid
        etree.ElementTree(root).write(str(tmp / "raw.xml"))

    base = _timed(by_hand)
    out = {"mspdi_export": {"value_s": ours, "baseline_s": base, "ratio": ours / base, "tasks": tasks[0]}}
    with ws.read() as s:
        org = s.scalars(select(Organisation.id)).first() or ""
    facade.exports.save_iati_settings(IatiSettings(org, "XM-DAC-1", "10", ["22040"], "D02"))
    activities: list[int] = []
    try:
        ours = _timed(lambda: activities.append(len(facade.exports.iati(tmp / "iati.xml", Scope(),
                                                                        date.today()).activities)))
        out["iati_export"] = {"value_s": ours, "baseline_s": base, "ratio": ours / base, "activities": activities[0]}
    except Exception as exc:  # (a generated workspace may lack what IATI requires: reported, not hidden)
        out["iati_export"] = {"value_s": 0.0, "baseline_s": base, "ratio": 0.0, "refused": str(exc)[:300]}
    return out
