"""Composition root of the window: settings -> workspace -> services -> QApplication -> MainWindow."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from telvalid_desktop.config import load_settings, settings_path
from telvalid_desktop.core.roles import Role, role_of
from telvalid_desktop.core.services import build_services
from telvalid_desktop.core.workspace import current_user, open_workspace
from telvalid_desktop.db.database import configured_url
from telvalid_desktop.log import configure_logging
from telvalid_desktop.paths import default_workspace

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


STATIONS = ("technician", "mailroom")


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


def station_for(user: str, configured: str) -> str:
    """Mailroom staff get the mailroom station whatever this workstation's setting says."""
    return "mailroom" if role_of(user) == Role.MAILROOM else configured


def main(argv: Sequence[str] | None = None) -> int:
    """Open the station's window on the workspace (TELVALID_WORKSPACE or the user's data directory)."""
    arguments = list(sys.argv if argv is None else argv)
    options = parse_arguments(arguments[1:])
    if not has_display():
        sys.stderr.write(NO_DISPLAY_HELP)
        return 2
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - only once a display is known

    from telvalid_desktop.gui.dialogs.connect_dialog import open_or_wait  # noqa: PLC0415
    from telvalid_desktop.gui.i18n import install_translators  # noqa: PLC0415
    from telvalid_desktop.gui.main_window import MainWindow  # noqa: PLC0415
    from telvalid_desktop.gui.station_window import StationWindow  # noqa: PLC0415

    settings = load_settings(settings_path())
    application = QApplication(arguments)
    application.setApplicationName("TelValid Desktop")
    language = os.environ.get("TELVALID_LANG") or settings.language
    os.environ["TELVALID_LANG"] = language  # the core's labels (rules file) follow the same choice
    install_translators(application, language)
    root = Path(options.workspace) if options.workspace else default_workspace()
    url = options.database or configured_url() or settings.database_url
    workspace = open_or_wait(lambda: open_workspace(root, url))
    if workspace is None:
        return 1
    configure_logging(workspace.logs)
    services = build_services(workspace, settings, current_user())
    station = options.station or station_for(services.user, settings.station)
    window = StationWindow(services) if station == "mailroom" else MainWindow(services)
    window.show()
    try:
        return application.exec()
    finally:
        workspace.close()
