"""A list's "export what I see": its visible columns, in the order the person arranged them, the
rows its search and filters leave, in its sort order, written to CSV or xlsx (Export…), or the
selected rows copied to the clipboard as a table (Ctrl+C) that pastes into Excel, LibreOffice
or Word as rows and columns. The header's context menu shows and hides columns."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QTabWidget, QWidget

from mouplanner.excel.errors import Cancelled
from mouplanner.ui import settings
from mouplanner.ui.display import format_value
from mouplanner.ui.tasks import run_with_progress

XLSX, CSV = "Excel (*.xlsx)", "CSV, UTF-8 (*.csv)"


def visible_columns(view: Any) -> list[int]:
    """The list's columns as the person sees them: in their order on screen, hidden ones left out."""
    header = view.table.horizontalHeader()
    return [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]


def headers_of(view: Any, columns: list[int]) -> list[str]:
    return [str(view.model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]


def title_of(view: Any) -> str:
    """The list's name as its tab says it ("Activities", "กิจกรรม")."""
    widget: QWidget | None = view
    while widget is not None and not isinstance(widget, QTabWidget):
        widget = widget.parentWidget()
    if isinstance(widget, QTabWidget) and (index := widget.indexOf(view)) >= 0:
        return widget.tabText(index).replace("&", "")
    return view.name


def selected_rows(view: Any) -> list[int]:
    rows = sorted({index.row() for index in view.table.selectionModel().selectedRows()})
    if not rows and view.table.currentIndex().isValid():
        rows = [view.table.currentIndex().row()]
    return rows


def copy_rows(view: Any) -> int:
    """The selected rows, with a header row, on the clipboard as tab-separated text and as an HTML
    table (what Excel, LibreOffice and Word paste as a table): how many rows were copied."""
    rows = selected_rows(view)
    if not rows:
        return 0
    columns = visible_columns(view)
    keys = [view.model.listing.columns[c] for c in columns]
    ids = [view.model.record_id(r) for r in rows]
    values = view.document.facade.exports.list_rows(view.model.listing, ids, keys, view.document.formats)
    headers = headers_of(view, columns)
    texts = [[format_value(v, view.document.formats) for v in row] for row in values]

    def plain(cell: str) -> str:  # (a tab or a line break inside a cell would split it)
        return " ".join(cell.split())

    mime = QMimeData()
    mime.setText("\r\n".join("\t".join(plain(c) for c in line) for line in [headers, *texts]) + "\r\n")
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line) + "</tr>" for line in texts)
    mime.setHtml(f"<meta charset='utf-8'><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    QGuiApplication.clipboard().setMimeData(mime)
    app = QCoreApplication.instance()
    if app is not None and not app.property("rowsCopied"):  # once per application
        app.setProperty("rowsCopied", True)
        app.aboutToQuit.connect(release_clipboard)
    return len(texts)


def release_clipboard() -> None:
    """Before the application ends: the rows copied stay on the clipboard as text, in an object
    Qt made. (Qt deletes the clipboard's data after Python has gone; data Python made crashes it.)"""
    app = QCoreApplication.instance()
    if app is not None and app.property("rowsCopied"):  # rows were copied in this run
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(clipboard.text())


def export_list(view: Any, path: str | None = None) -> None:
    """Export… : ask for the file (xlsx or CSV), then write the list as shown, off the UI thread."""
    document = view.document
    if not path:
        suggested = settings.suggested_file(document.path.stem, title_of(view), suffix=".xlsx")
        path, chosen = QFileDialog.getSaveFileName(
            view, QCoreApplication.translate("RecordListView", "Export the list"), suggested, f"{XLSX};;{CSV}",
            options=QFileDialog.Option.DontUseNativeDialog)
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".csv" if chosen == CSV else ".xlsx"
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        view.say(QCoreApplication.translate("RecordListView", "A list is exported as .xlsx or .csv; name the file so."))
        return
    columns = visible_columns(view)
    keys = [view.model.listing.columns[c] for c in columns]
    headers, ids = headers_of(view, columns), list(view.model.ids())
    facade, formats, listing, title = document.facade, document.formats, view.model.listing, title_of(view)

    def work(progress: Any) -> Path:
        return facade.exports.write_list(target, listing, ids, keys, headers, formats, title, progress)

    def done(written: Path) -> None:
        settings.remember_output(written)
        view.exported = written
        view.say_written(len(ids), written)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            view.say(QCoreApplication.translate("RecordListView", "Cancelled: no file was written."))
            return
        why = getattr(exc, "strerror", None) or str(exc)
        view.say(QCoreApplication.translate("RecordListView", "The list could not be written: %1").replace("%1", why))

    label = QCoreApplication.translate("RecordListView", "Exporting…")
    view.export_task = run_with_progress(view, label, work, done, failed, document.background)


def column_menu(view: Any, pos: QPoint) -> QMenu:
    """The header's context menu: a tick for each column; the last one shown stays."""
    header = view.table.horizontalHeader()
    menu = QMenu(view)
    menu.setObjectName("columnsMenu")
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    for column in range(header.count()):
        action = QAction(str(view.model.headerData(column, Qt.Orientation.Horizontal)), menu)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(header.isSectionHidden(column) or len(shown) > 1)
        action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.addAction(action)
    menu.popup(header.mapToGlobal(pos))
    return menu
