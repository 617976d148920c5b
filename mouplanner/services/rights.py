"""Who may read and edit a workspace on a server: listed, granted and revoked by its admins (the
``server`` commands and the Rights dialog). PostgreSQL enforces them (storage/postgres/rights.py);
a workspace in a file has one user and no rights to keep."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from mouplanner.domain import Agreement
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.storage import Workspace, WorkspaceError
from mouplanner.storage.postgres import PostgresBackend
from mouplanner.storage.postgres import rights as server

LEVELS = server.LEVELS


@dataclass(frozen=True)
class Member:
    name: str  # the login role
    level: str  # reader, editor, admin
    agreements: tuple[str, ...]  # an editor's agreements by code; () for all (and for readers, admins)


def _server(ws: Workspace) -> None:
    if not isinstance(ws.backend, PostgresBackend):
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is a file: rights are kept by a workspace on a server"), name=ws.name)


def _codes(ws: Workspace) -> dict[str, str]:
    with ws.read() as s:
        return {aid: code for aid, code in s.execute(select(Agreement.id, Agreement.code))}


def members(ws: Workspace) -> list[Member]:
    _server(ws)
    codes = _codes(ws)
    with ws.connection() as conn:
        found = server.rights(conn)
    return [Member(r.member, r.level, () if server.ALL in r.agreements else
                   tuple(sorted(codes.get(a, a) for a in r.agreements))) for r in found]


def my_level(ws: Workspace) -> str:
    """The level of whoever has the workspace open: "admin" for a file (its one user)."""
    if not isinstance(ws.backend, PostgresBackend):
        return "admin"
    with ws.connection() as conn:
        mine = [r.level for r in server.rights(conn) if r.member == ws.actor]
    return mine[0] if mine else "admin"  # (none: the server's superuser or the database's owner)


def _agreement_ids(ws: Workspace, codes: list[str]) -> list[str]:
    by_code = {code: aid for aid, code in _codes(ws).items()}
    unknown = [c for c in codes if c not in by_code]
    if unknown:
        raise WorkspaceError(QT_TRANSLATE_NOOP("Errors", "{name} has no agreement {code}; its agreements are {known}"),
                             name=ws.name, code=", ".join(unknown), known=", ".join(sorted(by_code)) or "none")
    return [by_code[c] for c in codes]


def grant(ws: Workspace, member: str, level: str, agreements: list[str]) -> None:
    """Give a login role ``level`` (an editor of ``agreements``, by code; none: all)."""
    _server(ws)
    if level not in LEVELS:
        raise ValueError(f"level {level!r}: choose reader, editor or admin")
    ids = _agreement_ids(ws, agreements)
    with ws.plainly(), ws.engine.begin() as conn:
        _login_known(conn, member)
        server.grant(conn, member, level, ids)


def _login_known(conn: Any, member: str) -> None:
    if not server.login_exists(conn, member):
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "Errors", "the server has no login {member}; its administrator makes one first (createuser "
                      "--pwprompt {member})"), member=member)


def revoke(ws: Workspace, member: str, level: str | None, agreements: list[str]) -> None:
    """Take rights from a login role: of some agreements, a level and those above it, or all."""
    _server(ws)
    ids = _agreement_ids(ws, agreements)
    with ws.plainly(), ws.engine.begin() as conn:
        server.revoke(conn, member, level, ids)


def logins(ws: Workspace) -> list[str]:
    """The server's login roles (those an admin may give rights), but its own (pg_...)."""
    _server(ws)
    with ws.connection() as conn:
        return server.logins(conn)


def set_rights(ws: Workspace, member: str, level: str | None, agreements: list[str]) -> None:
    """Make ``member``'s rights exactly these, in one transaction: ``level`` (None: none at all), an
    editor of ``agreements`` by code (none: all). An admin cannot take their own admin right (they
    would lock themselves out; another admin can)."""
    _server(ws)
    if level is not None and level not in LEVELS:
        raise ValueError(f"level {level!r}: choose reader, editor or admin")
    if member == ws.actor and level != "admin" and my_level(ws) == "admin":
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "Errors", "{member} cannot take their own admin right; another admin can"), member=member)
    ids = _agreement_ids(ws, agreements) if level == "editor" else []
    with ws.plainly(), ws.engine.begin() as conn:
        _login_known(conn, member)
        server.revoke(conn, member, None, [])
        if level is not None:
            server.grant(conn, member, level, ids)


__all__ = ["LEVELS", "Member", "grant", "logins", "members", "my_level", "revoke", "set_rights"]
