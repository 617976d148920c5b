"""The "Due" tab: what needs doing, the most pressing first (overdue, then by date): action items
and milestones due within a fortnight, agreements' last days to give notice and expiries within
90 days, meetings in the next 30 days, minutes not agreed 30 days after their meeting. Enter or a
double click opens the record. When a workspace opens with something overdue or due this week, a
strip above the tabs says so and leads here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouplanner.locale.text import display
from mouplanner.services.due import Due
from mouplanner.services.scope import Scope
from mouplanner.ui.banner import BANNER_STYLE, Strip
from mouplanner.ui.document import Document

RECORD = Qt.ItemDataRole.UserRole
LATE = QColor("#b03a2e")
WEEK = 7


class DueTree(QTreeWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem(), 0)
            return
        super().keyPressEvent(event)


class DueView(QWidget):
    openRequested = Signal(str, str)  # the record's kind (table name) and id
    # the kinds of record it reads: a change to one of them refreshes it when next shown
    shows = frozenset({"action_item", "milestone", "meeting", "agreement", "agreement_event", "person",
                       "workstream", "area"})

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dueView")
        self.document = document
        self.scope = Scope()
        self.lang = "en"
        self.items: list[Due] = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.tree = DueTree(self)
        self.tree.setObjectName("due")
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemActivated.connect(self._opened)
        self.tree.itemDoubleClicked.connect(self._opened)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)
        self.retranslate()

    def set_scope(self, scope: Scope) -> None:
        self.scope = scope

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def refresh(self) -> None:
        self.items = self.document.facade.due(self.scope, self.document.today())
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for item in self.items:
            group = "late" if item.overdue else "week" if item.days <= WEEK else "later"
            if group not in groups:
                title = {"late": self.tr("Overdue"), "week": self.tr("Within a week"), "later": self.tr("Later")}
                groups[group] = QTreeWidgetItem([title[group], "", ""])
                self.tree.addTopLevelItem(groups[group])
            line = QTreeWidgetItem([self._when(item), self._what(item), self._name(item)])
            line.setData(0, RECORD, (item.table, item.record.id))
            line.setToolTip(0, self._working_tip(item))
            if item.overdue:
                for column in range(3):
                    line.setForeground(column, QBrush(LATE))
            groups[group].addChild(line)
        if not self.items:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("Nothing is due."), "", ""]))
        self.tree.expandAll()

    def counts(self) -> tuple[int, int]:
        """(overdue, due within a week) of what the last refresh found."""
        late = sum(1 for i in self.items if i.overdue)
        return late, sum(1 for i in self.items if not i.overdue and i.days <= WEEK)

    def _when(self, item: Due) -> str:
        day = self.document.formats.date(item.day, "medium")
        if item.days == 0:
            return self.tr("%1 (today)").replace("%1", day)
        if item.days == -1:
            return self.tr("%1 (yesterday)").replace("%1", day)
        if item.days == 1:
            return self.tr("%1 (tomorrow)").replace("%1", day)
        if item.days < 0:
            return self.tr("%1 (%2 days ago)").replace("%1", day).replace("%2", str(-item.days))
        if item.days == item.working:  # tomorrow, or a working day or two: no need to say it twice
            return self.tr("%1 (in %2 days)").replace("%1", day).replace("%2", str(item.days))
        return self.tr("%1 (in %2 days, %3 working days)").replace("%1", day).replace(
            "%2", str(item.days)).replace("%3", str(item.working))

    def _working_tip(self, item: Due) -> str:
        if item.days <= 0:
            return ""
        if item.country:
            return self.tr("Working days: Monday to Friday, less the public holidays of %1").replace(
                "%1", self.document.formats.territory(item.country))
        return self.tr("Working days: Monday to Friday")

    def _what(self, item: Due) -> str:
        return {"action_item": self.tr("Action item due"), "milestone": self.tr("Milestone due"),
                "notice": self.tr("Last day to give notice not to renew"), "expiry": self.tr("Agreement expires"),
                "meeting": self.tr("Meeting"), "minutes": self.tr("Minutes not agreed yet")}[item.what]

    def _name(self, item: Any) -> str:
        record = item.record
        name = display(record, self.lang)
        prefix = getattr(record, "code", "") or getattr(record, "number", "")
        return f"{prefix} · {name}" if prefix and name else prefix or name

    def _opened(self, line: QTreeWidgetItem, _column: int = 0) -> None:
        record = line.data(0, RECORD)
        if record:
            self.openRequested.emit(*record)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Record")])
        self.note.setText(self.tr(
            "Action items and milestones due within 14 days or overdue, agreements' last days for notice and "
            "expiries within 90 days, meetings in the next 30 days, and minutes not agreed 30 days after the "
            "meeting. Enter opens the record."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DueNotice(QFrame):
    """The strip shown when a workspace opens with something overdue or due this week."""

    showRequested = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("dueNotice")
        self.setStyleSheet(f"QFrame#dueNotice {{ {BANNER_STYLE} }}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label = Strip(self)
        self.label.setWordWrap(True)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("showDue")
        self.show_button.clicked.connect(self.showRequested)
        self.show_button.clicked.connect(self.hide)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeDue")
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.close_button)
        self.late = self.week = 0
        self.hide()

    def say(self, late: int, week: int) -> None:
        self.late, self.week = late, week
        self.retranslate()
        self.setVisible(bool(late or week))

    def retranslate(self) -> None:
        if self.late and self.week:
            text = self.tr("%1 overdue and %2 due within a week: action items, milestones, notices, meetings.")
        elif self.late:
            text = self.tr("%1 overdue: action items, milestones, notices, meetings.")
        else:
            text = self.tr("%2 due within a week: action items, milestones, notices, meetings.")
        self.label.setText(text.replace("%1", str(self.late)).replace("%2", str(self.week)))
        self.show_button.setText(self.tr("Show what is due"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
