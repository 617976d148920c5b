"""The main window's actions, menus and toolbar, and their texts in the UI language (kept apart
from MainWindow so that each stays small). The texts belong to the MainWindow translation context."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from mouplanner.ui import settings
from mouplanner.ui.i18n import LANGUAGES
from mouplanner.ui.icons import icon


def _later(module: str) -> Any:
    """A dialog's module, imported when its action is first used (not while the window starts)."""
    return import_module(f"mouplanner.ui.{module}")


def action(window: Any, name: str, icon_name: str | None, shortcut: QKeySequence | str | list | None,
            slot: object) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    if icon_name:
        action.setIcon(icon(icon_name))
    if isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def make_actions(window: Any) -> None:
    def a(*args: Any) -> QAction:
        return action(window, *args)

    window.act_new_ws = a("newWorkspace", "new", "Ctrl+Shift+N", window.new_workspace)
    window.act_open = a("open", "open", QKeySequence.StandardKey.Open, window.choose_workspace)
    window.act_connect = a("connectServer", "server", "Ctrl+Shift+O", window.connect_to_server)
    window.act_rights = a("rights", "person", None, lambda: _later("rights_dialog").show_rights(window))
    window.act_save_copy = a("saveCopy", "save", "Ctrl+Shift+S", window.save_copy)
    window.act_close = a("close", "close", QKeySequence.StandardKey.Close, window.close_workspace)
    window.act_export_report = a("exportReport", "indicator", "Ctrl+Shift+E", lambda: window.export_excel("report"))
    window.act_export_data = a("exportData", "save", None, lambda: window.export_excel("data"))
    window.act_export_pdf = a("exportPdf", "agreement", "Ctrl+P", lambda: window.export_excel("pdf"))
    window.act_export_calendar = a("exportCalendar", "agenda", None, lambda: window.export_excel("calendar"))
    window.act_export_mspdi = a("exportMspdi", "milestone", None, lambda: window.export_excel("mspdi"))
    window.act_export_iati = a("exportIati", "indicator", None, lambda: _later("iati_dialog").open_iati_dialog(window))
    window.act_minutes = a("meetingMinutes", "meeting", "Ctrl+Shift+M",
                           lambda: _later("minutes_dialog").minutes_from_window(window))
    window.act_template = a("excelTemplate", "new", None, lambda: window.new_template())
    window.act_import = a("importExcel", "open", "Ctrl+I", lambda: window.import_excel())
    window.act_import_plan = a("importPlan", "open", None, lambda: _later("plan_import_dialog").import_plan(window))
    window.act_restore = a("restoreBackup", "history", None, lambda: window.restore_backup())
    window.act_clone = a("makeCopy", "save", None, lambda: _later("exchange_ui").make_copy(window))
    window.act_send = a("sendChanges", "redo", None, lambda: _later("exchange_ui").send_changes(window))
    window.act_receive = a("receiveChanges", "undo", None, lambda: _later("exchange_ui").receive_changes(window))
    window.act_sync_server = a("syncServer", "server", None, lambda: _later("server_sync").sync_now(window))
    window.act_quit = a("quit", None, QKeySequence.StandardKey.Quit, window.close)
    window.act_about = a("about", "app", None, lambda: _later("about").show_about(window))
    window.act_undo = a("undo", "undo", "Ctrl+Z", window.undo_group.undo)
    window.act_redo = a("redo", "redo", [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                      window.undo_group.redo)
    for signal in (window.undo_group.canUndoChanged, window.undo_group.canRedoChanged,
                   window.undo_group.undoTextChanged, window.undo_group.redoTextChanged):
        signal.connect(window._update_undo_texts)
    window.act_new_record = a("newRecord", "new", "Ctrl+N", lambda: window.page and window.page.new_record())
    window.act_edit = a("editRecord", "edit", "Ctrl+E", window.edit_current)
    window.act_delete = a("deleteRecord", "delete", "Ctrl+Del", window.delete_current)
    window.act_history = a("history", "history", "Ctrl+H", lambda: window.page and window.page.show_history())
    window.act_find = a("find", "search", QKeySequence.StandardKey.Find,
                        lambda: window.page and window.page.focus_search())
    window.act_refresh = a("refresh", "refresh", QKeySequence.StandardKey.Refresh,
                         lambda: window.page and window.page.refresh())
    window.add_actions = {}  # by table name, made with the first workspace (add_record_actions)
    # one per tab (the View menu shows as many as the workspace has): Ctrl+1 ... Ctrl+9, Ctrl+0
    window.tab_actions = [a(f"tab{i}", None, f"Ctrl+{(i + 1) % 10}" if i < 10 else None,
                            lambda _=False, i=i: window._show_tab(i)) for i in range(14)]
    window.record_actions = [window.act_save_copy, window.act_close, window.act_restore, window.act_export_report,
                           window.act_export_data,
                           window.act_export_pdf, window.act_export_calendar, window.act_export_mspdi,
                           window.act_export_iati, window.act_minutes, window.act_import, window.act_import_plan,
                           window.act_clone, window.act_send, window.act_receive,
                           window.act_new_record, window.act_edit,
                           window.act_delete, window.act_history, window.act_find, window.act_refresh,
                           *window.tab_actions]


def add_record_actions(window: Any) -> None:
    """The Add menu's "New …" commands, one for each kind of record that has one, in its place.
    Made when the first workspace opens: the kinds load with it, not with the window."""
    if window.add_actions:
        return
    from mouplanner import kinds

    for kind in sorted((k for k in kinds.all_kinds() if k.new), key=lambda k: k.new):
        made = action(window, f"new{kind.model.__name__}", kind.icon, None,
                      lambda _=False, m=kind.model: window.page and window.page.new_record(m))
        made.setData(kind.new_label)
        window.add_actions[kind.table] = made
        window.add_menu.addAction(made)
        window.record_actions.append(made)
    _retranslate_add(window)


def _retranslate_add(window: Any) -> None:
    for made in window.add_actions.values():
        made.setText(QCoreApplication.translate("MainWindow", made.data()))
    window.add_menu.setEnabled(bool(window.add_actions))


def _fill_recent(window: Any) -> None:
    window.recent_menu.clear()
    for path in settings.recent_workspaces():
        made = window.recent_menu.addAction(_recent_label(path))
        made.triggered.connect(lambda _=False, p=path: window.open_workspace(p))
    if window.recent_menu.isEmpty():
        window.recent_menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)


def _recent_label(location: str) -> str:
    from mouplanner.facade.servers import ServerAddress, is_server

    if not is_server(location):
        return location
    return QCoreApplication.translate("MainWindow", "%1 (server)").replace("%1", ServerAddress.from_url(location).label)


def connect_page(window: Any) -> None:
    """What the workspace's page asks of the window's actions."""
    window.page.offer.syncRequested.connect(window.act_sync_server.trigger)
    window.page.said.connect(lambda text: window.statusBar().showMessage(text, 15000))


def enable(window: Any, *, opened: bool, writable: bool) -> None:
    """What needs an open workspace, and what writes into it (off when it is open read-only)."""
    for made in window.record_actions:
        made.setEnabled(opened)
    if opened and window.document is not None and window.document.facade.on_server:
        for made in (window.act_save_copy, window.act_restore):  # the server's administrator's (pg_dump)
            made.setEnabled(False)
    window.act_sync_server.setEnabled(opened and writable and bool(window.document.server_copy_of))
    window.act_rights.setEnabled(opened and window.document.facade.on_server and window.document.level == "admin")
    if opened and not writable:
        for made in (window.act_new_record, window.act_delete, window.act_import, window.act_import_plan,
                     window.act_undo, window.act_redo,
                     window.act_send, window.act_receive, window.act_clone, window.act_restore,
                     *window.add_actions.values()):
            made.setEnabled(False)


def show_formats(window: Any, formats: Any) -> None:
    """The Language menu as the reader has chosen: language, era, digits."""
    window.language_actions[formats.lang].setChecked(True)
    window.act_be.setChecked(formats.be)
    window.act_digits.setChecked(formats.native_digits)
    window.act_digits.setEnabled(formats.lang != "en")


def update_undo_texts(window: Any) -> None:
    """Undo and Redo, enabled when there is something to undo or redo, and saying what."""
    window.act_undo.setEnabled(window.undo_group.canUndo())
    window.act_redo.setEnabled(window.undo_group.canRedo())
    undo_text, redo_text = window.undo_group.undoText(), window.undo_group.redoText()
    window.act_undo.setText(QCoreApplication.translate("MainWindow", "&Undo %1").replace("%1", undo_text).strip()
                            if undo_text else QCoreApplication.translate("MainWindow", "&Undo"))
    window.act_redo.setText(QCoreApplication.translate("MainWindow", "&Redo %1").replace("%1", redo_text).strip()
                            if redo_text else QCoreApplication.translate("MainWindow", "&Redo"))


def retranslate_tabs(window: Any) -> None:
    """The View menu: one command per tab of the open workspace, named as its tab."""
    tabs = window.page.tabs if window.page is not None else None
    for i, made in enumerate(window.tab_actions):
        made.setVisible(tabs is not None and i < tabs.count())
        if tabs is not None and i < tabs.count():
            made.setText(tabs.tabText(i))


def make_menus(window: Any) -> None:
    bar = window.menuBar()
    window.file_menu = bar.addMenu("")
    window.file_menu.setObjectName("fileMenu")
    window.recent_menu = QMenu(window)
    window.recent_menu.setObjectName("recentMenu")
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent(window))
    window.exchange_menu = QMenu(window)
    window.exchange_menu.setObjectName("exchangeMenu")
    for action in (window.act_clone, window.act_send, window.act_receive, window.act_sync_server):
        window.exchange_menu.addAction(action)
    for item in (window.act_new_ws, window.act_open, window.act_connect, window.recent_menu, window.act_rights,
                 None, window.act_save_copy,
                 None, window.act_export_pdf, window.act_export_report, window.act_export_data,
                 window.act_export_calendar, window.act_export_mspdi, window.act_export_iati, window.act_minutes,
                 window.act_import, window.act_import_plan,
                 window.act_template,
                 None, window.exchange_menu, None, window.act_restore, window.act_close, None, window.act_quit):
        if item is None:
            window.file_menu.addSeparator()
        elif isinstance(item, QMenu):
            window.file_menu.addMenu(item)
        else:
            window.file_menu.addAction(item)
    window.edit_menu = bar.addMenu("")
    window.edit_menu.setObjectName("editMenu")
    for item in (window.act_undo, window.act_redo, None, window.act_new_record, window.act_edit, window.act_delete,
                 None, window.act_history, window.act_find):
        window.edit_menu.addSeparator() if item is None else window.edit_menu.addAction(item)
    window.add_menu = bar.addMenu("")
    window.add_menu.setObjectName("addMenu")
    window.view_menu = bar.addMenu("")
    window.view_menu.setObjectName("viewMenu")
    window.view_menu.aboutToShow.connect(lambda: retranslate_tabs(window))  # "Conflicts (2)" as on its tab
    for action in (*window.tab_actions, window.act_refresh):
        window.view_menu.addAction(action)
    window.language_menu = bar.addMenu("")
    window.language_menu.setObjectName("languageMenu")
    window.language_group = QActionGroup(window)
    window.language_actions = {}
    for code, name in LANGUAGES.items():
        action = QAction(name, window)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.triggered.connect(lambda _=False, c=code: window.set_language(c))
        window.language_group.addAction(action)
        window.language_menu.addAction(action)
        window.language_actions[code] = action
    window.language_menu.addSeparator()
    window.act_be = QAction(window)
    window.act_be.setObjectName("buddhistEra")
    window.act_be.setCheckable(True)
    window.act_be.triggered.connect(window._era_toggled)
    window.act_digits = QAction(window)
    window.act_digits.setObjectName("nativeDigits")
    window.act_digits.setCheckable(True)
    window.act_digits.triggered.connect(window._digits_toggled)
    window.language_menu.addAction(window.act_be)
    window.language_menu.addAction(window.act_digits)
    window.help_menu = bar.addMenu("")
    window.help_menu.setObjectName("helpMenu")
    window.help_menu.addAction(window.act_about)
    window.toolbar = QToolBar(window)
    window.toolbar.setObjectName("toolbar")
    window.toolbar.setMovable(False)
    for action in (window.act_open, None, window.act_undo, window.act_redo, None, window.act_new_record,
                   window.act_edit, window.act_delete, window.act_history, None, window.act_find):
        window.toolbar.addSeparator() if action is None else window.toolbar.addAction(action)
    window.addToolBar(window.toolbar)


def retranslate(window: Any) -> None:
    texts = {
        window.act_new_ws: QCoreApplication.translate("MainWindow", "&New workspace…"),
        window.act_open: QCoreApplication.translate("MainWindow", "&Open…"),
        window.act_connect: QCoreApplication.translate("MainWindow", "Connect to &server…"),
        window.act_rights: QCoreApplication.translate("MainWindow", "Ri&ghts…"),
        window.act_save_copy: QCoreApplication.translate("MainWindow", "Save a &copy…"),
        window.act_close: QCoreApplication.translate("MainWindow", "&Close workspace"),
        window.act_quit: QCoreApplication.translate("MainWindow", "&Quit"),
        window.act_new_record: QCoreApplication.translate("MainWindow", "&New record"),
        window.act_edit: QCoreApplication.translate("MainWindow", "&Edit record"),
        window.act_delete: QCoreApplication.translate("MainWindow", "&Delete record"),
        window.act_history: QCoreApplication.translate("MainWindow", "Record &history"),
        window.act_find: QCoreApplication.translate("MainWindow", "&Find"),
        window.act_refresh: QCoreApplication.translate("MainWindow", "&Refresh"),
        window.act_export_report: QCoreApplication.translate("MainWindow", "Export &report to Excel…"),
        window.act_export_data: QCoreApplication.translate("MainWindow", "Export &data workbook…"),
        window.act_export_pdf: QCoreApplication.translate("MainWindow", "Export &PDF report…"),
        window.act_about: QCoreApplication.translate("MainWindow", "&About mouplanner"),
        window.act_export_calendar: QCoreApplication.translate("MainWindow", "Export &calendar (.ics)…"),
        window.act_export_mspdi: QCoreApplication.translate("MainWindow", "Export to MS Pro&ject (.xml)…"),
        window.act_export_iati: QCoreApplication.translate("MainWindow", "Export I&ATI activity file (.xml)…"),
        window.act_minutes: QCoreApplication.translate("MainWindow", "Meeting &minutes…"),
        window.act_template: QCoreApplication.translate("MainWindow", "New Excel &template…"),
        window.act_import: QCoreApplication.translate("MainWindow", "&Import from Excel…"),
        window.act_import_plan: QCoreApplication.translate("MainWindow", "Import from MS Project (.&xml)…"),
        window.act_clone: QCoreApplication.translate("MainWindow", "Make a &copy for another laptop…"),
        window.act_send: QCoreApplication.translate("MainWindow", "&Send changes…"),
        window.act_receive: QCoreApplication.translate("MainWindow", "&Receive changes…"),
        window.act_sync_server: QCoreApplication.translate("MainWindow", "Sync with the ser&ver"),
        window.act_restore: QCoreApplication.translate("MainWindow", "Restore from &backup…"),
    }
    for action, text in texts.items():
        action.setText(text)
    window._update_undo_texts()
    _retranslate_add(window)
    window.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
    window.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &recent"))
    window.exchange_menu.setTitle(QCoreApplication.translate("MainWindow", "E&xchange with another laptop"))
    window.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
    window.add_menu.setTitle(QCoreApplication.translate("MainWindow", "&Add"))
    window.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
    window.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
    window.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
    # each language by its own name, and by the name the reader knows it by (Lao and loopless Thai
    # letters look alike: "ລາວ (ลาว)" is unmistakable)
    known = {"en": QCoreApplication.translate("MainWindow", "English"),
             "th": QCoreApplication.translate("MainWindow", "Thai"),
             "lo": QCoreApplication.translate("MainWindow", "Lao")}
    for code, action in window.language_actions.items():
        native = LANGUAGES[code]
        action.setText(native if known[code] == native else f"{native} ({known[code]})")
    window.act_be.setText(QCoreApplication.translate("MainWindow", "Buddhist-era years (พ.ศ.)"))
    window.act_digits.setText(QCoreApplication.translate("MainWindow", "Thai or Lao digits"))
    window._update_title()
