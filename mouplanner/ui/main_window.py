"""The main window: menus, toolbar and status bar around the open workspace (or a welcome page
when none is open). Opening, creating, copying and closing workspace files happens here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QPushButton, QToolBar, QVBoxLayout, QWidget,
)

from mouplanner.domain import Activity, Agreement, Area, Indicator, Milestone, Organisation, Person, Workstream
from mouplanner.paths import WORKSPACE_SUFFIX, default_demo_path
from mouplanner.storage import Workspace, WorkspaceError
from mouplanner.ui import exchange_ui, settings
from mouplanner.locale.formats import Formats
from mouplanner.ui.document import Document
from mouplanner.ui.excel_dialogs import ExportDialog, scope_title, write_template_to
from mouplanner.ui.import_wizard import ImportWizard
from mouplanner.ui.i18n import LANGUAGES, save_formats, translated, translators
from mouplanner.ui.icons import icon
from mouplanner.ui.workspace_page import WorkspacePage

# Qt's own file dialog, so that it speaks Thai and Lao with the app (translations/qt_*.ts).
DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


class WelcomePage(QWidget):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.setObjectName("welcomePage")
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(icon("new"), "", self)
        self.open_button = QPushButton(icon("open"), "", self)
        self.demo_button = QPushButton(icon("agreement"), "", self)
        self.new_button.clicked.connect(window.new_workspace)
        self.open_button.clicked.connect(window.choose_workspace)
        self.demo_button.clicked.connect(window.open_demo)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.label)
        for button in (self.new_button, self.open_button, self.demo_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("No workspace is open."))
        self.new_button.setText(self.tr("New workspace…"))
        self.open_button.setText(self.tr("Open workspace…"))
        self.demo_button.setText(self.tr("Open the demo workspace"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.document: Document | None = None
        self.page: WorkspacePage | None = None
        self.formats = Formats("en")
        self.error_box: QMessageBox | None = None
        self.undo_group = QUndoGroup(self)
        self._make_actions()
        self._make_menus()
        self.exchange_label = QLabel(self)
        self.exchange_label.setObjectName("exchangeStatus")
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.exchange_label)
        self.statusBar().addPermanentWidget(self.status_label)
        self.retranslate()
        self._show_welcome()
        geometry = settings.load_state("window")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # --- actions and menus --------------------------------------------------------------------

    def _action(self, name: str, icon_name: str | None, shortcut: QKeySequence | str | list | None,
                slot: object) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.act_new_ws = a("newWorkspace", "new", "Ctrl+Shift+N", self.new_workspace)
        self.act_open = a("open", "open", QKeySequence.StandardKey.Open, self.choose_workspace)
        self.act_save_copy = a("saveCopy", "save", "Ctrl+Shift+S", self.save_copy)
        self.act_close = a("close", "close", QKeySequence.StandardKey.Close, self.close_workspace)
        self.act_export_report = a("exportReport", "indicator", "Ctrl+Shift+E", lambda: self.export_excel("report"))
        self.act_export_data = a("exportData", "save", None, lambda: self.export_excel("data"))
        self.act_export_pdf = a("exportPdf", "agreement", "Ctrl+P", lambda: self.export_excel("pdf"))
        self.act_template = a("excelTemplate", "new", None, self.new_template)
        self.act_import = a("importExcel", "open", "Ctrl+I", self.import_excel)
        self.act_clone = a("makeCopy", "save", None, lambda: exchange_ui.make_copy(self))
        self.act_send = a("sendChanges", "redo", None, lambda: exchange_ui.send_changes(self))
        self.act_receive = a("receiveChanges", "undo", None, lambda: exchange_ui.receive_changes(self))
        self.act_quit = a("quit", None, QKeySequence.StandardKey.Quit, self.close)
        self.act_undo = a("undo", "undo", "Ctrl+Z", self.undo_group.undo)
        self.act_redo = a("redo", "redo", [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                          self.undo_group.redo)
        for signal in (self.undo_group.canUndoChanged, self.undo_group.canRedoChanged,
                       self.undo_group.undoTextChanged, self.undo_group.redoTextChanged):
            signal.connect(self._update_undo_texts)
        self.act_new_record = a("newRecord", "new", "Ctrl+N", lambda: self.page and self.page.new_record())
        self.act_edit = a("editRecord", "edit", "Ctrl+E", self.edit_current)
        self.act_delete = a("deleteRecord", "delete", "Ctrl+Del", self.delete_current)
        self.act_history = a("history", "history", "Ctrl+H", lambda: self.page and self.page.show_history())
        self.act_find = a("find", "search", QKeySequence.StandardKey.Find, lambda: self.page and self.page.focus_search())
        self.act_refresh = a("refresh", "refresh", QKeySequence.StandardKey.Refresh,
                             lambda: self.page and self.page.refresh())
        self.add_actions: dict[type, QAction] = {}
        for model, icon_name in ((Agreement, "agreement"), (Area, "area"), (Workstream, "workstream"),
                                 (Milestone, "milestone"), (Activity, "activity"), (Person, "person"),
                                 (Organisation, "organisation"), (Indicator, "indicator")):
            self.add_actions[model] = a(f"new{model.__name__}", icon_name, None,
                                        lambda _=False, m=model: self.page and self.page.new_record(m))
        self.tab_actions = [a(f"tab{i}", None, f"Ctrl+{i + 1}", lambda _=False, i=i: self._show_tab(i))
                            for i in range(9)]
        self.record_actions = [self.act_save_copy, self.act_close, self.act_export_report, self.act_export_data,
                               self.act_export_pdf,
                               self.act_import, self.act_clone, self.act_send, self.act_receive,
                               self.act_new_record, self.act_edit,
                               self.act_delete, self.act_history, self.act_find, self.act_refresh,
                               *self.add_actions.values(), *self.tab_actions]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.exchange_menu = QMenu(self)
        self.exchange_menu.setObjectName("exchangeMenu")
        for action in (self.act_clone, self.act_send, self.act_receive):
            self.exchange_menu.addAction(action)
        for item in (self.act_new_ws, self.act_open, self.recent_menu, None, self.act_save_copy,
                     None, self.act_export_pdf, self.act_export_report, self.act_export_data, self.act_import,
                     self.act_template,
                     None, self.exchange_menu, None, self.act_close, None, self.act_quit):
            if item is None:
                self.file_menu.addSeparator()
            elif isinstance(item, QMenu):
                self.file_menu.addMenu(item)
            else:
                self.file_menu.addAction(item)
        self.edit_menu = bar.addMenu("")
        for item in (self.act_undo, self.act_redo, None, self.act_new_record, self.act_edit, self.act_delete,
                     None, self.act_history, self.act_find):
            self.edit_menu.addSeparator() if item is None else self.edit_menu.addAction(item)
        self.add_menu = bar.addMenu("")
        for action in self.add_actions.values():
            self.add_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in (*self.tab_actions, self.act_refresh):
            self.view_menu.addAction(action)
        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.language_menu.addSeparator()
        self.act_be = QAction(self)
        self.act_be.setObjectName("buddhistEra")
        self.act_be.setCheckable(True)
        self.act_be.triggered.connect(self._era_toggled)
        self.act_digits = QAction(self)
        self.act_digits.setObjectName("nativeDigits")
        self.act_digits.setCheckable(True)
        self.act_digits.triggered.connect(self._digits_toggled)
        self.language_menu.addAction(self.act_be)
        self.language_menu.addAction(self.act_digits)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        for action in (self.act_open, None, self.act_undo, self.act_redo, None, self.act_new_record,
                       self.act_edit, self.act_delete, self.act_history, None, self.act_find):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        texts = {
            self.act_new_ws: self.tr("&New workspace…"), self.act_open: self.tr("&Open…"),
            self.act_save_copy: self.tr("Save a &copy…"), self.act_close: self.tr("&Close workspace"),
            self.act_quit: self.tr("&Quit"), self.act_new_record: self.tr("&New record"),
            self.act_edit: self.tr("&Edit record"), self.act_delete: self.tr("&Delete record"),
            self.act_history: self.tr("Record &history"), self.act_find: self.tr("&Find"),
            self.act_refresh: self.tr("&Refresh"),
            self.act_export_report: self.tr("Export &report to Excel…"),
            self.act_export_data: self.tr("Export &data workbook…"),
            self.act_export_pdf: self.tr("Export &PDF report…"),
            self.act_template: self.tr("New Excel &template…"),
            self.act_import: self.tr("&Import from Excel…"),
            self.act_clone: self.tr("Make a &copy for another laptop…"),
            self.act_send: self.tr("&Send changes…"),
            self.act_receive: self.tr("&Receive changes…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self._update_undo_texts()
        names = {Agreement: self.tr("New agreement…"), Area: self.tr("New cooperation area…"),
                 Workstream: self.tr("New workstream…"), Milestone: self.tr("New milestone…"),
                 Activity: self.tr("New activity…"), Person: self.tr("New person…"),
                 Organisation: self.tr("New organisation…"), Indicator: self.tr("New indicator…")}
        for model, action in self.add_actions.items():
            action.setText(names[model])
        tabs = [self.tr("Dashboard"), self.tr("Activities"), self.tr("Milestones"), self.tr("People"),
                self.tr("Organisations"), self.tr("Indicators"), self.tr("Conflicts"), self.tr("Timeline"),
                self.tr("Calendar")]
        for action, text in zip(self.tab_actions, tabs):
            action.setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.exchange_menu.setTitle(self.tr("E&xchange with another laptop"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.add_menu.setTitle(self.tr("&Add"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.act_be.setText(self.tr("Buddhist-era years (พ.ศ.)"))
        self.act_digits.setText(self.tr("Thai or Lao digits"))
        self._update_title()

    def _update_undo_texts(self, *_args: object) -> None:
        self.act_undo.setEnabled(self.undo_group.canUndo())
        self.act_redo.setEnabled(self.undo_group.canRedo())
        undo_text, redo_text = self.undo_group.undoText(), self.undo_group.redoText()
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", undo_text).strip() if undo_text
                              else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", redo_text).strip() if redo_text
                              else self.tr("&Redo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- language, era and digits ---------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the whole running app; remembered for the next start."""
        self.apply_formats(Formats(lang, self.formats.buddhist_era, self.formats.native_digits))

    def _era_toggled(self, checked: bool) -> None:
        default_be = self.formats.lang == "th"
        era = None if checked == default_be else checked
        self.apply_formats(Formats(self.formats.lang, era, self.formats.native_digits))

    def _digits_toggled(self, checked: bool) -> None:
        self.apply_formats(Formats(self.formats.lang, self.formats.buddhist_era, checked))

    def apply_formats(self, formats: Formats) -> None:
        language_changed = formats.lang != translators().lang
        self.formats = formats
        if language_changed:
            translators().switch(formats.lang)  # LanguageChange reaches every widget...
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # ...now, not later
        save_formats(formats)
        self.language_actions[formats.lang].setChecked(True)
        self.act_be.setChecked(formats.be)
        self.act_digits.setChecked(formats.native_digits)
        self.act_digits.setEnabled(formats.lang != "en")
        if self.document is not None:
            self.document.formats = formats
        if self.page is not None:
            self.page.set_language(formats.lang)

    # --- workspace files ----------------------------------------------------------------------

    def open_workspace(self, path: str | Path) -> bool:
        """Open a workspace; on failure say why and keep what was open."""
        path = Path(path)
        try:
            ws = Workspace.open(path)
        except WorkspaceError as exc:
            self._error(self.tr("Cannot open workspace"), translated(exc, self.formats))
            settings.forget_workspace(str(path.resolve()))
            return False
        document = Document(ws, self)
        document.formats = self.formats
        self._set_document(document)
        settings.remember_workspace(path)
        return True

    def _set_document(self, document: Document | None) -> None:
        if self.page is not None:
            self.page.save_state()
        if self.document is not None:
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.close()
        self.document = document
        if document is None:
            self._show_welcome()
        else:
            self.undo_group.addStack(document.undo_stack)
            self.undo_group.setActiveStack(document.undo_stack)
            self.page = WorkspacePage(document, self.formats.lang, self)
            self.setCentralWidget(self.page)
        self._update_undo_texts()
        self._update_title()
        self.update_exchange_status()

    def _show_welcome(self) -> None:
        self.page = None
        self.setCentralWidget(WelcomePage(self))
        for action in self.record_actions:
            action.setEnabled(False)

    def _update_title(self) -> None:
        enabled = self.document is not None
        for action in self.record_actions:
            action.setEnabled(enabled)
        if self.document is None:
            self.setWindowTitle("mouplanner")
            self.status_label.setText("")
            return
        ws = self.document.ws
        self.setWindowTitle(self.tr("%1 — mouplanner").replace("%1", ws.path.name))
        self.status_label.setText(self.tr("%1 · this laptop: %2").replace("%1", str(ws.path))
                                  .replace("%2", ws.replica_name))

    def update_exchange_status(self) -> None:
        if self.document is None:
            self.exchange_label.setText("")
            return
        text, stale = exchange_ui.status_text(self.document)
        self.exchange_label.setText(self.tr("Last exchange — %1").replace("%1", text) if text else "")
        self.exchange_label.setStyleSheet("color: #b03a2e; font-weight: bold;" if stale else "")
        self.exchange_label.setToolTip(self.tr("A laptop has not exchanged changes for more than a month")
                                       if stale else "")

    def show_error(self, title: str, text: str) -> None:
        self._error(title, text)

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        self.error_box = box
        box.open()

    def choose_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), "", self._filter(),
                                              options=DIALOG_OPTIONS)
        if path:
            self.open_workspace(path)

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"), "", self._filter(),
                                              options=DIALOG_OPTIONS)
        if path:
            self.create_workspace(path)

    def create_workspace(self, path: str | Path) -> bool:
        path = Path(path)
        if path.suffix != WORKSPACE_SUFFIX:
            path = path.with_name(path.name + WORKSPACE_SUFFIX)
        try:
            ws = Workspace.create(path)
        except WorkspaceError as exc:
            self._error(self.tr("Cannot create workspace"), translated(exc, self.formats))
            return False
        ws.close()
        return self.open_workspace(path)

    def open_demo(self) -> bool:
        return self.open_workspace(ensure_demo())

    def save_copy(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), "", self._filter(),
                                              options=DIALOG_OPTIONS)
        if path:
            self.save_copy_to(path)

    def save_copy_to(self, path: str | Path) -> bool:
        assert self.document is not None
        try:
            self.document.ws.save_copy(path)
        except WorkspaceError as exc:
            self._error(self.tr("Cannot save a copy"), translated(exc, self.formats))
            return False
        except OSError as exc:
            self._error(self.tr("Cannot save a copy"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Copy saved to %1").replace("%1", str(path)), 5000)
        return True

    def _filter(self) -> str:
        return self.tr("mouplanner workspace (*.mouplan)") + ";;" + self.tr("All files (*)")

    def close_workspace(self) -> None:
        self._set_document(None)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_workspaces():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_workspace(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- Excel ------------------------------------------------------------------------------------

    def export_excel(self, kind: str) -> ExportDialog | None:
        if self.document is None or self.page is None:
            return None
        scope = self.page.navigator.scope()
        dialog = ExportDialog(self.document, kind, scope, scope_title(self.document, scope, self.formats.lang), self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Written to %1").replace("%1", str(dialog.written)), 8000))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def new_template(self, path: str | None = None) -> None:
        written = write_template_to(self, self.formats, path)
        if written:
            self.statusBar().showMessage(self.tr("Written to %1").replace("%1", str(written)), 8000)

    def import_excel(self) -> ImportWizard | None:
        if self.document is None:
            return None
        self.import_wizard = ImportWizard(self.document, self)
        self.import_wizard.open()
        return self.import_wizard

    # --- record commands ------------------------------------------------------------------------

    def edit_current(self) -> None:
        if self.page is not None and (current := self.page.current_record()):
            self.page.open_form(*current)

    def delete_current(self) -> None:
        if self.page is not None and (current := self.page.current_record()):
            self.page.delete_record(*current)

    def _show_tab(self, index: int) -> None:
        if self.page is not None:
            self.page.tabs.setCurrentIndex(index)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_state("window", self.saveGeometry())
        self._set_document(None)
        super().closeEvent(event)


def ensure_demo() -> Path:
    """The demo workspace in the user's data folder, written on first use."""
    path = default_demo_path()
    if not path.exists():
        from mouplanner.demo import build_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo(path).close()
    return path
