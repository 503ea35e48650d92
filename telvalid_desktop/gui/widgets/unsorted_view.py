"""The "à trier" queue: submissions with no trusted number, their pages, and why.

The list keeps the keyboard: PgUp/PgDn page the selected envelope, Enter (or Ctrl+N, the
window's menu) asks its procedure number.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db import dossier_queries, repository
from telvalid_desktop.gui.models.page_list import PageEntry, PageListModel
from telvalid_desktop.gui.render_service import RenderService
from telvalid_desktop.gui.review_reasons import review_reason_text
from telvalid_desktop.gui.tasks import Reader, Reads, read_now
from telvalid_desktop.gui.widgets.page_viewer import PageViewer
from telvalid_desktop.gui.widgets.thumbnail_strip import ThumbnailStrip
from telvalid_desktop.read_models.dossiers import UnsortedRow
from telvalid_desktop.read_models.pages import PageInfo

SubmissionIdRole = Qt.ItemDataRole.UserRole + 1
FILE_COLUMN_MAX_CHARS = 24  # beyond, the name is elided in its middle and shown whole in its tooltip


class UnsortedView(QWidget):
    """Owns the list of unsorted submissions and a viewer of the selected one's pages."""

    assign_requested = Signal(int)  # submission id

    def __init__(
        self,
        workspace: Workspace,
        renderer: RenderService,
        parent: QWidget | None = None,
        *,
        reader: Reader = read_now,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._reads = Reads(reader, "the unsorted envelopes")
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Enveloppes à trier"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Fichier"), self.tr("Pages"), self.tr("Pourquoi")])
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a batch's file name keeps its date and extension
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_model = PageListModel(renderer, self)
        self.thumbnails = ThumbnailStrip(self)
        self.thumbnails.setAccessibleName(self.tr("Pages de l'enveloppe"))
        self.thumbnails.setModel(self.page_model)
        self.thumbnails.setDragEnabled(False)  # nothing here to drop a page on
        self.viewer = PageViewer(renderer, self)
        self.viewer.set_model(self.page_model)
        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages = QWidget(self)
        pages_layout = QVBoxLayout(pages)
        pages_layout.setContentsMargins(0, 0, 0, 0)
        pages_layout.setSpacing(2)
        pages_layout.addWidget(self.page_label)
        pages_layout.addWidget(self.viewer, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.thumbnails)
        splitter.addWidget(pages)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([440, 150, 630])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(self._on_activated)
        self.thumbnails.page_selected.connect(self.viewer.set_current_page)
        self.viewer.page_changed.connect(self.thumbnails.set_current_page)
        self.viewer.page_changed.connect(self._show_page_number)
        self.page_model.modelReset.connect(self._show_page_number)
        self._page_from_list()
        self._show_page_number()

    def _page_from_list(self) -> None:
        """PgUp/PgDn turn the envelope's pages while the list has the keyboard: no click in the viewer."""
        for text, key, slot in (
            (self.tr("Page suivante de l'envoi"), "PgDown", self.viewer.next_page),
            (self.tr("Page précédente de l'envoi"), "PgUp", self.viewer.previous_page),
        ):
            action = QAction(text, self.list)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the viewer keeps its own
            action.triggered.connect(slot)
            self.list.addAction(action)

    def _show_page_number(self) -> None:
        count, row = self.viewer.page_count(), self.viewer.current_page()
        text = self.tr("page %1/%2").replace("%1", str(row + 1)).replace("%2", str(count))
        self.page_label.setText(text if count and row >= 0 else "")

    @property
    def settled(self) -> bool:
        """No read under way: the list and the pages shown are the database's latest."""
        return self._reads.settled

    def refresh(self) -> None:
        """Read the envelopes again (off the GUI thread); the list is refilled when they arrive."""
        self._reads.read(dossier_queries.unsorted_rows, self._show_rows)

    def _show_rows(self, rows: list[UnsortedRow]) -> None:
        current = self.current_submission_id()
        self.list.clear()
        for row in rows:
            pages = page_ranges(row.pages)
            reason = review_reason_text(row.review_reason)
            item = QTreeWidgetItem([row.file_name, pages, reason])
            item.setData(0, SubmissionIdRole, row.submission_id)
            item.setToolTip(0, row.file_name)
            item.setToolTip(2, reason)  # the whole reason, however narrow the column
            self.list.addTopLevelItem(item)
            if row.submission_id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            first = self.list.topLevelItem(0)
            assert first is not None  # the list has rows
            self.list.setCurrentItem(first)
        for column in range(2):  # the reason takes what remains, elided, whole in its tooltip
            self.list.resizeColumnToContents(column)
        # A long file name must leave room for the reason (the last column takes what remains).
        widest_name = self.list.fontMetrics().averageCharWidth() * FILE_COLUMN_MAX_CHARS
        self.list.setColumnWidth(0, min(self.list.columnWidth(0), widest_name))
        if not self.list.topLevelItemCount():
            self.page_model.set_entries([])

    def current_submission_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, SubmissionIdRole) if item is not None else None

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        submission_id, store = current.data(0, SubmissionIdRole), self.workspace.store
        self._reads.read(
            lambda: repository.submission_pages(submission_id, store), partial(self._show_pages, submission_id)
        )

    def _show_pages(self, submission_id: int, pages: list[PageInfo]) -> None:
        if submission_id != self.current_submission_id():  # another envelope was chosen meanwhile
            return
        self.page_model.set_entries([PageEntry.of(page) for page in pages])
        self.viewer.set_current_page(0)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.assign_requested.emit(item.data(0, SubmissionIdRole))


def page_ranges(pages: Sequence[int]) -> str:
    """Page numbers as a mailroom clerk writes them: "1–3, 7, 10–15"."""
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)
