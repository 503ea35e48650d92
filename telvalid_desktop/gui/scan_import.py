"""Taking scans into a window: chosen in a dialog, or dropped on it (files and folders)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from telvalid_desktop.gui.import_controller import ImportController

FileChooser = Callable[[QWidget], list[str]]


def choose_files(parent: QWidget) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MainWindow", "Importer des scans"),
        "",
        QCoreApplication.translate("MainWindow", "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
    )
    return files


class ScanImport(QMainWindow):
    """A main window that imports scans through its ``importer`` (set by the subclass)."""

    importer: ImportController
    file_chooser: FileChooser

    def import_files(self) -> None:
        paths = self.file_chooser(self)
        if paths:
            self.import_paths([Path(path) for path in paths])

    def import_paths(self, paths: list[Path]) -> None:
        if not self.importer.import_paths(paths):
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Un import est déjà en cours."), 5000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()
