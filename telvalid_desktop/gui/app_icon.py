"""The application's icon, for the windows' title bars, the task bar and the About box."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from telvalid_desktop.paths import resource_path

# The PNGs packaging/make_icons.py renders: Qt picks the closest size, so no SVG module is needed at run time.
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """TelValid's icon at every rendered size (a null icon if the files are missing)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"telvalid-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon
