"""The settings dialog's page about the requirement rules: those in force, and installing newer ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.core.administration.rules_admin import RulesCheck, check_rules_file, install_rules
from telvalid_desktop.core.lifecycle.rules import RuleSet
from telvalid_desktop.core.lifecycle.rules_store import RulesOrigin, current_rules
from telvalid_desktop.core.roles import Permission, allowed
from telvalid_desktop.gui.error_text import REFUSALS, failure_text
from telvalid_desktop.gui.settings_text import rules_problem_text
from telvalid_desktop.gui.tasks import TaskRunner, unless_deleted
from telvalid_desktop.gui.widgets.checked_field import PROBLEM_COLOUR
from telvalid_desktop.gui.widgets.connection_test import SUCCESS_COLOUR

FileChooser = Callable[[QWidget], str]
Confirm = Callable[[QWidget, str], bool]


def choose_rules_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RulesPanel", "Fichier de règles à installer"),
        "",
        QCoreApplication.translate("RulesPanel", "Règles (*.json)"),
    )
    return path


def confirm_install(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, parent.window().windowTitle(), question)
    return answer == QMessageBox.StandardButton.Yes


class RulesPanel(QWidget):
    """Owns the rules in force as last read, the file chosen with what its check found, and its
    installation for the whole team (leads only; anyone while the workspace has no users)."""

    rules_installed = Signal(object)  # the RuleSet now in force

    def __init__(
        self,
        user: str,
        tasks: TaskRunner,
        language: str,
        parent: QWidget | None = None,
        *,
        choose_file: FileChooser = choose_rules_file,
        confirm: Confirm = confirm_install,
    ) -> None:
        super().__init__(parent)
        self._user = user
        self._tasks = tasks
        self._language = language
        self._choose_file = choose_file
        self._confirm = confirm
        self._in_force: RuleSet | None = None
        self._may_install = False
        self._chosen: tuple[Path, RulesCheck] | None = None
        self.in_force = QLabel(self.tr("Lecture des règles en vigueur…"), self)
        self.in_force.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        explanation = QLabel(
            self.tr(
                "Les règles disent quelles pièces chaque dossier doit contenir. Des règles installées "
                "s'appliquent aussitôt à tous les postes qui partagent cette base de données ; les dossiers "
                "déjà validés gardent celles de leur validation. Seul un responsable d'équipe les installe, "
                "et « Annuler » ne défait pas une installation."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.choose = QPushButton(self.tr("&Choisir un fichier…"), self)
        self.choose.setToolTip(self.tr("Vérifie aussitôt le fichier, sans rien installer."))
        self.choose.setEnabled(False)
        self.choose.clicked.connect(self.choose_file)
        self.install = QPushButton(self.tr("I&nstaller ces règles"), self)
        self.install.setEnabled(False)
        self.install.clicked.connect(self.install_chosen)
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chosen.setAccessibleName(self.tr("Fichier de règles choisi"))
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.install)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.in_force)
        layout.addWidget(self.items, 1)
        layout.addWidget(explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.chosen)
        layout.addWidget(self.problems)
        layout.addWidget(self.status)

    def load(self) -> None:
        """Read the rules in force and whether this user may install others (a worker: it is the database)."""

        def read() -> tuple[RuleSet, RulesOrigin, bool]:
            rules, origin = current_rules()
            return rules, origin, allowed(self._user, Permission.MANAGE)

        self._tasks.run(read, unless_deleted(self, self._show_in_force), unless_deleted(self, self._say_failure))

    def _show_in_force(self, state: tuple[RuleSet, RulesOrigin, bool]) -> None:
        rules, origin, may_install = state
        self._in_force, self._may_install = rules, may_install
        where = (
            self.tr("installées par un responsable, pour tous les postes de cette base")
            if origin == RulesOrigin.INSTALLED
            else self.tr("livrées avec l'application")
        )
        self.in_force.setText(
            self.tr("<b>En vigueur : version %1</b> — %2 pièces possibles, %3.")
            .replace("%1", str(rules.version))
            .replace("%2", str(len(rules.requirements)))
            .replace("%3", where)
        )
        self.items.clear()
        self.items.addItems([item.labels.get(self._language, item.code) for item in rules.requirements])
        self.choose.setEnabled(True)
        if not may_install:
            self.install.setToolTip(self.tr("Seul un responsable d'équipe peut installer des règles."))
        self._update_install()

    def choose_file(self) -> None:
        """Check the chosen file at once (every problem listed); nothing is installed yet."""
        chosen = self._choose_file(self)
        if not chosen or self._in_force is None:
            return
        path, in_force = Path(chosen), self._in_force.version
        self._chosen = None
        self._update_install()
        self.chosen.setText(self.tr("Vérification de %1…").replace("%1", str(path)))
        self.problems.clear()
        self.status.clear()
        self._tasks.run(
            lambda: check_rules_file(path, in_force),
            unless_deleted(self, lambda checked: self._show_check(path, checked)),
            unless_deleted(self, self._say_failure),
            executor="io",
        )

    def _show_check(self, path: Path, checked: RulesCheck) -> None:
        self._chosen = (path, checked)
        if checked.rules is not None:
            self.chosen.setText(
                self.tr("%1 : version %2, %3 pièces.")
                .replace("%1", str(path))
                .replace("%2", str(checked.rules.version))
                .replace("%3", str(len(checked.rules.requirements)))
            )
        else:
            self.chosen.setText(str(path))
        self.problems.setText("\n".join(f"• {rules_problem_text(problem)}" for problem in checked.problems))
        if not checked.problems and self._may_install:
            self._say(self.tr("Ce fichier est correct : il peut être installé."), SUCCESS_COLOUR)
        elif not checked.problems:
            self._say(self.tr("Ce fichier est correct ; seul un responsable d'équipe peut l'installer."), "")
        self._update_install()

    def _update_install(self) -> None:
        ready = self._chosen is not None and not self._chosen[1].problems
        self.install.setEnabled(self._may_install and ready)

    def install_chosen(self) -> None:
        if self._chosen is None or self._chosen[1].rules is None:
            return
        path, rules = self._chosen[0], self._chosen[1].rules
        question = self.tr(
            "Installer les règles version %1 pour tous les postes qui partagent cette base de données ?\n"
            "Les dossiers en cours suivront ces règles dès maintenant."
        ).replace("%1", str(rules.version))
        if not self._confirm(self, question):
            return
        self.install.setEnabled(False)
        self._tasks.run(
            lambda: install_rules(path, self._user),
            unless_deleted(self, self._on_installed),
            unless_deleted(self, self._say_failure),
        )

    def _on_installed(self, rules: RuleSet) -> None:
        self._chosen = None
        self.chosen.clear()
        self._say(
            self.tr("Règles version %1 installées pour toute l'équipe.").replace("%1", str(rules.version)),
            SUCCESS_COLOUR,
        )
        self.rules_installed.emit(rules)
        self.load()

    def _say_failure(self, failure: BaseException) -> None:
        text = failure_text(failure, {}) if isinstance(failure, REFUSALS) else str(failure)
        self._say(text, PROBLEM_COLOUR)
        self._update_install()

    def _say(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
