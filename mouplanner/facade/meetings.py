"""``Meetings``: what the app does with a meeting beyond its form: plan the next one of its series,
read it as its minutes tell it, and write those minutes."""

from __future__ import annotations

from pathlib import Path

from mouplanner.minutes.content import Minutes, minutes
from mouplanner.services import meeting_series
from mouplanner.services.meeting_outline import Outline, outline
from mouplanner.services.meeting_series import Planned
from mouplanner.storage import Workspace
from mouplanner.storage.retry import retried


class Meetings:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def plan_next(self, meeting_id: str) -> Planned:
        """The meeting after this one: planned now (one undo step), or the one planned already."""
        return retried(lambda: meeting_series.plan_next(self._ws, meeting_id))

    def outline(self, meeting_id: str) -> Outline:
        return outline(self._ws, meeting_id)

    def minutes(self, meeting_id: str, layout: str) -> Minutes:
        """Its minutes as blocks of text in ``layout`` (en, th, lo, en+th, en+lo)."""
        return minutes(self.outline(meeting_id), layout)

    def write_docx(self, meeting_id: str, out: Path, layout: str) -> Path:
        from mouplanner.minutes.word import write_docx

        return write_docx(self.minutes(meeting_id, layout), out)
