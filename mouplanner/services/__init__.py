"""Use cases: every read and write the UI, the CLI and batch jobs make goes through here.

Services hand out plain row objects (``services.rows``), never ORM objects or sessions.
"""

from __future__ import annotations

from typing import Any

from mouplanner import kinds
from mouplanner.domain import Record
from mouplanner.services.records import Deleted, NotFound, RecordService, Saved, StaleRecord
from mouplanner.services.row_types import Records
from mouplanner.storage import Workspace


class Services(Records):
    """The record use cases of one open workspace, one service per kind of record: ``of(Activity)``,
    or by the kind's key, ``services.activities`` (typed with its row, ``row_types.Records``)."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        self._services: dict[type[Record], RecordService[Any]] = {
            kind.model: RecordService(ws, kind.model) for kind in kinds.all_kinds()}

    def of(self, model: type[Record]) -> RecordService[Any]:
        return self._services[model]

    def __getattr__(self, key: str) -> RecordService[Any]:  # a kind without a typed property yet
        try:
            return self._services[kinds.by_key(key).model]
        except KeyError:
            raise AttributeError(f"no kind of record {key!r}") from None


__all__ = ["Deleted", "NotFound", "RecordService", "Saved", "Services", "StaleRecord"]
