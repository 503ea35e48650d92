"""The "à trier" queue: submissions with no trusted number, their pages, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db import repository
from telvalid_desktop.gui.models.page_list import PageEntry, PageListModel
from telvalid_desktop.gui.render_service import RenderService
from telvalid_desktop.gui.review_reasons import review_reason_text
from telvalid_desktop.gui.widgets.page_viewer import PageViewer

SubmissionIdRole = Qt.ItemDataRole.UserRole + 1


class UnsortedView(QWidget):
    """Owns the list of unsorted submissions and a viewer of the selected one's pages."""

    assign_requested = Signal(int)  # submission id

    def __init__(self, workspace: Workspace, renderer: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Fichier"), self.tr("Pages"), self.tr("Pourquoi")])
        self.page_model = PageListModel(renderer, self)
        self.viewer = PageViewer(renderer, self)
        self.viewer.set_model(self.page_model)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.viewer)
        splitter.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(self._on_activated)


    def refresh(self) -> None:
        current = self.current_submission_id()
        self.list.clear()
        for row in repository.unsorted_submissions():
            pages = ", ".join(str(page) for page in row["pages"])
            item = QTreeWidgetItem([row["file"], pages, review_reason_text(row["review_reason"])])
            item.setData(0, SubmissionIdRole, row["submission_id"])
            self.list.addTopLevelItem(item)
            if row["submission_id"] == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if not self.list.topLevelItemCount():
            self.page_model.set_entries([])

    def current_submission_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, SubmissionIdRole) if item is not None else None

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        pages = repository.submission_pages(current.data(0, SubmissionIdRole), self.workspace.store)
        self.page_model.set_entries([PageEntry.of(page) for page in pages])
        self.viewer.set_current_page(0)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.assign_requested.emit(item.data(0, SubmissionIdRole))
