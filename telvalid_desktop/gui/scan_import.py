"""Taking scans into a window: chosen in a dialog, or dropped on it (files and folders), with the
progress of the running import and the report of what each file became."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from telvalid_desktop.gui.import_controller import ImportController
from telvalid_desktop.gui.import_report import ImportReport
from telvalid_desktop.gui.widgets.import_panel import ImportPanel

FileChooser = Callable[[QWidget], list[str]]


def choose_files(parent: QWidget) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MainWindow", "Importer des scans"),
        "",
        # Files are judged by their bytes: "all files" takes a scan saved without its extension.
        QCoreApplication.translate(
            "MainWindow",
            "Scans, photos et courriels (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.heic *.heif *.avif *.gif"
            " *.bmp *.jp2 *.eml *.msg *.PDF *.PNG *.JPG *.JPEG *.TIF *.TIFF *.WEBP *.HEIC *.HEIF *.EML *.MSG)"
            ";;Tous les fichiers (*)",
        ),
    )
    return files


class ScanImport(QMainWindow):
    """A main window that imports scans through its ``importer`` (set by the subclass)."""

    importer: ImportController
    file_chooser: FileChooser
    import_panel: ImportPanel
    import_report: ImportReport

    def add_import_views(
        self,
        open_file: Callable[[QUrl], object],
        open_dossier: Callable[[int], None] | None = None,
        show_unsorted: Callable[[], None] | None = None,
    ) -> None:
        """In the status bar: the running import's progress, then the badge of files to look at."""
        self.import_panel = ImportPanel(self.importer, self)
        self.statusBar().addPermanentWidget(self.import_panel)
        self.import_report = ImportReport(
            self, self.importer, open_file=open_file, open_dossier=open_dossier, show_unsorted=show_unsorted
        )

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
