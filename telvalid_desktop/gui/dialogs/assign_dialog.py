"""Type a procedure number, completed from known procedures and dossiers."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

PROCEDURE_NUMBER = re.compile(r"\d{6,10}")


class AssignDialog(QDialog):
    """Owns the number being typed; OK is enabled only for 6 to 10 digits."""

    def __init__(self, prompt: str, complete: Callable[[str], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout.addWidget(self.buttons)
        self._on_text_changed("")

    def _on_text_edited(self, text: str) -> None:
        self._suggestions.setStringList(self._complete(text) if len(text) >= 2 else [])

    def _on_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(PROCEDURE_NUMBER.fullmatch(text.strip())))

    def chosen_number(self) -> str:
        return self.number.text().strip()
