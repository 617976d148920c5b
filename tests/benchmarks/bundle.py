"""The standalone bundle's figures (issue 20): its size unpacked and packed, and its start to a usable
window beside the same app started from the virtual environment, in the same run, alternating.

    make bundle
    .venv/bin/python -m tests.benchmarks.bundle --repeat 9 --out bundle-results.json

"Usable" is the workspace in sight: each start runs with MOUPLANNER_EXIT_WHEN_READY, so the app quits
as soon as the demo workspace shows in its window and says "ready" (ui/app.exit_when_ready); the time
is the whole process's, from its start to its exit, offscreen. Targets: under 150 MB unpacked, a start
at most 1.2x the virtual environment's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def started(command: list[str], workspace: Path, home: Path) -> float:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "MOUPLANNER_EXIT_WHEN_READY": "1"}
    begun = time.perf_counter()
    done = subprocess.run([*command, str(workspace)], capture_output=True, text=True, env=env, check=False)
    took = time.perf_counter() - begun
    if done.returncode != 0 or not done.stdout.startswith("ready"):
        raise SystemExit(f"{command[0]} did not start: {done.stdout} {done.stderr[-2000:]}")
    return took


def measure(bundle: Path, repeat: int) -> dict[str, Any]:
    program = bundle / ("mouplanner-cli.exe" if sys.platform == "win32" else "mouplanner")
    venv = [sys.executable, "-m", "mouplanner"]
    with tempfile.TemporaryDirectory() as tmp:
        home, workspace = Path(tmp), Path(tmp) / "demo.mouplan"
        subprocess.run([*venv, "demo", str(workspace)], check=True, capture_output=True)
        for command in ([str(program)], venv):  # once each first: translations compiled, files cached
            started(command, workspace, home)
        ours, raw = [], []
        for _ in range(repeat):
            ours.append(started([str(program)], workspace, home))
            raw.append(started(venv, workspace, home))
    archives = sorted(bundle.parent.glob("mouplanner-*.tar.gz"))
    unpacked = folder_size(bundle) / 1e6
    big = {p.name: round(folder_size(p) / 1e6, 1) if p.is_dir() else round(p.stat().st_size / 1e6, 1)
           for p in (bundle / "_internal").iterdir() if not p.is_symlink()}
    start, venv_start = statistics.median(ours), statistics.median(raw)
    return {
        "size": {"unpacked_mb": round(unpacked, 1), "target": "< 150 MB", "met": unpacked < 150,
                 "archive_mb": round(archives[-1].stat().st_size / 1e6, 1) if archives else None,
                 "largest_mb": dict(sorted(big.items(), key=lambda kv: -kv[1])[:12])},
        "start": {"bundle_s": round(start, 3), "venv_s": round(venv_start, 3), "ratio": round(start / venv_start, 2),
                  "target": "<= 1.2x", "met": start / venv_start <= 1.2,
                  "bundle_each_s": [round(t, 3) for t in ours], "venv_each_s": [round(t, 3) for t in raw]},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "mouplanner")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if not (args.bundle / "_internal").is_dir():
        raise SystemExit(f"no bundle at {args.bundle}: run make bundle first")
    results = measure(args.bundle, args.repeat)
    for name, figures in results.items():
        print(name.ljust(8), ", ".join(f"{k}={v}" for k, v in figures.items() if not k.endswith(("each_s", "_mb"))
                                       or k in ("unpacked_mb", "archive_mb")))
    print("largest:", results["size"]["largest_mb"])
    if args.out:
        args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"written to {args.out}")


if __name__ == "__main__":
    main()
