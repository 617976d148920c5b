"""File > Export IATI activity file…: the publisher's settings (kept with the workspace: the
reporting organisation, its IATI identifier and type, the sectors, the aid type, where attached
documents are published), the scope and the file. Settings IATI's codelists do not have are
refused before anything is kept; an export IATI cannot take says everything it lacks and writes
nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mouplanner.domain import Organisation
from mouplanner.locale.text import display
from mouplanner.services.iati_settings import IatiSettings, codelists
from mouplanner.services.scope import Scope
from mouplanner.standards.iati import IatiExportError
from mouplanner.storage import WorkspaceError
from mouplanner.ui import settings
from mouplanner.ui.document import Document
from mouplanner.ui.file_field import file_row, message_line
from mouplanner.ui.i18n import translated


def _codes(combo: QComboBox, codelist: str, chosen: str) -> None:
    combo.addItem("", "")
    for code, name in codelists()[codelist].items():
        combo.addItem(f"{code} · {name}", code)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))


class IatiDialog(QDialog):
    def __init__(self, document: Document, scope: Scope, scope_title: str, parent: QWidget, scope_code: str = ""):
        super().__init__(parent)
        self.setObjectName("iatiDialog")
        self.document, self.scope = document, scope
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export IATI activity file"))
        exports = document.facade.exports
        kept = exports.iati_settings()
        publisher = QGroupBox(self.tr("Publisher (kept with this workspace)"), self)
        form = QFormLayout(publisher)
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("organisation")
        self.organisation.addItem("", "")
        for org in sorted(document.service(Organisation).list(), key=lambda o: display(o, document.formats.lang)):
            self.organisation.addItem(display(org, document.formats.lang), org.id)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(kept.organisation_id)))
        self.org_ref = QLineEdit(kept.org_ref, self)
        self.org_ref.setObjectName("orgRef")
        self.org_ref.setPlaceholderText("TH-GOV-12345")
        self.org_type = QComboBox(self)
        self.org_type.setObjectName("orgType")
        _codes(self.org_type, "OrganisationType", kept.org_type)
        self.sectors = QLineEdit(", ".join(kept.sectors), self)
        self.sectors.setObjectName("sectors")
        self.sectors.setPlaceholderText("22040")
        self.sector_names = QLabel(self)
        self.sector_names.setWordWrap(True)
        self.sectors.textChanged.connect(self._name_sectors)
        self.aid_type = QComboBox(self)
        self.aid_type.setObjectName("aidType")
        _codes(self.aid_type, "AidType", kept.aid_type)
        self.documents_url = QLineEdit(kept.documents_url, self)
        self.documents_url.setObjectName("documentsUrl")
        self.documents_url.setPlaceholderText("https://…")
        form.addRow(self.tr("Reporting organisation"), self.organisation)
        form.addRow(self.tr("Its IATI identifier"), self.org_ref)
        form.addRow(self.tr("Its type"), self.org_type)
        form.addRow(self.tr("Sectors (DAC 5-digit codes)"), self.sectors)
        form.addRow("", self.sector_names)
        form.addRow(self.tr("Aid type"), self.aid_type)
        form.addRow(self.tr("Documents published at"), self.documents_url)
        rest = QFormLayout()
        self.only_scope: QCheckBox | None = None
        if scope.is_all:
            rest.addRow(self.tr("Scope"), QLabel(self.tr("All agreements"), self))
        else:
            self.only_scope = QCheckBox(self.tr("Only %1").replace("%1", scope_title), self)
            self.only_scope.setChecked(True)
            rest.addRow(self.tr("Scope"), self.only_scope)
        self.path, row = file_row(self, self._browse)
        self.path.setText(settings.suggested_file(document.path.stem, scope_code, "IATI", suffix=".xml"))
        rest.addRow(self.tr("File"), row)
        self.message = message_line(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(publisher)
        layout.addLayout(rest)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self._name_sectors()
        self.setMinimumWidth(680)

    def _name_sectors(self) -> None:
        names, unknown = codelists()["Sector"], self.tr("not a DAC sector code")
        said = [f"{c}: {names.get(c, unknown)}" for c in self._sector_codes()]
        self.sector_names.setText("; ".join(said))
        self.sector_names.setVisible(bool(said))  # (no empty line under the codes)

    def _sector_codes(self) -> list[str]:
        return [c.strip() for c in self.sectors.text().replace(";", ",").split(",") if c.strip()]

    def settings(self) -> IatiSettings:
        return IatiSettings(self.organisation.currentData() or "", self.org_ref.text().strip(),
                            self.org_type.currentData() or "", self._sector_codes(), self.aid_type.currentData() or "",
                            self.documents_url.text().strip())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), "IATI XML (*.xml)",
                                              options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.path.setText(path if path.endswith(".xml") else path + ".xml")

    def start(self) -> None:
        text = self.path.text().strip()
        target = Path(text if text.endswith(".xml") else text + ".xml")
        if not text or not target.parent.is_dir():
            self.message.setText(self.tr("Choose a file in a folder that exists."))
            return
        exports = self.document.facade.exports
        scope = self.scope if self.only_scope is not None and self.only_scope.isChecked() else Scope()
        try:
            exports.save_iati_settings(self.settings())
            exports.iati(target, scope, self.document.today())
        except IatiExportError as exc:  # every gap in the reader's language
            gaps = "; ".join(translated(note, self.document.formats) for note in exc.notes)
            self.message.setText(QCoreApplication.translate("Errors", exc.template).replace("{missing}", gaps))
            return
        except WorkspaceError as exc:
            self.message.setText(translated(exc, self.document.formats))
            return
        except OSError as exc:
            self.message.setText(self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.written = target
        settings.remember_output(target)
        self.accept()


def open_iati_dialog(window: Any) -> IatiDialog | None:
    from mouplanner.ui.excel_dialogs import scope_names

    if window.document is None or window.page is None:
        return None
    scope = window.page.navigator.scope()
    title, code = scope_names(window.document, scope, window.formats.lang)
    dialog = IatiDialog(window.document, scope, title, window, code)
    dialog.accepted.connect(lambda: window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Written to %1").replace("%1", str(dialog.written)), 8000))
    window.iati_dialog = dialog
    dialog.open()
    return dialog
