"""Type a procedure number, or a customer, a telephony group or an account and pick its procedure."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.core.lifecycle.procedures import is_unexpected_number
from telvalid_desktop.gui.tasks import Reader, read_now, unless_deleted
from telvalid_desktop.read_models.procedures import ProcedureSuggestion

log = logging.getLogger(__name__)

PROCEDURE_NUMBER = re.compile(r"\d{6,10}")
MIN_CHARACTERS = 2  # one letter would list half the export
SEARCH_DELAY_MS = 150  # typing on: one search when the technician pauses, not one per key
NumberRole = Qt.ItemDataRole.UserRole + 1  # what choosing a suggestion puts in the field: its number

Complete = Callable[[str], Sequence[ProcedureSuggestion]]


def suggestion_text(suggestion: ProcedureSuggestion) -> str:
    """ "48151623 — Hélène Côté — grp-tel-777777": what the export says, the number alone otherwise."""
    parts = (suggestion.procedure_number, suggestion.customer_name, suggestion.telephony_group)
    return " — ".join(part for part in parts if part)


class AssignDialog(QDialog):
    """Owns the text being typed and its suggestions; OK is enabled only for 6 to 10 digits.

    ``complete`` runs through ``reader`` (the window's database thread), a pause after the
    last key; an answer to an older text is dropped. Choosing a suggestion puts its number
    in the field.
    """

    def __init__(
        self,
        prompt: str,
        complete: Complete,
        parent: QWidget | None = None,
        *,
        reader: Reader = read_now,
        unexpected: Callable[[str], bool] = is_unexpected_number,
    ) -> None:
        super().__init__(parent)
        self._unexpected = unexpected
        self._complete = complete
        self._reader = reader
        self._asked = 0  # searches asked; only the last one's answer is shown
        self._answered = 0
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #a33;")
        self.hint.setWordWrap(True)
        self.setWindowTitle(self.tr("Numéro de procédure"))
        self.setMinimumWidth(520)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Numéro, nom du client, groupe téléphonie ou compte"))
        self.number.setAccessibleName(self.tr("Procédure à attribuer : numéro, client, groupe ou compte"))
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)  # the database filtered
        self.completer.setCompletionRole(NumberRole)
        self.completer.setMaxVisibleItems(10)
        self.number.setCompleter(self.completer)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.number.textEdited.connect(self._on_text_edited)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number.textChanged.connect(self._on_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        layout.addWidget(self.number)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._on_text_changed("")

    @property
    def settled(self) -> bool:
        """The suggestions shown answer the text typed (no search waiting or under way)."""
        return not self._search_timer.isActive() and self._answered == self._asked

    def _on_text_edited(self, text: str) -> None:
        if len(text.strip()) < MIN_CHARACTERS:
            self._search_timer.stop()
            self._asked += 1  # an answer still on its way is for an older text
            self._answered = self._asked
            self.suggestions.clear()
            return
        self._search_timer.start()

    def _search(self) -> None:
        self._asked += 1
        asked, text = self._asked, self.number.text().strip()
        self._reader(
            partial(self._complete, text),
            unless_deleted(self, partial(self._show_suggestions, asked, text)),
            unless_deleted(self, partial(self._search_failed, asked)),
        )

    def _show_suggestions(self, asked: int, text: str, found: Sequence[ProcedureSuggestion]) -> None:
        self._answered = max(self._answered, asked)
        if asked != self._asked:
            return
        self.suggestions.clear()
        for suggestion in found:
            item = QStandardItem(suggestion_text(suggestion))
            item.setData(suggestion.procedure_number, NumberRole)
            if suggestion.account:
                item.setToolTip(self.tr("Compte : %1").replace("%1", suggestion.account))
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if found and self.number.hasFocus():
            self.completer.complete()
        elif not found and not text.isdigit():
            self.hint.setText(self.tr("Aucune procédure connue ne correspond à « %1 ».").replace("%1", text))

    def _search_failed(self, asked: int, failure: BaseException) -> None:
        self._answered = max(self._answered, asked)
        log.warning("completing a procedure number failed: %s", failure)

    def _on_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        text = text.strip()
        well_formed = bool(PROCEDURE_NUMBER.fullmatch(text))
        ok.setEnabled(well_formed)
        if well_formed or not text:
            self.hint.setText("")
        elif text.isdigit():
            self.hint.setText(self.tr("Un numéro de procédure a de 6 à 10 chiffres."))
        else:
            self.hint.setText(self.tr("Choisissez la procédure dans la liste (↓ puis Entrée)."))

    def accept(self) -> None:
        """A number nobody knows is probably a typo: it puts a customer's papers in a stranger's dossier."""
        number = self.chosen_number()
        if self._unexpected(number):
            question = self.tr(
                "Le numéro %1 n'est ni dans l'export du manager ni dans un dossier : une faute de frappe ?\n"
                "L'utiliser quand même ?"
            ).replace("%1", number)
            answer = QMessageBox.question(
                self, self.windowTitle(), question, defaultButton=QMessageBox.StandardButton.No
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.number.selectAll()
                return
        super().accept()

    def chosen_number(self) -> str:
        return self.number.text().strip()
