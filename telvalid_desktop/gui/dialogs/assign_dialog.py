"""Type a procedure number, completed from known procedures and dossiers."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QStringListModel
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

PROCEDURE_NUMBER = re.compile(r"\d{6,10}")


class AssignDialog(QDialog):
    """Owns the number being typed; OK is enabled only for 6 to 10 digits."""

    def __init__(
        self,
        prompt: str,
        complete: Callable[[str], list[str]],
        parent: QWidget | None = None,
        *,
        unexpected: Callable[[str], bool] = is_unexpected_number,
    ) -> None:
        super().__init__(parent)
        self._unexpected = unexpected
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #a33;")
        self.setWindowTitle(self.tr("Numéro de procédure"))
        self._complete = complete
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("48151623")
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        self.number.setCompleter(completer)
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

    def _on_text_edited(self, text: str) -> None:
        self._suggestions.setStringList(self._complete(text) if len(text) >= 2 else [])

    def _on_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        well_formed = bool(PROCEDURE_NUMBER.fullmatch(text.strip()))
        ok.setEnabled(well_formed)
        self.hint.setText(
            "" if well_formed or not text.strip() else self.tr("Un numéro de procédure a de 6 à 10 chiffres.")
        )

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
