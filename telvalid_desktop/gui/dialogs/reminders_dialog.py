"""Dossiers on hold with no complement for too long: choose which customers to remind."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.core.correspondence.reminders import AwaitingComplement
from telvalid_desktop.gui.time_text import local_time_text


class RemindersDialog(QDialog):
    """Owns the list of dossiers awaiting a complement and which of them get a reminder."""

    def __init__(
        self,
        awaiting: Sequence[AwaitingComplement],
        after_days: int,
        labels: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Relances"))
        self.resize(820, 420)
        intro = QLabel(self.tr("Dossiers en attente sans complément depuis plus de %n jour(s) :", "", after_days), self)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                self.tr("Dossier"),
                self.tr("Client"),
                self.tr("En attente"),
                self.tr("Dernier courrier"),
                self.tr("Manque"),
            ]
        )
        for entry in awaiting:
            last = local_time_text(entry.last_letter_at, "%d/%m/%Y") if entry.last_letter_at else "—"
            item = QTreeWidgetItem(
                [
                    entry.procedure_number,
                    entry.customer_name,
                    self.tr("%n jour(s)", "", entry.days_on_hold),
                    last,
                    ", ".join(labels(code) for code in entry.missing),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.procedure_number)
            item.setCheckState(0, Qt.CheckState.Checked if entry.reminder_due else Qt.CheckState.Unchecked)
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Relances en français"), "fr")
        self.language.addItem(self.tr("Relances en anglais"), "en")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.print_button = self.buttons.addButton(
            self.tr("Écrire les relances (un PDF à imprimer)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda *_: self._update_button())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.language)
        layout.addWidget(self.buttons)
        self._update_button()

    def chosen_numbers(self) -> list[str]:
        items = [self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount())]  # never None: in range
        return [
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in items
            if item is not None and item.checkState(0) == Qt.CheckState.Checked
        ]

    def letter_language(self) -> str:
        return str(self.language.currentData())

    def _update_button(self) -> None:
        self.print_button.setEnabled(bool(self.chosen_numbers()))
