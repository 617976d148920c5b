"""``mouplanner server ...``: what a ministry's IT officer does to a workspace on a PostgreSQL
server: make it, bring it up to date, and say who may read and edit it."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from mouplanner.cli.errors import UsageError

OK = 0


def cmd_server(args: argparse.Namespace) -> int:
    from mouplanner.services import rights
    from mouplanner.storage import Workspace
    from mouplanner.storage.postgres import is_url

    if not is_url(args.workspace):
        raise UsageError(f"{args.workspace!r} is not a server's address (postgresql://USER@HOST/DATABASE)")

    if args.action == "init":
        if args.user or args.role or args.agreement:
            raise UsageError("init takes only the server's address (and --name)")
        ws = Workspace.create(args.workspace, replica_name=args.name or None)
        ws.close()
        print(f"Workspace made in {ws.name} on the server; give people rights with mouplanner server grant")
        if not ws.backend.searches_by_letters():  # type: ignore[attr-defined]  # (a server's)
            print(f"Note: {ws.name} was made with the character type C, which knows no Thai or Lao letter: quick "
                  f"search will read every activity. For a fast one, make the database with createdb "
                  f"--locale=C.UTF-8 --template=template0 (before anything is in it)")
        return OK
    if args.action == "upgrade":
        with Workspace.open(args.workspace) as ws:  # the migrations run as it opens (only for an admin)
            ws.backend.refresh_rights()  # type: ignore[attr-defined]  # (a server's: the URL says so)
        print("The workspace is up to date")
        return OK
    with Workspace.open(args.workspace, read_only=args.action == "rights") as ws:
        if args.action == "rights":
            for m in rights.members(ws):
                scope = ", ".join(m.agreements) if m.agreements else ("all agreements" if m.level != "reader" else "")
                print(f"{m.name:24} {m.level:7} {scope}".rstrip())
            return OK
        if not args.user:
            raise UsageError(f"{args.action} needs the login (mouplanner server {args.action} URL USER ...)")
        if args.action == "grant":
            if not args.role:
                raise UsageError("grant needs --role reader, editor or admin")
            if args.agreement and args.role != "editor":
                raise UsageError("--agreement is for editors: readers read all agreements, admins edit all")
            rights.grant(ws, args.user, args.role, args.agreement)
            scope = f" of {', '.join(args.agreement)}" if args.agreement else ""
            print(f"{args.user} is now {args.role}{scope}")
        else:
            rights.revoke(ws, args.user, args.role, args.agreement)
            left = {m.name: m for m in rights.members(ws)}.get(args.user)
            scope = f" of {', '.join(left.agreements)}" if left and left.agreements else ""
            print(f"{args.user} is now " + (f"{left.level}{scope}" if left else "without rights"))
    return OK


def server_parser() -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]:
    parser = argparse.ArgumentParser(
        prog="mouplanner server", description="A workspace on a PostgreSQL server: init makes it in an empty "
        "database, upgrade brings it up to date, rights lists who may do what, grant and revoke change it.")
    parser.add_argument("action", choices=("init", "upgrade", "rights", "grant", "revoke"))
    parser.add_argument("workspace", help="postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]")
    parser.add_argument("user", nargs="?", help="grant, revoke: the coordinator's login on the server")
    parser.add_argument("--role", choices=("reader", "editor", "admin"),
                        help="reader: reads all; editor: edits (all, or the --agreement ones); admin: also grants "
                             "rights and upgrades")
    parser.add_argument("--agreement", action="append", default=[], metavar="CODE",
                        help="an editor's agreement, by code (again for more)")
    parser.add_argument("--name", help="init: the server's name in exchanges (default: its host's name)")
    return parser, cmd_server


__all__ = ["server_parser"]
