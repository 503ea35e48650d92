"""Put a dossier on hold: the documents the technician confirms missing or refused, and a note.

An item not ticked is not missing yet: its document may be on a page nobody has checked. So the
dialog says how many pages have not been looked at (with a way to go and look, or to say they need
not be), pre-checks only the refused items, and lets the technician confirm each missing one (Space).
The letter asks for the checked items alone; OK waits for at least one. Beside the choice, a
preview shows the letter's first page as it will be printed, drawn again a moment after the
checked items or the language change (or why no letter can be written, before the hold).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.core.correspondence.letter_content import LetterContent
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.gui.widgets.letter_preview import LetterPreview

# What the letter would say asking for these codes in this language (read on the database thread).
LetterDraft = Callable[[tuple[str, ...], str], LetterContent]

LOOK = 2  # the dialog's result when the technician goes to look at the pages not seen
PREVIEW_SIZE = QSize(1000, 660)  # with the letter's preview: the items and the page side by side


@dataclass(frozen=True)
class HoldChoice:
    """An item the customer may be asked for; ``refusal`` says why it was refused (None: never ticked)."""

    code: str
    label: str
    refusal: str | None = None


@dataclass(frozen=True)
class HoldDraft:
    """What the technician chose in the dialog, kept when they leave it to look at pages."""

    codes: tuple[str, ...]
    note: str
    language: str


class HoldDialog(QDialog):
    """Owns the choice of items, the note and the letter's language; the caller runs the hold itself."""

    def __init__(
        self,
        choices: Sequence[HoldChoice],
        unseen_pages: int,
        parent: QWidget | None = None,
        *,
        draft: HoldDraft | None = None,
        letter: LetterDraft | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        """Args:
        choices: the items not received, in the checklist's order.
        unseen_pages: pages of the dossier nobody has looked at yet.
        draft: the choice made before leaving to look at pages (else only refused items are checked).
        letter: what the letter would say, for the preview (with ``tasks``; none: no preview).
        """
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mettre le dossier en attente"))
        self.unseen_pages = unseen_pages
        self.unseen = QFrame(self)
        self.unseen_text = QLabel(self.unseen)
        self.look_button = QPushButton(self.tr("&Les consulter"), self.unseen)
        self.skip_unseen = QCheckBox(self.tr("&Je n'ai pas besoin de les consulter"), self.unseen)
        self.items = QListWidget(self)
        self.hint = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note pour l'historique du dossier"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Langue du courrier"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Mettre en attente"))
        self._letter = letter
        self.preview = LetterPreview(tasks, self) if letter is not None and tasks is not None else None
        self._fill_unseen()
        self._fill_items(choices, draft)
        self.note.setPlaceholderText(self.tr("Note (visible dans l'historique du dossier)"))
        self.note.setPlainText(draft.note if draft else "")
        self.note.setTabChangesFocus(True)
        self.language.addItem(self.tr("Lettre au client en français"), "fr")
        self.language.addItem(self.tr("Lettre au client en anglais"), "en")
        if draft is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        self.hint.setStyleSheet("color: #5f6368; font-style: italic;")
        self.setMinimumWidth(480)
        self._layout()
        self.look_button.clicked.connect(lambda: self.done(LOOK))
        self.skip_unseen.toggled.connect(self._update_ok)
        self.items.itemChanged.connect(self._update_ok)
        if self.preview is not None:
            self.items.itemChanged.connect(self._update_preview)
            self.language.currentIndexChanged.connect(self._update_preview)
            self._update_preview()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()
        self.items.setFocus()

    def _fill_unseen(self) -> None:
        count = self.unseen_pages
        self.unseen.setVisible(count > 0)
        self.unseen.setStyleSheet("QFrame { background: #fff4ce; border-radius: 3px; } QLabel { color: #5c4400; }")
        title = self.tr("1 page non consultée") if count == 1 else self.tr("%1 pages non consultées")
        self.unseen_text.setText(
            "<b>⚠ "
            + title.replace("%1", str(count))
            + "</b><br>"
            + self.tr("Les pièces à demander s'y trouvent peut-être (coin bleu dans la colonne des pages).")
        )
        self.unseen_text.setWordWrap(True)
        self.look_button.setToolTip(self.tr("Fermer et afficher la première page non consultée"))
        self.skip_unseen.setToolTip(self.tr("Obligatoire pour mettre en attente sans les avoir regardées"))

    def _fill_items(self, choices: Sequence[HoldChoice], draft: HoldDraft | None) -> None:
        for choice in choices:
            if choice.refusal is not None:
                text = self.tr("%1 — refusée : %2").replace("%1", choice.label).replace("%2", choice.refusal)
            else:
                text = self.tr("%1 — non cochée").replace("%1", choice.label)
            entry = QListWidgetItem(text, self.items)
            entry.setData(Qt.ItemDataRole.UserRole, choice.code)
            checked = choice.code in draft.codes if draft is not None else choice.refusal is not None
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.items.setCurrentRow(0)

    def _layout(self) -> None:
        unseen = QVBoxLayout(self.unseen)
        unseen.addWidget(self.unseen_text)
        actions = QHBoxLayout()
        actions.addWidget(self.look_button)
        actions.addWidget(self.skip_unseen, 1)
        unseen.addLayout(actions)
        layout = QVBoxLayout()
        layout.addWidget(self.unseen)
        question = QLabel(self.tr("Pièces à demander au client : cochez (Espace) celles qui manquent vraiment."), self)
        question.setWordWrap(True)
        question.setBuddy(self.items)
        layout.addWidget(question)
        layout.addWidget(self.items)
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        layout.addWidget(self.language)
        layout.addWidget(self.buttons)
        if self.preview is None:
            self.setLayout(layout)
            return
        caption = QLabel(self.tr("A&perçu de la lettre"), self)
        caption.setBuddy(self.preview.view)
        beside = QVBoxLayout()
        beside.addWidget(caption)
        beside.addWidget(self.preview, 1)
        columns = QHBoxLayout(self)
        columns.addLayout(layout, 1)
        columns.addLayout(beside, 1)
        self.preview.setMinimumWidth(420)
        self.preview.view.setMinimumHeight(360)
        room = self.screen().availableGeometry()  # 1366 x 768 included: the whole dialog on screen
        self.resize(min(PREVIEW_SIZE.width(), room.width()), min(PREVIEW_SIZE.height(), room.height() - 40))

    def _update_preview(self) -> None:
        """The letter asking for the items checked now, in the language chosen (drawn shortly after)."""
        if self.preview is None or self._letter is None:
            return
        codes, language, letter = tuple(self.chosen_codes()), self.letter_language(), self._letter
        if not codes:
            self.preview.say(self.tr("Cochez une pièce à demander : la lettre s'affichera ici."))
            return
        self.preview.request(lambda: letter(codes, language))

    def ready(self) -> bool:
        """Something is asked for, and every page was looked at or the technician said it need not be."""
        return bool(self.chosen_codes()) and (self.unseen_pages == 0 or self.skip_unseen.isChecked())

    def _update_ok(self) -> None:
        self.ok.setEnabled(self.ready())
        if not self.chosen_codes():
            self.hint.setText(self.tr("Cochez au moins une pièce à demander."))
        elif not self.ready():
            self.hint.setText(self.tr("Consultez les pages, ou dites que ce n'est pas nécessaire."))
        self.hint.setVisible(not self.ready())

    def accept(self) -> None:
        if self.ready():
            super().accept()

    def wants_to_look(self) -> bool:
        """The technician left to look at the pages not seen."""
        return self.result() == LOOK

    def chosen_codes(self) -> list[str]:
        return [
            self.items.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.items.count())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def letter_language(self) -> str:
        return str(self.language.currentData())

    def draft(self) -> HoldDraft:
        return HoldDraft(tuple(self.chosen_codes()), self.note_text(), self.letter_language())
