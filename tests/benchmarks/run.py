"""The benchmarks (on demand, not part of the test suite). Each figure is the median of several
runs next to a raw baseline measured in the same run, and their ratio, because these machines are
shared and noisy. Results are printed and written as JSON.

    python -m tests.benchmarks.run [--workspace big.mouplan] [--scale 1.0] [--repeat 5] [--out results.json]
                                   [--only startup,open_table,...]

Without --workspace a large workspace is generated first (tests/benchmarks/generate.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGETS = {
    "startup": "within 0.6 s of a bare PySide6 window",
    "open_table": "< 300 ms", "search_keystroke": "< 50 ms", "sort": "< 150 ms", "dashboard": "< 300 ms",
    "export_data": "<= 1.3x the raw writer", "import_data": "<= 2x raw read + raw insert",
    "import_changed": "<= 2x raw read + raw update of the same rows (every activity changed)",
    "exchange": "<= 3x raw sqlite3 writing the same rows", "memory": "< 300 MB",
    "save_edit": "< 100 ms from saving an activity until the list in sight shows it",
    "calendar_export": "reported: the whole workspace as .ics, against VEVENT lines written by hand",
    "list_export_csv": "reported: the activities as shown, to CSV, against sqlite3 + the csv module",
    "list_export_xlsx": "reported: the activities as shown, to xlsx, against sqlite3 + xlsxwriter",
    "mspdi_export": "reported: the whole plan as MS Project XML, against lxml writing the activity rows",
    "iati_export": "reported: the whole workspace as IATI, against lxml writing the activity rows",
}


def median_time(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


FIRST_PAINT = r"""
import sys, time
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
{body}
class Painted(QObject):  # prints when the window first paints, then when it paints with the workspace in it
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            ready = getattr(o, "page", True) is not None  # a bare window is ready when it paints
            if not seen:
                seen.append(time.time()); print(seen[0], flush=True)
            if ready:
                print(time.time(), flush=True); QTimer.singleShot(0, app.quit); o.removeEventFilter(self)
        return False
seen = []
watch = Painted(); window.installEventFilter(watch); window.show()
QTimer.singleShot(0, lambda: window.update())
timer = QTimer(); timer.timeout.connect(window.update); timer.start(20)  # repaint until the workspace shows
app.exec()
"""
BARE = "from PySide6.QtWidgets import QMainWindow\nwindow = QMainWindow(); window.resize(1280, 800)"
APP = "from mouplanner.ui.app import start\nwindow = start({path!r}); window.resize(1280, 800)"  # what `mouplanner` runs
MEMORY = r"""
import resource, sys
from PySide6.QtWidgets import QApplication
from mouplanner.ui.app import make_app
from mouplanner.ui.main_window import MainWindow
app = make_app(); window = MainWindow(); window.resize(1280, 800); window.show()
window.open_workspace({path!r}); page = window.page; page.tabs.setCurrentWidget(page.views["activities"])
for _ in range(20): app.processEvents()
page.views["activities"].table.scrollToBottom(); app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""
MEMORY_BARE = r"""
import resource
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy.orm, openpyxl, babel.dates, python_calamine, xlsxwriter
app = QApplication([]); w = QMainWindow(); w.show()
for _ in range(20): app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def startup(path: Path, repeat: int, env: dict[str, str]) -> dict[str, Any]:
    def paint_times(body: str) -> tuple[float, float]:
        first, ready = [], []
        for _ in range(repeat):
            started = time.time()
            done = subprocess.run([sys.executable, "-c", FIRST_PAINT.replace("{body}", body)], env=env,
                                  capture_output=True, text=True, timeout=300)
            if done.returncode != 0:
                raise RuntimeError(done.stderr[-2000:])
            painted = [float(x) for x in done.stdout.split()]
            first.append(painted[0] - started)
            ready.append(painted[-1] - started)
        return statistics.median(first), statistics.median(ready)

    bare, _ = paint_times(BARE)
    ours, ready = paint_times(APP.format(path=str(path)))
    return {"value_s": ours, "baseline_s": bare, "ratio": ours / bare, "difference_s": ours - bare,
            "met": ours - bare <= 0.6, "workspace_shown_s": ready}


def memory(path: Path, env: dict[str, str]) -> dict[str, Any]:
    def peak(code: str) -> float:
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        return float(done.stdout.strip().splitlines()[-1])

    ours, bare = peak(MEMORY.format(path=str(path))), peak(MEMORY_BARE)
    return {"value_mb": ours, "baseline_mb": bare, "ratio": ours / bare, "met": ours < 300}


def in_process(path: Path, repeat: int, tmp: Path, want: Callable[[str], bool]) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from mouplanner.facade import Facade
    from mouplanner.services.dashboard import dashboard
    from mouplanner.services.scope import Scope
    from mouplanner.storage import Workspace
    from mouplanner.ui.app import make_app
    from mouplanner.ui.document import Document

    app = make_app()
    results: dict[str, Any] = {}
    ws = Workspace.open(path)
    document = Document(Facade(ws))
    raw = sqlite3.connect(path)

    if want("open_table"):
        results["open_table"] = open_table(app, document, repeat)
    if want("search_keystroke") or want("sort"):
        results.update(search_and_sort(app, document, repeat, lambda: raw.execute(
            "SELECT a.id FROM activity a WHERE a.rowid IN (SELECT rowid FROM activity_search WHERE activity_search "
            "MATCH '\"ฝึกอบ\"') AND a.deleted_at IS NULL ORDER BY a.planned_start").fetchall(), lambda: raw.execute(
            "SELECT id FROM activity WHERE deleted_at IS NULL ORDER BY lower(place) DESC, id DESC").fetchall()))
    if want("dashboard"):
        dash = median_time(lambda: dashboard(ws, Scope()), repeat)
        raw_count = median_time(lambda: raw.execute(
            "SELECT count(*) FROM milestone WHERE deleted_at IS NULL AND status='done'").fetchone(), repeat)
        results["dashboard"] = {"value_ms": dash * 1000, "baseline_ms": raw_count * 1000,
                                "ratio": dash / raw_count, "met": dash < 0.3}
    if want("export_data") or want("import_data"):
        results.update(excel(ws, raw, tmp))
    if want("import_changed"):
        from tests.benchmarks.import_changed import import_changed

        results.update(import_changed(ws, raw, tmp))
    if want("save_edit"):
        from tests.benchmarks.editing import save_edit

        results["save_edit"] = save_edit(app, document, path, max(5, repeat))
    if want("calendar_export") or want("list_export_csv") or want("list_export_xlsx"):
        from tests.benchmarks import standards

        if want("calendar_export"):
            results.update(standards.calendar_export(ws, raw, tmp))
        if want("list_export_csv") or want("list_export_xlsx"):
            results.update(standards.list_export(ws, raw, tmp))
    if want("mspdi_export") or want("iati_export"):
        from tests.benchmarks import standards

        results.update(standards.mspdi_and_iati_export(ws, raw, tmp))
    if want("exchange"):
        from tests.benchmarks.exchange import exchange

        results["exchange"] = exchange(ws, tmp, max(3, repeat))
    raw.close()
    document.close()
    QApplication.processEvents()
    return results


def open_table(app: Any, document: Any, repeat: int) -> dict[str, Any]:
    """The activities' list opened (read, shown, scrolled to its end) beside a bare table view."""
    from mouplanner.services.listings import LISTINGS
    from mouplanner.ui.list_view import RecordListView

    shown_rows = []

    def our_table() -> None:
        view = RecordListView(document, "bench", LISTINGS["activities"])
        view.resize(1000, 700)
        view.show()
        view.refresh()  # what the workspace page does when the tab is shown
        shown_rows.append(view.model.rowCount())
        view.table.scrollToBottom()
        app.processEvents()
        view.close()

    base, ours = median_time(lambda: bare_table(app), repeat), median_time(our_table, repeat)
    return {"value_ms": ours * 1000, "baseline_ms": base * 1000, "ratio": ours / base, "met": ours < 0.3,
            "rows": shown_rows[-1]}


def bare_table(app: Any) -> None:
    """The baseline of opening a table: a bare QTableView over a model of 100,000 made-up rows."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Dummy(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else 100_000

        def columnCount(self, parent: Any = QModelIndex()) -> int:
            return 13

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return f"{index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

    view = QTableView()
    view.setModel(Dummy())
    view.resize(1000, 700)
    view.show()
    view.scrollToBottom()
    app.processEvents()
    view.close()


def search_and_sort(app: Any, document: Any, repeat: int, raw_search: Callable[[], Any],
                    raw_sort: Callable[[], Any]) -> dict[str, Any]:
    """Typing "ฝึกอบ" into the activities' search, key by key, beside the database finding the same
    rows alone (``raw_search``); a click on the Place column's header beside ``raw_sort``."""
    from PySide6.QtCore import Qt

    from mouplanner.services.listings import LISTINGS
    from mouplanner.ui.list_view import RecordListView

    results: dict[str, Any] = {}
    view = RecordListView(document, "bench", LISTINGS["activities"])
    view.show()
    view.refresh()
    typed = "ฝึกอบ"
    times = []
    for _ in range(repeat):
        view.search.clear()
        app.processEvents()
        for i in range(1, len(typed) + 1):
            started = time.perf_counter()
            view.search.setText(typed[:i])
            app.processEvents()
            times.append(time.perf_counter() - started)
    raw_fts = median_time(raw_search, repeat)
    per_key = statistics.median(times)
    by_length = [statistics.median(times[i::len(typed)]) * 1000 for i in range(len(typed))]  # per keystroke
    results["search_keystroke"] = {"value_ms": per_key * 1000, "baseline_ms": raw_fts * 1000,
                                   "ratio": per_key / raw_fts, "met": per_key < 0.05,
                                   "rows_found": view.model.rowCount(), "slowest_ms": max(times) * 1000,
                                   "each_keystroke_ms": [round(t, 1) for t in by_length]}
    view.search.clear()
    app.processEvents()
    column = LISTINGS["activities"].columns.index("place")
    orders = [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * repeat  # each click a new order
    sort = median_time(lambda: (view.model.sort(column, orders.pop()), app.processEvents()), repeat)
    raw_sorted = median_time(raw_sort, repeat)  # the same order through the database alone
    results["sort"] = {"value_ms": sort * 1000, "baseline_ms": raw_sorted * 1000, "ratio": sort / raw_sorted,
                       "met": sort < 0.15}
    view.close()
    return results


def excel(ws: Any, raw: sqlite3.Connection, tmp: Path) -> dict[str, Any]:
    import python_calamine
    import xlsxwriter

    from mouplanner.excel import importer
    from mouplanner.excel.data_export import export_data
    from mouplanner.locale.formats import Formats

    out: dict[str, Any] = {}
    target = tmp / "data.xlsx"
    started = time.perf_counter()
    export_data(ws, target, Formats("en"))
    ours = time.perf_counter() - started
    tables = ["organisation", "person", "agreement", "area", "workstream", "milestone", "activity", "participation",
              "indicator", "indicator_period"]
    started = time.perf_counter()  # the raw writer: the same rows of the same tables, cell by cell
    book = xlsxwriter.Workbook(str(tmp / "raw.xlsx"), {"constant_memory": True})
    activities = 0
    for table in tables:
        sheet = book.add_worksheet(table)
        for r, row in enumerate(raw.execute(f"SELECT * FROM {table} WHERE deleted_at IS NULL")):
            activities += table == "activity"
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    book.close()
    base = time.perf_counter() - started
    out["export_data"] = {"value_s": ours, "baseline_s": base, "ratio": ours / base, "met": ours / base <= 1.3,
                          "activities": activities}
    started = time.perf_counter()
    plan = importer.check(ws, target)
    importer.apply(ws, plan)
    ours = time.perf_counter() - started
    started = time.perf_counter()  # raw: read every sheet with calamine, insert every row with sqlite3
    workbook = python_calamine.CalamineWorkbook.from_path(str(target))
    scratch = sqlite3.connect(tmp / "raw.db")
    for n, name in enumerate(workbook.sheet_names):
        data = workbook.get_sheet_by_name(name).to_python()
        if len(data) < 2:
            continue
        width = max(len(r) for r in data)
        scratch.execute(f"CREATE TABLE t{n} ({', '.join(f'c{i}' for i in range(width))})")
        scratch.executemany(f"INSERT INTO t{n} VALUES ({', '.join('?' * width)})",
                            [[str(v) for v in r] + [None] * (width - len(r)) for r in data[1:]])
    scratch.commit()
    scratch.close()
    base = time.perf_counter() - started
    out["import_data"] = {"value_s": ours, "baseline_s": base, "ratio": ours / base, "met": ours / base <= 2,
                          "counts": plan.counts()}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="mouplanner benchmarks")
    parser.add_argument("--workspace", help="an existing large workspace (else one is generated)")
    parser.add_argument("--scale", type=float, default=1.0, help="size of the generated workspace (1.0: 100,000 activities)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default="benchmark-results.json")
    parser.add_argument("--only", default="", help="comma-separated figures to measure (default: all): "
                        + ", ".join(TARGETS))
    args = parser.parse_args()
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    if only - set(TARGETS):
        parser.error(f"unknown figures: {', '.join(sorted(only - set(TARGETS)))}")

    def want(name: str) -> bool:
        return not only or name in only

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    os.environ.update(env)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        work = tmp / "big.mouplan"
        if args.workspace:
            from mouplanner.storage.sqlite import backup_file

            backup_file(Path(args.workspace), work)
        else:
            from tests.benchmarks.generate import generate

            generate(work, args.scale)
        env["XDG_CONFIG_HOME"], env["XDG_DATA_HOME"] = str(tmp / "config"), str(tmp / "data")
        os.environ.update(env)
        results: dict[str, Any] = {}
        if want("startup"):
            results["startup"] = startup(work, max(3, args.repeat // 2), env)
        if want("memory"):
            results["memory"] = memory(work, env)
        results.update(in_process(work, args.repeat, tmp, want))
        results = {name: figure for name, figure in results.items() if want(name)}  # some are measured in pairs
    report = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
              "scale": args.scale, "results": results}
    for name, figure in results.items():
        values = ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figure.items())
        print(f"{name:18} {values}   target: {TARGETS[name]}")
    Path(args.out).write_text(json.dumps(report, indent=2, default=str))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
