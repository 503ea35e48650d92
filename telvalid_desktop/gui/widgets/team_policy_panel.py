"""The settings dialog's "Équipe" tab: the team's policy as the database holds it, changed by a lead.

Like the rules, these values are not this workstation's: saved with their own button, through
the core service (on the database thread), they apply at once to every workstation sharing the
database, and the dialog's Enregistrer or Annuler (this workstation's settings) do not touch them.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.core.roles import Permission, allowed
from telvalid_desktop.core.team_policy import (
    POLICY_LIMITS,
    PolicyChange,
    PolicyCode,
    PolicyProblem,
    PolicyRejected,
    PolicyValue,
    TeamPolicy,
    TeamPolicyService,
    check_policy,
    with_values,
)
from telvalid_desktop.gui.error_text import REFUSALS, failure_text
from telvalid_desktop.gui.tasks import TaskRunner, unless_deleted
from telvalid_desktop.gui.time_text import local_time_text
from telvalid_desktop.gui.widgets.checked_field import PROBLEM_COLOUR, CheckedField
from telvalid_desktop.gui.widgets.connection_test import SUCCESS_COLOUR


def policy_problem_text(problem: PolicyProblem) -> str:
    """One sentence for what is wrong with a value of the team's policy."""
    if problem.code == PolicyCode.OUT_OF_RANGE and problem.key in POLICY_LIMITS:
        low, high = POLICY_LIMITS[problem.key]
        text = QCoreApplication.translate("TeamPolicyPanel", "Choisissez une valeur entre %1 et %2.")
        return text.replace("%1", str(low)).replace("%2", str(high))
    if problem.code == PolicyCode.NOT_AN_ADDRESS:
        return QCoreApplication.translate("TeamPolicyPanel", "Indiquez une adresse de courriel (nom@domaine.fr).")
    if problem.code == PolicyCode.NOT_BELOW_ALERT:
        text = QCoreApplication.translate("TeamPolicyPanel", "L'orange doit venir avant le rouge : moins de %1 jours.")
        return text.replace("%1", problem.detail)
    text = QCoreApplication.translate("TeamPolicyPanel", "Valeur refusée : %1.")
    return text.replace("%1", f"{problem.key} {problem.detail}".strip())


class TeamPolicyPanel(QWidget):
    """Owns the team's values as last read, the values on screen, and their saving (a lead only)."""

    policy_saved = Signal(object)  # the TeamPolicy now in force

    def __init__(self, user: str, policy: TeamPolicyService, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user, self._policy, self._tasks = user, policy, tasks
        self._in_force: TeamPolicy | None = None
        self.may_change = False
        self.numbers: dict[str, QSpinBox] = {}
        self.texts: dict[str, QLineEdit] = {}
        self.fields: dict[str, CheckedField] = {}
        self.state = QLabel(self.tr("Lecture des valeurs de l'équipe…"), self)
        self.state.setWordWrap(True)
        self._form = QFormLayout()
        self._build_rows()
        self.save = QPushButton(self.tr("E&nregistrer pour l'équipe"), self)
        self.save.setEnabled(False)
        self.save.clicked.connect(self.save_changes)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _build_rows(self) -> None:
        days = self.tr(" jours")
        self._section(self.tr("Validation"))
        allowance_tip = self.tr("Le forfait hors plan accordé à la validation, repris dans l'export de facturation.")
        self._number(
            "out_of_plan_allowance_eur", self.tr("&Forfait hors plan"), self.tr(" € HT par mois"), allowance_tip
        )
        self._section(self.tr("Dossiers en attente"))
        warning_tip = self.tr("Dans la revue des attentes, un dossier en attente depuis plus longtemps est en orange.")
        self._number("hold_warning_after_days", self.tr("&Orange après"), days, warning_tip)
        self._number("hold_alert_after_days", self.tr("Ro&uge après"), days, self.tr("… et en rouge au-delà."))
        reminder_tip = self.tr("Un dossier en attente depuis ce nombre de jours sans nouvelle lettre est à relancer.")
        self._number("reminder_after_days", self.tr("Re&lance après"), days, reminder_tip)
        old_tip = self.tr(
            "Un dossier ouvert depuis plus longtemps apparaît dans la charge de travail, pour être libéré."
        )
        self._number("old_claim_hours", self.tr("Dossier ouvert signalé a&près"), self.tr(" heures"), old_tip)
        self._section(self.tr("Courrier et conservation"))
        pages_tip = self.tr("Une enveloppe plus longue est signalée : un intercalaire a sans doute été oublié.")
        self._number("max_envelope_pages", self.tr("Pages par &enveloppe, au plus"), self.tr(" pages"), pages_tip)
        retention_tip = self.tr(
            "La purge d'un responsable efface les scans des dossiers validés ou remplacés depuis plus longtemps. "
            "0 : conservés sans limite."
        )
        retention = self._number("retention_months", self.tr("Scans suppri&més après"), self.tr(" mois"), retention_tip)
        retention.setSpecialValueText(self.tr("jamais (conservés)"))
        reply_tip = self.tr(
            "Où les clients envoient leurs pièces par courriel : le courriel et la lettre d'attente la donnent. "
            "Vide : l'adresse de l'expéditeur des courriers."
        )
        reply = self._text("reply_address", self.tr("A&dresse de réponse des clients"), reply_tip)
        reply.setPlaceholderText(self.tr("celle de l'expéditeur des courriers"))

    def _section(self, title: str) -> None:
        label = QLabel(title, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self._form.addRow(label)

    def _number(self, key: str, caption: str, suffix: str, tip: str) -> QSpinBox:
        spin = self.numbers[key] = QSpinBox(self)
        spin.setRange(*POLICY_LIMITS[key])
        spin.setSuffix(suffix)
        spin.setMinimumWidth(200)
        spin.setToolTip(tip)
        spin.setEnabled(False)
        spin.valueChanged.connect(self._on_edited)
        label = QLabel(caption, self)
        label.setToolTip(tip)
        label.setBuddy(spin)
        self.fields[key] = CheckedField(spin, parent=self, expand=False)
        self._form.addRow(label, self.fields[key])
        return spin

    def _text(self, key: str, caption: str, tip: str) -> QLineEdit:
        edit = self.texts[key] = QLineEdit(self)
        edit.setMinimumWidth(280)
        edit.setToolTip(tip)
        edit.setEnabled(False)
        edit.textChanged.connect(self._on_edited)
        label = QLabel(caption, self)
        label.setToolTip(tip)
        label.setBuddy(edit)
        self.fields[key] = CheckedField(edit, parent=self, expand=False)
        self._form.addRow(label, self.fields[key])
        return edit

    # --- reading and saving -------------------------------------------------------------------

    def load(self) -> None:
        """Read the team's values, their last change and whether this user may change them (database thread)."""
        policy, user = self._policy, self._user

        def read() -> tuple[TeamPolicy, list[PolicyChange], bool]:
            return policy.read(), policy.history(1), allowed(user, Permission.MANAGE)

        self._tasks.run(read, unless_deleted(self, self._show), unless_deleted(self, self._say_failure))

    def _show(self, state: tuple[TeamPolicy, list[PolicyChange], bool]) -> None:
        policy, last, self.may_change = state
        self._in_force = policy
        for key, spin in self.numbers.items():
            spin.blockSignals(True)
            spin.setValue(getattr(policy, key))
            spin.blockSignals(False)
            spin.setEnabled(self.may_change)
        for key, edit in self.texts.items():
            edit.blockSignals(True)
            edit.setText(getattr(policy, key))
            edit.blockSignals(False)
            edit.setEnabled(self.may_change)
        if self.may_change:
            text = self.tr(
                "Ces valeurs sont celles de toute l'équipe : enregistrées ici, elles s'appliquent aussitôt à tous "
                "les postes qui partagent cette base de données."
            )
        else:
            text = self.tr(
                "Ces valeurs sont celles de toute l'équipe, pour tous les postes de cette base de données. "
                "Seul un responsable d'équipe peut les changer."
            )
        if last:
            change = last[0]
            text += " " + self.tr("Dernier changement : %1 par %2.").replace(
                "%1", local_time_text(change.at, "%d/%m/%Y %H:%M")
            ).replace("%2", change.actor)
        self.state.setText(text)
        self._on_edited()

    def candidate(self) -> TeamPolicy | None:
        """The values on screen (None before the first reading)."""
        if self._in_force is None:
            return None
        values: dict[str, PolicyValue] = {key: spin.value() for key, spin in self.numbers.items()}
        values.update((key, edit.text().strip()) for key, edit in self.texts.items())
        return with_values(self._in_force, values)

    def changes(self) -> dict[str, PolicyValue]:
        candidate = self.candidate()
        if candidate is None or self._in_force is None:
            return {}
        return {
            field.name: getattr(candidate, field.name)
            for field in fields(TeamPolicy)
            if getattr(candidate, field.name) != getattr(self._in_force, field.name)
        }

    def _on_edited(self) -> None:
        candidate = self.candidate()
        problems = check_policy(candidate) if candidate is not None else []
        self._show_problems(problems)
        self.save.setEnabled(self.may_change and not problems and bool(self.changes()))

    def _show_problems(self, problems: list[PolicyProblem] | tuple[PolicyProblem, ...]) -> None:
        texts: dict[str, list[str]] = {}
        for problem in problems:
            texts.setdefault(problem.key, []).append(policy_problem_text(problem))
        for key, field in self.fields.items():
            field.show_problems(texts.get(key, []))

    def save_changes(self) -> None:
        changes = self.changes()
        if not changes:
            return
        self.save.setEnabled(False)
        policy, user = self._policy, self._user
        self._tasks.run(
            lambda: policy.set(changes, user),
            unless_deleted(self, self._on_saved),
            unless_deleted(self, self._say_failure),
        )

    def _on_saved(self, policy: TeamPolicy) -> None:
        self._say(self.tr("Valeurs enregistrées pour toute l'équipe."), SUCCESS_COLOUR)
        self.policy_saved.emit(policy)
        self.load()

    def _say_failure(self, failure: BaseException) -> None:
        if isinstance(failure, PolicyRejected):
            self._show_problems(failure.problems)
            text = self.tr("Valeurs refusées : rien n'a été enregistré.")
        elif isinstance(failure, REFUSALS):
            text = failure_text(failure, {})
        else:
            text = str(failure)
        self._say(text, PROBLEM_COLOUR)
        self.save.setEnabled(self.may_change and bool(self.changes()))

    def _say(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
