"""The ``mouplanner`` command.

``mouplanner [WORKSPACE]`` opens the desktop app; the subcommands work headless. Exit codes:
0 success, 1 problems found, 2 unusable input (one clear line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from mouplanner import __version__
from mouplanner.storage import Workspace, WorkspaceError

OK, PROBLEMS, UNUSABLE = 0, 1, 2


class UsageError(Exception):
    """Bad input given on the command line: exit 2 with the message."""


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (expected YYYY-MM-DD)") from None


def _open(path: str) -> Workspace:
    return Workspace.open(Path(path), read_only=False)


def cmd_demo(args: argparse.Namespace) -> int:
    from mouplanner.demo import build_demo

    out = Path(args.out)
    if out.exists():
        raise UsageError(f"{out} already exists; give a new file name")
    ws = build_demo(out, today=args.as_of)
    ws.close()
    print(f"Demo workspace written to {out}")
    return OK


def cmd_summary(args: argparse.Namespace) -> int:
    from mouplanner.services.summary import format_summary, summary

    with _open(args.workspace) as ws:
        data = summary(ws, today=args.as_of)
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else format_summary(data))
    return OK


def cmd_dump(args: argparse.Namespace) -> int:
    from mouplanner.services.summary import dump

    with _open(args.workspace) as ws:
        data = dump(ws)
    print(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
    return OK


def cmd_check(args: argparse.Namespace) -> int:
    from mouplanner.services.check import check_records

    with _open(args.workspace) as ws:
        findings = check_records(ws, today=args.as_of)
    errors = [f for f in findings if f.problem.severity == "error"]
    for finding in findings:
        print(finding)
    print(f"{len(errors)} errors, {len(findings) - len(errors)} warnings")
    return PROBLEMS if errors else OK


def cmd_app(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="mouplanner", description="Plan and follow government MOUs. Subcommands: "
        + ", ".join(COMMANDS) + " (mouplanner COMMAND --help).")
    parser.add_argument("workspace", nargs="?", help="workspace file to open (default: the last one, "
                                                     "or the demo workspace on first start)")
    parser.add_argument("--version", action="version", version=f"mouplanner {__version__}")
    args = parser.parse_args(argv)
    from mouplanner.ui.app import run  # Qt is imported only when the app really starts

    return run(args.workspace)


def _subparsers() -> dict[str, tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]]:
    def make(name: str, help_text: str) -> argparse.ArgumentParser:
        return argparse.ArgumentParser(prog=f"mouplanner {name}", description=help_text)

    demo = make("demo", "Write the demo workspace (Thai–Lao ICT MOU and the Lao e-government MOU).")
    demo.add_argument("out", help="new workspace file, e.g. demo.mouplan")
    summ = make("summary", "Agreements, areas, workstreams, milestones, activities, participants, budgets.")
    summ.add_argument("workspace")
    summ.add_argument("--json", action="store_true", help="print JSON instead of text")
    dump = make("dump", "Canonical JSON of every live record, to compare workspaces with diff.")
    dump.add_argument("workspace")
    check = make("check", "Check every record against the rules; exit 1 when there are errors.")
    check.add_argument("workspace")
    for p in (demo, summ, check):
        p.add_argument("--as-of", type=_as_of, default=None, metavar="YYYY-MM-DD",
                       help="the day to count overdue and upcoming items from (default: today)")
    return {"demo": (demo, cmd_demo), "summary": (summ, cmd_summary), "dump": (dump, cmd_dump),
            "check": (check, cmd_check)}


COMMANDS = ("demo", "summary", "dump", "check")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            parser, handler = _subparsers()[argv[0]]
            return handler(parser.parse_args(argv[1:]))
        return cmd_app(argv)
    except (WorkspaceError, UsageError) as exc:
        print(f"mouplanner: {exc}", file=sys.stderr)
        return UNUSABLE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return OK


if __name__ == "__main__":
    raise SystemExit(main())
