"""The compact bar shown while files are imported: progress, current file, Annuler."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from telvalid_desktop.core.outcomes import FileOutcome
from telvalid_desktop.gui.import_controller import ImportController, ImportSummary

STEPS_PER_FILE = 1000


class ImportPanel(QWidget):
    """Owns the progress display of the controller's running batch; hidden when idle.

    The bar covers the whole batch: files done plus the share of pages read in the
    current file.
    """

    def __init__(self, controller: ImportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._total_files = 0
        self._files_done = 0
        self.label = QLabel(self)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        self.hide()
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        controller.import_started.connect(self._on_import_started)
        controller.progress_changed.connect(self._on_progress_changed)
        controller.file_imported.connect(self._on_file_done)
        controller.file_failed.connect(self._on_file_done)
        controller.import_finished.connect(self._on_import_finished)

    def _on_import_started(self, total_files: int) -> None:
        self._total_files = total_files
        self._files_done = 0
        self.progress.setRange(0, max(1, total_files) * STEPS_PER_FILE)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Annuler"))
        self.label.setText(self.tr("Import de %n fichier(s)…", "", total_files))
        self.show()

    def _on_progress_changed(self, done_pages: int, total_pages: int, file_name: str) -> None:
        share = done_pages * STEPS_PER_FILE // max(1, total_pages)
        self.progress.setValue(self._files_done * STEPS_PER_FILE + share)
        self.label.setText(
            self.tr("Fichier {index}/{total} : {name} — page {page}/{pages}").format(
                index=self._files_done + 1, total=self._total_files, name=file_name, page=done_pages, pages=total_pages
            )
        )

    def _on_file_done(self, *_outcome: FileOutcome | str) -> None:
        self._files_done += 1
        self.progress.setValue(self._files_done * STEPS_PER_FILE)

    def _on_cancel_clicked(self) -> None:
        self._controller.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Annulation…"))

    def _on_import_finished(self, _summary: ImportSummary) -> None:
        self.hide()
