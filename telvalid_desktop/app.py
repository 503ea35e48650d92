"""Composition root of the window: settings -> workspace -> services -> QApplication -> MainWindow."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from telvalid_desktop.config import load_settings, settings_path
from telvalid_desktop.core.services import build_services
from telvalid_desktop.core.workspace import current_user, open_workspace
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


def main(argv: Sequence[str] | None = None) -> int:
    """Open the main window on the workspace (TELVALID_WORKSPACE or the user's data directory)."""
    if not has_display():
        sys.stderr.write(NO_DISPLAY_HELP)
        return 2
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - only once a display is known

    from telvalid_desktop.gui.i18n import install_translators  # noqa: PLC0415
    from telvalid_desktop.gui.main_window import MainWindow  # noqa: PLC0415

    arguments = list(sys.argv if argv is None else argv)
    workspace_root = Path(arguments[1]) if len(arguments) > 1 else default_workspace()
    workspace = open_workspace(workspace_root)
    configure_logging(workspace.logs)
    settings = load_settings(settings_path())
    application = QApplication(arguments)
    application.setApplicationName("TelValid Desktop")
    language = os.environ.get("TELVALID_LANG") or settings.language
    os.environ["TELVALID_LANG"] = language  # the core's labels (rules file) follow the same choice
    install_translators(application, language)
    window = MainWindow(build_services(workspace, settings, current_user()))
    window.show()
    try:
        return application.exec()
    finally:
        workspace.close()
