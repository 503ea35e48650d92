"""Put a dossier on hold: which documents are missing or refused, and a note for the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class HoldDialog(QDialog):
    """Owns the choice of items and the note; the caller runs the hold itself."""

    def __init__(self, items: list[tuple[str, str, bool]], parent: QWidget | None = None) -> None:
        """Args:
        items: (code, label, pre-checked) for each requirement; missing or refused ones are pre-checked.
        """
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mettre le dossier en attente"))
        self.items = QListWidget(self)
        for code, label, checked in items:
            entry = QListWidgetItem(label, self.items)
            entry.setData(Qt.ItemDataRole.UserRole, code)
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("Note (visible dans l'historique du dossier)"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Lettre au client en français"), "fr")
        self.language.addItem(self.tr("Lettre au client en anglais"), "en")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Pièces manquantes ou refusées :"), self))
        layout.addWidget(self.items)
        layout.addWidget(self.note)
        layout.addWidget(self.language)
        layout.addWidget(self.buttons)

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
