"""The technician's window: layout of the views and their wiring to the controllers and services.

The menus live in ``main_menus``, the commands on the open dossier in ``dossier_commands``
and the hold and letter flow in ``hold_letters``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QSplitter, QStackedWidget

from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.changes import Changes
from telvalid_desktop.demo import is_demo_workspace
from telvalid_desktop.gui import state
from telvalid_desktop.gui.billing_export import BillingExport, ExportChooser, choose_export_path
from telvalid_desktop.gui.dossier_commands import DossierCommands
from telvalid_desktop.gui.error_text import REFUSALS, failure_text
from telvalid_desktop.gui.hold_letters import HoldLetters
from telvalid_desktop.gui.import_controller import ImportController
from telvalid_desktop.gui.live_updates import LiveUpdates
from telvalid_desktop.gui.main_menus import MainMenus
from telvalid_desktop.gui.models.dossier_table import DossierTableModel
from telvalid_desktop.gui.models.queue_model import QueueListModel
from telvalid_desktop.gui.models.row_details import row_enricher
from telvalid_desktop.gui.render_service import RenderService
from telvalid_desktop.gui.role_gate import RoleGate
from telvalid_desktop.gui.scan_import import FileChooser, ScanImport, choose_files
from telvalid_desktop.gui.supervision.window import SupervisionWindow
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.gui.widgets.demo_banner import DemoBanner, with_banner
from telvalid_desktop.gui.widgets.dossier_list import DossierList
from telvalid_desktop.gui.widgets.dossier_view import DossierView
from telvalid_desktop.gui.widgets.queue_sidebar import QueueSidebar
from telvalid_desktop.gui.widgets.unsorted_view import UnsortedView
from telvalid_desktop.gui.widgets.welcome_panel import WelcomePanel


class MainWindow(ScanImport):
    """Owns the queues, the dossier list, the open dossier and the import of scans."""

    def __init__(
        self,
        services: Services,
        *,
        renderer: RenderService | None = None,
        importer: ImportController | None = None,
        file_chooser: FileChooser = choose_files,
        export_chooser: ExportChooser = choose_export_path,
        open_file: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__()
        self.services = services
        self.file_chooser = file_chooser
        self.open_file = open_file
        self.tasks = TaskRunner(self)
        self.live = LiveUpdates(services.workspace, self.tasks, self)  # before the lists load
        self.renderer = renderer if renderer is not None else RenderService(self)
        self.importer = importer if importer is not None else ImportController(services, self.tasks, self)
        self.setWindowTitle(self.tr("TelValid — validation des groupes téléphonie"))
        self.setAcceptDrops(True)
        # Lists and counts are read on the database thread, after the changes asked for before them.
        self.sidebar = QueueSidebar(QueueListModel(self, reader=self.tasks.run), self)
        self.dossier_view = DossierView(services, self.renderer, self.tasks, self)
        enrich = row_enricher(services, self.dossier_view.short_labels)
        self.dossier_list = DossierList(DossierTableModel(self, enrich=enrich, reader=self.tasks.run), self)
        self.unsorted = UnsortedView(services.workspace, self.renderer, self, reader=self.tasks.run)
        self.lists = QStackedWidget(self)
        self.lists.addWidget(self.dossier_list)
        self.lists.addWidget(self.unsorted)
        self.list_page = QSplitter(Qt.Orientation.Horizontal, self)
        self.list_page.addWidget(self.sidebar)
        self.list_page.addWidget(self.lists)
        self.list_page.setSizes([200, 1000])
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.dossier_view)
        self.setCentralWidget(self.pages)
        self.billing_export = BillingExport(self.tasks, services.user, self, chooser=export_chooser)
        self.billing_export.finished.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.add_import_views(open_file, self._open_from_another_window, self.show_unsorted)
        self.gate = RoleGate(services.user)
        self.supervision: SupervisionWindow | None = None
        self.commands = DossierCommands(self, services, self.dossier_view, self.gate)
        self.letters = HoldLetters(self, services, self.dossier_view, self.commands, self.tasks, open_file=open_file)
        self.menus = MainMenus(self)
        self.app_commands = self.menus.app_commands  # the launcher listens to it, as on the station window
        self.welcome = WelcomePanel(
            [self.app_commands.demo_action, self.menus.import_action, self.app_commands.settings_action], self
        )
        self.lists.addWidget(self.welcome)
        if is_demo_workspace(services.workspace.root):
            self.setCentralWidget(with_banner(DemoBanner(self._demo_hint(), self), self.pages))
        self._connect()
        self.resize(1280, 800)
        last_queue = state.restore_window(self, self._splitters())
        self.dossier_list.hide_columns(state.restore_hidden_columns("dossier_list"))
        self.sidebar.refresh_counts()
        self.sidebar.select_queue(last_queue if last_queue else "open")  # type: ignore[arg-type]
        self._welcome_if_empty()
        self.show_list()
        self.live.start()

    # --- construction -------------------------------------------------------------------

    def _connect(self) -> None:
        self.sidebar.queue_selected.connect(self._on_queue_selected)
        self.dossier_list.dossier_activated.connect(self.open_dossier)
        self.unsorted.assign_requested.connect(self.commands.assign_submission)
        self.commands.changed.connect(self.apply_changes)
        self.commands.dossier_requested.connect(self.open_dossier)
        self.letters.changed.connect(self.apply_changes)
        self.dossier_view.shown.connect(self._on_dossier_shown)
        self.dossier_view.load_failed.connect(self._on_dossier_load_failed)
        self.dossier_view.letter_open_requested.connect(lambda path: self.open_file(QUrl.fromLocalFile(path)))
        self.importer.file_imported.connect(self._on_file_imported)
        self.importer.import_finished.connect(self._on_import_finished)
        self.live.changed.connect(self.apply_changes_from_elsewhere)
        self.sidebar.model.counted.connect(self._welcome_if_empty)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"list": self.list_page, "dossier": self.dossier_view.splitter}

    # --- navigation ---------------------------------------------------------------------

    def show_list(self) -> None:
        """Back to the lists: the open dossier is released, so another technician may take it
        (its row is read again after the release: "held by" empties)."""
        left = self.dossier_view.dossier
        self.dossier_view.release()
        if left is not None:
            self.dossier_list.refresh_rows([left.id])
        self.pages.setCurrentWidget(self.list_page)
        self.menus.hide_dossier_actions()
        current = self.lists.currentWidget()
        assert current is not None  # the stack always shows one of its lists
        current.setFocus()

    def _welcome_if_empty(self) -> None:
        """The welcome page while the workspace holds nothing; the chosen queue once something arrived."""
        counts = self.sidebar.model
        if not counts.known:  # not counted yet: say nothing rather than "empty"
            return
        empty = counts.count("all") == 0 and counts.count("unsorted") == 0
        if empty:
            self.lists.setCurrentWidget(self.welcome)
        elif self.lists.currentWidget() is self.welcome:
            self._on_queue_selected(self.sidebar.current_queue() or "open")

    def _demo_hint(self) -> str:
        return self.tr(
            "Ouvrez un dossier (Entrée), cochez ses pièces (1 à 9), validez-le (Ctrl+Entrée) ou mettez-le en "
            "attente (Ctrl+H). Le dossier « exemples » de la démonstration contient des scans à importer. "
            "Fichier ▸ Ouvrir un autre espace de travail pour revenir au vôtre."
        )

    def open_dossier(self, dossier_id: int) -> None:
        """Show the dossier and claim it (read-only if another technician holds it); its commands
        work once it is on screen (``_on_dossier_shown``)."""
        self.dossier_view.release()
        self.dossier_view.open_dossier(dossier_id)
        self.pages.setCurrentWidget(self.dossier_view)
        self.menus.show_dossier_actions(editable=False)
        self.dossier_view.viewer.setFocus()

    def _on_dossier_shown(self, _dossier_id: int) -> None:
        self.menus.show_dossier_actions(editable=not self.dossier_view.read_only)
        self._enable_reopen()

    def _on_dossier_load_failed(self, failure: BaseException) -> None:
        text = failure_text(failure, self.dossier_view.labels) if isinstance(failure, REFUSALS) else str(failure)
        self.statusBar().showMessage(self.tr("Dossier illisible : %1").replace("%1", text), 8000)

    def step_dossier(self, step: int) -> None:
        """Next or previous dossier of the list, opened if a dossier is open; at either end of the queue,
        the status bar says so."""
        view = self.dossier_list.view
        row = view.currentIndex().row() + step
        if not 0 <= row < self.dossier_list.model.rowCount():
            end = (
                self.tr("Fin de la file : aucun dossier après celui-ci.")
                if step > 0
                else self.tr("Début de la file : aucun dossier avant celui-ci.")
            )
            self.statusBar().showMessage(end, 5000)
            return
        self.dossier_list.select_row(row)
        dossier_id = self.dossier_list.current_dossier_id()
        if dossier_id is not None and self.pages.currentWidget() is self.dossier_view:
            self.open_dossier(dossier_id)

    def show_unsorted(self) -> None:
        """The unsorted envelopes (the import summary's way to pages no number was found for)."""
        self.show_list()
        self.sidebar.select_queue("unsorted")
        self.raise_()
        self.activateWindow()

    def _on_queue_selected(self, queue: str) -> None:
        if queue == "unsorted":
            self.unsorted.refresh()
            self.lists.setCurrentWidget(self.unsorted)
        else:
            self.dossier_list.set_queue(queue)  # type: ignore[arg-type]
            self.lists.setCurrentWidget(self.dossier_list)

    def assign_unsorted(self) -> None:
        """Only while the unsorted envelopes are the list shown."""
        submission_id = self.unsorted.current_submission_id()
        if submission_id is not None and self.lists.currentWidget() is self.unsorted:
            self.commands.assign_submission(submission_id)

    # --- changes --------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` says changed, and nothing else."""
        shown = self.dossier_view.dossier
        if changes.decided and shown is not None and shown.id in changes.dossiers:
            self._move_on_from(shown.id)
            shown = self.dossier_view.dossier
        if shown is not None and (shown.id in changes.dossiers or changes.pages or changes.checklist):
            if changes == Changes(dossiers=frozenset({shown.id}), checklist=True):  # a tick, a refusal
                self.dossier_view.refresh_checklist()
            else:
                self.dossier_view.reload()
        if changes.dossiers:
            self.dossier_list.refresh_rows(sorted(changes.dossiers))
        if changes.queues:
            self.sidebar.refresh_counts()
            self.dossier_list.refresh()
            if self.lists.currentWidget() is self.unsorted:
                self.unsorted.refresh()

    def _move_on_from(self, decided_id: int) -> None:
        """After a validation or a hold, the queue's next dossier opens (unless this workstation's setting
        keeps the dossier on screen). A search that found only the decided dossier is cleared: the
        decision takes it out of the queue and would leave the list empty."""
        model = self.dossier_list.model
        row = model.row_of(decided_id)
        following = model.row_at(row + 1) if row is not None else None
        if self.dossier_list.search.text() and model.rowCount() <= 1:
            self.dossier_list.set_search("")  # the queue again; its next dossier is the technician's choice
            return
        if self.services.settings.after_decision != "next":
            return
        if row is None or following is None:
            self.statusBar().showMessage(self.tr("Fin de la file : aucun dossier après celui-ci."), 5000)
            return
        self.dossier_list.select_row(row + 1)
        self.open_dossier(following.dossier_id)

    def reload_everything(self) -> None:
        """F5: the queues' counts, the list and the open dossier read again (what another workstation did)."""
        shown = self.dossier_view.dossier
        self.apply_changes(Changes(dossiers=frozenset({shown.id} if shown else set()), queues=True))

    def apply_changes_from_elsewhere(self, changes: Changes) -> None:
        """What other workstations did: the rows and counts concerned. The list is read again only for a
        dossier it does not show yet (created elsewhere), keeping the current row at its place on screen; a
        dossier already shown that leaves the queue keeps its row, with its new state, until the next reload."""
        self.apply_changes(replace(changes, queues=False))
        if changes.queues:
            self.sidebar.refresh_counts()
            if not self.dossier_list.model.shows_all(changes.dossiers):
                self.dossier_list.refresh()
            if self.lists.currentWidget() is self.unsorted:
                self.unsorted.refresh()

    def _enable_reopen(self) -> None:
        self.menus.reopen_action.setEnabled(self.commands.may_reopen())

    # --- supervision ----------------------------------------------------------------------

    def show_supervision(self) -> None:
        """The lead's window, beside this one: opening a dossier there shows it here."""
        if self.supervision is None:
            self.supervision = SupervisionWindow(
                self.services,
                self.tasks,
                self.dossier_view.labels,
                self.dossier_view.short_labels,
                open_file=self.open_file,
            )
            self.supervision.dossier_requested.connect(self._open_from_another_window)
            self.supervision.changed.connect(self.apply_changes)
        self.supervision.show()
        self.supervision.raise_()
        self.supervision.activateWindow()
        self.supervision.refresh()

    def _open_from_another_window(self, dossier_id: int) -> None:
        """A dossier asked for in the supervision or the import summary: shown here, this window in front."""
        self.open_dossier(dossier_id)
        self.raise_()
        self.activateWindow()

    # --- import ---------------------------------------------------------------------------

    def _on_file_imported(self, _outcome: object) -> None:
        self.sidebar.refresh_counts()
        self.dossier_list.refresh()
        if self.lists.currentWidget() is self.unsorted:
            self.unsorted.refresh()

    def _on_import_finished(self, _summary: object) -> None:
        self.sidebar.refresh_counts()

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        state.save_window(self, self._splitters(), self.sidebar.current_queue() or "open")
        state.save_hidden_columns("dossier_list", self.dossier_list.hidden_columns())
        if self.supervision is not None:
            self.supervision.close()
        self.dossier_view.release()
        self.live.stop()
        self.importer.shutdown()
        self.renderer.shutdown()
        self.tasks.shutdown()
        super().closeEvent(event)
