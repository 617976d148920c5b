"""Documents' contents between replicas: sent only where the other side lacks them, after the
edits (a large file never holds up an exchange of edits), within a budget per exchange file (what
is left goes with the next one), and checked against their hash when they arrive.

An exchange file carries the contents of the documents attached in the changes it carries, and
those its receiver said it still lacks (``wants_files`` in the header of the last file received
from it). A sync between a laptop and its server copies, both ways, what one lacks and the other
has, one content per transaction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from mouplanner.domain import ExchangePeer, FileContent
from mouplanner.services.documents import keep_content, missing
from mouplanner.storage import Workspace

BUDGET_BYTES = 100 * 1024 * 1024  # of contents per exchange file (two files at the limit of one each)
TABLES = ("file_content",)


def attached_in(changes: Iterable[dict[str, Any]]) -> list[str]:
    """The contents the documents attached in ``changes`` need (their hashes, in order): of each
    attachment created (its snapshot) or given another content."""
    found: list[Any] = []
    for c in changes:
        if c["entity"] != "attachment" or not c["new_value"]:
            continue
        value = json.loads(c["new_value"])
        if c["field"] is None and isinstance(value, dict):
            found.append(value.get("content_hash"))
        elif c["field"] == "content_hash":
            found.append(value)
    return list(dict.fromkeys(h for h in found if isinstance(h, str) and h))


def wanted(ws: Workspace) -> list[str]:
    with ws.read() as s:
        return missing(s)


def asked_by(ws: Workspace, peer_id: str | None) -> list[str]:
    """What the peer said, in its last file, it still lacks."""
    if peer_id is None:
        return []
    with ws.read() as s:
        peer = s.get(ExchangePeer, peer_id)
        return json.loads(peer.wants_files or "[]") if peer is not None else []


def pick(ws: Workspace, hashes: list[str], budget: int | None = None) -> tuple[dict[str, bytes], int]:
    """The contents of ``hashes`` this workspace has, first ones first, within ``budget`` bytes (at
    least one; BUDGET_BYTES by default); and how many were left for a later exchange."""
    budget = BUDGET_BYTES if budget is None else budget
    chosen: dict[str, bytes] = {}
    left, used = 0, 0
    with ws.read() as s:
        for content_hash in dict.fromkeys(hashes):
            size = s.scalar(select(FileContent.size).where(FileContent.content_hash == content_hash))
            if size is None:
                continue
            if chosen and used + size > budget:
                left += 1
                continue
            kept = s.get(FileContent, content_hash)
            if kept is not None:
                chosen[content_hash], used = kept.data, used + size
    return chosen, left


def store(ws: Workspace, contents: dict[str, bytes]) -> int:
    """Keep the contents that arrived (each checked against its hash; a file's checksum was checked
    already); the number kept that were not here."""
    kept = 0
    for content_hash, data in contents.items():
        if hashlib.sha256(data).hexdigest() != content_hash:
            continue  # (cannot happen past the file's checksum; never kept under a wrong name)
        with ws.unjournalled(TABLES) as s:
            if s.get(FileContent, content_hash) is None:
                keep_content(s, data, content_hash)
                kept += 1
    return kept


def copy_missing(source: Workspace, target: Workspace) -> int:
    """What ``target``'s documents lack and ``source`` has, one content at a time."""
    copied = 0
    for content_hash in wanted(target):
        contents, _ = pick(source, [content_hash])
        copied += store(target, contents)
    return copied
