"""The main window: menus, toolbar and status bar around the open workspace (or a welcome page
when none is open). Opening, creating, copying and closing workspace files happens here.

This module imports Qt and little else, so the window paints before the database layer
(SQLAlchemy and the models, about half a second) is loaded: what a workspace needs is imported
when the first one opens (``open_workspace``), and the Excel and exchange dialogs when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoGroup
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from mouplanner.locale.formats import Formats
from mouplanner.paths import WORKSPACE_SUFFIX, default_demo_path
from mouplanner.ui import main_actions, settings
from mouplanner.ui.i18n import save_formats, translated, translators
from mouplanner.ui.icons import icon
from mouplanner.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from mouplanner.ui.document import Document
    from mouplanner.ui.excel_dialogs import ExportDialog
    from mouplanner.ui.import_wizard import ImportWizard
    from mouplanner.ui.workspace_page import WorkspacePage

# Qt's own file dialog, so that it speaks Thai and Lao with the app (translations/qt_*.ts).
DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.document: Document | None = None
        self.page: WorkspacePage | None = None
        self.formats = Formats("en")
        if translators().lang != self.formats.lang:  # (the first window: English has its plural forms)
            translators().switch(self.formats.lang)
        self.error_box: QMessageBox | None = None
        self._pending_open: Callable[[], Path | str] | None = None  # see open_when_painted
        self.undo_group = QUndoGroup(self)
        main_actions.make_actions(self)
        main_actions.make_menus(self)
        self.exchange_label = QLabel(self)
        self.exchange_label.setObjectName("exchangeStatus")
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.exchange_label)
        self.statusBar().addPermanentWidget(self.status_label)
        self.retranslate()
        self._show_welcome()
        geometry = settings.load_state("window")
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """The first start: 1280 x 800 where the screen has room, else what the screen has (a
        1366 x 768 laptop less its taskbar), centred."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        frame = 40  # title bar and borders the window manager adds
        size = QSize(min(1280, room.width() - 16), min(800, room.height() - frame))
        self.resize(size)
        self.move(room.left() + (room.width() - size.width()) // 2,
                  room.top() + max(0, (room.height() - size.height() - frame) // 2))

    # --- actions and menus --------------------------------------------------------------------

    def retranslate(self) -> None:
        main_actions.retranslate(self)

    def _update_undo_texts(self, *_args: object) -> None:
        main_actions.update_undo_texts(self)

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
        main_actions.show_formats(self, formats)
        if self.document is not None:
            self.document.formats = formats
        if self.page is not None:
            self.page.set_language(formats.lang)

    # --- workspace files ----------------------------------------------------------------------

    def open_when_painted(self, which: Callable[[], Path | str]) -> None:
        """Open the workspace ``which()`` names once this window has painted (say so meanwhile)."""
        label = QLabel(self.tr("Opening the workspace…"), self)
        label.setObjectName("openingPage")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(label)
        self._pending_open = which
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and self._pending_open is not None:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._open_pending)  # after this paint has reached the screen
        return super().eventFilter(watched, event)

    def _open_pending(self) -> None:
        which, self._pending_open = self._pending_open, None
        if which is not None and not self.open_workspace(which()) and self.document is None:
            self._show_welcome()

    def ask(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("questionBox")
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def open_workspace(self, path: str | Path, read_only: bool = False, damaged: bool = False) -> bool:
        """Open a workspace (a file, or a server's URL); on failure say why and keep what was open.
        A workspace open elsewhere can be opened read-only; a damaged one can be replaced by its
        latest backup; a server asks for a password when it needs one."""
        from mouplanner.facade import open_workspace
        from mouplanner.facade.servers import is_server
        from mouplanner.storage import CorruptWorkspace, WorkspaceError, WorkspaceLocked

        if is_server(path):
            from mouplanner.ui.server_connect import connect

            facade = connect(self, str(path), read_only)
            return facade is not None and self.show_workspace(facade, str(path), damaged)
        path = Path(path)
        try:
            facade = open_workspace(path, read_only=read_only)
        except WorkspaceLocked as exc:
            if self.ask(self.tr("Workspace in use"), translated(exc, self.formats), self.tr("Open read-only")):
                return self.open_workspace(path, read_only=True)
            return False
        except CorruptWorkspace as exc:
            return self._damaged(path, exc)
        except WorkspaceError as exc:
            self._error(self.tr("Cannot open workspace"), translated(exc, self.formats))
            settings.forget_workspace(str(path.resolve()))
            return False
        return self.show_workspace(facade, path, damaged)

    def show_workspace(self, facade: Any, location: str | Path, damaged: bool = False) -> bool:
        """Show a workspace just opened (a ``Facade``) in this window, in place of what was open."""
        from mouplanner.storage import CorruptWorkspace
        from mouplanner.ui.document import Document

        if facade.network_share:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workspace on a network share"), self.tr(
                "This workspace is on a network share or removable drive. mouplanner uses the safer rollback "
                "journal there, but a copy on this laptop is faster and safer: keep working on a local copy and "
                "exchange changes."), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("networkShareBox")
            self.network_box = box
            box.open()
        document = Document(facade, self)
        document.formats, document.damaged = self.formats, damaged
        try:
            self._set_document(document)
        except CorruptWorkspace as exc:  # a read of the first page tripped on damage
            self._set_document(None)
            return self._damaged(location, exc)
        settings.remember_workspace(location)
        from mouplanner.ui.backup_dialog import check_after_open

        check_after_open(self, document)
        return True

    def _damaged(self, path: str | Path, exc: Any) -> bool:  # a CorruptWorkspace
        """Offer the newest good backup of a damaged workspace (the damaged file is kept as a backup)."""
        from mouplanner.facade import backups_of, restore

        if isinstance(path, Path) and backups_of(path) and self.ask(
                self.tr("Cannot open workspace"), translated(exc, self.formats) + "\n\n" +
                self.tr("Replace it with its latest backup? The damaged file is kept as a backup too."),
                self.tr("Restore the latest backup")):
            restore(path)
            return self.open_workspace(path)
        self._error(self.tr("Cannot open workspace"), translated(exc, self.formats))
        return False

    def _set_document(self, document: Document | None) -> None:
        from mouplanner.ui.workspace_page import WorkspacePage

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
            main_actions.add_record_actions(self)
            self.page = WorkspacePage(document, self.formats.lang, self)
            main_actions.connect_page(self)
            self.setCentralWidget(self.page)
        self._update_undo_texts()
        self._update_title()
        self.update_exchange_status()

    def _show_welcome(self) -> None:
        self.page = None
        self.setCentralWidget(WelcomePage(self))
        main_actions.enable(self, opened=False, writable=False)

    def _update_title(self) -> None:
        main_actions.retranslate_tabs(self)
        main_actions.enable(self, opened=self.document is not None,
                            writable=self.document is not None and not self.document.read_only)
        if self.document is None:
            self.setWindowTitle("mouplanner")
            self.status_label.setText("")
            return
        ws = self.document.facade
        self.setWindowTitle(self.tr("%1 — mouplanner").replace("%1", ws.name)
                            + (" " + self.tr("(read-only)") if ws.read_only else ""))
        if ws.on_server:
            self.status_label.setText(self.tr("%1 · signed in as %2").replace("%1", ws.location).replace("%2", ws.user))
        else:
            self.status_label.setText(self.tr("%1 · this laptop: %2").replace("%1", ws.location)
                                      .replace("%2", ws.replica_name))

    def update_exchange_status(self) -> None:
        if self.document is None:
            self.exchange_label.setText("")
            return
        from mouplanner.ui import exchange_ui

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

    def connect_to_server(self) -> None:
        from mouplanner.ui.server_connect import ConnectDialog

        self.connect_dialog = ConnectDialog(self)
        self.connect_dialog.open()

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
        from mouplanner.facade import create_workspace
        from mouplanner.storage import WorkspaceError

        path = Path(path)
        if path.suffix != WORKSPACE_SUFFIX:
            path = path.with_name(path.name + WORKSPACE_SUFFIX)
        try:
            create_workspace(path)
        except WorkspaceError as exc:
            self._error(self.tr("Cannot create workspace"), translated(exc, self.formats))
            return False
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
        from mouplanner.storage import WorkspaceError

        assert self.document is not None
        try:
            self.document.facade.save_copy(path)
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

    # --- Excel, PDF and backups (the dialogs live in their own modules) -----------------------------

    def export_excel(self, kind: str) -> ExportDialog | None:
        from mouplanner.ui.excel_dialogs import open_export_dialog

        self.export_dialog = open_export_dialog(self, kind)
        return self.export_dialog

    def new_template(self, path: str | None = None) -> None:
        from mouplanner.ui.excel_dialogs import write_template_to

        written = write_template_to(self, self.formats, path)
        if written:
            self.statusBar().showMessage(self.tr("Written to %1").replace("%1", str(written)), 8000)

    def import_excel(self) -> ImportWizard | None:
        from mouplanner.ui.import_wizard import ImportWizard

        if self.document is None:
            return None
        self.import_wizard = ImportWizard(self.document, self)
        self.import_wizard.open()
        return self.import_wizard

    def restore_backup(self, choose: bool = True) -> bool:
        from mouplanner.ui.backup_dialog import restore_from_backup

        return restore_from_backup(self, choose)

    # --- record commands ------------------------------------------------------------------------

    def edit_current(self) -> None:
        if self.page is not None and (current := self.page.current_record()):
            self.page.open_form(*current)

    def delete_current(self) -> None:
        if self.page is not None and (current := self.page.current_record()):
            self.page.delete_record(*current)

    def _show_tab(self, index: int) -> None:
        if self.page is not None:
            self.page.tabs.setTabVisible(index, True)  # (the conflicts' tab hides while empty)
            self.page.tabs.setCurrentIndex(index)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_state("window", self.saveGeometry())
        self._set_document(None)
        super().closeEvent(event)


def ensure_demo() -> Path:
    """The demo workspace in the user's data folder, written on first use."""
    path = default_demo_path()
    if not path.exists():
        from mouplanner.facade import build_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo(path)
    return path
