"""The technician window's menus, keyboard shortcuts and dossier toolbar.

Each action is added to the window too (``add_action``), so its shortcut works wherever
the focus is; the role gate hides what the user's role may not do.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from telvalid_desktop.core.roles import Permission
from telvalid_desktop.gui.actions import add_action
from telvalid_desktop.gui.app_commands import AppCommands

if TYPE_CHECKING:
    from telvalid_desktop.gui.main_window import MainWindow

TOOLBAR_ACTIONS = 7  # back, validate, hold, move page, move envelope, refuse, undo


class MainMenus(QObject):
    """Owns the window's actions, its File, Dossier, View, Team and Help menus and the dossier toolbar.

    ``dossier_actions`` act on the open dossier (the first goes back to the list): the window
    enables them when a dossier opens (``show_dossier_actions``) and disables them on the list.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.gate = window.gate
        bar = window.menuBar()
        self._menus = {
            "file": bar.addMenu(self.tr("&Fichier")),
            "dossier": bar.addMenu(self.tr("&Dossier")),
            "view": bar.addMenu(self.tr("&Affichage")),
            "team": bar.addMenu(self.tr("É&quipe")),
            "help": bar.addMenu(self.tr("Ai&de")),
        }
        self.import_action = self._action(
            "file", self.tr("&Importer des scans…"), window.import_files, "Ctrl+O", needs=Permission.SORT
        )
        window.import_report.add_to(self._menus["file"])
        self._action(
            "file",
            self.tr("&Exporter les validations vers la facturation…"),
            window.billing_export.start,
            "Ctrl+E",
            needs=Permission.EXPORT,
        )
        self._action("file", self.tr("&Quitter"), window.close, "Ctrl+Q")
        self.dossier_actions = self._add_dossier_actions()
        self._action("view", self.tr("&Actualiser"), window.reload_everything, "F5")
        self._menus["view"].addSeparator()
        for action in window.dossier_view.viewer.actions():
            self._menus["view"].addAction(action)
        self.app_commands = AppCommands(
            window,
            window.services,
            self._menus["file"],
            self._menus["help"],
            lambda: window.actions() + window.dossier_view.viewer.actions(),
            tasks=window.tasks,
        )
        self.dossier_toolbar = window.addToolBar(self.tr("Dossier"))
        self.dossier_toolbar.setObjectName("dossier_toolbar")
        self.dossier_toolbar.setMovable(False)
        self.dossier_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.dossier_actions[:TOOLBAR_ACTIONS]:
            self.dossier_toolbar.addAction(action)
            action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
        self.reopen_action = self._action(
            "dossier",
            self.tr("R&ouvrir le dossier clos…"),
            window.commands.reopen,
            "Ctrl+Shift+O",
            needs=Permission.REOPEN,
        )
        self._action(
            "team",
            self.tr("&Supervision : attentes, charge, tableau de bord…"),
            window.show_supervision,
            "Ctrl+Shift+L",
            needs=Permission.ASSIGN,
        )
        forbidden = self.gate.apply()
        self.dossier_actions = [action for action in self.dossier_actions if action not in forbidden]
        self._menus["team"].menuAction().setVisible(self.gate.may(Permission.ASSIGN))

    def _action(
        self, menu_title: str, text: str, slot: Callable[[], object], *keys: str, needs: Permission | None = None
    ) -> QAction:
        action = add_action(self.window, self._menus[menu_title], text, slot, *keys)
        return action if needs is None else self.gate.need(action, needs)

    def _add_dossier_actions(self) -> list[QAction]:
        """The Dossier menu in its order; returns the actions that need an open dossier, toolbar ones first."""
        window, commands, letters = self.window, self.window.commands, self.window.letters
        self._action("dossier", self.tr("Dossier suivant"), lambda: window.step_dossier(1), "Alt+Down")
        self._action("dossier", self.tr("Dossier précédent"), lambda: window.step_dossier(-1), "Alt+Up")
        self._menus["dossier"].addSeparator()
        needs_dossier = [
            self._action("dossier", self.tr("Retour à la liste"), window.show_list, "Esc"),
            self._action(
                "dossier", self.tr("&Valider le dossier"), commands.validate, "Ctrl+Return", needs=Permission.DECIDE
            ),
            self._action(
                "dossier", self.tr("Mettre en &attente…"), letters.put_on_hold, "Ctrl+H", needs=Permission.DECIDE
            ),
            self._action(
                "dossier",
                self.tr("&Déplacer la page vers un autre dossier…"),
                commands.move_page,
                "Ctrl+M",
                needs=Permission.SORT,
            ),
            self._action(
                "dossier",
                self.tr("Déplacer tout l'envoi vers un autre dossier…"),
                commands.move_submission,
                "Ctrl+Shift+M",
                needs=Permission.SORT,
            ),
            self._action(
                "dossier",
                self.tr("Refuser la pièce sélectionnée…"),
                commands.refuse_current,
                "Ctrl+R",
                needs=Permission.CHECK,
            ),
            self._action(
                "dossier",
                self.tr("Annuler la dernière opération"),
                commands.undo,
                "Ctrl+Z",
                needs=Permission.SORT,
            ),
            self._action(
                "dossier",
                self.tr("Remettre la pièce sélectionnée à vérifier"),
                commands.clear_current,
                "Ctrl+Backspace",
                needs=Permission.CHECK,
            ),
        ]
        for number in range(1, 10):
            needs_dossier.append(
                self._action(
                    "dossier",
                    self.tr("Cocher la pièce %1 avec la page affichée").replace("%1", str(number)),
                    partial(commands.tick_item, number),
                    str(number),
                    needs=Permission.CHECK,
                )
            )
        needs_dossier.append(
            self._action(
                "dossier",
                self.tr("Préciser le paiement et le type de client…"),
                commands.set_facts,
                "Ctrl+P",
                needs=Permission.CHECK,
            )
        )
        needs_dossier.append(
            self._action(
                "dossier",
                self.tr("&Transférer vers la procédure la plus récente du groupe…"),
                commands.supersede,
                "Ctrl+Shift+T",
                needs=Permission.DECIDE,
            )
        )
        self._action(
            "dossier",
            self.tr("A&ffecter l'envoi à un numéro…"),
            window.assign_unsorted,
            "Ctrl+N",
            needs=Permission.SORT,
        )
        needs_dossier.append(
            self._action(
                "dossier",
                self.tr("Écrire à nouveau la &lettre au client"),
                letters.write_letter_again,
                "Ctrl+L",
                needs=Permission.DECIDE,
            )
        )
        self._action(
            "dossier",
            self.tr("&Relances des dossiers en attente…"),
            letters.remind,
            "Ctrl+Shift+R",
            needs=Permission.DECIDE,
        )
        return needs_dossier

    def show_dossier_actions(self, editable: bool) -> None:
        """A dossier is open: its toolbar shows, its commands work unless another technician holds it."""
        self.dossier_toolbar.show()
        for action in self.dossier_actions:
            action.setEnabled(editable)
        self.dossier_actions[0].setEnabled(True)  # going back is always possible

    def hide_dossier_actions(self) -> None:
        """Back on the lists: nothing acts on a dossier, reopening neither."""
        self.dossier_toolbar.hide()
        for action in self.dossier_actions:
            action.setEnabled(False)
        self.reopen_action.setEnabled(False)
