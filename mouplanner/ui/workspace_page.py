"""What the main window shows while a workspace is open: the navigator and, beside it, the
dashboard and the record tables, all scoped to the navigator's selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mouplanner import kinds
from mouplanner.domain import Activity, Record
from mouplanner.locale.text import display
from mouplanner.services.listings import LISTINGS
from mouplanner.services.scope import Scope
from mouplanner.services.tree import READS as TREE_READS
from mouplanner.storage import ChangeSet
from mouplanner.ui import settings
from mouplanner.ui.banner import read_only_banner, retranslate_banner
from mouplanner.ui.calendar_view import CalendarView
from mouplanner.ui.dashboard_view import DashboardView
from mouplanner.ui.document import Document
from mouplanner.ui.due_view import DueNotice, DueView
from mouplanner.ui.exchange_ui import ConflictsView
from mouplanner.ui.forms.form import RecordForm
from mouplanner.ui.history_dialog import HistoryDialog
from mouplanner.ui.labels import entities_label, entity_label
from mouplanner.ui.list_view import RecordListView
from mouplanner.ui.navigator import Navigator
from mouplanner.ui.offline import ServerWatch
from mouplanner.ui.server_sync import SyncOffer
from mouplanner.ui.timeline import TimelineView


class WorkspacePage(QWidget):
    said = Signal(str)  # a line for the window's status bar

    def __init__(self, document: Document, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workspacePage")
        self.document = document
        self.lang = lang
        self.form: RecordForm | None = None  # the form open now, if any (tests drive it)
        self.dashboard = DashboardView(document, self)
        self.dashboard.count_ahead(Scope())  # the first scope is the whole workspace: counted beside the tree
        self.navigator = Navigator(document, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        # the tabs say their names without icons: eleven of them fit beside the navigator in 1,280
        # pixels in English, Thai and Lao (with icons they did not; the bar scrolls beyond that)
        self.views: dict[str, RecordListView] = {  # one tab per kind of record that has one, in its place
            name: RecordListView(document, name, listing, parent=self) for name, listing in LISTINGS.items()}
        self.conflicts = ConflictsView(document, self)
        self.timeline = TimelineView(document, self)
        self.calendar = CalendarView(document, self)
        self.due = DueView(document, self)
        self.tabs.addTab(self.dashboard, "")
        for name, view in self.views.items():
            self.tabs.addTab(view, "")
            view.table.openRequested.connect(lambda rid, n=name: self.open_row(n, rid))
            view.table.deleteRequested.connect(lambda rid, n=name: self.delete_row(n, rid))
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.calendar, "")
        self.tabs.addTab(self.due, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 900])
        state = settings.load_state("splitter")
        if state is not None:
            self.splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = read_only_banner(self, document.damaged) if document.read_only else None
        if self.banner is not None:
            layout.addWidget(self.banner)
        self.server = ServerWatch(self, self._read_again)  # a lost connection: said, and read again
        layout.addWidget(self.server.strip)
        self.offer = SyncOffer(self, document)  # a laptop's copy whose server is within reach: sync?
        layout.addWidget(self.offer.strip)
        self.due_notice = DueNotice(self)  # at opening: something overdue or due this week
        self.due_notice.showRequested.connect(lambda: self.tabs.setCurrentWidget(self.due))
        layout.addWidget(self.due_notice)
        layout.addWidget(self.splitter)

        self.navigator.scopeChanged.connect(self.set_scope)
        self.navigator.openRequested.connect(self.open_record)
        self.dashboard.openRequested.connect(self.open_record)
        self.dashboard.filterRequested.connect(self.show_filtered_activities)
        self.dashboard.recordsRequested.connect(self.show_records)
        self.timeline.openRequested.connect(self.open_record)
        self.calendar.openRequested.connect(self.open_record)
        self.due.openRequested.connect(self.open_record)
        document.changed.connect(self.refresh)
        self.stale: set[QWidget] = set()
        self._tree_stale = False  # the navigator could not read its tree (a lost connection)
        self.tabs.currentChanged.connect(self._refresh_current)
        self.conflicts.refresh()  # cheap, and its count shows on the tab
        self.set_scope(self.navigator.scope())
        if lang != "en":
            self.set_language(lang)
        self.retranslate()
        QTimer.singleShot(0, self._notice_due)

    def _notice_due(self) -> None:
        if self.server.read(self.due.refresh):
            self.due_notice.say(*self.due.counts())

    # --- scope, language, refresh -----------------------------------------------------------

    # Views refresh when they are shown: a tab that is not visible is only marked stale, so opening
    # a large workspace or switching scope costs the work of the visible view alone.

    def _stale_all(self) -> None:
        self.stale = {w for i in range(self.tabs.count()) if (w := self.tabs.widget(i)) is not None}
        self._refresh_current()

    def _refresh_current(self, *_args: object) -> None:
        widget: Any = self.tabs.currentWidget()  # every tab's view has refresh()
        if widget in self.stale:
            self.stale.discard(widget)
            if not self.server.read(widget.refresh):
                self.stale.add(widget)  # read again when the server answers
                return
            self._conflicts_tab()

    def _read_again(self) -> None:
        if self._tree_stale and self.server.read(self.navigator.reload):
            self._tree_stale = False
        self._refresh_current()

    def set_scope(self, scope: Scope) -> None:
        if scope == getattr(self, "scope", None):  # the navigator reloaded and kept it: nothing to redo
            return
        self.scope = scope
        scoped = [self.views[name] for name, listing in LISTINGS.items() if listing.scoped is not None]
        views: list[Any] = [self.dashboard, self.timeline, self.calendar, self.due, *scoped]
        for view in views:
            view.set_scope(scope)
        self._stale_all()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.navigator.set_language(lang)
        views: list[Any] = [self.dashboard, self.conflicts, self.timeline, self.calendar, self.due,
                            *self.views.values()]
        for view in views:
            view.set_language(lang)
        self._stale_all()

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """After a write: the navigator and the views showing what it changed (the one in sight now,
        the others when they are next shown); everything without a ChangeSet (F5)."""
        if (changes is None or changes.touches(TREE_READS)) and not self.server.read(self.navigator.reload):
            self._tree_stale = True
        if changes is None:
            self._stale_all()
            return
        self.stale |= {w for i in range(self.tabs.count())
                       if (w := self.tabs.widget(i)) is not None and changes.touches(getattr(w, "shows", None))}
        if changes.touches({"exchange_conflict"}):  # its count shows on its tab: kept true at once
            self.stale.discard(self.conflicts)
            self.conflicts.refresh()
            self._conflicts_tab()
        self._refresh_current()

    def show_filtered_activities(self, what: str, value: str) -> None:
        view = self.views["activities"]
        view.clear_filters()  # what the dashboard counted, nothing narrower left from before
        view.set_kind(value if what == "kind" else None)
        view.set_status(value if what == "status" else None)
        self.tabs.setCurrentWidget(view)

    def show_records(self, entity: str, ids: list[str]) -> None:
        """The records behind a chart's bar: one opens directly, several are listed to choose from."""
        if len(ids) == 1:
            self.open_record(entity, ids[0])
            return
        model = kinds.model_of(entity)
        dialog = QDialog(self)
        dialog.setObjectName("recordsDialog")
        dialog.setWindowTitle(entity_label(model.LABEL))
        listing = QListWidget(dialog)
        for row in self.document.service(model).list({"id": ids}):
            item = QListWidgetItem(display(row, self.lang))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            listing.addItem(item)
        def chosen(item: QListWidgetItem) -> None:
            dialog.accept()
            self.open_record(entity, item.data(Qt.ItemDataRole.UserRole))

        listing.itemActivated.connect(chosen)
        listing.itemDoubleClicked.connect(listing.itemActivated)
        QVBoxLayout(dialog).addWidget(listing)
        self.records_dialog = dialog
        dialog.open()

    def current_view(self) -> RecordListView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, RecordListView) else None

    def focus_search(self) -> None:
        view = self.current_view()
        if view is None:
            view = self.views["activities"]
            self.tabs.setCurrentWidget(view)
        view.search.setFocus()
        view.search.selectAll()

    # --- records ------------------------------------------------------------------------------

    def current_record(self) -> tuple[type[Record], str] | None:
        """The record the user is on: the table's current row, else the navigator's node."""
        view = self.current_view()
        row_id = view.table.current_id() if view is not None else None
        if view is not None and row_id:
            return self._row_record(view.name, row_id)
        kind, record_id = self.navigator.current_key() or ("all", "")
        return (kinds.model_of(kind), record_id) if kinds.by_table(kind) is not None else None

    def _row_record(self, name: str, record_id: str) -> tuple[type[Record], str]:
        """The record a row of tab ``name`` stands for: itself, or, where the tab lists rows of
        another kind (an indicator's periods), the record whose form edits them."""
        kind = kinds.by_key(name)
        if kind.rows:
            rows = kinds.by_key(kind.rows)
            return kind.model, getattr(self.document.service(rows.model).get(record_id), rows.owner)
        return kind.model, record_id

    def open_row(self, name: str, record_id: str) -> None:
        self.open_form(*self._row_record(name, record_id))

    def open_record(self, kind: str, record_id: str) -> None:
        self.open_form(kinds.model_of(kind), record_id)

    def new_record(self, model: type[Record] | None = None) -> RecordForm:
        if model is None:
            view = self.current_view()
            model = kinds.by_key(view.name).model if view else Activity
        return self.open_form(model, None, self._defaults(model))

    def _defaults(self, model: type[Record]) -> dict[str, Any]:
        """A new record in the navigator's scope: under its workstream, else its area, else its
        agreement, where the kind has a link to that."""
        scope = self.navigator.scope()
        links = {f.name for f in kinds.of(model).fields if f.type == "link"}
        for key in ("workstream_id", "area_id", "agreement_id"):
            if getattr(scope, key) and key in links:
                return {key: getattr(scope, key)}
        return {}

    def open_form(self, model: type[Record], record_id: str | None,
                  defaults: dict[str, Any] | None = None) -> RecordForm:
        self.form = RecordForm(self.document, model, record_id, defaults, self.lang, self)
        self.form.accepted.connect(self._form_saved)
        self.form.open()
        return self.form

    def _form_saved(self) -> None:
        form = self.sender()
        if isinstance(form, RecordForm) and form.saved is not None:
            view = self.current_view()
            if view is not None:
                view.select(form.saved.row.id)
            planned = form.saved.followed  # a series meeting held: the next one planned with it
            if planned is not None and planned.made:
                self.said.emit(self.tr("The next meeting is planned: %1, %2").replace(
                    "%1", planned.row.number or display(planned.row, self.lang))
                    .replace("%2", self.document.formats.date(planned.row.meeting_date) or "–"))

    def delete_row(self, name: str, record_id: str) -> None:
        self.delete_record(*self._row_record(name, record_id))

    def delete_record(self, model: type[Record], record_id: str, confirm: bool = True) -> bool:
        if self.document.read_only:
            return False
        service = self.document.service(model)
        row = service.get(record_id)
        impact = service.delete_impact(record_id)
        what = entity_label(model.LABEL).lower()
        title = display(row, self.lang)
        text = self.tr("Delete %1 “%2”?").replace("%1", what).replace("%2", title)
        fmt = self.document.formats
        others = {k: n for k, n in impact.counts.items() if k != model.LABEL or n > 1}
        if others:
            text += "\n\n" + self.tr("This also deletes:") + "\n" + "\n".join(
                f"  • {entities_label(k)}: {fmt.number(n - (1 if k == model.LABEL else 0))}" for k, n in others.items())
        if impact.unlinked:
            text += "\n\n" + self.tr("and removes the link to it from:") + "\n" + "\n".join(
                f"  • {entities_label(k)}: {fmt.number(n)}" for k, n in impact.unlinked.items())
        text += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        if confirm and not self._confirm_delete(text):
            return False
        self.document.delete(self.tr("delete %1 “%2”").replace("%1", what).replace("%2", title),
                             model, record_id)
        return True

    def _confirm_delete(self, text: str) -> bool:
        """Delete or Keep, as words (no green tick on Delete, no red cross on Keep); Keep is the
        default, so Enter never deletes by accident."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete"), text, QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmDelete")
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("delete")
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def show_history(self) -> HistoryDialog | None:
        current = self.current_record()
        if current is None:
            return None
        model, record_id = current
        row = self.document.service(model).get(record_id)
        dialog = HistoryDialog(self.document, model, record_id, display(row, self.lang), self)
        dialog.open()
        return dialog

    # --- language and state -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Dashboard"))
        for name, view in self.views.items():
            self.tabs.setTabText(self.tabs.indexOf(view), entities_label(kinds.by_key(name).label))
        self._conflicts_tab()
        if self.banner is not None:
            retranslate_banner(self.banner)
        self.server.retranslate()
        self.offer.retranslate()

    def _conflicts_tab(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.timeline), self.tr("Timeline"))
        self.tabs.setTabText(self.tabs.indexOf(self.calendar), self.tr("Calendar"))
        self.tabs.setTabText(self.tabs.indexOf(self.due), self.tr("Due"))
        count = len(self.conflicts.items)
        index = self.tabs.indexOf(self.conflicts)
        self.tabs.setTabText(index, self.tr("Conflicts (%1)").replace("%1", str(count)) if count
                             else self.tr("Conflicts"))
        # a tab only while there is something to settle (or while it is looked at): it is empty
        # almost always, and eleven tabs are a lot beside the navigator on a laptop's screen
        self.tabs.setTabVisible(index, bool(count) or self.tabs.currentIndex() == index)


    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save_state(self) -> None:
        settings.save_state("splitter", self.splitter.saveState())
        for view in self.views.values():
            view.save_state()
