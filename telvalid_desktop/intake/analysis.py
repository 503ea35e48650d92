"""What runs in a page worker: everything the intake wants to know about one page.

Order matters for cost: a digital page answers from its text layer in milliseconds; a
scanned page is first looked at on one small thumbnail for the separator sheet (a few
milliseconds, where a vain header search on it costs most of a second) and for a return
cover sheet's code (~1 ms; found, the number is exact and no OCR is needed) and for being a
blank back (whose scanner noise would otherwise be searched band after band), then goes to
the header band. A digital page is tested for blank and separator only when it has no number.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pymupdf

from telvalid_desktop.intake.blank import is_blank, may_be_blank
from telvalid_desktop.intake.cover_code import read_cover_code
from telvalid_desktop.intake.errors import UnreadableFile
from telvalid_desktop.intake.header import read_body, read_header_band
from telvalid_desktop.intake.loaders import reopen_document
from telvalid_desktop.intake.ocr import OcrEngine, create_engine
from telvalid_desktop.intake.rendering import FULL_PAGE, render_region
from telvalid_desktop.intake.separator import THUMBNAIL_WIDTH_PX, is_separator
from telvalid_desktop.intake.types import NumberReading, PageAnalysis

log = logging.getLogger(__name__)


class PageAnalyzer:
    """Owns one OCR engine and the document currently being read (one per worker process)."""

    def __init__(self, engine_name: str = "auto") -> None:
        self._engine_name = engine_name
        self._engine: OcrEngine | None = None
        self._open_path: Path | None = None
        self._document: pymupdf.Document | None = None

    @property
    def engine(self) -> OcrEngine:
        if self._engine is None:
            self._engine = create_engine(self._engine_name)
        return self._engine

    def _document_for(self, path: Path) -> pymupdf.Document:
        if self._open_path != path or self._document is None:
            if self._document is not None:
                self._document.close()
            self._document = reopen_document(path)
            self._open_path = path
        return self._document

    def analyze(self, path: Path, index: int) -> PageAnalysis:
        """Read one page; a page that cannot be read comes back with ``error`` set, never raises."""
        try:
            page = self._document_for(path).load_page(index)
            return self._analyze_page(page, index)
        except UnreadableFile:
            raise  # the whole file is bad: the caller rejects it
        except Exception as failure:  # noqa: BLE001 - one bad page must never stop a batch
            log.exception("page %d of %s could not be analysed", index + 1, path)
            return PageAnalysis(index=index, error=f"{type(failure).__name__}: {failure}")
        finally:
            # MuPDF caches decoded images of an open document up to 256 MB: a worker
            # streaming a 500-page scan would grow to that. Pages are read once, so drop it.
            pymupdf.TOOLS.store_shrink(100)

    def read_body(self, path: Path, index: int) -> NumberReading | None:
        """Full-page search for a quoted number (once per envelope without a header number)."""
        try:
            return read_body(self._document_for(path).load_page(index), self.engine)
        except Exception:  # noqa: BLE001 - the envelope then simply stays unsorted
            log.exception("body of page %d of %s could not be read", index + 1, path)
            return None
        finally:
            pymupdf.TOOLS.store_shrink(100)  # as for the page analysis: a whole page decoded is not kept

    def _analyze_page(self, page: pymupdf.Page, index: int) -> PageAnalysis:
        timings: dict[str, float] = {}
        started = time.perf_counter()
        size = {"index": index, "width_pt": page.rect.width, "height_pt": page.rect.height}
        has_text = bool(page.get_text("text").strip())
        thumbnail, blank = None, None
        if not has_text:  # a scanned separator sheet: ~7 ms to recognise, ~800 ms of vain header search
            thumbnail = render_region(page, FULL_PAGE, page_width_px=THUMBNAIL_WIDTH_PX)
            if is_separator(page, thumbnail):
                timings["separator_ms"] = (time.perf_counter() - started) * 1000
                return PageAnalysis(**size, is_separator=True, timings_ms=timings)
            mark = time.perf_counter()  # a return cover sheet's code: the number exactly, on the same thumbnail
            coded = read_cover_code(page, thumbnail)
            timings["cover_code_ms"] = (time.perf_counter() - mark) * 1000
            if coded is not None:
                return PageAnalysis(**size, reading=coded, timings_ms=timings)
            mark = time.perf_counter()  # a duplex blank back: its scanner noise would be searched band after band
            blank = is_blank(thumbnail) if may_be_blank(thumbnail) else None  # None: tested again if no number
            timings["blank_ms"] = (time.perf_counter() - mark) * 1000
            if blank:
                return PageAnalysis(**size, is_blank=True, timings_ms=timings)
        mark = time.perf_counter()
        header = read_header_band(page, self.engine, thumbnail, text_body=has_text)
        reading = header.reading
        timings["header_ms"] = (time.perf_counter() - mark) * 1000
        if reading is not None:
            return PageAnalysis(
                **size, has_text_layer=has_text, reading=reading, label_seen=header.label_seen, timings_ms=timings
            )
        mark = time.perf_counter()  # blank after all (a dark scanner border), or a printed separator sheet
        if thumbnail is None:
            thumbnail = render_region(page, FULL_PAGE, page_width_px=THUMBNAIL_WIDTH_PX)
        if blank is None:
            blank = is_blank(thumbnail)
        separator = has_text and not blank and is_separator(page, thumbnail)  # a scan was tested first
        timings["blank_separator_ms"] = (time.perf_counter() - mark) * 1000
        return PageAnalysis(
            **size,
            has_text_layer=has_text,
            is_blank=blank,
            is_separator=separator,
            label_seen=header.label_seen,
            header_text=header.text,
            timings_ms=timings,
        )
