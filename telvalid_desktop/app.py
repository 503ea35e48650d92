"""Entry point of the window: the arguments, a display check, then the launcher opens the station."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from telvalid_desktop.config import STATIONS

NO_DISPLAY_HELP = """\
TelValid Desktop a besoin d'un écran, et aucun n'est disponible ici (DISPLAY n'est pas défini).
  - Sur un poste de travail : lancez l'application depuis la session graphique.
  - Sur un serveur sans écran : xvfb-run -a ./dev.sh app   (écran virtuel, paquet xvfb)
  - Pour travailler sans fenêtre : .venv/bin/telvalid --help   (la ligne de commande fait l'import)
(English: no display is available; run it from a desktop session, or with xvfb-run -a ./dev.sh app.)
"""


def has_display() -> bool:
    """Whether Qt can open a window here (or was told to draw off-screen)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="telvalid-desktop", description="TelValid Desktop")
    parser.add_argument("workspace", nargs="?", help="dossier de travail (défaut : TELVALID_WORKSPACE)")
    parser.add_argument(
        "--station", choices=STATIONS, help="poste à ouvrir : technicien ou courrier (défaut : réglages)"
    )
    parser.add_argument(
        "--database", metavar="URL", help="base partagée postgresql://… (défaut : TELVALID_DATABASE, puis réglages)"
    )
    known, _qt_arguments = parser.parse_known_args(arguments)
    return known


def main(argv: Sequence[str] | None = None) -> int:
    """Open the station's window on the workspace (argument, TELVALID_WORKSPACE, settings, else the user's)."""
    arguments = list(sys.argv if argv is None else argv)
    options = parse_arguments(arguments[1:])
    if not has_display():
        sys.stderr.write(NO_DISPLAY_HELP)
        return 2
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - only once a display is known

    from telvalid_desktop.gui.app_icon import application_icon  # noqa: PLC0415
    from telvalid_desktop.gui.launcher import Launcher, StartOptions  # noqa: PLC0415
    from telvalid_desktop.gui.termination import TerminationWatch  # noqa: PLC0415

    application = QApplication(arguments)
    application.setApplicationName("TelValid Desktop")
    application.setDesktopFileName("fr.telvalid.Desktop")  # Wayland matches the window to the menu entry
    application.setWindowIcon(application_icon())
    TerminationWatch(application)
    launcher = Launcher(
        application,
        StartOptions(Path(options.workspace) if options.workspace else None, options.database, options.station),
    )
    if not launcher.start():
        return 1
    try:
        return application.exec()
    finally:
        launcher.close()
