"""Under a saved meeting's fields: its agenda in order, each item with its decisions and action
items, the matters arising (the open action items of earlier meetings) under their item, and the
commands that go with a meeting: plan the next one, write its minutes. A double click opens the
record it shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouplanner.domain import ActionItem, AgendaItem, Decision
from mouplanner.locale.text import display, pick_field
from mouplanner.services.meeting_outline import Action, Outline
from mouplanner.storage import WorkspaceError
from mouplanner.ui.document import Document
from mouplanner.ui.i18n import translated
from mouplanner.ui.labels import enum_label

RECORD = Qt.ItemDataRole.UserRole  # (model, id) of the record a line shows


class MeetingPanel(QGroupBox):
    open_record = Signal(object, str)  # model, id
    plan_next = Signal()
    write_minutes = Signal()

    def __init__(self, document: Document, meeting_id: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Agenda, decisions and action items"))
        self.setObjectName("meetingPanel")
        self.document = document
        self.meeting_id = meeting_id
        self.lang = lang
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("meetingOutline")
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Who"), self.tr("Due and status")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setMinimumHeight(220)
        self.tree.itemDoubleClicked.connect(self._opened)
        self.plan_button = QPushButton(self.tr("Plan the next meeting"), self)
        self.plan_button.setObjectName("planNext")
        self.plan_button.clicked.connect(self.plan_next)
        self.plan_button.setEnabled(not document.read_only)
        self.minutes_button = QPushButton(self.tr("Minutes…"), self)
        self.minutes_button.setObjectName("writeMinutes")
        self.minutes_button.clicked.connect(self.write_minutes)
        self.note = QLabel(self)  # where the minutes were written
        self.note.setObjectName("minutesWritten")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.minutes_button)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        self.outline = self.document.facade.meetings.outline(self.meeting_id)
        self._fill(self.outline)
        self.tree.expandAll()
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)

    def _fill(self, outline: Outline) -> None:
        placed_arising = False
        for entry in outline.agenda:
            title = display(entry.item, self.lang) or self.tr("(no title)")
            line = self._line(None, f"{entry.item.sort_order}. {title}", self._name(entry.presenter), "",
                              (AgendaItem, entry.item.id))
            for decision in entry.decisions:
                self._decision(line, decision)
            for action in entry.actions:
                self._action(line, action, arising=False)
            for action in entry.arising:
                self._action(line, action, arising=True)
            placed_arising = placed_arising or entry.item.kind.value == "matters_arising"
        if outline.arising and not placed_arising:
            holder = self._line(None, self.tr("Matters arising (not on the agenda)"), "", "", None)
            for action in outline.arising:
                self._action(holder, action, arising=True)
        if outline.decisions:
            holder = self._line(None, self.tr("Decisions not under an agenda item"), "", "", None)
            for decision in outline.decisions:
                self._decision(holder, decision)
        loose = [a for a in outline.actions if not a.item.agenda_item_id]
        if loose:
            holder = self._line(None, self.tr("Action items not under an agenda item"), "", "", None)
            for action in loose:
                self._action(holder, action, arising=False)
        if self.tree.topLevelItemCount() == 0:
            self._line(None, self.tr("No agenda yet: add its items with Add → New agenda item…"), "", "", None)

    def _line(self, parent: QTreeWidgetItem | None, text: str, who: str, due: str,
              record: tuple[Any, str] | None) -> QTreeWidgetItem:
        line = QTreeWidgetItem([text, who, due])
        line.setToolTip(0, text)
        line.setData(0, RECORD, record)
        if parent is None:
            self.tree.addTopLevelItem(line)
        else:
            parent.addChild(line)
        return line

    def _decision(self, parent: QTreeWidgetItem, decision: Any) -> None:
        text = pick_field(decision, "text", self.lang)[0]
        self._line(parent, self.tr("Decision: %1").replace("%1", text), "", "", (Decision, decision.id))

    def _action(self, parent: QTreeWidgetItem, action: Action, arising: bool) -> None:
        item = action.item
        text = display(item, self.lang)
        if arising:
            where = action.handed_out_at.number or display(action.handed_out_at, self.lang)
            text = self.tr("Arising (%1): %2").replace("%1", where).replace("%2", text)
        else:
            text = self.tr("Action: %1").replace("%1", text)
        due = self.document.formats.date(item.due_date, "short") if item.due_date else ""
        status = enum_label(action.update.status if action.update else item.status)
        self._line(parent, text, self._name(action.owner), f"{due} · {status}" if due else status,
                   (ActionItem, item.id))

    def _name(self, person: Any) -> str:
        return display(person, self.lang) if person is not None else ""

    def _opened(self, line: QTreeWidgetItem) -> None:
        record = line.data(0, RECORD)
        if record:
            self.open_record.emit(*record)


def attach(form: Any, layout: Any, body: QWidget) -> MeetingPanel:
    """The panel in a meeting's form (``form``, a RecordForm), under its fields."""
    panel = MeetingPanel(form.document, form.record_id, form.lang, body)
    layout.addRow(panel)

    def open_record(model: Any, record_id: str) -> None:
        child = type(form)(form.document, model, record_id, lang=form.lang, parent=form)
        child.accepted.connect(panel.reload)
        form.child_form = child
        child.open()

    def plan_next() -> None:
        if form.is_dirty():
            QMessageBox.information(form, panel.plan_button.text(), QCoreApplication.translate(
                "MeetingPanel", "Save this meeting first: the next one is planned from it as it is saved."))
            return
        try:
            planned = form.document.run(QCoreApplication.translate("MeetingPanel", "plan the next meeting"),
                                        lambda: form.document.facade.meetings.plan_next(form.record_id))
        except WorkspaceError as exc:
            QMessageBox.warning(form, panel.plan_button.text(), translated(exc, form.document.formats))
            return
        except LookupError:
            QMessageBox.warning(form, panel.plan_button.text(), QCoreApplication.translate(
                "MeetingPanel", "This meeting was deleted meanwhile."))
            return
        open_record(form.model, planned.row.id)  # to see it, and give it a venue

    def write_minutes() -> None:
        from mouplanner.ui.minutes_dialog import open_minutes_dialog

        def done(path: Path) -> None:
            panel.note.setText(QCoreApplication.translate("MeetingPanel", "Written to %1").replace("%1", str(path)))
        form.minutes_dialog = open_minutes_dialog(form, form.document, form.record_id, form.lang, done)

    panel.open_record.connect(open_record)
    panel.plan_next.connect(plan_next)
    panel.write_minutes.connect(write_minutes)
    return panel
