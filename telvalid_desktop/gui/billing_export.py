"""Sending the validations to billing from the window: the same incremental export as the CLI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from telvalid_desktop.core.errors import CoreError
from telvalid_desktop.core.supervision.validation_export import ExportFormat, ExportResult, export_validations
from telvalid_desktop.gui.tasks import TaskRunner

ExportChooser = Callable[[QWidget, str], str]


def choose_export_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BillingExport", "Exporter les validations"),
        suggested,
        QCoreApplication.translate("BillingExport", "CSV (*.csv);;JSON Lines (*.jsonl)"),
    )
    return path


class BillingExport(QObject):
    """Owns the export started from the window: where to, run off the GUI thread, what it did."""

    finished = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        tasks: TaskRunner,
        actor: str,
        parent: QWidget,
        *,
        chooser: ExportChooser = choose_export_path,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._actor = actor
        self._parent = parent
        self.chooser = chooser

    def start(self) -> None:
        suggested = str(Path.home() / f"validations-{datetime.now():%Y%m%d-%H%M}.csv")
        target = self.chooser(self._parent, suggested)
        if not target:
            return
        path = Path(target)
        fmt = ExportFormat.JSONL if path.suffix.lower() == ".jsonl" else ExportFormat.CSV
        self._tasks.run(
            lambda: export_validations(path, fmt, self._actor),
            on_done=self._on_done,
            on_error=self._on_failed,
            executor="db",
        )

    def _on_done(self, result: ExportResult) -> None:
        if result.rows:
            text = self.tr("%n validation(s) exportée(s) vers la facturation : %1", "", result.rows)
        else:
            text = self.tr("Aucune nouvelle validation depuis le dernier export (fichier vide : %1)")
        self.finished.emit(text.replace("%1", str(result.path)))

    def _on_failed(self, failure: BaseException) -> None:
        detail = str(failure) if isinstance(failure, CoreError | OSError) else type(failure).__name__
        self.finished.emit(self.tr("Export impossible, rien n'a été marqué comme exporté : %1").replace("%1", detail))
