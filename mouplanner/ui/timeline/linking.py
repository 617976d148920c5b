"""Making and removing dependencies on the timeline: Shift-drag from a bar or a diamond onto
another makes the one dropped on follow the one dragged from (finish to start; its kind and lag
are then changed in its form); Delete on a chosen arrow removes that dependency. Both are one undo
step, checked by the same rules as the forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mouplanner.domain import MilestoneDependency
from mouplanner.domain.validation import ValidationError
from mouplanner.storage import WorkspaceError
from mouplanner.ui.i18n import translated

if TYPE_CHECKING:
    from mouplanner.services.plan_views import Link
    from mouplanner.ui.timeline.view import TimelineView


def _said(view: TimelineView, exc: Exception) -> None:
    if isinstance(exc, ValidationError):
        view.message.setText("; ".join(translated(p, view.document.formats) for p in exc.problems
                                       if p.severity == "error"))
    elif isinstance(exc, WorkspaceError):
        view.message.setText(translated(exc, view.document.formats))


def link(view: TimelineView, after: tuple[str, str], follower: tuple[str, str]) -> bool:
    """``follower`` (kind, id) follows ``after``, finish to start."""
    if after == follower:
        return False
    values = {"milestone_id" if follower[0] == "milestone" else "activity_id": follower[1],
              "depends_on_id" if after[0] == "milestone" else "depends_on_activity_id": after[1]}
    what = QCoreApplication.translate("TimelineView", "link “%1” after “%2”").replace(
        "%1", view._item_title(*follower)).replace("%2", view._item_title(*after))
    view.message.clear()
    try:
        view.document.run(what, lambda: view.document.service(MilestoneDependency).create(values))
    except (ValidationError, WorkspaceError) as exc:
        _said(view, exc)
        return False
    return True


def unlink(view: TimelineView, dependency: Link) -> bool:
    what = QCoreApplication.translate("TimelineView", "remove the link of “%1”").replace(
        "%1", view._item_title(dependency.kind, dependency.record_id))
    view.message.clear()
    try:
        view.document.delete(what, MilestoneDependency, dependency.id)
    except WorkspaceError as exc:
        _said(view, exc)
        return False
    return True
