"""The settings dialog's "Expéditeur des courriers" tab: who signs the team's letters (the letterhead), set by a lead.

Like the team's policy beside it, the letterhead is not this workstation's: it is read from the
database, saved with its own button through the core service (a lead only, each changed field
in the history), and applies at once to every workstation. While it is incomplete no letter can
be written, so a technician sees here what is missing and whom to ask. A sample letter signed
with what is on screen is drawn as it is typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.core.correspondence.letter_content import sample_letter
from telvalid_desktop.core.correspondence.letterhead import (
    MAX_ADDRESS_LINES,
    Letterhead,
    LetterheadCode,
    LetterheadProblem,
    LetterheadRejected,
    LetterheadService,
    check_letterhead,
    cleaned,
)
from telvalid_desktop.core.roles import Permission, allowed
from telvalid_desktop.core.team_policy import PolicyChange
from telvalid_desktop.gui.error_text import REFUSALS, failure_text
from telvalid_desktop.gui.tasks import TaskRunner, unless_deleted
from telvalid_desktop.gui.time_text import local_time_text
from telvalid_desktop.gui.widgets.checked_field import PROBLEM_COLOUR, CheckedField
from telvalid_desktop.gui.widgets.connection_test import SUCCESS_COLOUR
from telvalid_desktop.gui.widgets.letter_preview import LetterPreview
from telvalid_desktop.messages import current_language

Editor = QLineEdit | QPlainTextEdit


def letterhead_problem_text(problem: LetterheadProblem) -> str:
    """One sentence for what is wrong with a field of the letterhead."""
    if problem.code == LetterheadCode.REQUIRED:
        return QCoreApplication.translate("LetterheadPanel", "À remplir : les courriers en ont besoin.")
    if problem.code == LetterheadCode.TOO_LONG:
        text = QCoreApplication.translate("LetterheadPanel", "%1 caractères au plus (par ligne).")
        return text.replace("%1", problem.detail)
    if problem.code == LetterheadCode.TOO_MANY_LINES:
        text = QCoreApplication.translate("LetterheadPanel", "%1 lignes au plus sous le nom de la société.")
        return text.replace("%1", problem.detail)
    return QCoreApplication.translate("LetterheadPanel", "Ce n'est pas une adresse e-mail (nom@domaine.fr).")


class LetterheadPanel(QWidget):
    """Owns the letterhead as last read, the fields on screen, their preview and their saving (a lead only)."""

    letterhead_saved = Signal(object)  # the Letterhead now in force

    def __init__(
        self, user: str, letterhead: LetterheadService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._user, self._service, self._tasks = user, letterhead, tasks
        self._in_force: Letterhead | None = None
        self.may_change = False
        self.editors: dict[str, Editor] = {}
        self.fields: dict[str, CheckedField] = {}
        self.state = QLabel(self.tr("Lecture de l'en-tête de l'équipe…"), self)
        self.state.setWordWrap(True)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_rows()
        self.save = QPushButton(self.tr("E&nregistrer l'en-tête"), self)
        self.save.setEnabled(False)
        self.save.clicked.connect(self.save_changes)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.preview = LetterPreview(tasks, self)
        self.preview.setMinimumWidth(280)
        caption = QLabel(self.tr("A&perçu d'une lettre"), self)
        caption.setBuddy(self.preview.view)
        self._layout(caption)

    def _build_rows(self) -> None:
        self._line(
            "company", self.tr("N&om de la société"), self.tr("En tête de chaque page et au-dessus de l'adresse.")
        )
        address_tip = self.tr(
            "Une ligne par ligne d'adresse (service, rue, boîte postale, code postal et ville), %1 au plus : "
            "les clients y envoient leurs compléments."
        ).replace("%1", str(MAX_ADDRESS_LINES))
        self._text("address", self.tr("&Adresse postale"), address_tip, lines=4)
        self._line(
            "city", self.tr("&Ville des courriers"), self.tr("Le lieu de la date : « Roubaix, le 12 mars 2026 ».")
        )
        self._line("email", self.tr("&E-mail"), self.tr("Où les clients envoient leurs pièces par e-mail."))
        legal_tip = self.tr("Le pied de page de chaque courrier : forme, capital, adresse du siège, RCS, TVA.")
        self._text("legal", self.tr("&Mentions légales"), legal_tip, lines=3)
        self._line("signature", self.tr("Signa&ture"), self.tr("Sous la formule de politesse."))

    def _line(self, name: str, caption: str, tip: str) -> None:
        editor = QLineEdit(self)
        editor.textEdited.connect(self._on_edited)
        self._row(name, caption, tip, editor)

    def _text(self, name: str, caption: str, tip: str, *, lines: int) -> None:
        editor = QPlainTextEdit(self)
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 12)
        editor.textChanged.connect(self._on_edited)
        self._row(name, caption, tip, editor)

    def _row(self, name: str, caption: str, tip: str, editor: Editor) -> None:
        editor.setToolTip(tip)
        editor.setReadOnly(True)  # until the reading says this user may change it
        label = QLabel(caption, self)
        label.setBuddy(editor)
        label.setToolTip(tip)
        self.editors[name] = editor
        self.fields[name] = CheckedField(editor, parent=self)
        self._form.addRow(label, self.fields[name])

    def _layout(self, caption: QLabel) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        form = QVBoxLayout()
        form.addWidget(self.state)
        form.addLayout(self._form)
        form.addLayout(buttons)
        form.addWidget(self.status)
        form.addStretch(1)
        beside = QVBoxLayout()
        beside.addWidget(caption)
        beside.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(beside, 1)

    # --- reading and saving -------------------------------------------------------------------

    def load(self) -> None:
        """Read the letterhead, its last change and whether this user may change it (database thread)."""
        service, user = self._service, self._user

        def read() -> tuple[Letterhead, list[PolicyChange], bool]:
            return service.read(), service.history(1), allowed(user, Permission.MANAGE)

        self._tasks.run(read, unless_deleted(self, self._show), unless_deleted(self, self._say_failure))

    def _show(self, state: tuple[Letterhead, list[PolicyChange], bool]) -> None:
        letterhead, last, self.may_change = state
        self._in_force = letterhead
        for name, editor in self.editors.items():
            value = getattr(letterhead, name)
            text = "\n".join(value) if isinstance(value, tuple) else value
            editor.blockSignals(True)
            if isinstance(editor, QLineEdit):
                editor.setText(text)
            else:
                editor.setPlainText(text)
            editor.blockSignals(False)
            editor.setReadOnly(not self.may_change)
        self.state.setText(self._state_text(letterhead, last))
        self._on_edited()

    def _state_text(self, letterhead: Letterhead, last: list[PolicyChange]) -> str:
        if not letterhead.complete and self.may_change:
            text = self.tr(
                "Aucun courrier ne peut être écrit tant que l'en-tête n'est pas complet : remplissez chaque champ. "
                "Il s'applique aussitôt à tous les postes qui partagent cette base de données."
            )
        elif not letterhead.complete:
            text = self.tr(
                "Aucun courrier ne peut être écrit tant que l'en-tête n'est pas complet. "
                "Seul un responsable d'équipe peut le remplir : demandez-le-lui."
            )
        elif self.may_change:
            text = self.tr(
                "L'expéditeur de tous les courriers et e-mails aux clients : enregistré ici, il s'applique aussitôt "
                "à tous les postes qui partagent cette base de données."
            )
        else:
            text = self.tr(
                "L'expéditeur de tous les courriers et e-mails aux clients. "
                "Seul un responsable d'équipe peut le changer."
            )
        if last:
            change = last[0]
            when = local_time_text(change.at, "%d/%m/%Y %H:%M")
            text += " " + self.tr("Dernier changement : %1 par %2.").replace("%1", when).replace("%2", change.actor)
        return text

    def candidate(self) -> Letterhead:
        """The letterhead as on screen, spaces and blank lines removed."""
        texts = {
            name: editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            for name, editor in self.editors.items()
        }
        address = tuple(texts.pop("address").splitlines())
        return cleaned(Letterhead(**texts, address=address))

    def changed(self) -> bool:
        return self._in_force is not None and self.candidate() != self._in_force

    def _on_edited(self) -> None:
        if self._in_force is None:
            return
        candidate = self.candidate()
        problems = check_letterhead(candidate)
        self._show_problems(problems if self.may_change else [])
        self.save.setEnabled(self.may_change and not problems and self.changed())
        language = current_language()
        self.preview.request(lambda: sample_letter(candidate, language, date.today()), executor="io")

    def _show_problems(self, problems: list[LetterheadProblem] | tuple[LetterheadProblem, ...]) -> None:
        texts: dict[str, list[str]] = {}
        for problem in problems:
            texts.setdefault(problem.field, []).append(letterhead_problem_text(problem))
        for name, field in self.fields.items():
            field.show_problems(texts.get(name, []))

    def save_changes(self) -> None:
        if not self.changed():
            return
        self.save.setEnabled(False)
        service, user, candidate = self._service, self._user, self.candidate()
        self._tasks.run(
            lambda: service.set(candidate, user),
            unless_deleted(self, self._on_saved),
            unless_deleted(self, self._say_failure),
        )

    def _on_saved(self, letterhead: Letterhead) -> None:
        self._say(self.tr("En-tête enregistré pour toute l'équipe."), SUCCESS_COLOUR)
        self.letterhead_saved.emit(letterhead)
        self.load()

    def _say_failure(self, failure: BaseException) -> None:
        if isinstance(failure, LetterheadRejected):
            self._show_problems(failure.problems)
            text = self.tr("En-tête refusé : rien n'a été enregistré.")
        elif isinstance(failure, REFUSALS):
            text = failure_text(failure, {})
        else:
            text = str(failure)
        self._say(text, PROBLEM_COLOUR)
        self.save.setEnabled(self.may_change and self.changed())

    def _say(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
