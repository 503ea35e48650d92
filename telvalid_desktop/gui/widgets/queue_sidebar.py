"""The sidebar of work queues: pick one with the mouse, the arrows or Alt+1..Alt+6."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from telvalid_desktop.gui.models.queue_model import QUEUE_ORDER, QueueListModel, QueueRole
from telvalid_desktop.read_models.dossiers import Queue


class QueueSidebar(QWidget):
    """Owns the queue list view and its model; says which queue the technician chose."""

    queue_selected = Signal(str)

    def __init__(self, model: QueueListModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model if model is not None else QueueListModel(self)
        self.view = QListView(self)
        self.view.setAccessibleName(self.tr("Files de dossiers"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setStyleSheet("QListView::item { padding: 6px 10px; }")  # a comfortable click target
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        for number, queue in enumerate(QUEUE_ORDER, start=1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda queue=queue: self.select_queue(queue))

    def refresh_counts(self) -> None:
        """Count the queues again (after an import or a change of state)."""
        self.model.refresh_counts()

    def select_queue(self, queue: Queue) -> None:
        """Make ``queue`` the chosen one; ``queue_selected`` follows if it changed."""
        self.view.setCurrentIndex(self.model.index(self.model.row_of(queue), 0))

    def current_queue(self) -> Queue | None:
        index = self.view.currentIndex()
        return cast(Queue, index.data(QueueRole)) if index.isValid() else None

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.queue_selected.emit(indexes[0].data(QueueRole))
