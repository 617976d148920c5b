"""Make resources/icons/app.ico (the Windows program's and installer's icon) from app.svg.

Each size is drawn from the SVG by Qt (a 16-pixel icon drawn small, not a 256-pixel one shrunk) and
Pillow writes the .ico container. Run it after changing app.svg; the .ico is kept in the
repository so a build needs neither. Needs Pillow: ``.venv/bin/pip install pillow``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_app_icon.py
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (256, 128, 64, 48, 32, 24, 16)


def drawn(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "app.svg"))
    images = [drawn(renderer, size) for size in SIZES]
    images[0].save(ICONS / "app.ico", format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[1:])
    print(f"written {ICONS / 'app.ico'} ({', '.join(map(str, SIZES))} px)")


if __name__ == "__main__":
    main()
