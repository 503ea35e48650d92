"""Render resources/icons/telvalid.svg (telvalid-small.svg for 16 and 32 px) to PNGs and a Windows .ico.

Run it after changing the SVG and commit what it writes (the bundle and the window read the PNGs, so
neither needs Qt's SVG module at run time):

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402 - after the platform is chosen, like Qt below
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)
# Below 48 px the full drawing turns to mush: a simpler one, drawn on a 32 px grid, stays readable.
SMALL_SIZES = (16, 32)
ICO_SIZES = (16, 32, 48, 256)  # what Windows Explorer and the taskbar pick from


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn antialiased at ``size`` x ``size`` on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write telvalid-SIZE.png for every size, then telvalid.ico from the same renderings."""
    _application = QGuiApplication(sys.argv)
    renderers = {name: QSvgRenderer(str(ICONS / name)) for name in ("telvalid.svg", "telvalid-small.svg")}
    for name, renderer in renderers.items():
        if not renderer.isValid():
            sys.stderr.write(f"{name} could not be read\n")
            return 1
    for size in SIZES:
        target = ICONS / f"telvalid-{size}.png"
        renderer = renderers["telvalid-small.svg" if size in SMALL_SIZES else "telvalid.svg"]
        if not render(renderer, size).save(str(target)):
            sys.stderr.write(f"could not write {target}\n")
            return 1
        print(target.relative_to(ICONS.parent.parent))
    # Each size of the .ico is its own rendering of the SVG, not a shrunk copy of the largest.
    renderings = [Image.open(ICONS / f"telvalid-{size}.png") for size in sorted(ICO_SIZES, reverse=True)]
    renderings[0].save(ICONS / "telvalid.ico", sizes=[image.size for image in renderings], append_images=renderings[1:])
    print((ICONS / "telvalid.ico").relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
