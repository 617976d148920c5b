"""The landing view for the selected node: milestone progress, overdue milestones, what is
coming in the next 30 and 90 days, activities by kind and status, participants, budgets.
Every item opens the record (or the activities filtered by that kind or status)."""

from __future__ import annotations

from datetime import timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mouplanner.domain.enums import ActivityKind, ActivityStatus, MilestoneStatus
from mouplanner.locale import holidays
from mouplanner.locale.text import display
from mouplanner.services.dashboard import READS as DASHBOARD_READS
from mouplanner.services.dashboard import Dashboard
from mouplanner.services.plan_views import Series
from mouplanner.services.scope import Scope
from mouplanner.ui.charts import BarChart
from mouplanner.ui.display import format_value
from mouplanner.ui.document import Document
from mouplanner.ui.labels import enum_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class DashboardView(QScrollArea):
    openRequested = Signal(str, str)  # entity ("activity", "milestone"), id
    filterRequested = Signal(str, str)  # "kind" or "status", value
    recordsRequested = Signal(str, list)  # entity, ids behind a chart's bar
    chartsReady = Signal()  # the charts' figures arrived from the background query
    shows = DASHBOARD_READS  # the kinds of record whose changes it refreshes for

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.document = document
        self.scope = Scope()
        self.lang = "en"
        self.data = Dashboard()
        self._ahead: tuple[Scope, int, Any] | None = None  # figures being counted ahead (count_ahead)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        grid = QGridLayout(body)

        self.progress_box = QGroupBox(body)
        self.progress_bar = QProgressBar(self.progress_box)
        self.progress_bar.setObjectName("milestoneProgress")
        self.progress_label = QLabel(self.progress_box)
        self.people_label = QLabel(self.progress_box)
        self.people_label.setObjectName("participants")
        self.budget_label = QLabel(self.progress_box)
        self.budget_label.setObjectName("budget")
        self.budget_label.setTextFormat(Qt.TextFormat.PlainText)
        box = QVBoxLayout(self.progress_box)
        for w in (self.progress_label, self.progress_bar, self.people_label, self.budget_label):
            box.addWidget(w)

        self.overdue = self._list("overdue")
        self.next30 = self._list("next30")
        self.next90 = self._list("next90")
        self.by_kind = self._list("byKind")
        self.by_status = self._list("byStatus")
        self.action_items = self._list("actionItems")
        self.next_meeting = self._list("nextMeeting")
        self.boxes: dict[str, QGroupBox] = {}
        for key, widget, row, col in (("overdue", self.overdue, 0, 1), ("next30", self.next30, 1, 0),
                                      ("next90", self.next90, 1, 1), ("kind", self.by_kind, 2, 0),
                                      ("status", self.by_status, 2, 1), ("actions", self.action_items, 3, 0),
                                      ("meeting", self.next_meeting, 3, 1)):
            group = QGroupBox(body)
            QVBoxLayout(group).addWidget(widget)
            self.boxes[key] = group
            grid.addWidget(group, row, col)
        grid.addWidget(self.progress_box, 0, 0)
        self.charts = {"kinds": BarChart(), "milestones": BarChart(horizontal=True),
                       "participants": BarChart(stacked=False), "budget": BarChart(independent=True)}
        for i, (key, chart) in enumerate(self.charts.items()):
            chart.setObjectName(f"chart_{key}")
            chart.barClicked.connect(lambda category, series, key=key: self._bar_clicked(key, category, series))
            grid.addWidget(chart, 4 + i // 2, i % 2)
        self.chart_data: dict[str, Series] = {}
        self._charts_for: tuple[Scope, int] | None = None  # scope and document generation of chart_data
        self.setWidget(body)
        self.retranslate()

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setMinimumHeight(150)
        widget.itemActivated.connect(self._activated)
        widget.itemDoubleClicked.connect(self._activated)
        return widget

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(ITEM_ROLE)
        if not target:
            return
        kind, value = target
        if kind in ("kind", "status"):
            self.filterRequested.emit(kind, value)
        else:
            self.openRequested.emit(kind, value)

    # The workspace page refreshes a view when it is shown: these only record what to show.
    def set_scope(self, scope: Scope) -> None:
        self.scope = scope

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def count_ahead(self, scope: Scope) -> None:
        """Start counting the figures of ``scope`` in a worker (the workspace page does, while it
        builds the navigator): the next refresh for that scope takes them, unless a change came since."""
        facade, today = self.document.facade, self.document.today()
        self._ahead = (scope, self.document.generation, self.document.background.ahead(
            lambda: facade.dashboard(scope, today)))

    def refresh(self) -> None:
        """The figures at once; the charts (slower at ministry scale) from a background query,
        unless those shown were counted for this scope since the last change."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[2] is not None and ahead[:2] == (self.scope, self.document.generation):
            self.data = ahead[2].result()
        else:
            self.data = self.document.facade.dashboard(self.scope, self.document.today())
        charts_for = (self.scope, self.document.generation)
        if charts_for != self._charts_for:
            self._charts_for, self.chart_data = charts_for, {}
            facade, scope = self.document.facade, self.scope
            self.document.background.run("dashboard charts", lambda: facade.chart_data(scope), self._charts_counted)
        self._fill()

    def _charts_counted(self, data: dict[str, Series] | None, error: BaseException | None) -> None:
        self.chart_data = data or {}
        if error is not None:
            self._charts_for = None  # try again at the next refresh
            for chart in self.charts.values():
                chart.set_waiting(self.tr("The charts could not be counted: %1").replace("%1", str(error)))
            return
        self._fill_charts()
        self.chartsReady.emit()

    def _fill_charts(self) -> None:
        if not self.chart_data:
            for chart in self.charts.values():
                chart.set_waiting(self.tr("Counting…"))
            return
        fmt = self.document.formats
        kinds = {k.value: enum_label(k) for k in ActivityKind}
        statuses = {k.value: enum_label(k) for k in MilestoneStatus}
        titles = {"kinds": (self.tr("Activities by kind per quarter"), kinds),
                  "milestones": (self.tr("Milestone status per cooperation area"), statuses),
                  "participants": (self.tr("Participants per year"),
                                   {"women": self.tr("Women"), "men": self.tr("Men")}),
                  "budget": (self.tr("Budget per currency and year (each currency on its own scale)"),
                             {y: fmt.digits(str(fmt.year(int(y)))) for y in self.chart_data["budget"].series})}
        for key, chart in self.charts.items():
            chart.title, labels = titles[key]
            chart.set_data(self.chart_data[key], labels, fmt, self.lang)

    def _bar_clicked(self, key: str, category: str, series: str) -> None:
        entity, ids = self.document.facade.chart_records(self.scope, key, category, series)
        if ids:
            self.recordsRequested.emit(entity, ids)

    def _fill(self) -> None:
        d = self.data
        self.progress_bar.setMaximum(max(d.milestones_total, 1))
        self.progress_bar.setValue(d.milestones_done)
        fmt = self.document.formats
        self.progress_label.setText(self.tr("Milestones done: %1 of %2").replace(
            "%1", fmt.number(d.milestones_done)).replace("%2", fmt.number(d.milestones_total)))
        self.progress_bar.setFormat(f"{fmt.number(d.milestones_done)}/{fmt.number(d.milestones_total)}")
        self.people_label.setText(self.tr("Participants: %1 (women: %2)").replace(
            "%1", fmt.number(d.participants_total)).replace("%2", fmt.number(d.participants_women)))
        money = "\n".join(fmt.money(amount, cur) for cur, amount in d.budget.items())
        self.budget_label.setText(self.tr("Budget:") + "\n" + (money or self.tr("none")))
        self._fill_records(self.overdue, d.overdue_milestones, "milestone", "planned_date")
        self._fill_records(self.next30, d.upcoming_30, "activity", "planned_start")
        self._fill_records(self.next90, d.upcoming_90, "activity", "planned_start")
        self._fill_counts(self.by_kind, "kind", d.activities_by_kind, ActivityKind)
        self._fill_counts(self.by_status, "status", d.activities_by_status, ActivityStatus)
        self._fill_rhythm()
        self._fill_charts()

    def _fill_rhythm(self) -> None:
        """Open and overdue action items per side, then the overdue ones; the next meeting, then
        the action items still open that fall due by it."""
        r, fmt = self.data.rhythm, self.document.formats
        self.action_items.clear()
        for side in sorted(r.by_side):
            count = r.by_side[side]
            who = self.tr("Side %1").replace("%1", fmt.number(side)) if side else self.tr("Side not known")
            self.action_items.addItem(QListWidgetItem(self.tr("%1: %2 open, %3 overdue").replace("%1", who).replace(
                "%2", fmt.number(count.open)).replace("%3", fmt.number(count.overdue))))
        self._add_records(self.action_items, r.overdue, "action_item", "due_date", "⚠ ")
        if not r.by_side:
            self.action_items.addItem(QListWidgetItem(self.tr("No open action items")))
        self.next_meeting.clear()
        if r.next_meeting is None:
            self.next_meeting.addItem(QListWidgetItem(self.tr("No meeting planned")))
            return
        m = r.next_meeting
        where = ", ".join(p for p in (m.venue, fmt.territory(m.host_country) if m.host_country else "") if p)
        self._add_records(self.next_meeting, [m], "meeting", "meeting_date",
                          suffix=f" — {where}" if where else "")
        today = self.document.today()
        if m.meeting_date is not None and m.meeting_date > today:
            working = holidays.working_days(today + timedelta(days=1), m.meeting_date, m.host_country)
            self.next_meeting.addItem(QListWidgetItem(self.tr("In %1 days, %2 working days").replace(
                "%1", fmt.number((m.meeting_date - today).days)).replace("%2", fmt.number(working))))
        self.next_meeting.addItem(QListWidgetItem(self.tr("To prepare: %1 open action items due by then").replace(
            "%1", fmt.number(len(r.to_prepare)))))
        self._add_records(self.next_meeting, r.to_prepare, "action_item", "due_date", "    ")

    def _add_records(self, widget: QListWidget, rows: list, entity: str, date_field: str, prefix: str = "",
                     suffix: str = "") -> None:
        for row in rows:
            when = format_value(getattr(row, date_field), self.document.formats)
            item = QListWidgetItem(f"{prefix}{when}  {display(row, self.lang)}{suffix}")
            item.setData(ITEM_ROLE, (entity, row.id))
            widget.addItem(item)

    def _fill_records(self, widget: QListWidget, rows: list, entity: str, date_field: str) -> None:
        widget.clear()
        self._add_records(widget, rows, entity, date_field)
        if not rows:
            widget.addItem(QListWidgetItem(self.tr("Nothing here")))

    def _fill_counts(self, widget: QListWidget, kind: str, counts: dict[str, int], enum_cls: type[Enum]) -> None:
        widget.clear()
        for member in enum_cls:
            if counts.get(member.value):
                item = QListWidgetItem(f"{enum_label(member)}: {self.document.formats.number(counts[member.value])}")
                item.setData(ITEM_ROLE, (kind, member.value))
                widget.addItem(item)
        if not counts:
            widget.addItem(QListWidgetItem(self.tr("No activities")))

    def retranslate(self) -> None:
        self.progress_box.setTitle(self.tr("Progress"))
        self.boxes["overdue"].setTitle(self.tr("Overdue milestones"))
        self.boxes["next30"].setTitle(self.tr("Activities in the next 30 days"))
        self.boxes["next90"].setTitle(self.tr("Activities in the next 90 days"))
        self.boxes["kind"].setTitle(self.tr("Activities by kind"))
        self.boxes["status"].setTitle(self.tr("Activities by status"))
        self.boxes["actions"].setTitle(self.tr("Action items"))
        self.boxes["meeting"].setTitle(self.tr("Next meeting"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
