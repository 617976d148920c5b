"""The .mousync file: a magic line, a JSON header (who sent it, for which workspace family, what
the sender has, a checksum and the length of the body) and a gzip-compressed JSON body with the
changes. Everything is checked before anything is applied: a corrupt, truncated, tampered or
foreign file is refused with one message."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from mouplanner import kinds
from mouplanner.domain.enums import ChangeOp
from mouplanner.exchange.errors import ExchangeError
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.outfile import written_in_place
from mouplanner.storage import hlc

MAGIC = b"MOUSYNC\n"
FORMAT_VERSION = 2  # 2: documents' contents may follow the changes (a file without any is written as 1)
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_BODY_BYTES = 4 * 1024 * 1024 * 1024
MAX_HEADER_BYTES = 1024 * 1024
FIELDS = {"change_id": str, "txn_id": str, "hlc": str, "at": str, "actor": str, "replica_id": str, "entity": str,
          "record_id": str, "op": str, "field": (str, type(None)), "old_value": (str, type(None)),
          "new_value": (str, type(None)), "action": str, "base_hlc": str}
OPS = {op.value for op in ChangeOp}


def write(path: Path, header: dict[str, Any], changes: list[dict[str, Any]],
          before_naming: Callable[[], None] | None = None, contents: dict[str, bytes] | None = None) -> Path:
    """Write the file under a temporary name; ``before_naming`` (which may raise, and then no file
    is left) runs once it is on disk, before it gets its real name. ``contents``: documents'
    contents by hash, after the changes (as they are: scans and PDFs are compressed already)."""
    body = gzip.compress(json.dumps(changes, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    header = {**header, "format_version": 2 if contents else 1, "body_length": len(body),
              "body_sha256": hashlib.sha256(body).hexdigest()}
    if contents:
        header["files"] = [[content_hash, len(data)] for content_hash, data in contents.items()]
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    with written_in_place(path) as tmp, open(tmp, "wb") as fh:
        fh.write(MAGIC + len(head).to_bytes(4, "big") + head + body)
        for data in (contents or {}).values():
            fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
        if before_naming is not None:
            before_naming()
    return path


def _damaged(name: str, reason: str) -> ExchangeError:
    return ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} is damaged or was changed after it was sent "
                                                       "({reason}); ask for the file again"), name=name, reason=reason)


def read(path: Path, workspace_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    header, changes, _contents = read_all(path, workspace_id)
    return header, changes


def read_all(path: Path, workspace_id: str) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, bytes]]:
    """The header, the changes and the documents' contents (by hash, each checked against it), read
    from the file once; anything wrong refuses the whole file."""
    name = path.name
    if not path.exists():
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} does not exist"), name=str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} is too large to be an exchange file"), name=name)
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} is not a mouplanner exchange file (.mousync)"),
                            name=name)
    if len(data) < len(MAGIC) + 4:
        raise _damaged(name, "truncated")
    size = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    start = len(MAGIC) + 4
    if size > MAX_HEADER_BYTES:  # no sender writes a header that large (names are short)
        raise _damaged(name, "header too large")
    if start + size > len(data):
        raise _damaged(name, "truncated header")
    try:
        header = json.loads(data[start:start + size].decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError("header")
    except (ValueError, UnicodeDecodeError):
        raise _damaged(name, "unreadable header") from None
    if not isinstance(header.get("format_version"), int) or header["format_version"] > FORMAT_VERSION:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} was made by a newer version of mouplanner; "
                                                          "update mouplanner to receive it"), name=name)
    if header.get("workspace_id") != workspace_id:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} belongs to another workspace, not to this one; "
                                                          "nothing was received"), name=name)
    files = _files(header)
    if files is None:
        raise _damaged(name, "unexpected header")
    body = data[start + size:len(data) - sum(n for _, n in files)]
    if len(body) != header.get("body_length"):
        raise _damaged(name, "truncated" if len(body) < (header.get("body_length") or 0) else "length")
    if hashlib.sha256(body).hexdigest() != header.get("body_sha256"):
        raise _damaged(name, "checksum")
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = inflater.decompress(body, MAX_BODY_BYTES)
        if inflater.unconsumed_tail:
            raise ValueError("too large")
        changes = json.loads(raw.decode("utf-8"))
    except (ValueError, zlib.error, UnicodeDecodeError):
        raise _damaged(name, "unreadable body") from None
    if not isinstance(changes, list) or not all(_valid(c) for c in changes):
        raise _damaged(name, "unexpected content")
    if not _valid_header(header):
        raise _damaged(name, "unexpected header")
    newest = max((c["hlc"] for c in changes), default="")
    if newest and hlc.ahead_of_now(newest):
        raise ExchangeError(QT_TRANSLATE_NOOP(
            "Exchange", "{name} holds changes dated after {date}, ahead of this computer's clock; check the date "
                        "and time on both laptops, then send the file again. Nothing was received"),
            name=name, date=datetime.fromtimestamp(hlc.parse(newest)[0] / 1000).date())
    found, at = {}, len(data) - sum(n for _, n in files)
    for content_hash, length in files:  # the documents' contents, after the changes
        part = data[at:at + length]
        if hashlib.sha256(part).hexdigest() != content_hash:
            raise _damaged(name, "document content")
        found[content_hash], at = part, at + length
    return header, changes, found


def _files(header: dict[str, Any]) -> list[tuple[str, int]] | None:
    """The header's list of contents ([hash, size], ...) if well formed (None: it is not)."""
    files = header.get("files", [])
    if type(files) is not list or not all(
            type(f) is list and len(f) == 2 and type(f[0]) is str and len(f[0]) == 64 and type(f[1]) is int
            and 0 <= f[1] <= MAX_FILE_BYTES for f in files):
        return None
    return [(f[0], f[1]) for f in files]


ID_LENGTH = 64  # record, change, transaction and laptop ids (uuids have 36 characters)
NAME_LENGTH = 200


def _valid_header(header: dict[str, Any]) -> bool:
    """Every part of the header that is stored or used later has the shape it must have."""
    def short(value: Any, most: int) -> bool:
        return type(value) is str and len(value) <= most

    def stamps(value: Any) -> bool:
        return type(value) is dict and all(short(k, ID_LENGTH) and type(v) is str and (not v or hlc.is_stamp(v))
                                           for k, v in value.items())

    replicas = header.get("replicas", {})
    return (short(header.get("sender_id"), ID_LENGTH) and short(header.get("sender_name", ""), NAME_LENGTH)
            and type(replicas) is dict
            and all(short(k, ID_LENGTH) and short(v, NAME_LENGTH) for k, v in replicas.items())
            and stamps(header.get("seen", {})) and stamps(header.get("since", {}))
            and type(header.get("wants_files", [])) is list
            and all(short(h, ID_LENGTH) for h in header.get("wants_files", [])))


_TEXT = [k for k, t in FIELDS.items() if t is str]
_TEXT_OR_NONE = [k for k, t in FIELDS.items() if t is not str]


def _valid(change: Any) -> bool:
    if type(change) is not dict:  # what json.loads gives: exact types (a loop, tens of thousands of them)
        return False
    get = change.get
    for k in _TEXT:
        if type(get(k)) is not str:
            return False
    for k in _TEXT_OR_NONE:
        value = get(k)
        if value is not None and type(value) is not str:
            return False
    if max(len(change["change_id"]), len(change["txn_id"]), len(change["record_id"]), len(change["replica_id"]),
           len(change["field"] or "")) > ID_LENGTH or len(change["actor"]) > NAME_LENGTH:
        return False
    base = change["base_hlc"]
    return (kinds.by_table(change["entity"]) is not None and change["op"] in OPS and _is_time(change["at"])
            and hlc.is_stamp(change["hlc"]) and (not base or all(hlc.is_stamp(s) for s in base.split())))


def _is_time(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True
