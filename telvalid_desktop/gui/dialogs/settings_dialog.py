"""Réglages: every setting of this workstation in one dialog, each checked as it is typed.

The checks (``core.settings_check``) look at folders for real, so they run in a worker a
moment after the typing stops; Enregistrer stays disabled until the values on screen have
been checked and nothing is wrong. The requirement rules are not a setting of this
workstation but of the team: their tab installs a newer file for every workstation at once; so
are the allowance, thresholds, retention and envelope size (tab Équipe, saved with its own button),
and the letterhead every letter is signed with (tab Expéditeur des courriers, likewise).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from telvalid_desktop.config import Settings, save_settings
from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.administration.settings_check import (
    RESTART_FIELDS,
    SettingProblem,
    changed_fields,
    check_settings,
)
from telvalid_desktop.core.filing.imap_mailbox import MailboxAccount
from telvalid_desktop.core.filing.mail_password import save_password
from telvalid_desktop.db.database import server_version
from telvalid_desktop.gui.settings_text import problem_text
from telvalid_desktop.gui.tasks import TaskRunner, unless_deleted
from telvalid_desktop.gui.widgets.checked_field import PROBLEM_COLOUR
from telvalid_desktop.gui.widgets.connection_test import Probe
from telvalid_desktop.gui.widgets.letterhead_panel import LetterheadPanel
from telvalid_desktop.gui.widgets.rules_panel import (
    Confirm,
    FileChooser,
    RulesPanel,
    choose_rules_file,
    confirm_install,
)
from telvalid_desktop.gui.widgets.settings_tabs import FolderChooser, SettingsTabs, choose_folder
from telvalid_desktop.gui.widgets.team_policy_panel import TeamPolicyPanel
from telvalid_desktop.messages import current_language

CHECK_DELAY_MS = 300  # after the last key, before the folders are looked at


class SettingsDialog(QDialog):
    """Owns the settings being edited, the checks of what is on screen, and the save.

    After Enregistrer, ``saved`` holds what was written and ``changed_fields`` the names of
    the settings that changed; ``restart_fields`` are those only read when a window opens
    on the workspace (workspace, database, language, station).
    """

    settings_saved = Signal(object, object)  # the Settings written, the frozenset of changed names

    def __init__(
        self,
        settings: Settings,
        services: Services,
        parent: QWidget | None = None,
        *,
        settings_file: Path,
        tasks: TaskRunner,
        choose_folder: FolderChooser = choose_folder,
        choose_file: FileChooser = choose_rules_file,
        confirm: Confirm = confirm_install,
        probe: Probe = server_version,
        check_delay_ms: int = CHECK_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Réglages"))
        self._original = settings
        self._settings_file = settings_file
        self._tasks = tasks
        self.saved: Settings | None = None
        self.changed_fields: frozenset[str] = frozenset()
        self._problems: list[SettingProblem] = []
        self._generation = 0  # of the check whose answer counts (older answers are dropped)
        self._checking = True
        self.rules = RulesPanel(
            services.user, tasks, current_language(), self, choose_file=choose_file, confirm=confirm
        )
        self.team = TeamPolicyPanel(services.user, services.policy, tasks, self)
        self.letterhead = LetterheadPanel(services.user, services.letterhead, tasks, self)
        self.tabs = SettingsTabs(
            tasks, self.rules, self, chooser=choose_folder, probe=probe, team=self.team, letterhead=self.letterhead
        )
        self.connection = self.tabs.connection
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.summary.hide()
        self.restart_note = QLabel(self)
        self.restart_note.setWordWrap(True)
        self.restart_note.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Enregistrer"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.restart_note)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(check_delay_ms)
        self._timer.timeout.connect(self.check_now)
        self.tabs.show_settings(settings)
        self.tabs.edited.connect(self._on_edited)
        self.resize(780, self.sizeHint().height())
        self.check_now()
        self.rules.load()
        self.team.load()
        self.letterhead.load()

    def candidate(self) -> Settings:
        """The settings as on screen."""
        return self.tabs.values(self._original)

    @property
    def restart_fields(self) -> frozenset[str]:
        """The changed settings a window reads when it opens: they apply once it is reopened."""
        return self.changed_fields & RESTART_FIELDS

    def _on_edited(self) -> None:
        self._checking = True
        self.ok.setEnabled(False)
        later = changed_fields(self._original, self.candidate()) & RESTART_FIELDS
        names = [self.tabs.caption(name) for name in self.tabs.fields if name in later]
        note = self.tr("S'appliquera à la réouverture de la fenêtre : %1.")
        self._say(self.restart_note, note.replace("%1", ", ".join(names)) if names else "")
        self._timer.start()

    def check_now(self) -> None:
        """Check what is on screen in a worker; the answer counts only if nothing was typed meanwhile."""
        self._timer.stop()
        self._generation += 1
        generation, candidate = self._generation, self.candidate()
        self._tasks.run(
            lambda: check_settings(candidate),
            unless_deleted(self, lambda problems: self._on_checked(generation, problems)),
            unless_deleted(self, lambda failure: self._on_check_failed(generation, failure)),
            executor="io",
        )

    def _on_checked(self, generation: int, problems: list[SettingProblem]) -> None:
        if generation != self._generation:
            return
        self._checking = False
        self._problems = problems
        texts: dict[str, list[str]] = {}
        for problem in problems:
            texts.setdefault(problem.field, []).append(problem_text(problem))
        self.tabs.show_problems(texts)
        where = ", ".join(self.tabs.where(name) for name in self.tabs.fields if name in texts)
        self._say(self.summary, self.tr("À corriger avant d'enregistrer : %1.").replace("%1", where) if where else "")
        self.ok.setEnabled(not problems)

    def _on_check_failed(self, generation: int, failure: BaseException) -> None:
        if generation == self._generation:
            self._say(self.summary, self.tr("Vérification impossible : %1").replace("%1", str(failure)))

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        """An empty line takes no room."""
        label.setText(text)
        label.setVisible(bool(text))

    def _save_mail_password(self, candidate: Settings) -> None:
        """A password typed is kept for the mailbox named on screen (never in the settings file)."""
        password = self.tabs.mail_password.text()
        account = MailboxAccount.from_settings(candidate)
        if password and account is not None:
            save_password(account.name, password)
            self.tabs.mail_password.clear()

    def accept(self) -> None:
        """Save (atomically) values checked as they are on screen, with nothing wrong."""
        if self._checking or self._problems:
            return
        candidate = self.candidate()
        try:
            save_settings(candidate, self._settings_file)
            self._save_mail_password(candidate)
        except OSError as failure:
            self._say(
                self.summary,
                self.tr("Les réglages n'ont pas pu être enregistrés dans %1 : %2")
                .replace("%1", str(self._settings_file))
                .replace("%2", failure.strerror or str(failure)),
            )
            return
        self.saved = candidate
        self.changed_fields = changed_fields(self._original, candidate)
        self.settings_saved.emit(candidate, self.changed_fields)
        super().accept()
