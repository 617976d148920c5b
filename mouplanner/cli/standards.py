"""``mouplanner calendar WORKSPACE OUT.ics``: the formats other tools read, from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from mouplanner.cli.errors import UsageError

OK = 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from mouplanner.cli.main import _open_to_read, scope_named
    from mouplanner.facade import Facade

    out = Path(args.out)
    if out.suffix.lower() != ".ics":
        raise UsageError(f"{out.name}: a calendar file is written as .ics; name the file so")
    if not out.parent.is_dir():
        raise UsageError(f"folder {out.parent} does not exist")
    with _open_to_read(args.workspace) as ws:
        scope, label = scope_named(ws, args.scope)
        facade = Facade(ws)
        try:
            count = facade.exports.calendar(out, scope, args.lang, args.as_of or date.today(), label)
        except OSError as exc:
            raise UsageError(f"{out} could not be written: {exc.strerror or exc}") from None
    print(f"{count} events written to {out}")
    return OK


def calendar_parser() -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]:
    from mouplanner.cli.main import _as_of

    parser = argparse.ArgumentParser(
        prog="mouplanner calendar",
        description="Write the activities, milestones, meetings, action items' due dates and agreements' notice "
                    "and expiry dates as an iCalendar file (.ics) for Outlook, Thunderbird or Google Calendar. "
                    "Importing it again updates the same events.")
    parser.add_argument("workspace")
    parser.add_argument("out", help="the .ics file to write")
    parser.add_argument("--scope", help="an agreement code, or the id of an agreement, area or workstream")
    parser.add_argument("--lang", choices=("en", "th", "lo"), default="en", help="the events' titles (default en)")
    parser.add_argument("--as-of", type=_as_of, default=None, metavar="YYYY-MM-DD",
                        help="the day agreements' terms are read on (default today)")
    return parser, cmd_calendar
