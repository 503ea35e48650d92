"""Table model of the dossier list: a count and lazily fetched pages of rows.

Like anki's browser table model, it never holds the whole list: it knows how many
dossiers the filter shows and reads pages of rows from ``db.dossier_queries`` the first
time the view asks for one, keeping only the pages near the ones last read.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from telvalid_desktop.db import dossier_queries
from telvalid_desktop.db.dossier_queries import DossierFilter, DossierRow, SortColumn
from telvalid_desktop.gui.time_text import local_time_text

DossierIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2  # badge key: a status, or "complement" for an open dossier completed
DossierRowRole = Qt.ItemDataRole.UserRole + 3  # the whole DossierRow

COLUMNS = (
    "procedure_number",
    "customer_name",
    "telephony_group",
    "first_received",
    "last_activity",
    "status",
    "missing_items",
    "holder",
)
STATUS_COLUMN = COLUMNS.index("status")
SORTABLE: frozenset[str] = frozenset(dossier_queries.SORT_COLUMNS)
PAGE_SIZE = 200
MAX_PAGES = 8

RowEnricher = Callable[[Sequence[DossierRow]], list[DossierRow]]
"""Completes fetched rows (missing items, holder) with ``dataclasses.replace``."""


def status_key(row: DossierRow) -> str:
    """The badge of a row: its status, with "complement" for an open dossier completed."""
    return "complement" if row.status == "open" and row.complement_received else row.status


def status_label(key: str) -> str:
    labels = {
        "open": QCoreApplication.translate("DossierTable", "Ouvert"),
        "complement": QCoreApplication.translate("DossierTable", "Complément reçu"),
        "on_hold": QCoreApplication.translate("DossierTable", "En attente"),
        "validated": QCoreApplication.translate("DossierTable", "Validé"),
        "superseded": QCoreApplication.translate("DossierTable", "Remplacé"),
        "rejected": QCoreApplication.translate("DossierTable", "Rejeté"),
    }
    return labels.get(key, key)


def local_time(moment: datetime | None) -> str:
    """A stored UTC time shown in the workstation's time zone, as people read dates here."""
    return "" if moment is None else local_time_text(moment)


def _header(key: str) -> str:
    titles = {
        "procedure_number": QCoreApplication.translate("DossierTable", "N° de procédure"),
        "customer_name": QCoreApplication.translate("DossierTable", "Client"),
        "telephony_group": QCoreApplication.translate("DossierTable", "Groupe téléphonie"),
        "first_received": QCoreApplication.translate("DossierTable", "Premier envoi"),
        "last_activity": QCoreApplication.translate("DossierTable", "Dernière activité"),
        "status": QCoreApplication.translate("DossierTable", "État"),
        "missing_items": QCoreApplication.translate("DossierTable", "Pièces manquantes"),
        "holder": QCoreApplication.translate("DossierTable", "Pris par"),
    }
    return titles[key]


def _display(row: DossierRow, key: str) -> str:
    if key == "status":
        return status_label(status_key(row))
    if key in ("first_received", "last_activity"):
        return local_time(getattr(row, key))
    if key == "missing_items":
        return ", ".join(row.missing_items)
    value = getattr(row, key)
    return "" if value is None else str(value)


class DossierTableModel(QAbstractTableModel):
    """Owns the filter, the row count and a small cache of row pages of the dossier list.

    Attributes:
        page_size: rows read per query.
        max_pages: pages kept; the one farthest from the last page read goes first.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        enrich: RowEnricher | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.max_pages = max_pages
        self._enrich = enrich
        self._filter = DossierFilter()
        self._count = 0
        self.loaded = False  # nothing read yet: the first filter set must read, even the default one
        self._pages: OrderedDict[int, list[DossierRow]] = OrderedDict()

    @property
    def filter(self) -> DossierFilter:
        return self._filter

    def set_filter(self, dossier_filter: DossierFilter) -> None:
        """Show another queue, search or order (resets the view)."""
        self.beginResetModel()
        self._filter = dossier_filter
        self._load_count()
        self.endResetModel()

    def reload(self) -> None:
        """Read the count again and forget every cached row (after an import, for example)."""
        self.set_filter(self._filter)

    def _load_count(self) -> None:
        self._pages.clear()
        self._count = dossier_queries.count_dossiers(self._filter)
        self.loaded = True

    def refresh_rows(self, dossier_ids: Iterable[int]) -> None:
        """Re-read the given dossiers where they are cached and repaint only those rows.

        Rows keep their place even if the change moves them out of the queue, so the
        list does not jump under the technician; ``reload()`` re-sorts and re-filters.
        """
        wanted = set(dossier_ids)
        places = [
            (number, offset, row.dossier_id)
            for number, rows in self._pages.items()
            for offset, row in enumerate(rows)
            if row.dossier_id in wanted
        ]
        fresh = dossier_queries.dossier_rows_by_id(dossier_id for _, _, dossier_id in places)
        updated = self._enriched(list(fresh.values()))
        by_id = {row.dossier_id: row for row in updated}
        for number, offset, dossier_id in places:
            if dossier_id not in by_id:
                continue
            self._pages[number][offset] = by_id[dossier_id]
            row = number * self.page_size + offset
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, dossier_id: int) -> int | None:
        """The row of a dossier among the cached pages (``None`` when not loaded)."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.dossier_id == dossier_id:
                    return number * self.page_size + offset
        return None

    def row_at(self, row: int) -> DossierRow | None:
        """The row at ``row``, reading its page if needed (``None`` past the end)."""
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.page_size)
        rows = self._pages.get(number)
        if rows is None:
            rows = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        return rows[offset] if offset < len(rows) else None  # shorter when dossiers left meanwhile

    def _fetch(self, number: int) -> list[DossierRow]:
        rows = self._enriched(dossier_queries.fetch_dossier_rows(self._filter, number * self.page_size, self.page_size))
        self._pages[number] = rows
        while len(self._pages) > self.max_pages:
            farthest = max(self._pages, key=lambda kept: abs(kept - number))
            del self._pages[farthest]
        return rows

    def _enriched(self, rows: list[DossierRow]) -> list[DossierRow]:
        return self._enrich(rows) if self._enrich is not None and rows else rows

    def sort_column(self) -> int:
        """The column the list is sorted by (for the header's indicator)."""
        return COLUMNS.index(self._filter.sort_column)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._filter.descending else Qt.SortOrder.AscendingOrder

    # Qt overrides

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()]
        values: dict[int, Callable[[], Any]] = {
            Qt.ItemDataRole.DisplayRole: lambda: _display(row, key),
            Qt.ItemDataRole.ToolTipRole: lambda: "\n".join(row.missing_items) if key == "missing_items" else None,
            DossierIdRole: lambda: row.dossier_id,
            StatusRole: lambda: status_key(row),
            DossierRowRole: lambda: row,
        }
        value = values.get(role)
        return value() if value is not None else None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return _header(COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; columns filled outside the database (missing items, holder) are not sortable."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] not in SORTABLE:
            return
        key = cast(SortColumn, COLUMNS[column])
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._filter.sort_column, self._filter.descending):
            self.set_filter(replace(self._filter, sort_column=key, descending=descending))
