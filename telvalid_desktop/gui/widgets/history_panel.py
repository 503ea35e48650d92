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
        self.setAccessibleName(self.tr("Historique du dossier"))
        self.setHeaderLabels([self.tr("Quand"), self.tr("Qui"), self.tr("Événement"), self.tr("Motif")])

    def event_labels(self) -> dict[str, str]:
        return {
            "created": self.tr("Dossier créé"),
            "submission_received": self.tr("Envoi reçu"),
            "complement_received": self.tr("Complément reçu"),
            "status_changed": self.tr("Changement d'état"),
            "put_on_hold": self.tr("Mis en attente"),
            "validated": self.tr("Validé"),
            "item_ticked": self.tr("Pièce cochée"),
            "item_ticked_other_procedure": self.tr("Pièce cochée avec une page d'une autre procédure"),
            "item_refused": self.tr("Pièce refusée"),
            "item_cleared": self.tr("Pièce remise à vérifier"),
            "item_change_undone": self.tr("Pièce remise comme avant (annulation)"),
            "facts_set": self.tr("Paiement / type de client précisé"),
            "pages_moved_in": self.tr("Pages reçues d'un autre dossier"),
            "pages_moved_out": self.tr("Pages déplacées vers"),
            "submission_moved_in": self.tr("Envoi reçu d'un autre dossier"),
            "submission_moved_out": self.tr("Envoi déplacé vers"),
            "submission_assigned": self.tr("Envoi affecté"),
            "page_operation_undone": self.tr("Opération annulée"),
            "claim_taken_over": self.tr("Dossier repris à"),
        }

    def show_events(self, events: list[dict[str, Any]]) -> None:
        """Show ``events`` as given by ``repository.dossier_history`` (oldest first)."""
        self.clear()
        labels = self.event_labels()
        for event in reversed(events):
            moment = QDateTime.fromString(event["at"], Qt.DateFormat.ISODate).toLocalTime()
            change = labels.get(event["event"], event["event"])
            if event["from"] != event["to"]:
                change = f"{change} ({event['from']} → {event['to']})"
            self.addTopLevelItem(
                QTreeWidgetItem([moment.toString("dd/MM/yyyy HH:mm"), event["actor"], change, event["reason"]])
            )
        for column in range(3):
            self.resizeColumnToContents(column)
