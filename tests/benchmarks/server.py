"""Benchmarks of a workspace on a PostgreSQL server (on demand, as ``run.py``): 100,000 activities
generated on the server, read over loopback TCP, each figure the median of several runs beside a
raw baseline measured in the same run.

    python -m tests.benchmarks.server [--url postgresql://USER@127.0.0.1:PORT/EMPTY_DB] [--scale 1.0]
                                      [--repeat 5] [--out server-results.json] [--only open_table,...]

Without --url a throwaway server is started in a temporary folder (Debian's postgresql, fsync on)
listening on 127.0.0.1. The figures: open the activities' table, quick search per keystroke, sort,
dashboard (the SQLite targets); a laptop's 10,000 changes synced up and 10,000 of the server's
synced down, each beside COPY writing the same rows; ten editors saving at once.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path
from typing import Any

import psycopg

from tests.benchmarks.run import median_time, open_table, search_and_sort

TARGETS = {"open_table": "< 300 ms", "search_keystroke": "< 50 ms", "sort": "< 150 ms", "dashboard": "< 300 ms",
           "sync_up": "<= 3x raw COPY of the same rows", "sync_down": "<= 3x raw COPY of the same rows",
           "ten_editors": "median save < 100 ms"}
SEARCHED = ("(coalesce(title_en, '') || chr(10) || coalesce(title_th, '') || chr(10) || coalesce(title_lo, '') "
            "|| chr(10) || coalesce(place, ''))")


@contextmanager
def own_server() -> Any:
    from tests.server import _bin, throwaway_server

    with socket.socket() as probe:  # a free port on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with throwaway_server(port):
        subprocess.run([_bin("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "bench"], check=True)
        yield f"postgresql://postgres@127.0.0.1:{port}/bench"


def measure(url: str, repeat: int, tmp: Path, want: Any) -> dict[str, Any]:
    from mouplanner.facade import Facade
    from mouplanner.services.dashboard import dashboard
    from mouplanner.services.scope import Scope
    from mouplanner.storage import Workspace
    from mouplanner.ui.app import make_app
    from mouplanner.ui.document import Document

    app = make_app()
    results: dict[str, Any] = {}
    ws = Workspace.open(url)
    document = Document(Facade(ws))
    raw = psycopg.connect(url, autocommit=True)
    if want("open_table"):
        results["open_table"] = open_table(app, document, repeat)
    if want("search_keystroke") or want("sort"):
        results.update(search_and_sort(app, document, repeat, lambda: raw.execute(
            f"SELECT id FROM activity WHERE {SEARCHED} ILIKE '%ฝึกอบ%' AND deleted_at IS NULL "
            "ORDER BY planned_start").fetchall(), lambda: raw.execute(
            "SELECT id FROM activity WHERE deleted_at IS NULL ORDER BY sort_place DESC, id DESC").fetchall()))
        if want("sort"):  # beside it, the order by the expression, as before migration 0019
            results["sort"]["by_expression_ms"] = 1000 * median_time(lambda: raw.execute(
                "SELECT id FROM activity WHERE deleted_at IS NULL ORDER BY lower(place) DESC, id DESC").fetchall(),
                repeat)
    if want("dashboard"):
        dash = median_time(lambda: dashboard(ws, Scope()), repeat)
        count = median_time(lambda: raw.execute(
            "SELECT count(*) FROM milestone WHERE deleted_at IS NULL AND status = 'done'").fetchone(), repeat)
        results["dashboard"] = {"value_ms": dash * 1000, "baseline_ms": count * 1000, "ratio": dash / count,
                                "met": dash < 0.3}
    if want("sync_up") or want("sync_down"):
        results.update(sync(ws, raw, tmp, max(3, repeat)))
    if want("ten_editors"):
        results["ten_editors"] = ten_editors(url, raw, ws)
    raw.close()
    document.close()
    return results


def _copy_baseline(raw: psycopg.Connection, rows: list[tuple[Any, ...]], columns: list[str],
                   places: list[tuple[str, str]]) -> float:
    """COPY the journal rows the sync wrote into the journal, and the changed places into a scratch
    table joined onto the activities (the same rows written), in one transaction, rolled back."""
    started = time.perf_counter()
    with raw.transaction(force_rollback=True):
        with raw.cursor().copy(f"COPY change ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        raw.execute("CREATE TEMP TABLE moved (id text, place text) ON COMMIT DROP")
        with raw.cursor().copy("COPY moved (id, place) FROM STDIN") as copy:
            for row in places:
                copy.write_row(row)
        raw.execute("UPDATE activity a SET place = m.place FROM moved m WHERE a.id = m.id")
    return time.perf_counter() - started


def sync(ws: Any, raw: psycopg.Connection, tmp: Path, repeat: int, changes: int = 10_000) -> dict[str, Any]:
    """A laptop's copy of the server edits 10,000 activities and syncs (up); then the server edits
    10,000 and the laptop syncs (down). Baseline: COPY of the very rows each sync wrote."""
    from sqlalchemy import select

    from mouplanner.domain import Activity
    from mouplanner.exchange import direct
    from mouplanner.exchange import sync as exchange
    from mouplanner.exchange.merge import COLUMNS
    from mouplanner.storage import Workspace

    started = time.perf_counter()
    laptop = Workspace.open(exchange.clone(ws, tmp / "laptop.mouplan", "Benchmark laptop"))
    cloned = time.perf_counter() - started
    with ws.read() as s:
        ids = s.scalars(select(Activity.id).limit(changes)).all()
    columns = list(COLUMNS)
    figures: dict[str, list[float]] = {"up": [], "up_copy": [], "down": [], "down_copy": []}
    for n in range(repeat):
        for side, writer in (("up", laptop), ("down", ws)):
            with writer.transaction("Benchmark edits") as s:
                for i, obj in enumerate(s.scalars(select(Activity).where(Activity.id.in_(ids)))):
                    obj.place = f"{side} {n}-{i}"
            begun = time.perf_counter()
            direct.sync(laptop, ws)
            figures[side].append(time.perf_counter() - begun)
            written = raw.execute(f"SELECT {', '.join(columns)} FROM change WHERE action = 'Benchmark edits' "
                                  "ORDER BY seq DESC LIMIT %s", (len(ids),)).fetchall()
            fresh = [(str(uuid.uuid4()), *row[1:]) for row in written]  # (new ids: they are a unique key)
            places = raw.execute("SELECT id, place FROM activity WHERE id = ANY(%s)", (list(ids),)).fetchall()
            figures[f"{side}_copy"].append(_copy_baseline(raw, fresh, columns, places))
    laptop.close()
    out = {}
    for side in ("up", "down"):
        ours, copy = statistics.median(figures[side]), statistics.median(figures[f"{side}_copy"])
        out[f"sync_{side}"] = {"value_ms": ours * 1000, "baseline_ms": copy * 1000, "ratio": ours / copy,
                               "met": ours <= 3 * copy, "changes": len(ids), "clone_s": cloned,
                               "rounds_s": [round(t, 2) for t in figures[side]],
                               "copies_s": [round(t, 2) for t in figures[f"{side}_copy"]]}
    return out


def ten_editors(url: str, raw: psycopg.Connection, ws: Any, saves: int = 40) -> dict[str, Any]:
    """Ten clients, each saving ``saves`` activity edits through the facade (a form's save: the
    version read and the values opened), all at once; beside one client's raw one-row UPDATE."""
    from mouplanner.domain import Activity
    from mouplanner.facade import Facade
    from mouplanner.services.concurrent import EditConflict
    from mouplanner.storage import Workspace

    records = [a.id for a in Facade(ws).service(Activity).list(limit=200)]
    times: list[float] = []
    lock, start = threading.Lock(), threading.Barrier(10)

    def editor(k: int) -> None:
        with Workspace.open(url) as mine:
            facade = Facade(mine)
            start.wait()
            for i in range(saves):
                record = records[(k * saves + i) % len(records)]
                row = facade.service(Activity).get(record)
                began = time.perf_counter()
                with suppress(EditConflict):
                    facade.save(Activity, record, {"hours": i + 1}, [], expected_version=row.version,
                                original={"hours": row.hours})
                with lock:
                    times.append(time.perf_counter() - began)

    threads = [threading.Thread(target=editor, args=(k,)) for k in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    one = median_time(lambda: raw.execute("UPDATE activity SET hours = hours WHERE id = %s", (records[0],)), 20)
    median = statistics.median(times)
    return {"value_ms": median * 1000, "baseline_ms": one * 1000, "ratio": median / one, "met": median < 0.1,
            "p90_ms": sorted(times)[int(len(times) * 0.9)] * 1000, "saves": len(times)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an empty database on a server (else a throwaway server is started)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default="server-benchmark-results.json")
    parser.add_argument("--only", default="", help="comma-separated figures: " + ", ".join(TARGETS))
    args = parser.parse_args()
    only = {name.strip() for name in args.only.split(",") if name.strip()}

    def want(name: str) -> bool:
        return not only or name in only

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder, (nullcontext(args.url) if args.url else own_server()) as url:
        os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"] = f"{folder}/config", f"{folder}/data"
        from tests.benchmarks.generate import generate

        started = time.perf_counter()
        counts = generate(url, args.scale)
        with psycopg.connect(url, autocommit=True) as conn:  # what autovacuum does within a minute on a server
            conn.execute("VACUUM ANALYZE")
        print(f"generated on the server: {counts} in {time.perf_counter() - started:.0f} s", flush=True)
        results = {k: v for k, v in measure(url, args.repeat, Path(folder), want).items() if want(k)}
    for name, figure in results.items():
        values = ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figure.items())
        print(f"{name:18} {values}   target: {TARGETS[name]}")
    Path(args.out).write_text(json.dumps({"scale": args.scale, "results": results}, indent=2, default=str))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
