"""The timeline (Gantt chart) view: ``view`` (the widget), ``scene`` (painting), ``items`` (drag)."""

from mouplanner.ui.timeline.view import TimelineView

__all__ = ["TimelineView"]
