"""The mailroom station: scans come in (hot folder or by hand), batches are checked and fixed by keyboard.

It shows what mailroom staff need and nothing of the technician's validation: the
day's batches and figures, each batch's envelopes with the number read and how sure
the reading is, the pages, and corrections (number, split, merge, page kinds, send to
the technicians) that update the dossiers at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.changes import Changes
from telvalid_desktop.db import batch_queries
from telvalid_desktop.db.procedure_completion import procedure_suggestions
from telvalid_desktop.demo import is_demo_workspace
from telvalid_desktop.domain import PageKind
from telvalid_desktop.gui import state
from telvalid_desktop.gui.actions import add_action
from telvalid_desktop.gui.app_commands import AppCommands
from telvalid_desktop.gui.dialogs.assign_dialog import AssignDialog
from telvalid_desktop.gui.error_text import REFUSALS, failure_text
from telvalid_desktop.gui.import_controller import ImportController
from telvalid_desktop.gui.live_updates import LiveUpdates
from telvalid_desktop.gui.render_service import RenderService
from telvalid_desktop.gui.scan_import import FileChooser, ScanImport, choose_files
from telvalid_desktop.gui.station_intake import (
    FolderChooser,
    SaveChooser,
    StationIntake,
    choose_folder,
    choose_save_path,
)
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.gui.widgets.batch_list import BatchList, rate_text
from telvalid_desktop.gui.widgets.batch_review import NO_BATCH, BatchReview, ReviewedBatch
from telvalid_desktop.gui.widgets.demo_banner import DemoBanner, with_banner
from telvalid_desktop.read_models.batches import BatchPage, BatchSummary, DayFigures


def _day_of_batches(day: date) -> tuple[list[BatchSummary], DayFigures]:
    """The day's batches, listed once for both the list and its totals."""
    batches = batch_queries.list_batches(day, limit=None)
    return batches, batch_queries.day_figures(day, batches)


class StationWindow(ScanImport):
    """Owns the station's views and its import; corrections go through the services."""

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
        self.file_chooser = file_chooser
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.live = LiveUpdates(services.workspace, self.tasks, self)
        self.renderer = renderer if renderer is not None else RenderService(self)
        self.importer = importer if importer is not None else ImportController(services, self.tasks, self)
        self.intake = StationIntake(
            self.importer,
            self.tasks,
            services.settings,
            self,
            folder_chooser=folder_chooser,
            save_chooser=save_chooser,
            open_file=open_file,
            settle_s=settle_s,
        )
        self._generations: dict[str, int] = {}
        self.setWindowTitle(self.tr("TelValid — poste courrier"))
        self.setAcceptDrops(True)
        self.batches = BatchList(self)
        self.review = BatchReview(self.renderer, services.workspace.root, self)
        self.envelopes = self.review.envelopes
        self.viewer = self.review.viewer
        self.figures = QLabel(self)
        self.figures.setStyleSheet("padding: 6px 10px; background: palette(alternate-base);")
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures.setWordWrap(True)  # with a large font the day's figures wrap instead of widening the window
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.batches)
        self.splitter.addWidget(self.review)
        self.splitter.setSizes([400, 1140])
        self.splitter.setStretchFactor(1, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.figures)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        if is_demo_workspace(services.workspace.root):
            hint = self.tr(
                "Choisissez un lot, puis une enveloppe ; corrigez au clavier (N, S, F, T, B, I ; Ctrl+Z annule). "
                "Le dossier « exemples » de la démonstration contient des scans à importer (Ctrl+O)."
            )
            self.setCentralWidget(with_banner(DemoBanner(hint, self), central))
        self.add_import_views(open_file)
        self._menus: dict[str, Any] = {}
        self._build_menus()
        self._connect()
        self.resize(1400, 860)
        state.restore_window(self, self._splitters())
        self.intake.start()
        self.reload_batches()
        self.live.start()
        self.batches.setFocus()

    # --- construction -------------------------------------------------------------------

    def _splitters(self) -> dict[str, QSplitter]:
        return {"station": self.splitter, "station_review": self.review.splitter}

    def _action(self, menu: str, text: str, slot: Callable[[], object], *keys: str) -> QAction:
        return add_action(self, self._menus[menu], text, slot, *keys)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {
            "file": bar.addMenu(self.tr("&Fichier")),
            "batch": bar.addMenu(self.tr("&Lot")),
            "envelope": bar.addMenu(self.tr("&Enveloppe")),
            "view": bar.addMenu(self.tr("&Affichage")),
            "help": bar.addMenu(self.tr("Ai&de")),
        }
        self.watch_action = self._action("file", self.tr("&Surveiller un dossier…"), self.intake.choose_watched_folder)
        self.stop_action = self._action("file", self.tr("Arrêter la surveillance"), self.intake.stop)
        self.stop_action.setEnabled(False)
        self._action("file", self.tr("&Importer des scans…"), self.import_files, "Ctrl+O")
        self.mail_action = self._action("file", self.tr("Relever le &courriel"), self.intake.fetch_mail, "Ctrl+M")
        self.import_report.add_to(self._menus["file"])
        self.print_action = self._action(
            "file", self.tr("Imprimer des &intercalaires…"), self.intake.print_separator_sheets, "Ctrl+P"
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
        self.app_commands = AppCommands(
            self,
            self.services,
            self._menus["file"],
            self._menus["help"],
            lambda: self.actions() + self.viewer.actions(),
            tasks=self.tasks,
        )
        toolbar = self.addToolBar(self.tr("Poste courrier"))
        toolbar.setObjectName("station_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self.intake.status)
        toolbar.addAction(self.watch_action)
        toolbar.addAction(self.mail_action)
        toolbar.addSeparator()
        toolbar.addAction(self.print_action)
        toolbar.addSeparator()
        for action in self.envelope_actions:
            toolbar.addAction(action)

    def _connect(self) -> None:
        self.batches.batch_selected.connect(self._on_batch_selected)
        self.batches.day_changed.connect(lambda _day: self.reload_batches())
        self.envelopes.number_requested.connect(lambda _id: self.type_number())
        self.importer.file_imported.connect(lambda _outcome: self.reload_batches())
        self.importer.import_finished.connect(lambda _summary: self.reload_batches())
        self.intake.hot_folder.watching_changed.connect(self.stop_action.setEnabled)
        self.intake.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.live.changed.connect(self._on_changed_elsewhere)

    # --- loading, off the GUI thread --------------------------------------------------------

    def _fetch(self, slot: str, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Run a read in the background; only the latest request of each ``slot`` is shown."""
        generation = self._generations.get(slot, 0) + 1
        self._generations[slot] = generation

        def shown_if_latest(result: Any) -> None:
            if self._generations.get(slot) == generation:
                show(result)

        self.tasks.run(work, on_done=shown_if_latest, on_error=self._on_load_failed, executor="io")

    def _on_changed_elsewhere(self, changes: Changes) -> None:
        """Another station took in a batch or corrected an envelope: the day's figures follow."""
        if changes.queues:
            self.reload_batches()

    def reload_batches(self) -> None:
        day = self.batches.day()
        self._fetch(
            "batches",
            lambda: _day_of_batches(day),
            self._show_batches,
        )

    def _show_batches(self, loaded: tuple[list[BatchSummary], DayFigures]) -> None:
        batches, figures = loaded
        self._show_figures(self.batches.day(), figures)
        self.batches.show_batches(batches)  # its batch_selected reloads the envelopes shown
        if not batches:
            self.review.show_batch(NO_BATCH)

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

        def load() -> ReviewedBatch:
            path, name = batch_queries.batch_file(file_id, store)
            pages = batch_queries.batch_pages(file_id)
            separators = [page for page in pages if page.is_separator]
            return ReviewedBatch(path, name, batch_queries.batch_envelopes(file_id, pages), separators)

        self._fetch("envelopes", load, self.review.show_batch)

    def _on_load_failed(self, failure: BaseException) -> None:
        self.statusBar().showMessage(self.tr("Lecture impossible : %1").replace("%1", str(failure)), 8000)

    # --- corrections ----------------------------------------------------------------------

    def _run(self, change: Callable[[], Changes], done: str) -> bool:
        """One correction; a refusal is explained in words, never raised at the clerk."""
        try:
            change()
        except REFUSALS as refused:
            QMessageBox.warning(self, self.windowTitle(), failure_text(refused, {}))
            return False
        self.statusBar().showMessage(done, 5000)
        self.reload_batches()
        return True

    def type_number(self) -> None:
        submission_id = self.envelopes.current_submission_id()
        if submission_id is None:
            return
        dialog = AssignDialog(
            self.tr("Numéro de procédure de cette enveloppe :"), procedure_suggestions, self, reader=self.tasks.run
        )
        envelope = self.review.envelope(submission_id)
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
        submission_id, page = self.envelopes.current_submission_id(), self.review.current_page()
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
        page = self.review.current_page()
        if page is not None and not page.is_separator:
            kind = PageKind.CONTENT if page.is_blank else PageKind.BLANK
            self._set_kind(page, kind)

    def toggle_separator(self) -> None:
        page = self.review.current_page()
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
        except REFUSALS as refused:
            QMessageBox.information(self, self.windowTitle(), failure_text(refused, {}))
            return
        self.statusBar().showMessage(self.tr("Dernière correction annulée."), 5000)
        self.reload_batches()

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        state.save_window(self, {"station": self.splitter})
        self.live.stop()
        self.intake.close()
        self.importer.shutdown()
        self.renderer.shutdown()
        self.tasks.shutdown()
        super().closeEvent(event)
