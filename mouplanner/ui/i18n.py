"""The interface language: Qt translators for the app and for Qt's own buttons and dialogs,
switched at run time, and the translation of the core's marked messages.

The .ts files in ``translations/`` are the sources; the .qm files Qt loads are built from them
with the ``lrelease`` that ships in PySide6, on first use, into the user's cache folder (so a fresh
install shows Thai and Lao without a manual step, and an edited .ts is rebuilt automatically).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path
from typing import Any

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from mouplanner.locale.formats import Formats
from mouplanner.locale.marks import Translatable, fill
from mouplanner.paths import APP_NAME, RESOURCES
from mouplanner.ui import settings

LANGUAGES = {"en": "English", "th": "ไทย", "lo": "ລາວ"}
TRANSLATIONS = RESOURCES.parent / "translations"
CATALOGUES = ("mouplanner", "qt")  # our strings; Qt's own (standard buttons, file dialog)


def lrelease() -> Path:
    return Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")


def compiled(catalogue: str, lang: str) -> Path | None:
    """The .qm for a .ts source, built when missing or when the source changed; a bundle ships
    them built (it has no lrelease)."""
    shipped = TRANSLATIONS / f"{catalogue}_{lang}.qm"
    if shipped.exists():
        return shipped
    source = TRANSLATIONS / f"{catalogue}_{lang}.ts"
    if not source.exists():
        return None
    digest = hashlib.sha1(source.read_bytes()).hexdigest()[:12]
    target = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "qm" / f"{catalogue}_{lang}-{digest}.qm"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(target)], check=True,
                       capture_output=True)
    return target


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def saved_language() -> str:
    """The language to start in: MOUPLANNER_LANG, else the one chosen last, else the system's."""
    forced = os.environ.get("MOUPLANNER_LANG", "")
    if forced in LANGUAGES:
        return forced
    value = str(settings.settings().value("ui/language", "") or "")
    return value if value in LANGUAGES else system_language()


def saved_formats(lang: str) -> Formats:
    s = settings.settings()
    era = str(s.value("ui/era", "auto"))
    digits = str(s.value("ui/native_digits", "false")) == "true"
    return Formats(lang, None if era == "auto" else era == "be", digits)


def save_formats(formats: Formats) -> None:
    s = settings.settings()
    s.setValue("ui/language", formats.lang)
    s.setValue("ui/era", "auto" if formats.buddhist_era is None else ("be" if formats.buddhist_era else "ce"))
    s.setValue("ui/native_digits", "true" if formats.native_digits else "false")


class Translators:
    """The translators installed in the application; ``switch`` replaces them, and Qt sends
    every widget a LanguageChange event."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.lang = ""  # none installed yet

    def switch(self, lang: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.lang = lang
        # English has a catalogue too, of its plural forms only ("1 record", "2 records")
        for catalogue in CATALOGUES:
            path = compiled(catalogue, lang)
            translator = QTranslator(app)
            if path is not None and translator.load(str(path)):
                app.installTranslator(translator)
                self._installed.append(translator)
        QLocale.setDefault(QLocale({"th": QLocale.Language.Thai, "lo": QLocale.Language.Lao}.get(
            lang, QLocale.Language.English)))


_TRANSLATORS = Translators()


def translators() -> Translators:
    """The application's translators (one set per process, as QCoreApplication's are)."""
    return _TRANSLATORS


def translated(message: Translatable, formats: Formats) -> str:
    """A core message (validation problem, workspace error) in the UI language."""
    template = QCoreApplication.translate(message.context, message.template)
    return fill(template, {k: _param(v, formats) for k, v in message.params.items()})


def _param(value: Any, formats: Formats) -> Any:
    if hasattr(value, "isoformat") and hasattr(value, "year"):
        return formats.date(value, "medium")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formats.number(value)
    if isinstance(value, str) and value in ENTITY_NAMES:
        return QCoreApplication.translate("Labels", value)
    return value


ENTITY_NAMES = {"Organisation", "Person", "Agreement", "Cooperation area", "Workstream", "Milestone",
                "Activity", "Participant", "Indicator", "Indicator period", "Signatory", "Coordinator",
                "Agreement party", "Milestone dependency"}
