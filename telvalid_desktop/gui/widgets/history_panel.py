"""The dossier's audit trail, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget


class HistoryPanel(QTreeWidget):
    """Owns the list of history rows of the dossier shown (a few dozen: a plain tree widget)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels([self.tr("Quand"), self.tr("Qui"), self.tr("Événement"), self.tr("Motif")])

    def show_events(self, events: list[dict[str, Any]]) -> None:
        """Show ``events`` as given by ``repository.dossier_history`` (oldest first)."""
        self.clear()
        for event in reversed(events):
            moment = QDateTime.fromString(event["at"], Qt.DateFormat.ISODate).toLocalTime()
            change = event["event"]
            if event["from"] != event["to"]:
                change = f"{change} ({event['from']} → {event['to']})"
            self.addTopLevelItem(
                QTreeWidgetItem([moment.toString("dd/MM/yyyy HH:mm"), event["actor"], change, event["reason"]])
            )
        for column in range(3):
            self.resizeColumnToContents(column)
