"""The gallery: every view, form, dialog and report page of the app, rendered into PNG files in
English, Thai and Lao at the sizes of real laptops, so a contributor can look at all of it before
closing UI work (``scripts/gallery.py --help``).

Each page is opened the way a person opens it (menus, buttons, the navigator), painted with
``QWidget.grab`` and saved as ``OUT/<workspace>/<size>/<lang>/<NN-name>.png``; an ``index.html``
shows them side by side. While it renders, every page is checked for stray widgets (a widget
with a parent but no place in its layout, painted at the parent's top-left corner): they are
listed in ``strays.txt`` and by :func:`strays`, which the tests call too.
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLayout, QWidget

LANGS = ("en", "th", "lo")
SIZES = ((1366, 768), (1920, 1080))
# Qt's own parts place their children by hand (no layout): not strays.
MANAGED = ("QAbstractScrollArea", "QSplitter", "QToolBar", "QTabBar", "QHeaderView", "QStatusBar", "QMenuBar",
           "QCalendarWidget", "QComboBox", "QAbstractSpinBox", "QLineEdit", "QTabWidget", "QStackedWidget",
           "QMainWindow", "QWizard", "QDialogButtonBox", "QProgressDialog", "QMessageBox", "QScrollBar")


def _in_layout(layout: QLayout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        child = item.layout()
        if child is not None and _in_layout(child, widget):
            return True
    return False


def strays(top: QWidget) -> list[str]:
    """Visible widgets that have a parent with a layout but are not in it: they paint over the
    parent's top-left corner ("From" over the search box)."""
    found = []
    for widget in top.findChildren(QWidget):
        parent = widget.parentWidget()
        if widget.isWindow() or parent is None or not widget.isVisibleTo(top) or widget.objectName().startswith("qt_") \
                or widget.inherits("QSizeGrip"):  # Qt places a dialog's grip itself
            continue
        layout = parent.layout()
        if any(parent.inherits(name) for name in MANAGED) or layout is None:
            continue
        if not _in_layout(layout, widget):
            found.append(f"{type(widget).__name__}({widget.objectName() or '?'}) in "
                         f"{type(parent).__name__}({parent.objectName() or '?'})")
    return found


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@dataclass
class Shooter:
    """Writes the pictures of one workspace, language and size."""

    folder: Path
    size: tuple[int, int]
    shots: list[Path] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)

    def shoot(self, name: str, widget: QWidget) -> Path:
        wait(60)
        path = self.folder / f"{len(self.shots) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        self.shots.append(path)
        self.stray += [f"{path.name}: {s}" for s in strays(widget)]
        return path

    def dialog(self, name: str, dialog: QWidget) -> None:
        """A dialog the app opened without blocking: picture, then closed."""
        dialog.show()
        self.shoot(name, dialog)
        dialog.hide()
        dialog.deleteLater()

    def modal(self, name: str, opens: Callable[[], Any]) -> None:
        """A dialog the app runs with exec(): taken while it is up, then cancelled."""

        def take() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(30, take)
                return
            self.shoot(name, box)
            if isinstance(box, QDialog):
                box.reject()
            else:
                box.close()

        QTimer.singleShot(50, take)
        opens()


def shoot_window(shooter: Shooter, window: Any, work: Path) -> None:
    """Every page of the main window on an open workspace."""
    from mouplanner.domain import (
        ActionItem,
        Activity,
        AgendaItem,
        Agreement,
        Area,
        Decision,
        Indicator,
        Meeting,
        Milestone,
        Organisation,
        Person,
        Workstream,
    )

    page = window.page
    names = ["dashboard", *page.views, "conflicts", "timeline", "calendar", "due"]  # (the tabs, in order)
    page.due_notice.say(*page.due.counts())
    shooter.shoot("due-notice", window)
    for i, name in enumerate(names):
        page.tabs.setTabVisible(i, True)  # (the conflicts' tab hides while empty)
        page.tabs.setCurrentIndex(i)
        wait(250 if name == "dashboard" else 60)  # the dashboard's charts are counted in the background
        shooter.shoot(f"tab-{name}", window)
        if name == "dashboard":
            page.dashboard.ensureWidgetVisible(page.dashboard.boxes["meeting"], 0, 0)
            shooter.shoot("dashboard-action-items", window)
            page.dashboard.verticalScrollBar().setValue(page.dashboard.verticalScrollBar().maximum())
            shooter.shoot("dashboard-charts", window)
            page.dashboard.verticalScrollBar().setValue(0)
    nav = page.navigator
    first_agreement = nav.model_.item(0).child(0)
    if first_agreement is not None:
        nav.setCurrentIndex(first_agreement.index())
        page.tabs.setCurrentIndex(0)
        wait(250)
        shooter.shoot("dashboard-agreement", window)
        page.tabs.setCurrentIndex(names.index("timeline"))
        shooter.shoot("timeline-agreement", window)
        nav.setCurrentIndex(nav.model_.item(0).index())
    for menu in (window.file_menu, window.edit_menu, window.add_menu, window.view_menu, window.language_menu):
        menu.popup(window.mapToGlobal(window.rect().topLeft()))
        shooter.shoot(f"menu-{menu.objectName()}", menu)
        menu.hide()
    page.tabs.setCurrentIndex(names.index("activities"))
    view = page.views["activities"]
    view.search.setText("ฝึกอบ" if window.formats.lang == "th" else "ຝຶກ" if window.formats.lang == "lo" else "train")
    shooter.shoot("activities-search", window)
    view.search.clear()
    view.date_from.open_calendar()
    shooter.shoot("date-popup", view.date_from.popup)
    view.date_from.popup.close()
    for model in (Agreement, Area, Workstream, Milestone, Activity, Person, Organisation, Indicator, Meeting,
                  AgendaItem, Decision, ActionItem):
        rows = window.document.service(model).list()
        if rows:
            form = page.open_form(model, rows[0].id)
            form.resize(form.width(), min(form.height(), shooter.size[1] - 80))
            shooter.shoot(f"form-{model.__tablename__}", form)
            form.done(0)
    agreements = window.document.service(Agreement).list()
    if agreements:  # the end of an agreement's form: its renewals and its documents
        form = page.open_form(Agreement, agreements[-1].id)
        form.resize(form.width(), min(form.height(), shooter.size[1] - 80))
        form.scroll_area.ensureWidgetVisible(form.documents_panel, 0, 0)
        shooter.shoot("form-agreement-documents", form)
        form.done(0)
    meetings = [m for m in window.document.service(Meeting).list() if m.status.value == "planned"]
    if meetings:  # a planned meeting's agenda with its matters arising, at the end of its form
        form = page.open_form(Meeting, meetings[0].id)
        form.resize(form.width(), min(form.height(), shooter.size[1] - 80))
        form.scroll_area.ensureWidgetVisible(form.meeting_panel, 0, 0)
        shooter.shoot("form-meeting-agenda", form)
        form.done(0)
    form = page.new_record(Activity)
    shooter.shoot("form-new-activity", form)
    form.done(0)
    activities = window.document.service(Activity).list(limit=1)
    if activities:
        activity = activities[0]
        shooter.modal("confirm-delete", lambda: page.delete_record(Activity, activity.id))
        view.select(activity.id)
        dialog = page.show_history()
        if dialog is not None:
            shooter.dialog("history", dialog)
    for kind in ("report", "data", "pdf", "calendar", "mspdi"):
        shooter.dialog(f"export-{kind}", window.export_excel(kind))
    window.act_export_iati.trigger()
    shooter.dialog("export-iati", window.iati_dialog)
    window.act_about.trigger()
    shooter.dialog("about", window.about_dialog)
    window.act_minutes.trigger()
    shooter.dialog("meeting-minutes", window.minutes_dialog)
    wizard = window.import_excel()
    shooter.shoot("import-choose", wizard)
    _import_check(shooter, window, wizard, work)
    from mouplanner.ui import exchange_ui

    shooter.modal("exchange-send", lambda: exchange_ui.send_changes(window))
    shooter.modal("exchange-copy", lambda: exchange_ui.make_copy(window))
    files = QFileDialog(window, QCoreApplication.translate("MainWindow", "Open workspace"), str(work), window._filter())
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.resize(900, 560)
    shooter.dialog("file-dialog", files)
    shooter.modal("restore-backup", lambda: window.restore_backup())
    from mouplanner.ui.gallery_server import server_shots

    server_shots(shooter, window)


def _import_check(shooter: Shooter, window: Any, wizard: Any, work: Path) -> None:
    """The check page of an import: a data workbook with one edit, one new row and one mistake."""
    import openpyxl


    path = window.document.facade.export_data(work / f"data-{window.formats.lang}.xlsx", window.document.formats)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[1] if len(book.worksheets) > 1 else book.active
    header = [c.value for c in sheet[1]]
    if sheet.max_row >= 2 and len(header) > 3:
        sheet.cell(2, 3).value = "Edited in Excel"
        sheet.cell(sheet.max_row + 1, 3).value = "New row from Excel"
    book.save(path)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    for _ in range(200):
        if wizard.plan is not None or wizard.error.text():
            break
        wait(50)
    shooter.shoot("import-check", wizard)
    wizard.done(0)


def shoot_report(shooter: Shooter, window: Any, work: Path) -> None:
    """The PDF report's pages, as a ministry reads them, and the minutes of the meeting with the
    most said (in the gallery's language beside English)."""
    from mouplanner.domain import Meeting
    from mouplanner.locale.formats import Formats
    from mouplanner.ui.minutes_pdf import write_minutes_pdf
    from mouplanner.ui.pdf_report import write_pdf

    lang = window.formats.lang
    pdf = write_pdf(window.document.facade, work / f"report-{lang}.pdf", window.document.formats,
                    today=window.document.today())
    # the first pages: title, summary, charts and the start of the lists (a large workspace has hundreds)
    _pages(shooter, pdf, work / f"page-{lang}", "pdf", 8)
    meetings = window.document.service(Meeting).list()
    if meetings:
        facade = window.document.facade.meetings
        fullest = max(meetings, key=lambda m: len(facade.outline(m.id).actions) + (m.status.value != "planned"))
        layout = "en" if lang == "en" else f"en+{lang}"
        pdf = write_minutes_pdf(facade.minutes(fullest.id, layout), work / f"minutes-{lang}.pdf", Formats(lang))
        _pages(shooter, pdf, work / f"minutes-{lang}", "minutes", 3)


def _pages(shooter: Shooter, pdf: Path, prefix: Path, name: str, last: int) -> None:
    subprocess.run(["pdftoppm", "-r", "70", "-l", str(last), "-png", str(pdf), str(prefix)], check=True)
    for page in sorted(prefix.parent.glob(f"{prefix.name}-*.png")):
        target = shooter.folder / f"{len(shooter.shots) + 1:02d}-{name}-{page.stem.rsplit('-', 1)[-1]}.png"
        page.replace(target)
        shooter.shots.append(target)


def render(workspace: Path, out: Path, langs: tuple[str, ...] = LANGS, sizes: tuple[tuple[int, int], ...] = SIZES,
           report: bool = True) -> list[Shooter]:
    """Every page of ``workspace`` in each language and size; returns what was written."""
    from mouplanner.locale.formats import Formats
    from mouplanner.ui import fonts
    from mouplanner.ui.collector import collect_on_ui_thread
    from mouplanner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.install(app)
    collect_on_ui_thread(app)  # (widgets are never destroyed by a collection in a worker thread)
    done: list[Shooter] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for width, height in sizes:
            for lang in langs:
                folder = out / workspace.stem / f"{width}x{height}" / lang
                folder.mkdir(parents=True, exist_ok=True)
                for old in folder.glob("*.png"):  # pictures of an earlier run would mislead
                    old.unlink()
                shooter = Shooter(folder, (width, height))
                window = MainWindow()
                window.resize(width, height)
                window.show()
                window.apply_formats(Formats(lang))
                shooter.shoot("welcome", window)
                if not window.open_workspace(workspace):
                    raise SystemExit(f"gallery: cannot open {workspace}")
                shoot_window(shooter, window, work)
                if report and (width, height) == sizes[0]:
                    shoot_report(shooter, window, work)
                window.close()
                window.deleteLater()
                QCoreApplication.processEvents()
                _shoot_damaged(shooter, workspace, lang)
                done.append(shooter)
    _index(out, done)
    return done


def _shoot_damaged(shooter: Shooter, workspace: Path, lang: str) -> None:
    """The window on a workspace the check after opening found damaged and could not restore (no
    backup): read-only, saying so. A window of its own, once every other page is taken."""
    from mouplanner.locale.formats import Formats
    from mouplanner.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(*shooter.size)
    window.show()
    window.apply_formats(Formats(lang))
    if window.open_workspace(workspace, read_only=True, damaged=True):
        shooter.shoot("read-only-damaged", window)
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()


def _index(out: Path, shooters: list[Shooter]) -> None:
    rows = []
    for s in shooters:
        rows.append(f"<h2>{html.escape(str(s.folder.relative_to(out)))}</h2>")
        rows += [f'<a href="{html.escape(str(p.relative_to(out)))}"><img src="{html.escape(str(p.relative_to(out)))}" '
                 f'title="{html.escape(p.name)}" style="width:320px;margin:4px;border:1px solid #ccc"></a>'
                 for p in s.shots]
    (out / "index.html").write_text("<!doctype html><meta charset=utf-8><title>mouplanner gallery</title>"
                                    + "\n".join(rows), encoding="utf-8")
    (out / "strays.txt").write_text("\n".join(x for s in shooters for x in s.stray) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/gallery.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="gallery", help="folder for the pictures (default: gallery/)")
    parser.add_argument("--workspace", action="append", default=[],
                        help="a workspace to render (repeatable; default: a fresh demo workspace)")
    parser.add_argument("--lang", action="append", choices=LANGS, help="only these languages")
    parser.add_argument("--size", action="append", help="only these sizes, e.g. 1366x768")
    parser.add_argument("--no-report", action="store_true", help="skip the PDF report pages")
    parser.add_argument("--docs", metavar="DIR", help="also copy the README's screenshots there (the demo's "
                        "dashboard at the first size: screenshot.png, screenshot-th.png, screenshot-lo.png)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings_dir = tempfile.TemporaryDirectory()  # the contributor's own settings stay as they are
    os.environ["XDG_DATA_HOME"] = settings_dir.name
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir.name)
    out = Path(args.out)
    sizes = tuple(tuple(int(n) for n in s.split("x")) for s in args.size) if args.size else SIZES
    workspaces = [Path(w) for w in args.workspace]
    with tempfile.TemporaryDirectory() as tmp:
        if not workspaces:
            from mouplanner.demo import build_demo

            demo = Path(tmp) / "demo.mouplan"
            build_demo(demo).close()
            workspaces = [demo]
        shooters = []
        for workspace in workspaces:
            shooters += render(workspace, out, tuple(args.lang or LANGS), sizes, not args.no_report)  # type: ignore[arg-type]
    _index(out, shooters)
    if args.docs:
        for shooter in shooters:
            if shooter.size == sizes[0] and shooter.folder.parent.parent.name == workspaces[0].stem:
                lang = shooter.folder.name
                page = next(p for p in shooter.shots if p.name.endswith("-tab-dashboard.png"))
                name = "screenshot.png" if lang == "en" else f"screenshot-{lang}.png"
                shutil.copyfile(page, Path(args.docs) / name)
    count = sum(len(s.shots) for s in shooters)
    found = sum(len(s.stray) for s in shooters)
    print(f"{count} pictures in {out}/ (open {out}/index.html); {found} stray widgets"
          + (f" (see {out}/strays.txt)" if found else ""))
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
