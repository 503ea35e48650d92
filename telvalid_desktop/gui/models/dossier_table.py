"""Table model of dossiers over the repository's summaries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from telvalid_desktop.db import repository

DossierIdRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("procedure_number", "customer_name", "telephony_group", "status", "updated_at")


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
            value = row[COLUMNS[index.column()]]
            return "" if value is None else str(value)
        if role == DossierIdRole:
            return row["dossier_id"]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _header(COLUMNS[section])
        return None
