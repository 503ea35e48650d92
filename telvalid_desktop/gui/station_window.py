"""The mailroom station: scans come in (hot folder or by hand), batches are checked and fixed by keyboard.

It shows what mailroom staff need and nothing of the technician's validation: the
day's batches and figures, each batch's envelopes with the number read and how sure
the reading is, the pages, and corrections (number, split, merge, page kinds, send to
the technicians) that update the dossiers at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.config import save_settings, settings_path
from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.domain import PageKind
from telvalid_desktop.core.errors import CoreError
from telvalid_desktop.core.page_operations import complete_numbers
from telvalid_desktop.core.services import Services
from telvalid_desktop.db import batch_queries
from telvalid_desktop.db.batch_queries import BatchPage, DayFigures, EnvelopeRow
from telvalid_desktop.db.models import StoredFile
from telvalid_desktop.gui import state
from telvalid_desktop.gui.dialogs.assign_dialog import AssignDialog
from telvalid_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from telvalid_desktop.gui.error_text import error_text
from telvalid_desktop.gui.hot_folder_controller import HotFolderController
from telvalid_desktop.gui.import_controller import ImportController
from telvalid_desktop.gui.main_window import FileChooser, choose_files
from telvalid_desktop.gui.models.page_list import PageEntry, PageListModel
from telvalid_desktop.gui.render_service import PageRef, RenderService
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.gui.widgets.batch_list import BatchList, rate_text
from telvalid_desktop.gui.widgets.envelope_list import EnvelopeList
from telvalid_desktop.gui.widgets.import_panel import ImportPanel
from telvalid_desktop.gui.widgets.number_evidence import NumberEvidence
from telvalid_desktop.gui.widgets.page_viewer import PageViewer
from telvalid_desktop.gui.widgets.thumbnail_strip import ThumbnailStrip
from telvalid_desktop.intake.separator import separator_sheet_pdf

FolderChooser = Callable[[QWidget], str]


@dataclass(frozen=True)
class _ShownBatch:
    """The batch on screen: where its file is and what it holds."""

    path: Path
    name: str
    envelopes: list[EnvelopeRow]
    separators: list[BatchPage]


NO_BATCH = _ShownBatch(Path(), "", [], [])
SaveChooser = Callable[[QWidget, str], str]
SEPARATOR_SHEETS_DEFAULT = 20


def choose_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("StationWindow", "Dossier où le scanner dépose les fichiers")
    )


def choose_save_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("StationWindow", "Enregistrer les intercalaires"), suggested, "PDF (*.pdf)"
    )
    return path


class StationWindow(QMainWindow):
    """Owns the station's views, its hot folder and its import; corrections go through the services."""

    def __init__(
        self,
        services: Services,
        *,
        renderer: RenderService | None = None,
        importer: ImportController | None = None,
        tasks: TaskRunner | None = None,
        file_chooser: FileChooser = choose_files,
        folder_chooser: FolderChooser = choose_folder,
        save_chooser: SaveChooser = choose_save_path,
        open_file: Callable[[QUrl], object] = QDesktopServices.openUrl,
        settle_s: float = 2.0,
    ) -> None:
        super().__init__()
        self.services = services
        self.settings = services.settings
        self.file_chooser = file_chooser
        self.folder_chooser = folder_chooser
        self.save_chooser = save_chooser
        self.open_file = open_file
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.renderer = renderer if renderer is not None else RenderService(self)
        self.importer = importer if importer is not None else ImportController(
            services.workspace, self.tasks, self, max_envelope_pages=services.settings.max_envelope_pages
        )
        self.hot_folder = HotFolderController(self.importer, self.tasks, self, settle_s=settle_s)
        self._generations: dict[str, int] = {}
        self._batch = NO_BATCH
        self._page_rows: list[BatchPage] = []
        self.setWindowTitle(self.tr("TelValid — poste courrier"))
        self.setAcceptDrops(True)
        self.batches = BatchList(self)
        self.envelopes = EnvelopeList(self)
        self.page_model = PageListModel(self.renderer, self)
        self.evidence = NumberEvidence(self)
        self.thumbnails = ThumbnailStrip(self)
        self.thumbnails.setModel(self.page_model)
        self.viewer = PageViewer(self.renderer, self)
        self.viewer.set_model(self.page_model)
        self.figures = QLabel(self)
        self.figures.setStyleSheet("padding: 6px 10px; background: palette(alternate-base);")
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.watch_status = QLabel(self)
        self.watch_status.setStyleSheet("padding: 0 8px;")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._build_layout()
        self.import_panel = ImportPanel(self.importer, self)
        self.statusBar().addPermanentWidget(self.import_panel)
        self._menus: dict[str, Any] = {}
        self._build_menus()
        self._connect()
        self.resize(1400, 860)
        state.restore_window(self, {"station": self.splitter})
        self._show_watch_status(0)
        if self.settings.hot_folder:
            self.watch_folder(Path(self.settings.hot_folder))
        self.reload_batches()
        self.batches.setFocus()

    # --- construction -------------------------------------------------------------------

    def _build_layout(self) -> None:
        right = QWidget(self)
        pages = QSplitter(Qt.Orientation.Horizontal, right)
        pages.addWidget(self.thumbnails)
        pages.addWidget(self.viewer)
        pages.setStretchFactor(1, 1)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.evidence)
        right_layout.addWidget(pages, 1)
        self.splitter.addWidget(self.batches)
        self.splitter.addWidget(self.envelopes)
        self.splitter.addWidget(right)
        self.splitter.setSizes([400, 440, 700])
        self.splitter.setStretchFactor(2, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.figures)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _action(self, menu: str, text: str, slot: Callable[[], object], *keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self._menus[menu].addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {
            "file": bar.addMenu(self.tr("&Fichier")),
            "batch": bar.addMenu(self.tr("&Lot")),
            "envelope": bar.addMenu(self.tr("&Enveloppe")),
            "view": bar.addMenu(self.tr("&Affichage")),
            "help": bar.addMenu(self.tr("Ai&de")),
        }
        self.watch_action = self._action("file", self.tr("&Surveiller un dossier…"), self.choose_watched_folder)
        self.stop_action = self._action("file", self.tr("Arrêter la surveillance"), self.stop_watching)
        self._action("file", self.tr("&Importer des scans…"), self.import_files, "Ctrl+O")
        self.print_action = self._action(
            "file", self.tr("Imprimer des &intercalaires…"), self.print_separator_sheets, "Ctrl+P"
        )
        self._menus["file"].addSeparator()
        self._action("file", self.tr("&Quitter"), self.close, "Ctrl+Q")
        self._action("batch", self.tr("Lot précédent"), lambda: self.batches.step_batch(-1), "Alt+Up")
        self._action("batch", self.tr("Lot suivant"), lambda: self.batches.step_batch(1), "Alt+Down")
        self._action("batch", self.tr("Jour précédent"), lambda: self.batches.step_day(-1), "Alt+Left")
        self._action("batch", self.tr("Jour suivant"), lambda: self.batches.step_day(1), "Alt+Right")
        self._action("batch", self.tr("Actualiser"), self.reload_batches, "F5")
        table = (
            (self.tr("Saisir le &numéro de l'enveloppe…"), self.tr("Numéro"), self.type_number, "N"),
            (self.tr("&Couper l'enveloppe avant la page affichée"), self.tr("Couper"), self.split_here, "S"),
            (self.tr("&Fusionner avec l'enveloppe précédente"), self.tr("Fusionner"), self.merge_with_previous, "F"),
            (self.tr("Envoyer aux &techniciens (à trier)"), self.tr("À trier"), self.send_to_unsorted, "T"),
            (self.tr("Page &vierge / non vierge"), self.tr("Vierge"), self.toggle_blank, "B"),
            (self.tr("Page &intercalaire / document"), self.tr("Intercalaire"), self.toggle_separator, "I"),
            (self.tr("Annuler la dernière correction"), self.tr("Annuler"), self.undo, "Ctrl+Z"),
        )
        self.envelope_actions = []
        for text, short, slot, key in table:
            action = self._action("envelope", text, slot, key)
            action.setIconText(f"{short} ({key})")
            action.setToolTip(f"{text.replace('&', '')} ({key})")
            self.envelope_actions.append(action)
        self._menus["envelope"].addSeparator()
        self._action("envelope", self.tr("Page suivante"), self.viewer.next_page, "Right")
        self._action("envelope", self.tr("Page précédente"), self.viewer.previous_page, "Left")
        for action in self.viewer.actions():
            self._menus["view"].addAction(action)
        self._action("help", self.tr("&Raccourcis clavier"), self.show_shortcuts, "F1")
        toolbar = self.addToolBar(self.tr("Poste courrier"))
        toolbar.setObjectName("station_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self.watch_status)
        toolbar.addAction(self.watch_action)
        toolbar.addSeparator()
        toolbar.addAction(self.print_action)
        toolbar.addSeparator()
        for action in self.envelope_actions:
            toolbar.addAction(action)

    def _connect(self) -> None:
        self.batches.batch_selected.connect(self._on_batch_selected)
        self.batches.day_changed.connect(lambda _day: self.reload_batches())
        self.envelopes.envelope_selected.connect(self._on_envelope_selected)
        self.envelopes.separator_selected.connect(self._on_separator_selected)
        self.envelopes.number_requested.connect(lambda _id: self.type_number())
        self.thumbnails.page_selected.connect(self.viewer.set_current_page)
        self.viewer.page_changed.connect(self.thumbnails.set_current_page)
        self.viewer.page_changed.connect(self._show_evidence)
        self.importer.file_imported.connect(lambda _outcome: self.reload_batches())
        self.importer.import_finished.connect(lambda _summary: self.reload_batches())
        self.hot_folder.waiting_changed.connect(self._show_watch_status)
        self.hot_folder.watching_changed.connect(lambda _on: self._show_watch_status(0))
        self.hot_folder.poll_failed.connect(self._on_poll_failed)

    # --- loading, off the GUI thread --------------------------------------------------------

    def _fetch(self, slot: str, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Run a read in the background; only the latest request of each ``slot`` is shown."""
        generation = self._generations.get(slot, 0) + 1
        self._generations[slot] = generation

        def shown_if_latest(result: Any) -> None:
            if self._generations.get(slot) == generation:
                show(result)

        self.tasks.run(work, on_done=shown_if_latest, on_error=self._on_load_failed, executor="io")

    def reload_batches(self) -> None:
        day = self.batches.day()
        self._fetch(
            "batches",
            lambda: (batch_queries.list_batches(day), batch_queries.day_figures(day)),
            self._show_batches,
        )

    def _show_batches(self, loaded: tuple[list[batch_queries.BatchSummary], DayFigures]) -> None:
        batches, figures = loaded
        self._show_figures(self.batches.day(), figures)
        self.batches.show_batches(batches)
        if not batches:
            self._batch, self._page_rows = NO_BATCH, []
            self.envelopes.show_batch([], [])
            self.page_model.set_entries([])
            self.evidence.show_reading("", "", None, None, 0)
        else:
            file_id = self.batches.current_file_id()
            if file_id is not None:
                self._on_batch_selected(file_id)

    def _show_figures(self, day: date, figures: DayFigures) -> None:
        if not figures.pages:
            self.figures.setText(self.tr("Aucun scan reçu ce jour-là."))
            return
        automatic = round(100 * figures.recognised / figures.envelopes) if figures.envelopes else 0
        self.figures.setText(
            self.tr(
                "<b>{day}</b> : {batches} lot(s) · {pages} pages · {envelopes} enveloppes · "
                "<span style='color:#1e7832'>{recognised} reconnues automatiquement ({automatic} %)</span> · "
                "{corrected} corrigées à la main · <span style='color:#b05a00'>{to_check} à trier ou vérifier</span>"
                " · {rate} pages/min"
            ).format(
                day=day.strftime("%d/%m/%Y"),
                batches=figures.batches,
                pages=figures.pages,
                envelopes=figures.envelopes,
                recognised=figures.recognised,
                automatic=automatic,
                corrected=figures.corrected,
                to_check=figures.unsorted + figures.flagged,
                rate=rate_text(figures.pages_per_minute),
            )
        )

    def _on_batch_selected(self, file_id: int) -> None:
        store = self.services.workspace.store

        def load() -> _ShownBatch:
            stored = StoredFile.get_by_id(file_id)
            separators = [page for page in batch_queries.batch_pages(file_id) if page.is_separator]
            path = store.path_for(stored.sha256, stored.media_type)
            return _ShownBatch(path, stored.original_name, batch_queries.batch_envelopes(file_id), separators)

        self._fetch("envelopes", load, self._show_batch)

    def _show_batch(self, batch: _ShownBatch) -> None:
        self._batch = batch
        self.envelopes.show_batch(batch.envelopes, batch.separators)

    def _envelope(self, submission_id: int) -> EnvelopeRow | None:
        return next((row for row in self._batch.envelopes if row.submission_id == submission_id), None)

    def _on_envelope_selected(self, submission_id: int) -> None:
        envelope = self._envelope(submission_id)
        if envelope is not None:
            self._show_pages(list(envelope.pages))

    def _on_separator_selected(self, page_id: int) -> None:
        self._show_pages([page for page in self._batch.separators if page.page_id == page_id])

    def _show_pages(self, pages: list[BatchPage]) -> None:
        """Show these pages of the batch; the page shown stays when the same envelope is shown again."""
        same = bool(self._page_rows and pages and self._page_rows[0].page_id == pages[0].page_id)
        keep = self.viewer.current_page() if same else 0
        self._page_rows = list(pages)
        batch = self._batch
        self.page_model.set_entries(
            [
                PageEntry(
                    page.page_id,
                    PageRef(batch.path, page.index, page.rotation),
                    batch.name,
                    page.disagrees,
                    page.is_blank,
                )
                for page in pages
            ]
        )
        if pages:
            self.viewer.set_current_page(max(0, min(keep, len(pages) - 1)))
        self._show_evidence(self.viewer.current_page())

    def _show_evidence(self, row: int) -> None:
        """The number read on the page shown, the header crop it was read from, and how sure."""
        page = self._page_rows[row] if 0 <= row < len(self._page_rows) else None
        if page is None:
            self.evidence.show_reading("", "", None, None, 0)
            return
        if page.is_separator:
            self.evidence.show_reading(self.tr("Intercalaire"), "", None, None, 0)
            return
        crop = self.services.workspace.root / page.crop_path if page.crop_path else None
        number = page.number_read or self.tr("Aucun numéro lu sur cette page")
        self.evidence.show_reading(number, page.read_method, page.read_confidence, crop, int(page.disagrees))

    def _on_load_failed(self, failure: BaseException) -> None:
        self.statusBar().showMessage(self.tr("Lecture impossible : %1").replace("%1", str(failure)), 8000)

    # --- corrections ----------------------------------------------------------------------

    def _current_page(self) -> BatchPage | None:
        row = self.viewer.current_page()
        return self._page_rows[row] if 0 <= row < len(self._page_rows) else None

    def _run(self, change: Callable[[], Changes], done: str) -> bool:
        """One correction; a refusal is explained in words, never raised at the clerk."""
        try:
            change()
        except CoreError as refused:
            QMessageBox.warning(self, self.windowTitle(), error_text(refused, {}))
            return False
        self.statusBar().showMessage(done, 5000)
        self.reload_batches()
        return True

    def type_number(self) -> None:
        submission_id = self.envelopes.current_submission_id()
        if submission_id is None:
            return
        dialog = AssignDialog(self.tr("Numéro de procédure de cette enveloppe :"), complete_numbers, self)
        envelope = self._envelope(submission_id)
        if envelope is not None and envelope.procedure_number:
            dialog.number.setText(envelope.procedure_number)
            dialog.number.selectAll()
        if dialog.exec():
            number, user = dialog.chosen_number(), self.services.user
            self._run(
                lambda: self.services.pages.number_envelope(submission_id, number, user),
                self.tr("Enveloppe classée dans le dossier %1.").replace("%1", number),
            )

    def split_here(self) -> None:
        submission_id, page = self.envelopes.current_submission_id(), self._current_page()
        if submission_id is None or page is None:
            return
        self._run(
            lambda: self.services.pages.split_submission(submission_id, page.page_id, self.services.user),
            self.tr("Enveloppe coupée avant la page %1.").replace("%1", str(page.index + 1)),
        )

    def merge_with_previous(self) -> None:
        current, previous = self.envelopes.current_submission_id(), self.envelopes.previous_submission_id()
        if current is None or previous is None:
            return
        if self._run(
            lambda: self.services.pages.merge_submissions(previous, current, self.services.user),
            self.tr("Enveloppe fusionnée avec la précédente."),
        ):
            self.envelopes.select_submission(previous)

    def send_to_unsorted(self) -> None:
        submission_id = self.envelopes.current_submission_id()
        if submission_id is not None:
            self._run(
                lambda: self.services.pages.send_to_unsorted(submission_id, self.services.user),
                self.tr("Enveloppe envoyée aux techniciens (à trier)."),
            )

    def toggle_blank(self) -> None:
        page = self._current_page()
        if page is not None and not page.is_separator:
            kind = PageKind.CONTENT if page.is_blank else PageKind.BLANK
            self._set_kind(page, kind)

    def toggle_separator(self) -> None:
        page = self._current_page()
        if page is not None:
            self._set_kind(page, PageKind.CONTENT if page.is_separator else PageKind.SEPARATOR)

    def _set_kind(self, page: BatchPage, kind: PageKind) -> None:
        words = {
            PageKind.CONTENT: self.tr("document"),
            PageKind.BLANK: self.tr("vierge"),
            PageKind.SEPARATOR: self.tr("intercalaire"),
        }
        self._run(
            lambda: self.services.pages.set_page_kind(page.page_id, kind, self.services.user),
            self.tr("Page %1 marquée %2.").replace("%1", str(page.index + 1)).replace("%2", words[kind]),
        )

    def undo(self) -> None:
        try:
            self.services.pages.undo_last(self.services.user)
        except CoreError as refused:
            QMessageBox.information(self, self.windowTitle(), error_text(refused, {}))
            return
        self.statusBar().showMessage(self.tr("Dernière correction annulée."), 5000)
        self.reload_batches()

    # --- intake ---------------------------------------------------------------------------

    def choose_watched_folder(self) -> None:
        chosen = self.folder_chooser(self)
        if chosen:
            self.settings = replace(self.settings, hot_folder=chosen)
            save_settings(self.settings, settings_path())
            self.watch_folder(Path(chosen))

    def watch_folder(self, inbox: Path) -> None:
        archive = Path(self.settings.hot_folder_archive) if self.settings.hot_folder_archive else None
        quarantine = Path(self.settings.hot_folder_quarantine) if self.settings.hot_folder_quarantine else None
        self.hot_folder.watch(inbox, archive, quarantine)

    def stop_watching(self) -> None:
        self.hot_folder.stop()

    def _show_watch_status(self, waiting: int) -> None:
        folder = self.hot_folder.folder()
        watching = folder is not None and self.hot_folder.is_watching()
        self.stop_action.setEnabled(watching)
        if not watching:
            self.watch_status.setText(self.tr("○ Aucun dossier surveillé"))
            return
        assert folder is not None
        text = self.tr("● Surveillance : %1").replace("%1", str(folder.inbox))
        if waiting:
            text += " — " + self.tr("%n fichier(s) en attente", "", waiting)
        self.watch_status.setText(text)
        self.watch_status.setToolTip(
            self.tr("Traités : %1\nRefusés : %2")
            .replace("%1", str(folder.archive))
            .replace("%2", str(folder.quarantine))
        )

    def _on_poll_failed(self, detail: str) -> None:
        self.watch_status.setText(self.tr("⚠ Dossier surveillé inaccessible, nouvel essai en cours…"))
        self.watch_status.setToolTip(detail)

    def import_files(self) -> None:
        paths = self.file_chooser(self)
        if paths:
            self.import_paths([Path(path) for path in paths])

    def import_paths(self, paths: list[Path]) -> None:
        if not self.importer.import_paths(paths):
            self.statusBar().showMessage(self.tr("Un import est déjà en cours."), 5000)

    def print_separator_sheets(self) -> None:
        """A PDF of N separator sheets, opened in the system viewer to print."""
        count, ok = QInputDialog.getInt(
            self, self.windowTitle(), self.tr("Nombre d'intercalaires à imprimer :"), SEPARATOR_SHEETS_DEFAULT, 1, 500
        )
        if not ok:
            return
        target = self.save_chooser(self, str(Path.home() / f"intercalaires-{count}.pdf"))
        if not target:
            return

        def write() -> Path:
            path = Path(target)
            path.write_bytes(separator_sheet_pdf(count))
            return path

        def written(path: Path) -> None:
            self.statusBar().showMessage(
                self.tr("%1 intercalaires enregistrés dans %2").replace("%1", str(count)).replace("%2", str(path)), 8000
            )
            self.open_file(QUrl.fromLocalFile(str(path)))

        self.tasks.run(write, on_done=written, on_error=self._on_load_failed, executor="io")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()

    # --- help and closing -----------------------------------------------------------------

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.actions() + self.viewer.actions(), self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        state.save_window(self, {"station": self.splitter})
        self.hot_folder.stop()
        self.importer.shutdown()
        self.renderer.shutdown()
        self.tasks.shutdown()
        super().closeEvent(event)
