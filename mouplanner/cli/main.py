"""The ``mouplanner`` command.

``mouplanner [WORKSPACE]`` opens the desktop app; the subcommands work headless. Exit codes:
0 success, 1 problems found, 2 unusable input (one clear line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mouplanner import __version__
from mouplanner.cli.desktop import desktop_parser
from mouplanner.cli.errors import UsageError, output_file, unexpected
from mouplanner.cli.exchange import exchange_parser
from mouplanner.cli.minutes import minutes_parser
from mouplanner.cli.server import server_parser
from mouplanner.cli.standards import calendar_parser, iati_parser, mspdi_import_parser, mspdi_parser
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage import Workspace, WorkspaceError

if TYPE_CHECKING:
    from mouplanner.services.scope import Scope

OK, PROBLEMS, UNUSABLE = 0, 1, 2


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (expected YYYY-MM-DD)") from None


def _open(path: str) -> Workspace:
    return Workspace.open(path, read_only=False)  # a path, or a postgresql:// URL


def scope_named(ws: Workspace, text: str | None) -> tuple[Scope, str]:
    """The scope a --scope names (an agreement code, or an agreement's, area's or workstream's id)
    and its label; one line when nothing matches."""
    from mouplanner.services.scope import resolve_scope

    try:
        return resolve_scope(ws, text)
    except LookupError:
        raise UsageError(f"no agreement code or record id {text!r} in this workspace") from None


def _open_to_read(path: str) -> Workspace:
    """For commands that only read (summary, dump, export, report): while the app has the workspace
    open for editing they read it as the app's read-only mode does, instead of being refused."""
    from mouplanner.storage import WorkspaceLocked

    try:
        return _open(path)
    except WorkspaceLocked:
        return Workspace.open(path, read_only=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from mouplanner.demo import build_demo
    from mouplanner.storage.postgres import is_url

    out: Path | str = args.out if is_url(args.out) else Path(args.out)  # a file, or an empty database on a server
    if isinstance(out, Path) and out.exists():
        raise UsageError(f"{out} already exists; give a new file name")
    ws = build_demo(out, today=args.as_of)
    ws.close()
    print(f"Demo workspace written to {out}")
    return OK


def cmd_summary(args: argparse.Namespace) -> int:
    from mouplanner.services.summary import format_summary, summary

    with _open_to_read(args.workspace) as ws:
        data = summary(ws, today=args.as_of)
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else format_summary(data))
    return OK


def cmd_dump(args: argparse.Namespace) -> int:
    from mouplanner.services.summary import dump

    with _open_to_read(args.workspace) as ws:
        data = dump(ws)
    print(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
    return OK


def cmd_check(args: argparse.Namespace) -> int:
    """SQLite integrity and foreign keys, then the domain rules, dangling links and the journal."""
    from mouplanner.services.check import check_records, dangling_links, journal_gaps
    from mouplanner.services.documents import damaged

    findings, links, gaps = [], [], []
    with Workspace.open(args.workspace, read_only=True) as ws:
        structure = ws.backend.integrity_problems(full=True)
        try:
            findings = check_records(ws, today=args.as_of)
            links, gaps = dangling_links(ws), journal_gaps(ws) + damaged(ws)
        except WorkspaceError as exc:  # a value no read can use (text that is not UTF-8): damage too
            structure.append(str(exc.params.get("reason", exc)))
    errors = [f for f in findings if f.problem.severity == "error"]
    for line in structure:
        print(f"error: file: {line}")
    for finding in findings:
        print(finding)
    for line in links + gaps:
        print(f"error: {line}")
    total = len(errors) + len(structure) + len(links) + len(gaps)
    print(f"{total} errors, {len(findings) - len(errors)} warnings")
    return PROBLEMS if total else OK


def cmd_backup(args: argparse.Namespace) -> int:
    from mouplanner.storage.postgres import PostgresBackend

    with Workspace.open(args.workspace, read_only=True) as ws:  # refuses what is not a workspace
        backend = ws.backend
    if args.list:
        for b in backend.backups():
            print(f"{b.created:%Y-%m-%d %H:%M:%S}  {b.reason:18} {b.path}")
        return OK
    if not args.out:
        written = backend.backup("manual")
    elif isinstance(backend, PostgresBackend):
        written = backend.backup("manual", Path(args.out))
    else:
        raise UsageError("--out is for a workspace on a server; a file's backups are kept next to it")
    print(f"Backup written to {written}")
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    from mouplanner.storage.backend import backend_for

    backend = backend_for(args.workspace)
    lock = backend.writer_lock()
    lock.acquire()  # nobody may have it open while it is replaced
    try:
        safety = backend.restore(Path(args.backup) if args.backup else None)
    finally:
        lock.release()
    print(f"Restored {backend.name}" + (f"; the replaced file was kept as {safety}" if safety else ""))
    return OK


def _lang(text: str) -> str:
    if text not in ("en", "th", "lo"):
        raise argparse.ArgumentTypeError("choose en, th or lo")
    return text


def _date(text: str) -> date:
    from mouplanner.locale.dates import DateParseError, parse_date

    try:
        parsed = parse_date(text)
    except DateParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if parsed is None:
        raise argparse.ArgumentTypeError("a date is needed")
    return parsed


def cmd_export(args: argparse.Namespace) -> int:
    from mouplanner.excel.errors import WorkbookError
    from mouplanner.locale.formats import Formats

    formats = Formats(args.lang)
    out = output_file(args.out)
    with _open_to_read(args.workspace) as ws:
        if args.data:
            from mouplanner.excel.data_export import export_data

            export_data(ws, out, formats)
        else:
            from mouplanner.excel import report, report_data

            scope, label = scope_named(ws, args.scope)
            data = report_data.load(ws, scope, args.date_from, args.date_to, args.as_of)
            try:
                report.write_report(data, out, formats, label)
            except WorkbookError as exc:
                raise UsageError(str(exc)) from None
    print(f"{'Data workbook' if args.data else 'Report'} written to {out}")
    return OK


def cmd_template(args: argparse.Namespace) -> int:
    from mouplanner.excel.data_export import write_template
    from mouplanner.locale.formats import Formats

    write_template(Path(args.out), Formats(args.lang))
    print(f"Template written to {args.out}")
    return OK


def cmd_import(args: argparse.Namespace) -> int:
    from mouplanner.excel import importer
    from mouplanner.excel.errors import WorkbookError

    with _open(args.workspace) as ws:
        try:
            plan = importer.check(ws, Path(args.file), lang="en", today=args.as_of)
        except WorkbookError as exc:
            raise UsageError(str(exc)) from None
        counts = plan.counts()
        print(f"{Path(args.file).name}: {counts['create']} to create, {counts['update']} to update, "
              f"{counts['delete']} to delete, {counts['unchanged']} unchanged")
        for problem in plan.problems:
            print(problem)
        for c in plan.conflicts:
            print(f"conflict: {c.sheet}, row {c.row}, column {c.column}: workspace has {c.workspace_value!r} "
                  f"(changed by {c.changed_by or '?'} {c.changed_at}), workbook has {c.workbook_value!r}")
        if args.conflicts:
            plan.choose_all(args.conflicts)
        if not plan.can_apply:
            if args.apply and (found := ws.backend.damage()):  # what a damaged workspace made of the plan: said so
                raise WorkspaceError(QT_TRANSLATE_NOOP(
                    "Errors", "{name} is damaged ({reason}); nothing was changed. Restore its latest backup (File > "
                              "Restore from backup, or mouplanner restore)"), name=ws.name, reason=found)
            why = "problems" if plan.errors else "conflicts (choose with --conflicts workspace|workbook)"
            print(f"Not applied: {len(plan.errors)} errors, {len(plan.conflicts)} conflicts; fix the {why}")
            return PROBLEMS
        if not args.apply:
            print("Dry run: nothing was changed (use --apply to import)")
            return OK
        try:
            importer.apply(ws, plan)
        except WorkbookError as exc:
            print(f"mouplanner: {exc}", file=sys.stderr)
            return PROBLEMS
        print("Imported.")
    return OK


def cmd_report(args: argparse.Namespace) -> int:
    """The PDF report needs Qt (text shaping and painting); it runs offscreen without a display."""
    import os

    from mouplanner.locale.formats import Formats

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from mouplanner.facade import Facade
    from mouplanner.ui.app import make_app
    from mouplanner.ui.pdf_report import write_pdf

    make_app()
    out = output_file(args.out)
    with _open_to_read(args.workspace) as ws:
        scope, label = scope_named(ws, args.scope)
        write_pdf(Facade(ws), out, Formats(args.lang), scope, label, args.date_from, args.date_to, args.as_of)
    print(f"Report written to {out}")
    return OK


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
    demo.add_argument("out", help="new workspace file, e.g. demo.mouplan (or an empty database's postgresql:// URL)")
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
    export = make("export", "Export a ministry report (default) or a data workbook for a round trip.")
    export.add_argument("workspace")
    export.add_argument("out", help="the .xlsx file to write")
    kind = export.add_mutually_exclusive_group()
    kind.add_argument("--report", action="store_true", help="the ministry report (default)")
    kind.add_argument("--data", action="store_true", help="the records as editable sheets, to import back")
    export.add_argument("--lang", type=_lang, default="en", help="en, th or lo (default en)")
    export.add_argument("--from", dest="date_from", type=_date, help="reporting period start (7/2/2561, 2018-02-07...)")
    export.add_argument("--to", dest="date_to", type=_date, help="reporting period end")
    export.add_argument("--scope", help="an agreement code, or the id of an agreement, area or workstream")
    template = make("template", "Write a blank workbook for entering records by hand.")
    template.add_argument("out")
    template.add_argument("--lang", type=_lang, default="en")
    imp = make("import", "Check a workbook against the workspace (dry run); --apply imports it.")
    imp.add_argument("workspace")
    imp.add_argument("file")
    imp.add_argument("--apply", action="store_true", help="import when the check finds no problems")
    imp.add_argument("--conflicts", choices=("workspace", "workbook"),
                     help="resolve every conflict by keeping the workspace's or taking the workbook's value")
    pdf = make("report", "Write the ministry report as a PDF (with charts).")
    pdf.add_argument("workspace")
    pdf.add_argument("out", help="the .pdf file to write")
    pdf.add_argument("--lang", type=_lang, default="en")
    pdf.add_argument("--from", dest="date_from", type=_date)
    pdf.add_argument("--to", dest="date_to", type=_date)
    pdf.add_argument("--scope")
    backup = make("backup", "Write a backup of the workspace next to it (WORKSPACE.backups/), or of a workspace on a "
                            "server with pg_dump; --list shows them.")
    backup.add_argument("workspace")
    backup.add_argument("--list", action="store_true")
    backup.add_argument("--out", help="a server workspace's backup file (default: in your data folder)")
    restore = make("restore", "Put a backup (the newest, or the one given) in place of the workspace; a server's "
                              "backup goes into a new, empty database.")
    restore.add_argument("workspace")
    restore.add_argument("backup", nargs="?")
    for p in (export, imp, pdf):
        p.add_argument("--as-of", type=_as_of, default=None, metavar="YYYY-MM-DD", help="the day of the report")
    return {"demo": (demo, cmd_demo), "summary": (summ, cmd_summary), "dump": (dump, cmd_dump),
            "check": (check, cmd_check), "export": (export, cmd_export), "template": (template, cmd_template),
            "import": (imp, cmd_import), "exchange": exchange_parser(), "report": (pdf, cmd_report),
            "backup": (backup, cmd_backup), "restore": (restore, cmd_restore), "server": server_parser(),
            "minutes": minutes_parser(), "calendar": calendar_parser(), "iati": iati_parser(),
            "mspdi": mspdi_parser(), "mspdi-import": mspdi_import_parser(), "desktop": desktop_parser()}


COMMANDS = ("demo", "summary", "dump", "check", "export", "template", "import", "exchange", "report", "minutes",
            "calendar", "iati", "mspdi", "mspdi-import", "backup", "restore", "server", "desktop")


def utf8_output() -> None:
    """Thai and Lao on stdout and stderr whatever the system's code page: Windows writes to a pipe or
    a file (``mouplanner summary x > list.txt``) in its ANSI code page, which has no Lao, and 1252
    no Thai either, so printing a name failed. A console keeps its own (Windows: UTF-16)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    utf8_output()
    args: argparse.Namespace | None = None
    try:
        if argv and argv[0] in COMMANDS:
            parser, handler = _subparsers()[argv[0]]
            args = parser.parse_args(argv[1:])
            return handler(args)
        return cmd_app(argv)
    except (WorkspaceError, UsageError) as exc:
        print(f"mouplanner: {exc}", file=sys.stderr)
        return UNUSABLE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return OK
    except Exception as exc:  # never a traceback: one line, and the details in a log file
        return unexpected(exc, args)


if __name__ == "__main__":
    raise SystemExit(main())
