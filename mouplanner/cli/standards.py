"""``mouplanner calendar WORKSPACE OUT.ics``: the formats other tools read, from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from mouplanner.cli.errors import UsageError, output_file, writing

OK, PROBLEMS = 0, 1


def export_parser(prog: str, description: str, out_help: str) -> argparse.ArgumentParser:
    """A command that writes a file of a workspace's records, of all of it or of one scope."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("workspace")
    parser.add_argument("out", help=out_help)
    parser.add_argument("--scope", help="an agreement code, or the id of an agreement, area or workstream")
    return parser


def cmd_calendar(args: argparse.Namespace) -> int:
    from mouplanner.cli.main import _open_to_read, scope_named
    from mouplanner.facade import Facade

    out = output_file(args.out, (".ics",), "a calendar file is written as .ics")
    with _open_to_read(args.workspace) as ws:
        scope, label = scope_named(ws, args.scope)
        with writing(out):
            count = Facade(ws).exports.calendar(out, scope, args.lang, args.as_of or date.today(), label)
    print(f"{count} events written to {out}")
    return OK


def calendar_parser() -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]:
    from mouplanner.cli.main import _as_of

    parser = export_parser(
        "mouplanner calendar",
        "Write the activities, milestones, meetings, action items' due dates and agreements' notice and expiry "
        "dates as an iCalendar file (.ics) for Outlook, Thunderbird or Google Calendar. Importing it again "
        "updates the same events.", "the .ics file to write")
    parser.add_argument("--lang", choices=("en", "th", "lo"), default="en", help="the events' titles (default en)")
    parser.add_argument("--as-of", type=_as_of, default=None, metavar="YYYY-MM-DD",
                        help="the day agreements' terms are read on (default today)")
    return parser, cmd_calendar


def cmd_iati(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from sqlalchemy import select

    from mouplanner.cli.main import _open, _open_to_read, scope_named
    from mouplanner.domain import Organisation
    from mouplanner.facade import Facade
    from mouplanner.services.iati_settings import IatiSettingsError
    from mouplanner.standards.iati import IatiExportError, documents_left_out

    out = output_file(args.out, (".xml",), "an IATI activity file is written as .xml")
    writes = any(v is not None for v in (args.org, args.org_ref, args.org_type, args.sector, args.aid_type,
                                          args.documents_url))
    with (_open(args.workspace) if writes else _open_to_read(args.workspace)) as ws:  # settings given: kept
        scope, _label = scope_named(ws, args.scope)
        facade = Facade(ws)
        settings = facade.exports.iati_settings()
        changes: dict[str, object] = {k: v for k, v in (
            ("org_ref", args.org_ref), ("org_type", args.org_type), ("aid_type", args.aid_type),
            ("documents_url", args.documents_url)) if v is not None}
        if args.sector is not None:
            changes["sectors"] = [c.strip() for c in args.sector.split(",") if c.strip()]
        if args.org is not None:
            with ws.read() as s:
                found = [o.id for o in s.scalars(select(Organisation).where(Organisation.deleted_at.is_(None)))
                         if args.org in (o.id, o.short_name, o.name_en)]
            if len(found) != 1:
                raise UsageError(f"{'no' if not found else 'more than one'} organisation {args.org!r} "
                                 "(give its short name or id)")
            changes["organisation_id"] = found[0]
        try:
            if changes:
                facade.exports.save_iati_settings(replace(settings, **changes))  # type: ignore[arg-type]
            with writing(out):
                data = facade.exports.iati(out, scope, args.as_of or date.today())
        except (IatiSettingsError, IatiExportError) as exc:
            raise UsageError(str(exc)) from None
        left = list(documents_left_out(data, facade.exports.iati_settings()))
    print(f"{len(data.activities)} IATI activities written to {out}"
          + (f"; {len(left)} attached document{'' if len(left) == 1 else 's'} not linked (give --documents-url, "
             "where they are published)" if left else ""))
    return OK


def iati_parser() -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]:
    from mouplanner.cli.main import _as_of

    parser = export_parser(
        "mouplanner iati",
        "Write the agreements (and their workstreams) as an IATI 2.03 activity file. The reporting organisation, "
        "sectors and aid type are kept with the workspace once given.", "the .xml file to write")
    parser.add_argument("--org", help="the reporting organisation: its short name or id in the workspace")
    parser.add_argument("--org-ref", help="its IATI organisation identifier (TH-GOV-12345)")
    parser.add_argument("--org-type", help="its IATI organisation type code (10: government)")
    parser.add_argument("--sector", help="DAC 5-digit sector codes, comma-separated (22040: ICT)")
    parser.add_argument("--aid-type", help="IATI aid type code (D02: other technical assistance)")
    parser.add_argument("--documents-url", help="the web address where the attached documents are published")
    parser.add_argument("--as-of", type=_as_of, default=None, metavar="YYYY-MM-DD",
                        help="the day agreements' status is read on (default today)")
    return parser, cmd_iati


def cmd_mspdi(args: argparse.Namespace) -> int:
    from mouplanner.cli.main import _open_to_read, scope_named
    from mouplanner.facade import Facade

    out = output_file(args.out, (".xml",), "an MS Project XML file is written as .xml")
    if args.country and len(args.country) != 2:
        raise UsageError(f"--country {args.country!r}: give a country's two-letter code (TH, LA)")
    with _open_to_read(args.workspace) as ws:
        scope, _label = scope_named(ws, args.scope)
        with writing(out):
            plan = Facade(ws).exports.mspdi(out, scope, args.lang, (args.country or "").upper())
    print(f"{len(plan.flat())} tasks written to {out} (working calendar: {plan.country or 'no public holidays'})")
    return OK


def mspdi_parser() -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]:
    parser = export_parser(
        "mouplanner mspdi",
        "Write the plan (agreements, areas and workstreams as summary tasks; milestones and activities as tasks) "
        "as an MS Project XML file for MS Project, ProjectLibre or GanttProject.", "the .xml file to write")
    parser.add_argument("--lang", choices=("en", "th", "lo"), default="en", help="the tasks' names (default en)")
    parser.add_argument("--country", help="whose public holidays the working calendar leaves out (default: the "
                                          "first party's country)")
    return parser, cmd_mspdi


def cmd_mspdi_import(args: argparse.Namespace) -> int:
    from mouplanner.cli.main import _open, _open_to_read
    from mouplanner.standards import mspdi_import

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"{path} does not exist")
    with (_open(args.workspace) if args.apply else _open_to_read(args.workspace)) as ws:
        plan = mspdi_import.check(ws, path, args.lang)
        if args.conflicts:
            plan.settle("file" if args.conflicts == "file" else "workspace")
        for change in plan.changes:
            mark = "CONFLICT " if change.conflict and not change.choice else ""
            print(f"{mark}{change.kind} \u201c{change.name}\u201d {change.field}: {change.workspace} -> {change.file}")
        for new in plan.new:
            print(f"new {new.kind} \u201c{next(v for k, v in new.values.items() if k.startswith('title_'))}\u201d")
        for mine, theirs, link_type, lag in plan.links:
            print(f"new dependency: {mine} after {theirs} ({link_type}" + (f", {lag:+d} days)" if lag else ")"))
        for line in plan.not_mapped:
            print(f"not mapped: {line}")
        said = (f"{len(plan.changes)} changes ({len(plan.conflicts)} conflicts), {len(plan.new)} new records, "
                f"{len(plan.links)} new dependencies, {len(plan.not_mapped)} not mapped")
        if not plan.can_apply:
            print(f"{said}; settle the conflicts with --conflicts file|workspace")
            return PROBLEMS
        if args.apply:
            mspdi_import.apply(ws, plan)
            print(f"{said}: imported")
        else:
            print(f"{said}: nothing changed yet (--apply imports it)")
    return OK


def mspdi_import_parser() -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]:
    parser = argparse.ArgumentParser(
        prog="mouplanner mspdi-import",
        description="Check an MS Project XML file against the workspace (nothing changes), or import it with --apply: "
                    "tasks exported by mouplanner update their records, new tasks under a workstream become "
                    "activities or milestones; what cannot be mapped is listed.")
    parser.add_argument("workspace")
    parser.add_argument("file", help="the MS Project .xml file")
    parser.add_argument("--lang", choices=("en", "th", "lo"), default="en", help="the language of the tasks' names")
    parser.add_argument("--apply", action="store_true", help="import it (one undo step, after a backup)")
    parser.add_argument("--conflicts", choices=("file", "workspace"),
                        help="settle every conflict with the file's value or the workspace's")
    return parser, cmd_mspdi_import
