"""The letter a hold produced: open it to print, or copy it as an e-mail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class LetterDialog(QDialog):
    """Owns the two ways the letter leaves: on paper (the PDF) or by e-mail (its text, copied)."""

    def __init__(
        self,
        number: str,
        pdf: Path,
        email_text: Callable[[], str],
        open_file: Callable[[QUrl], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lettre au client"))
        self._pdf = pdf
        self._email_text = email_text
        self._open_file = open_file
        text = self.tr(
            "Le dossier %1 est en attente. La lettre au client et sa feuille de retour "
            "(à mettre sur le complément) sont enregistrées avec le dossier."
        ).replace("%1", number)
        message = QLabel(text, self)
        message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Ouvrir pour imprimer"), self)
        self.copy_button = QPushButton(self.tr("Copier le texte de l'e-mail"), self)
        self.copied = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.open_letter)
        self.copy_button.clicked.connect(self.copy_email)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)

    def open_letter(self) -> None:
        self._open_file(QUrl.fromLocalFile(str(self._pdf)))

    def copy_email(self) -> None:
        QGuiApplication.clipboard().setText(self._email_text())
        self.copied.setText(self.tr("Texte copié : collez-le dans un e-mail au client."))
