"""``Documents``: the files attached to an open workspace's records."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from mouplanner.domain import AgreementEvent, Attachment
from mouplanner.services import documents
from mouplanner.services.documents import Listed
from mouplanner.services.records import Deleted, RecordService, Saved
from mouplanner.storage import Workspace
from mouplanner.storage.retry import retried


class Documents:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def limit(self) -> str:
        """The largest file that can be attached, said for people ("50 MB")."""
        return documents.limit_text()

    def attach(self, owner: str, owner_id: str, path: Path, description: str = "") -> Saved:
        return retried(lambda: documents.attach(self._ws, owner, owner_id, path, description))

    def attached(self, owner: str, owner_id: str) -> list[Listed]:
        return documents.attached(self._ws, owner, owner_id)

    def events_of(self, agreement_id: str) -> list[Any]:
        """The agreement's saved renewals, amendments, notices and terminations, in date order: what
        a document of it may be attached to instead."""
        rows = RecordService(self._ws, AgreementEvent).list({"agreement_id": agreement_id})
        return sorted(rows, key=lambda e: (e.event_date is None, e.event_date or date.min))

    def write_to(self, attachment_id: str, target: Path) -> Path:
        return documents.write_to(self._ws, attachment_id, target)

    def remove(self, attachment_id: str) -> Deleted:
        return retried(lambda: RecordService(self._ws, Attachment).delete(attachment_id))
