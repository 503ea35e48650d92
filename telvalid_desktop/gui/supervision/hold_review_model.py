"""Table model of the dossiers on hold, with a proxy that sorts by number and filters like the core.

The whole on-hold set is held (thousands of rows at most, read in one go by a worker):
sorting and filtering run in memory, so the lead's clicks never wait for the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from telvalid_desktop.core.hold_review import AgingLevel, HoldAging, HoldFilter
from telvalid_desktop.gui.channel_text import channel_label
from telvalid_desktop.gui.time_text import local_time_text

SortRole = Qt.ItemDataRole.UserRole + 1  # numbers sort as numbers, unknown ages last
DossierIdRole = Qt.ItemDataRole.UserRole + 2
AgingRole = Qt.ItemDataRole.UserRole + 3

COLUMNS = (
    "procedure_number",
    "customer_name",
    "technician",
    "days_on_hold",
    "days_since_first_submission",
    "days_since_last_complement",
    "days_since_last_letter",
    "items",
    "channels",
)
LEVEL_COLOURS = {AgingLevel.WARNING: QColor("#fff1c2"), AgingLevel.ALERT: QColor("#ffd6d2")}
UNKNOWN_LAST = 1_000_000


def _header(key: str) -> str:
    titles = {
        "procedure_number": QCoreApplication.translate("HoldReview", "N° de procédure"),
        "customer_name": QCoreApplication.translate("HoldReview", "Client"),
        "technician": QCoreApplication.translate("HoldReview", "Technicien"),
        "days_on_hold": QCoreApplication.translate("HoldReview", "En attente (j)"),
        "days_since_first_submission": QCoreApplication.translate("HoldReview", "Depuis le 1er envoi (j)"),
        "days_since_last_complement": QCoreApplication.translate("HoldReview", "Dernier complément (j)"),
        "days_since_last_letter": QCoreApplication.translate("HoldReview", "Dernière lettre (j)"),
        "items": QCoreApplication.translate("HoldReview", "Pièces manquantes"),
        "channels": QCoreApplication.translate("HoldReview", "Canal"),
    }
    return titles[key]


class HoldReviewModel(QAbstractTableModel):
    """Owns the aged rows; item codes are shown with the rules' labels."""

    _ROLES: ClassVar[dict[int, str]] = {
        Qt.ItemDataRole.DisplayRole: "_text",
        SortRole: "_sort_value",
        Qt.ItemDataRole.BackgroundRole: "_background",
        Qt.ItemDataRole.ToolTipRole: "_tooltip",
        Qt.ItemDataRole.TextAlignmentRole: "_alignment",
        DossierIdRole: "_dossier_id",
        AgingRole: "_entry",
    }

    def __init__(self, label_of: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[HoldAging] = []
        self.label_of = label_of

    def set_entries(self, entries: list[HoldAging]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, key = self.entries[index.row()], COLUMNS[index.column()]
        answer = self._ROLES.get(role)
        return getattr(self, answer)(entry, key) if answer is not None else None

    def _sort_value(self, entry: HoldAging, key: str) -> Any:
        value = getattr(entry, key) if key.startswith("days") else self._text(entry, key)
        return UNKNOWN_LAST if value is None else value

    @staticmethod
    def _dossier_id(entry: HoldAging, _key: str) -> int:
        return entry.row.dossier_id

    @staticmethod
    def _entry(entry: HoldAging, _key: str) -> HoldAging:
        return entry

    @staticmethod
    def _background(entry: HoldAging, _key: str) -> QBrush | None:
        colour = LEVEL_COLOURS.get(entry.level)
        return QBrush(colour) if colour is not None else None

    @staticmethod
    def _alignment(_entry: HoldAging, key: str) -> int | None:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if key.startswith("days") else None

    def _text(self, entry: HoldAging, key: str) -> str:
        row = entry.row
        if key == "items":
            return ", ".join(self.label_of(code) for code in row.items)
        if key == "channels":
            return ", ".join(channel_label(channel) for channel in row.channels)
        if key.startswith("days"):
            days = getattr(entry, key)
            return "—" if days is None else str(days)
        return str(getattr(row, key))

    def _tooltip(self, entry: HoldAging, _key: str) -> str:
        row = entry.row
        text = (
            QCoreApplication.translate("HoldReview", "Mis en attente le %1 par %2")
            .replace("%1", local_time_text(row.held_at))
            .replace("%2", row.held_by or "—")
        )
        return f"{text}\n{row.note}" if row.note else text


class HoldReviewFilter(QSortFilterProxyModel):
    """Sorts by ``SortRole`` and keeps the rows the core's ``HoldFilter`` keeps."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chosen = HoldFilter()
        self.setSortRole(SortRole)

    def set_filter(self, chosen: HoldFilter) -> None:
        self.beginFilterChange()
        self.chosen = chosen
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        entry = model.data(model.index(source_row, 0, source_parent), AgingRole)
        return entry is not None and self.chosen.keeps(entry.row)
