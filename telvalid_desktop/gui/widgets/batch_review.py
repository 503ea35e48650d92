"""One batch under review: its envelopes, the pages of the chosen one, and the number's evidence."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from telvalid_desktop.gui.models.page_list import PageEntry, PageListModel
from telvalid_desktop.gui.render_service import PageRef, RenderService
from telvalid_desktop.gui.widgets.envelope_list import EnvelopeList
from telvalid_desktop.gui.widgets.number_evidence import NumberEvidence
from telvalid_desktop.gui.widgets.page_viewer import PageViewer
from telvalid_desktop.gui.widgets.thumbnail_strip import ThumbnailStrip
from telvalid_desktop.read_models.batches import BatchPage, EnvelopeRow


@dataclass(frozen=True)
class ReviewedBatch:
    """The batch on screen: where its file is, its name, what it holds."""

    path: Path
    name: str
    envelopes: list[EnvelopeRow]
    separators: list[BatchPage]


NO_BATCH = ReviewedBatch(Path(), "", [], [])


class BatchReview(QWidget):
    """Owns the envelope list, the page thumbnails and viewer, and the evidence of the page shown."""

    def __init__(self, renderer: RenderService, workspace_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace_root = workspace_root
        self._batch = NO_BATCH
        self._pages: list[BatchPage] = []
        self.envelopes = EnvelopeList(self)
        self.page_model = PageListModel(renderer, self)
        self.evidence = NumberEvidence(self)
        self.thumbnails = ThumbnailStrip(self)
        self.thumbnails.setModel(self.page_model)
        self.thumbnails.setAccessibleName(self.tr("Pages de l'enveloppe"))
        self.viewer = PageViewer(renderer, self)
        self.viewer.set_model(self.page_model)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._build()
        self.envelopes.envelope_selected.connect(self._on_envelope_selected)
        self.envelopes.separator_selected.connect(self._on_separator_selected)
        self.thumbnails.page_selected.connect(self.viewer.set_current_page)
        self.viewer.page_changed.connect(self.thumbnails.set_current_page)
        self.viewer.page_changed.connect(self._show_evidence)

    def _build(self) -> None:
        pages_area = QWidget(self)
        pages = QSplitter(Qt.Orientation.Horizontal, pages_area)
        pages.addWidget(self.thumbnails)
        pages.addWidget(self.viewer)
        pages.setStretchFactor(1, 1)
        layout = QVBoxLayout(pages_area)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.evidence)
        layout.addWidget(pages, 1)
        self.splitter.addWidget(self.envelopes)
        self.splitter.addWidget(pages_area)
        self.splitter.setSizes([440, 700])
        self.splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self.setFocusProxy(self.envelopes)

    def show_batch(self, batch: ReviewedBatch) -> None:
        """Show ``batch``; the chosen envelope and page stay chosen when they still exist."""
        self._batch = batch
        self.envelopes.show_batch(batch.envelopes, batch.separators)
        if not batch.envelopes and not batch.separators:
            self._show_pages([])

    def envelope(self, submission_id: int) -> EnvelopeRow | None:
        return next((row for row in self._batch.envelopes if row.submission_id == submission_id), None)

    def current_page(self) -> BatchPage | None:
        row = self.viewer.current_page()
        return self._pages[row] if 0 <= row < len(self._pages) else None

    def _on_envelope_selected(self, submission_id: int) -> None:
        envelope = self.envelope(submission_id)
        if envelope is not None:
            self._show_pages(list(envelope.pages))

    def _on_separator_selected(self, page_id: int) -> None:
        self._show_pages([page for page in self._batch.separators if page.page_id == page_id])

    def _show_pages(self, pages: list[BatchPage]) -> None:
        same = bool(self._pages and pages and self._pages[0].page_id == pages[0].page_id)
        keep = self.viewer.current_page() if same else 0
        self._pages = list(pages)
        path, name = self._batch.path, self._batch.name
        self.page_model.set_entries(
            [
                PageEntry(page.page_id, PageRef(path, page.index, page.rotation), name, page.disagrees, page.is_blank)
                for page in pages
            ]
        )
        if pages:
            self.viewer.set_current_page(max(0, min(keep, len(pages) - 1)))
        self._show_evidence(self.viewer.current_page())

    def _show_evidence(self, row: int) -> None:
        """The number read on the page shown, the header crop it was read from, and how sure."""
        page = self._pages[row] if 0 <= row < len(self._pages) else None
        if page is None:
            self.evidence.show_reading("", "", None, None, 0)
        elif page.is_separator:
            self.evidence.show_reading(self.tr("Intercalaire"), "", None, None, 0)
        else:
            crop = self._workspace_root / page.crop_path if page.crop_path else None
            number = page.number_read or self.tr("Aucun numéro lu sur cette page")
            self.evidence.show_reading(number, page.read_method, page.read_confidence, crop, int(page.disagrees))
