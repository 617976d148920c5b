"""Help > About mouplanner: the version, what it runs on, and the licences of what it is made of
(Qt and PySide6, the Noto fonts it ships, every library it installs); and a received exchange file
(.mousync) opened by a double click: once the workspace is open, the person is asked, then the
changes are received as File > Receive changes… would."""

from __future__ import annotations

import platform
from importlib import metadata
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, QTimer, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from mouplanner import __version__

OWN = (("mouplanner", "MIT"), ("Qt 6", "LGPL-3.0"), ("Noto Sans Thai, Noto Sans Lao (fonts)", "SIL OFL 1.1"))


def _field(meta: Any, name: str) -> str:
    """A metadata field, '' when the package does not say it (some readers raise, some give None)."""
    try:
        return str(meta[name] or "")
    except KeyError:
        return ""


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if expression := _field(meta, "License-Expression"):
        return expression
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    text = _field(meta, "License").strip()
    return text.splitlines()[0][:60] if text else "?"


def libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) of every library mouplanner itself requires, by name."""
    try:
        wanted = metadata.requires("mouplanner") or []
    except metadata.PackageNotFoundError:
        wanted = []
    found = []
    for requirement in wanted:
        if "extra ==" in requirement:
            continue  # the tests' tools are not part of the app
        name = requirement.split(";")[0].split("[")[0].split(">")[0].split("<")[0].split("=")[0].strip()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found.append((_field(dist.metadata, "Name") or name, dist.version, _licence(dist)))
    return sorted(found, key=lambda f: f[0].lower())


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About mouplanner"))
        heading = QLabel(f"<h2>mouplanner {__version__}</h2>" + self.tr(
            "Plan and follow government MOUs, offline, in English, Thai and Lao."), self)
        heading.setWordWrap(True)
        runs = QLabel(self.tr("Python %1 · Qt %2 · PySide6 %3 · %4").replace("%1", platform.python_version())
                      .replace("%2", qVersion()).replace("%3", PySide6.__version__)
                      .replace("%4", platform.platform(terse=True)), self)
        runs.setObjectName("runsOn")
        self.licences = QTextBrowser(self)
        self.licences.setObjectName("licences")
        rows = [(name, "", licence) for name, licence in OWN] + libraries()
        made_of = self.tr("Made of, and their licences:")
        self.licences.setHtml(
            f"<p>{made_of}</p><table cellpadding='3'>"
            + "".join(f"<tr><td>{n}</td><td>{v}</td><td>{lic}</td></tr>" for n, v, lic in rows)
            + "</table><p>" + self.tr("The font licence is in resources/fonts/OFL.txt; Qt and PySide6 are used "
                                      "under the LGPL, unchanged, and can be replaced.") + "</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, runs, self.licences, buttons):
            layout.addWidget(widget)
        self.resize(620, 520)


def show_about(window: Any) -> AboutDialog:
    dialog = AboutDialog(window)
    window.about_dialog = dialog
    dialog.open()
    return dialog


def receive_when_open(window: Any, path: str, tries: int = 600) -> None:
    """A .mousync file the app was started with: once a workspace is open, ask, then receive it."""
    if window.document is None:
        if tries > 0:
            QTimer.singleShot(100, lambda: receive_when_open(window, path, tries - 1))
        return
    from pathlib import Path

    from mouplanner.ui import exchange_ui

    title = QCoreApplication.translate("ExchangeActions", "Receive changes")
    text = QCoreApplication.translate("About", "Receive the changes in %1 into %2?").replace(
        "%1", Path(path).name).replace("%2", window.document.facade.name)
    if window.ask(title, text, QCoreApplication.translate("About", "Receive")):
        exchange_ui.receive_changes(window, path)
