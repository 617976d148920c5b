"""Saving one edited activity until every view in sight shows it, at 100,000 activities, against
sqlite3 writing the same field of the same row (and committing) in the same run."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any


def save_edit(app: Any, document: Any, path: Path, repeat: int) -> dict[str, Any]:
    from mouplanner.domain import Activity
    from mouplanner.ui.workspace_page import WorkspacePage

    page = WorkspacePage(document, "en")
    page.resize(1366, 768)
    page.show()
    view = page.views["activities"]
    page.tabs.setCurrentWidget(view)
    app.processEvents()
    target = view.model.record_id(0)  # an activity in sight: the first row of the list
    ours, raw_times = [], []
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        for i in range(repeat):
            value = f"Bench {i} {time.time_ns()}"
            started = time.perf_counter()
            document.save("Edit activity", Activity, target, {"place": value})
            app.processEvents()
            row = view.model.row_of(target)
            shown = [view.model.index(row, c).data() for c in range(view.model.columnCount())]
            ours.append(time.perf_counter() - started)
            assert value in shown, "the list does not show the saved value"
            started = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE activity SET place = ? WHERE id = ?", (value + " raw", target))
            raw.execute("COMMIT")
            raw_times.append(time.perf_counter() - started)
    finally:
        raw.close()
        page.close()
    value_s, base_s = statistics.median(ours), statistics.median(raw_times)
    return {"value_ms": value_s * 1000, "baseline_ms": base_s * 1000, "ratio": value_s / base_s,
            "met": value_s < 0.1, "rounds_ms": [round(t * 1000, 1) for t in ours]}
