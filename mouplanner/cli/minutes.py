"""``mouplanner minutes WORKSPACE MEETING OUT``: a meeting's minutes as Word (.docx) or PDF, in one
language or two side by side."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from mouplanner.cli.errors import UsageError, output_file

OK = 0
LAYOUTS = ("en", "th", "lo", "en+th", "en+lo")


def cmd_minutes(args: argparse.Namespace) -> int:
    from mouplanner.cli.main import _open_to_read
    from mouplanner.facade import Facade
    from mouplanner.services.meeting_outline import find_meetings

    out = output_file(args.out, (".docx", ".pdf"), "the minutes are written as .docx (Word) or .pdf")
    with _open_to_read(args.workspace) as ws:
        found = find_meetings(ws, args.meeting, args.agreement)
        if not found:
            raise UsageError(f"no meeting {args.meeting!r}" + (f" of agreement {args.agreement}" if args.agreement
                                                               else "") + " (give its number, title or id)")
        if len(found) > 1:
            raise UsageError(f"{len(found)} meetings are {args.meeting!r} (of "
                             + ", ".join(sorted({code for _, _, code in found}))
                             + "): say which agreement with --agreement CODE, or give the meeting's id")
        meeting_id = found[0][0]
        facade = Facade(ws)
        if out.suffix.lower() == ".docx":
            facade.meetings.write_docx(meeting_id, out, args.lang)
        else:  # printed by Qt (text shaping), offscreen without a display
            if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                    or os.environ.get("QT_QPA_PLATFORM")):
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
            from mouplanner.locale.formats import Formats
            from mouplanner.ui.app import make_app
            from mouplanner.ui.minutes_pdf import write_minutes_pdf

            make_app()
            write_minutes_pdf(facade.meetings.minutes(meeting_id, args.lang), out, Formats(args.lang[:2]))
    print(f"Minutes of {found[0][1] or args.meeting} written to {out}")
    return OK


def minutes_parser() -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]:
    parser = argparse.ArgumentParser(prog="mouplanner minutes",
                                     description="Write a meeting's minutes as Word (.docx) or PDF.")
    parser.add_argument("workspace")
    parser.add_argument("meeting", help="the meeting's number (\"8th JWG\"), title or id")
    parser.add_argument("out", help="the .docx or .pdf file to write")
    parser.add_argument("--lang", choices=LAYOUTS, default="en",
                        help="one language, or English with Thai or Lao side by side (default en)")
    parser.add_argument("--agreement", help="the agreement's code, where meetings of several share the number")
    return parser, cmd_minutes
