"""The first page of a letter as it will be printed, drawn off the GUI thread.

Drawing a letter takes 40-80 ms and reading what it says may need the database, so a request
is debounced (the technician ticks three items in a row, the lead types a word), its content is
read on the database thread, and the PDF is drawn and rendered to an image on an ``io`` thread.
Only the latest request's answer is shown. The page fills the width of the view (drawn again when
it is resized) and scrolls by keyboard once the view has the focus.
"""

from __future__ import annotations

from collections.abc import Callable

import pymupdf
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from telvalid_desktop.core.correspondence.letter_content import LetterContent
from telvalid_desktop.core.correspondence.letter_pdf import WIDTH, letter_pdf
from telvalid_desktop.gui.error_text import REFUSALS, failure_text
from telvalid_desktop.gui.tasks import ExecutorName, TaskRunner, unless_deleted

DEBOUNCE_MS = 250  # after the last change, before the letter is drawn again
MIN_WIDTH = 240  # pixels: below this the page is not drawn smaller


def first_page_image(content: LetterContent, width: int) -> tuple[QImage, int]:
    """The letter's first page ``width`` pixels wide, and how many pages the PDF has (cover sheet included).

    Safe on any thread: a QImage, not a QPixmap.
    """
    with pymupdf.open("pdf", letter_pdf(content)) as document:
        zoom = max(width, MIN_WIDTH) / WIDTH
        pixmap = document[0].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        image = QImage(pixmap.samples, pixmap.width, pixmap.height, pixmap.stride, QImage.Format.Format_RGB888)
        return image.copy(), document.page_count  # copy: the pixmap's memory goes with it


class LetterPreview(QWidget):
    """Owns the latest letter asked for, the image of its first page and the caption under it.

    ``request`` asks for a new letter (debounced); ``shown`` is emitted once its image is on
    screen, ``said`` once a sentence replaces it (nothing to show, or why no letter can be written).
    """

    shown = Signal(int)  # the PDF's pages
    said = Signal(str)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._make: Callable[[], LetterContent] | None = None
        self._executor: ExecutorName = "db"
        self._content: LetterContent | None = None
        self._generation = 0  # of the request whose answer counts
        self._drawn_width = 0
        self.page = QLabel(self)
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page.setWordWrap(True)
        self.page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)  # as tall as the page
        self.page.setStyleSheet("QLabel { background: #dadce0; color: #202124; padding: 4px; }")  # the sheet's edges
        self.view = QScrollArea(self)
        self.view.setWidget(self.page)
        self.view.setWidgetResizable(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QFrame.Shape.StyledPanel)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Up/Down scroll the page
        self.view.setAccessibleName(self.tr("Aperçu du courrier"))
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._read)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(debounce_ms)
        self._resized.timeout.connect(self._draw)
        self.say(self.tr("Préparation de l'aperçu…"))

    def request(self, make: Callable[[], LetterContent], *, executor: ExecutorName = "db") -> None:
        """Show the letter ``make`` says, shortly: ``make`` runs on ``executor`` ("db" if it reads the database)."""
        self._make, self._executor = make, executor
        self._generation += 1
        self._timer.start()

    def say(self, text: str) -> None:
        """A sentence instead of the page (nothing to preview yet, or why no letter can be written)."""
        self._generation += 1  # an answer on its way no longer counts
        self._timer.stop()
        self._content = None
        self.page.setPixmap(QPixmap())
        self.page.setText(text)
        self.caption.clear()
        self.said.emit(text)

    def _read(self) -> None:
        make, generation = self._make, self._generation
        if make is None:
            return
        self._tasks.run(
            make,
            unless_deleted(self, lambda content: self._on_read(generation, content)),
            unless_deleted(self, lambda failure: self._on_failed(generation, failure)),
            executor=self._executor,
        )

    def _on_read(self, generation: int, content: LetterContent) -> None:
        if generation == self._generation:
            self._content = content
            self._draw()

    def _draw(self) -> None:
        content, generation = self._content, self._generation
        if content is None:
            return
        width = self._page_width()
        self._drawn_width = width
        self._tasks.run(
            lambda: first_page_image(content, width),
            unless_deleted(self, lambda drawn: self._on_drawn(generation, *drawn)),
            unless_deleted(self, lambda failure: self._on_failed(generation, failure)),
            executor="io",
        )

    def _page_width(self) -> int:
        ratio = self.devicePixelRatioF()
        return int(max(self.view.viewport().width() - 12, MIN_WIDTH) * ratio)

    def _on_drawn(self, generation: int, image: QImage, pages: int) -> None:
        if generation != self._generation:
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.page.setText("")
        self.page.setPixmap(pixmap)
        text = self.tr("Première page de %1 : la lettre, puis la feuille de retour à joindre.")
        self.caption.setText(text.replace("%1", str(pages)))
        self.shown.emit(pages)

    def _on_failed(self, generation: int, failure: BaseException) -> None:
        if generation == self._generation:
            text = failure_text(failure, {}) if isinstance(failure, REFUSALS) else str(failure)
            self.say(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._content is not None and abs(self._page_width() - self._drawn_width) > 8:
            self._resized.start()  # drawn again to the new width once the resizing stops
