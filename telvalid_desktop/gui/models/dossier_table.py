"""Table model of the dossier list: a count and lazily fetched pages of rows.

Like anki's browser table model, it never holds the whole list: it knows how many
dossiers the filter shows and reads pages of rows from ``db.dossier_queries`` the first
time the view asks for one, keeping only the pages near the ones last read. Unlike it,
the reads run off the GUI thread: a server across a network costs the window nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from telvalid_desktop.db import dossier_queries
from telvalid_desktop.gui.tasks import Reader, Reads, read_now
from telvalid_desktop.gui.time_text import local_time_text
from telvalid_desktop.read_models.dossiers import SORT_COLUMNS, DossierFilter, DossierRow, SortColumn

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
SORTABLE: frozenset[str] = frozenset(SORT_COLUMNS)
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
        "missing_items": QCoreApplication.translate("DossierTable", "Pièces"),
        "holder": QCoreApplication.translate("DossierTable", "Pris par"),
    }
    return titles[key]


def items_text(row: DossierRow) -> str:
    """The items column: what a technician confirmed missing, then how many items are not checked yet."""
    parts = []
    if row.missing_items:
        parts.append(
            QCoreApplication.translate("DossierTable", "Manque : %1").replace("%1", ", ".join(row.missing_items))
        )
    if row.to_check_items:
        count = str(len(row.to_check_items))
        parts.append(QCoreApplication.translate("DossierTable", "%1 à vérifier").replace("%1", count))
    return " · ".join(parts)


def items_tooltip(row: DossierRow) -> str | None:
    """The items column spelled out: which are confirmed missing, which still to check."""
    lines = []
    if row.missing_items:
        title = QCoreApplication.translate("DossierTable", "Manquantes (demandées ou refusées) :")
        lines.append(f"{title} {', '.join(row.missing_items)}")
    if row.to_check_items:
        title = QCoreApplication.translate("DossierTable", "À vérifier (pas encore cochées) :")
        lines.append(f"{title} {', '.join(row.to_check_items)}")
    return "\n".join(lines) or None


def _display(row: DossierRow, key: str) -> str:
    if key == "status":
        return status_label(status_key(row))
    if key in ("first_received", "last_activity"):
        return local_time(getattr(row, key))
    if key == "missing_items":
        return items_text(row)
    value = getattr(row, key)
    return "" if value is None else str(value)


class DossierTableModel(QAbstractTableModel):
    """Owns the filter, the row count and a small cache of row pages of the dossier list.

    Every read goes through ``reader``: in the window, the database thread, so the GUI
    thread never waits for the server. Until its page arrives a row shows empty (no id);
    a new filter keeps the old rows on screen until its count and first page are read.
    An answer read for an older filter is dropped.

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
        reader: Reader = read_now,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.max_pages = max_pages
        self._enrich = enrich
        self._reads = Reads(reader, "the dossier list")
        self._filter = DossierFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[DossierRow]] = OrderedDict()
        self._generation = 0  # one per filter read: what was read for an older one is dropped
        self._shown_generation = 0  # the read whose count the view shows (pages are asked for it only)
        self._reading_pages: set[int] = set()
        self._answering_now = False  # the reader answered before returning (no view to tell)

    @property
    def filter(self) -> DossierFilter:
        return self._filter

    @property
    def loaded(self) -> bool:
        """A count was shown at least once: until then the first filter set must read, even the default one."""
        return self._shown_generation > 0

    @property
    def settled(self) -> bool:
        """No read under way: what is shown is what the database said last."""
        return self._reads.settled

    def set_filter(self, dossier_filter: DossierFilter) -> None:
        """Show another queue, search or order; the view resets when its first page is read."""
        self._filter = dossier_filter
        self._read_count_and_pages(dossier_filter, [0])

    def reload(self) -> None:
        """Read the count again and the pages last looked at (after an import, for example)."""
        recent = list(self._pages)[-2:] or [0]
        self._read_count_and_pages(self._filter, recent)

    def _read_count_and_pages(self, dossier_filter: DossierFilter, numbers: list[int]) -> None:
        self._generation += 1
        generation = self._generation
        self._reading_pages.clear()

        def read() -> tuple[int, dict[int, list[DossierRow]]]:
            count = dossier_queries.count_dossiers(dossier_filter)
            wanted = [number for number in numbers if number * self.page_size < count]
            return count, {number: self._read_page(dossier_filter, number) for number in wanted}

        self._reads.read(read, lambda found: self._reset_to(generation, *found))

    def _reset_to(self, generation: int, count: int, pages: dict[int, list[DossierRow]]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._shown_generation = generation
        self._count = count
        self._pages = OrderedDict(pages)
        self.endResetModel()

    def refresh_rows(self, dossier_ids: Iterable[int]) -> None:
        """Re-read the given dossiers where they are cached and repaint only those rows.

        Rows keep their place even if the change moves them out of the queue, so the
        list does not jump under the technician; ``reload()`` re-sorts and re-filters.
        """
        wanted = set(dossier_ids) & self._read_ids()
        if not wanted:
            return
        generation = self._generation

        def read() -> dict[int, DossierRow]:
            fresh = dossier_queries.dossier_rows_by_id(wanted)
            return {row.dossier_id: row for row in self._enriched(list(fresh.values()))}

        self._reads.read(read, lambda fresh: self._replace_rows(generation, fresh))

    def _replace_rows(self, generation: int, fresh: dict[int, DossierRow]) -> None:
        if generation != self._generation:
            return
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.dossier_id in fresh:
                    rows[offset] = fresh[row.dossier_id]
                    place = number * self.page_size + offset
                    self.dataChanged.emit(self.index(place, 0), self.index(place, len(COLUMNS) - 1))

    def shows_all(self, dossier_ids: Iterable[int]) -> bool:
        """Every one of these dossiers is among the rows read (a new one is not: the list must be read again)."""
        return set(dossier_ids) <= self._read_ids()

    def _read_ids(self) -> set[int]:
        """The dossiers among the cached pages of rows."""
        return {row.dossier_id for rows in self._pages.values() for row in rows}

    def row_of(self, dossier_id: int) -> int | None:
        """The row of a dossier among the cached pages (``None`` when not loaded)."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.dossier_id == dossier_id:
                    return number * self.page_size + offset
        return None

    def row_at(self, row: int) -> DossierRow | None:
        """The row at ``row``; ``None`` past the end or while its page is being read (asked for here)."""
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.page_size)
        if number not in self._pages and self._shown_generation == self._generation:
            self._ask_page(number)
        rows = self._pages.get(number)
        if rows is None:
            return None
        self._pages.move_to_end(number)
        return rows[offset] if offset < len(rows) else None  # shorter when dossiers left meanwhile

    def _ask_page(self, number: int) -> None:
        if number in self._reading_pages:
            return
        self._reading_pages.add(number)
        generation, dossier_filter = self._generation, self._filter
        self._answering_now = True
        try:
            self._reads.read(
                lambda: self._read_page(dossier_filter, number),
                lambda rows: self._keep_page(generation, number, rows),
                lambda: self._reading_pages.discard(number),
            )
        finally:
            self._answering_now = False

    def _keep_page(self, generation: int, number: int, rows: list[DossierRow]) -> None:
        if generation != self._generation:
            return
        self._reading_pages.discard(number)
        self._pages[number] = rows
        while len(self._pages) > self.max_pages:
            farthest = max(self._pages, key=lambda kept: abs(kept - number))
            del self._pages[farthest]
        first = number * self.page_size
        last = min(first + self.page_size, self._count) - 1
        if not self._answering_now and last >= first:  # a view asked while painting: repaint what arrived
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _read_page(self, dossier_filter: DossierFilter, number: int) -> list[DossierRow]:
        """On the reader's thread: one page of rows, completed."""
        offset = number * self.page_size
        return self._enriched(dossier_queries.fetch_dossier_rows(dossier_filter, offset, self.page_size))

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
            Qt.ItemDataRole.ToolTipRole: lambda: items_tooltip(row) if key == "missing_items" else _display(row, key),
            DossierIdRole: lambda: row.dossier_id,
            StatusRole: lambda: status_key(row),
            DossierRowRole: lambda: row,
        }
        value = values.get(role)
        return value() if value is not None else None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "missing_items":
            return QCoreApplication.translate(
                "DossierTable",
                "Manque : pièces demandées par la mise en attente en cours, ou refusées.\n"
                "À vérifier : pièces pas encore cochées, peut-être parmi les pages reçues.",
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; columns filled outside the database (missing items, holder) are not sortable."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] not in SORTABLE:
            return
        key = cast(SortColumn, COLUMNS[column])
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._filter.sort_column, self._filter.descending):
            self.set_filter(replace(self._filter, sort_column=key, descending=descending))
