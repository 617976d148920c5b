"""``mouplanner exchange ...``: copies for other laptops, exchange files, and a laptop's copy of a
server workspace synced with it over the connection."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mouplanner.cli.errors import UsageError

if TYPE_CHECKING:
    from mouplanner.exchange.sync import ReceiveReport

OK, PROBLEMS = 0, 1


def cmd_exchange(args: argparse.Namespace) -> int:
    from mouplanner.exchange import direct, sync
    from mouplanner.exchange.errors import ExchangeError
    from mouplanner.storage import Workspace
    from mouplanner.storage.postgres import is_url

    if args.agreement and args.action != "clone":
        raise UsageError("--agreement goes with clone: a copy of one agreement keeps to it by itself afterwards")
    if args.action == "sync" and not is_url(args.file):
        raise UsageError(f"{args.file!r} is not a server's address (postgresql://USER@HOST/DATABASE): a laptop "
                         f"syncs with the server it was copied from; between laptops, send and receive files")
    with Workspace.open(args.workspace, read_only=False) as ws:
        try:
            if args.action == "clone":
                sync.clone(ws, Path(args.file), args.name or "", args.agreement)
                print(f"Copy for {args.name} written to {args.file}"
                      + (f" (agreement {args.agreement} only)" if args.agreement else ""))
            elif args.action == "send":
                report = sync.send(ws, Path(args.file), args.to)
                print(f"{report.changes} changes written to {args.file}"
                      + (f" for {report.peer}" if report.peer else ""))
            elif args.action == "receive":
                got = sync.receive(ws, Path(args.file))
                print(f"From {got.sender}: {_taken(got)}")
                return _problems(got)
            else:
                with Workspace.open(args.file, read_only=False) as server:
                    done = direct.sync(ws, server)
                print(f"To {done.server}: {_taken(done.sent, 'there')}")
                print(f"From {done.server}: {_taken(done.received)}")
                return max(_problems(done.sent), _problems(done.received))
        except ExchangeError as exc:
            raise UsageError(str(exc)) from None
    return OK


def _taken(got: ReceiveReport, where: str = "here") -> str:
    return (f"{got.received} new changes ({got.already_had} already {where}); {got.created} records created, "
            f"{got.updated} updated, {got.deleted} deleted, {got.restored} restored"
            + (f"; {len(got.refused)} refused" if got.refused else ""))


def _problems(got: ReceiveReport) -> int:
    for c in got.conflicts:
        sides = " | ".join(f"{side.value!r} ({side.actor}, {side.replica}, {side.at:%Y-%m-%d %H:%M})"
                           for side in c.sides)
        print(f"conflict: {c.entity} {c.record_id} {c.field or '(deleted or kept)'}: {sides}")
    for r in got.refused:
        print(f"refused: {r.entity} {r.record_id} {r.field}: {r.problem.message}")
    return PROBLEMS if got.conflicts or got.refused else OK


def exchange_parser() -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]:
    parser = argparse.ArgumentParser(prog="mouplanner exchange", description=(
        "Exchange changes between laptops without a server, or between a server and a laptop's copy of it."))
    parser.add_argument("action", choices=("clone", "send", "receive", "sync"),
                        help="clone: a copy for another laptop (from a file or a server); send: a file of changes; "
                             "receive: merge one; sync: a laptop's copy and its server, both ways")
    parser.add_argument("workspace", help="the workspace (a file; a server's URL to clone it); sync: the laptop's copy")
    parser.add_argument("file", help="the .mouplan copy (clone), the .mousync file (send, receive) or the server's "
                                     "URL (sync)")
    parser.add_argument("--name", help="clone: the other laptop's name, e.g. \"MPTC laptop\"")
    parser.add_argument("--agreement", metavar="CODE",
                        help="clone: a copy of this agreement only (with every organisation and person); what it is "
                             "sent and what it syncs is that agreement's part")
    parser.add_argument("--to", help="send: only what this laptop (name or id) has not acknowledged")
    return parser, cmd_exchange
