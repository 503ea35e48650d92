"""The compact bar shown while files are imported: progress, current file, time left, Annuler."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from telvalid_desktop.core.filing.outcomes import FileOutcome
from telvalid_desktop.gui.batch_progress import BatchProgress
from telvalid_desktop.gui.import_controller import ImportController, ImportSummary

PROGRESS_STEPS = 10_000


class ImportPanel(QWidget):
    """Owns the progress display of the controller's running batch; hidden when idle."""

    def __init__(
        self,
        controller: ImportController,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._clock = clock
        self._batch = BatchProgress(0, clock)
        self.label = QLabel(self)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.remaining = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        self.cancel_button.setToolTip(self.tr("Arrête après la page en cours ; les fichiers déjà importés restent."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remaining)
        layout.addWidget(self.cancel_button)
        self.hide()
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        controller.import_started.connect(self._on_import_started)
        controller.progress_changed.connect(self._on_progress_changed)
        controller.file_imported.connect(self._on_file_done)
        controller.file_failed.connect(self._on_file_done)
        controller.import_finished.connect(self._on_import_finished)

    def _on_import_started(self, total_files: int) -> None:
        self._batch = BatchProgress(total_files, self._clock)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Annuler"))
        self.label.setText(self.tr("Import de %n fichier(s)…", "", total_files))
        self.remaining.clear()
        self.show()

    def _on_progress_changed(self, done_pages: int, total_pages: int, file_name: str) -> None:
        self._batch.page_read(done_pages, total_pages)
        self.progress.setValue(round(self._batch.fraction() * PROGRESS_STEPS))
        self.label.setText(
            self.tr("Fichier {index}/{total} : {name} — page {page}/{pages}").format(
                index=self._batch.files_done + 1,
                total=self._batch.total_files,
                name=file_name,
                page=done_pages,
                pages=total_pages,
            )
        )
        self.remaining.setText(self._remaining_text())

    def _remaining_text(self) -> str:
        seconds, rate = self._batch.remaining_seconds(), self._batch.pages_per_minute()
        if seconds is None or rate is None:
            return ""
        if seconds < 60:
            left = self.tr("moins d'une minute")
        else:
            left = self.tr("environ %n min", "", round(seconds / 60))
        return self.tr("{rate} pages/min · reste {left}").format(rate=round(rate), left=left)

    def _on_file_done(self, *_outcome: FileOutcome | str) -> None:
        self._batch.file_finished()
        self.progress.setValue(round(self._batch.fraction() * PROGRESS_STEPS))

    def _on_cancel_clicked(self) -> None:
        self._controller.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Annulation…"))

    def _on_import_finished(self, _summary: ImportSummary) -> None:
        self.hide()
