"""The commands every station's window has: settings, other workspaces, the demo, and help.

A window never reopens itself: it asks the launcher (``reopen_requested``), which closes it,
opens the other workspace and builds a new window there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QWidget

from telvalid_desktop.config import load_settings, settings_path
from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.db.database import sqlite_url
from telvalid_desktop.demo import default_demo_root, is_demo_workspace
from telvalid_desktop.gui.actions import add_action
from telvalid_desktop.gui.dialogs.about_dialog import AboutDialog
from telvalid_desktop.gui.dialogs.guide_dialog import GuideDialog
from telvalid_desktop.gui.dialogs.settings_dialog import SettingsDialog
from telvalid_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from telvalid_desktop.gui.tasks import TaskRunner

FolderChooser = Callable[[QWidget], str]


def choose_workspace_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(parent, parent.tr("Ouvrir un espace de travail"))


@dataclass(frozen=True)
class Target:
    """Where the launcher should open the next window; None fields mean "as configured"."""

    root: Path | None = None
    database_url: str | None = None
    demo: bool = False  # build the demo workspace in ``root`` first


class AppCommands(QObject):
    """Adds the shared commands to a window's File and Help menus."""

    reopen_requested = Signal(object)  # a Target

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        file_menu: QMenu,
        help_menu: QMenu,
        shortcut_actions: Callable[[], list[QAction]],
        *,
        tasks: TaskRunner,
        folder_chooser: FolderChooser = choose_workspace_folder,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.shortcut_actions = shortcut_actions
        self.tasks = tasks
        self.folder_chooser = folder_chooser
        self.open_url = open_url
        first = file_menu.actions()[-1] if file_menu.actions() else None  # "Quitter" stays last
        self.open_workspace_action = add_action(
            window, file_menu, self.tr("Ouvrir un autre espace de &travail…"), self.open_other_workspace
        )
        self.demo_action = add_action(window, file_menu, self.tr("Ouvrir l'espace de &démonstration"), self.open_demo)
        self.settings_action = add_action(window, file_menu, self.tr("Ré&glages…"), self.show_settings, "Ctrl+,")
        if first is not None:
            for action in (self.open_workspace_action, self.demo_action, self.settings_action):
                file_menu.removeAction(action)
                file_menu.insertAction(first, action)
            file_menu.insertSeparator(first)
        add_action(window, help_menu, self.tr("&Raccourcis clavier"), self.show_shortcuts, "F1")
        add_action(window, help_menu, self.tr("&Guide d'utilisation"), self.show_guide, "Shift+F1")
        help_menu.addSeparator()
        add_action(window, help_menu, self.tr("À &propos de TelValid Desktop"), self.show_about)

    def open_other_workspace(self) -> None:
        chosen = self.folder_chooser(self.window)
        if chosen:
            self.reopen_requested.emit(Target(Path(chosen)))

    def open_demo(self) -> None:
        """The demo folder, built first when it is not there yet (its own SQLite database)."""
        root = default_demo_root()
        if is_demo_workspace(root):
            self.reopen_requested.emit(Target(root, sqlite_url(root)))
        else:
            self.reopen_requested.emit(Target(root, demo=True))

    def show_settings(self) -> None:
        """Settings are read when a window is built: any saved change reopens it (on the new workspace if named)."""
        dialog = SettingsDialog(
            load_settings(settings_path()), self.services, self.window, settings_file=settings_path(), tasks=self.tasks
        )
        dialog.exec()
        changed = dialog.changed_fields
        dialog.deleteLater()
        if not changed:
            return
        workspace = self.services.workspace
        if changed & {"workspace", "database_url"}:
            self.reopen_requested.emit(Target())
        else:
            self.reopen_requested.emit(Target(workspace.root, workspace.database_url))

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_actions(), self.window).exec()

    def show_guide(self) -> None:
        GuideDialog(self.services.user, self.window).exec()

    def show_about(self) -> None:
        AboutDialog(self.services, self.window, open_url=self.open_url).exec()
