"""List model of the work queues with their live counts (the sidebar)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence

from telvalid_desktop.db import dossier_queries
from telvalid_desktop.gui.tasks import Reader, Reads, read_now
from telvalid_desktop.read_models.dossiers import Queue

QueueRole = Qt.ItemDataRole.UserRole + 1  # the queue key ("unsorted", "open", ...)
CountRole = Qt.ItemDataRole.UserRole + 2

QUEUE_ORDER: tuple[Queue, ...] = ("unsorted", "open", "complement", "on_hold", "validated", "all")


def queue_label(queue: str) -> str:
    labels = {
        "unsorted": QCoreApplication.translate("QueueModel", "À trier"),
        "open": QCoreApplication.translate("QueueModel", "Ouverts"),
        "complement": QCoreApplication.translate("QueueModel", "Complément reçu"),
        "on_hold": QCoreApplication.translate("QueueModel", "En attente"),
        "validated": QCoreApplication.translate("QueueModel", "Validés"),
        "all": QCoreApplication.translate("QueueModel", "Tous"),
    }
    return labels[queue]


class QueueListModel(QAbstractListModel):
    """Owns the six queues and their last counted sizes; counts change only on ``refresh_counts``.

    Counting goes through ``reader`` (the window's database thread), so the sidebar never
    holds the GUI thread; ``counted`` says each new count arrived, changed or not.
    """

    counted = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        counter: Callable[[], dict[str, int]] = dossier_queries.queue_counts,
        reader: Reader = read_now,
    ) -> None:
        super().__init__(parent)
        self._counter = counter
        self._reads = Reads(reader, "the queue counts")
        self._counts: dict[str, int] = dict.fromkeys(QUEUE_ORDER, 0)
        self.known = False  # counted at least once: until then the zeros are not the truth

    @property
    def settled(self) -> bool:
        """No count under way."""
        return self._reads.settled

    def refresh_counts(self) -> None:
        """Count again; the queues whose count changed are repainted when it arrives."""
        self._reads.read(self._counter, self._show_counts)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.known = True
        for row, queue in enumerate(QUEUE_ORDER):
            count = counts.get(queue, 0)
            if count != self._counts[queue]:
                self._counts[queue] = count
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, CountRole])
        self.counted.emit()

    def count(self, queue: str) -> int:
        return self._counts[queue]

    def row_of(self, queue: Queue) -> int:
        return QUEUE_ORDER.index(queue)

    # Qt overrides

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(QUEUE_ORDER)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(QUEUE_ORDER):
            return None
        queue = QUEUE_ORDER[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{queue_label(queue)} ({QLocale().toString(self._counts[queue])})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QKeySequence(f"Alt+{index.row() + 1}").toString(QKeySequence.SequenceFormat.NativeText)
        if role == QueueRole:
            return queue
        if role == CountRole:
            return self._counts[queue]
        return None
