"""Opening the station's window on a workspace, and again on another one without restarting.

The models share one database handle per process, so a window's workspace is closed before
the next one opens; the demo is built (in a thread) while no workspace is open.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from telvalid_desktop.config import Settings, load_settings, settings_path
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.administration.session import chosen_place
from telvalid_desktop.core.administration.team_policy_import import adopt_local_policy
from telvalid_desktop.core.roles import station_for
from telvalid_desktop.core.workspace import Workspace, current_user, open_workspace
from telvalid_desktop.db.database import sqlite_url
from telvalid_desktop.demo import build_demo
from telvalid_desktop.gui.app_commands import Target
from telvalid_desktop.gui.dialogs.connect_dialog import open_or_wait
from telvalid_desktop.gui.i18n import install_translators
from telvalid_desktop.log import configure_logging

if TYPE_CHECKING:  # imported where used: the windows import the launcher's Target
    from telvalid_desktop.gui.main_window import MainWindow
    from telvalid_desktop.gui.station_window import StationWindow

log = logging.getLogger(__name__)

LANGUAGE_ENV = "TELVALID_LANG"

WindowFactory = Callable[[Services, str], "MainWindow | StationWindow"]
DemoBuilder = Callable[[Path, Callable[[str], None]], object]


def station_window(services: Services, station: str) -> MainWindow | StationWindow:
    from telvalid_desktop.gui.main_window import MainWindow  # noqa: PLC0415 - the windows import the launcher's Target
    from telvalid_desktop.gui.station_window import StationWindow  # noqa: PLC0415

    return StationWindow(services) if station == "mailroom" else MainWindow(services)


def build_demo_here(root: Path, progress: Callable[[str], None]) -> object:
    """The demo with its own SQLite file, whatever server this workstation shares."""
    return build_demo(root, database_url=sqlite_url(root), progress=progress)


@dataclass(frozen=True)
class StartOptions:
    """What the command line fixed for the whole session (None: the settings decide)."""

    workspace: Path | None = None
    database_url: str | None = None
    station: str | None = None


class Launcher(QObject):
    """Owns the open workspace and its window; reopens both when a window asks (demo, settings, folder)."""

    _demo_progress = Signal(str)
    _demo_done = Signal(object)  # None when built, else the exception

    def __init__(
        self,
        application: QApplication,
        options: StartOptions,
        *,
        window_factory: WindowFactory = station_window,
        demo_builder: DemoBuilder = build_demo_here,
    ) -> None:
        super().__init__()
        self.application = application
        self.options = options
        self.window_factory = window_factory
        self.demo_builder = demo_builder
        self.window: MainWindow | StationWindow | None = None
        self.workspace: Workspace | None = None
        self._language_override = os.environ.get(LANGUAGE_ENV)
        self._translators: list[QTranslator] = []
        self._progress: QProgressDialog | None = None

    def start(self) -> bool:
        """Open the window the command line and the settings name; False when the user gave up."""
        return self.open(Target(self.options.workspace, self.options.database_url))

    def open(self, target: Target) -> bool:
        settings = load_settings(settings_path())
        self._translate(settings)
        place = chosen_place(settings, workspace=target.root, database_url=target.database_url)
        workspace = open_or_wait(lambda: open_workspace(place.root, place.database_url))
        if workspace is None:
            return False
        configure_logging(workspace.logs)
        services = build_services(workspace, settings, current_user())
        adopt_local_policy(settings_path(), services.user)  # once, the first start after the upgrade
        station = self.options.station or station_for(services.user, settings.station)
        self.workspace = workspace
        self.window = self.window_factory(services, station)
        self.window.app_commands.reopen_requested.connect(self.reopen)
        self.window.show()
        return True

    def reopen(self, target: Target) -> None:
        """Close this window and workspace, build the demo if asked, then open the target."""
        self.application.setQuitOnLastWindowClosed(False)
        self.close()
        if target.demo:
            self._build_demo_then_open(target)
        else:
            self._open_or_quit(target)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def _open_or_quit(self, target: Target) -> None:
        opened = self.open(target)
        self.application.setQuitOnLastWindowClosed(True)
        if not opened:
            self.application.quit()

    def _translate(self, settings: Settings) -> None:
        """The settings' language (unless TELVALID_LANG fixed it), for Qt's strings, ours and the core's labels."""
        language = self._language_override or settings.language
        os.environ[LANGUAGE_ENV] = language
        for translator in self._translators:
            self.application.removeTranslator(translator)
        self._translators = install_translators(self.application, language)

    # --- the demo -----------------------------------------------------------------------------

    def _build_demo_then_open(self, target: Target) -> None:
        root = target.root
        assert root is not None, "a demo target names its folder"
        self._progress = QProgressDialog(self.tr("Création de l'espace de démonstration…"), "", 0, 0)
        self._progress.setWindowTitle(self.tr("TelValid Desktop — démonstration"))
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._progress.setMinimumDuration(0)
        self._progress.show()
        self._demo_progress.connect(self._progress.setLabelText)
        self._demo_done.connect(lambda failure: self._demo_built(target, failure))

        def build() -> None:
            try:
                self.demo_builder(root, self._demo_progress.emit)
            except Exception as failure:  # noqa: BLE001 - reported to the user, the previous workspace reopens
                log.exception("demo workspace not built in %s", root)
                self._demo_done.emit(failure)
            else:
                self._demo_done.emit(None)

        threading.Thread(target=build, name="demo-builder", daemon=True).start()

    def _demo_built(self, target: Target, failure: BaseException | None) -> None:
        self._demo_done.disconnect()
        self._demo_progress.disconnect()  # a second demo build gets its own dialog
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        if failure is None:
            self._open_or_quit(Target(target.root, sqlite_url(target.root)))  # type: ignore[arg-type]
            return
        QMessageBox.warning(
            None,
            self.tr("TelValid Desktop — démonstration"),
            self.tr(
                "L'espace de démonstration n'a pas pu être créé :\n%1\n\nVotre espace de travail est rouvert."
            ).replace("%1", str(failure)),
        )
        self._open_or_quit(Target(self.options.workspace, self.options.database_url))
