"""Table model of dossiers over the repository's summaries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from telvalid_desktop.db import repository

DossierIdRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("procedure_number", "customer_name", "telephony_group", "status", "updated_at")


def _status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("DossierTable", "Ouvert"),
        "on_hold": QCoreApplication.translate("DossierTable", "En attente"),
        "validated": QCoreApplication.translate("DossierTable", "Validé"),
        "superseded": QCoreApplication.translate("DossierTable", "Remplacé"),
        "rejected": QCoreApplication.translate("DossierTable", "Rejeté"),
    }
    return labels.get(status, status)


def _local_time(iso_utc: str) -> str:
    """'2026-11-26T10:41:52Z' shown in the workstation's time zone, as people read dates here."""
    moment = QDateTime.fromString(iso_utc, Qt.DateFormat.ISODate).toLocalTime()
    return moment.toString("dd/MM/yyyy HH:mm")


def _display(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "status":
        return _status_label(value)
    if key == "updated_at":
        return _local_time(value)
    return str(value)


def _header(key: str) -> str:
    titles = {
        "procedure_number": QCoreApplication.translate("DossierTable", "N° de procédure"),
        "customer_name": QCoreApplication.translate("DossierTable", "Client"),
        "telephony_group": QCoreApplication.translate("DossierTable", "Groupe téléphonie"),
        "status": QCoreApplication.translate("DossierTable", "État"),
        "updated_at": QCoreApplication.translate("DossierTable", "Dernière activité"),
    }
    return titles[key]


class DossierTableModel(QAbstractTableModel):
    """Owns the rows of the dossier list (plain dicts from the repository)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = repository.list_dossiers()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            key = COLUMNS[index.column()]
            return _display(key, row[key])
        if role == DossierIdRole:
            return row["dossier_id"]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _header(COLUMNS[section])
        return None
