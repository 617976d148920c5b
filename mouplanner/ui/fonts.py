"""Bundled Noto Sans Thai and Noto Sans Lao, loaded at start and put ahead of the system font:
DejaVu (the usual Linux default) has Lao glyphs whose stacked vowels and tone marks collide,
so Lao and Thai characters must reach the Noto fonts first. Latin falls through to the system
font (the Noto Thai/Lao fonts carry next to no Latin)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QToolTip

from mouplanner.paths import resource

FILES = ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", "NotoSansLao-Regular.ttf",
         "NotoSansLao-Bold.ttf")
SCRIPT_FAMILIES = ["Noto Sans Lao", "Noto Sans Thai"]


def load_bundled_fonts() -> list[str]:
    families: list[str] = []
    for name in FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def with_script_fonts(font: QFont) -> QFont:
    """The same font, with Lao and Thai served by the bundled Noto fonts."""
    base = [f for f in font.families() if f not in SCRIPT_FAMILIES] or [font.family()]
    result = QFont(font)
    result.setFamilies(SCRIPT_FAMILIES + base)
    return result


# Widgets whose font the platform theme may set apart from the application's (a menu in DejaVu
# showed Lao letters that read as Thai).
CLASSES = ("QMenu", "QMenuBar", "QMessageBox", "QTipLabel", "QHeaderView", "QTabBar", "QComboMenuItem",
           "QComboBox", "QAbstractItemView", "QLabel", "QPushButton", "QToolButton", "QLineEdit", "QGroupBox",
           "QDockWidget", "QStatusBar", "QCalendarWidget", "QCheckBox", "QRadioButton")


def install(app: QApplication) -> None:
    load_bundled_fonts()
    app.setFont(with_script_fonts(app.font()))
    for name in CLASSES:
        # (the stubs say bytes; PySide6 takes the class name as str only)
        app.setFont(with_script_fonts(QApplication.font(name)), name)  # type: ignore[call-overload, arg-type]
    QToolTip.setFont(with_script_fonts(QToolTip.font()))
