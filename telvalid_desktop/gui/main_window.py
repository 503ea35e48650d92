"""The technician's window: layout, menus and wiring of the views to the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QInputDialog,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.demo import is_demo_workspace
from telvalid_desktop.core.domain import DossierStatus
from telvalid_desktop.core.dossiers import EDITABLE, StaleDossier
from telvalid_desktop.core.errors import DossierClaimed
from telvalid_desktop.core.page_operations import complete_numbers
from telvalid_desktop.core.reminders import dossiers_awaiting_complement
from telvalid_desktop.core.roles import Permission
from telvalid_desktop.core.services import Services
from telvalid_desktop.db.models import Dossier
from telvalid_desktop.gui import state
from telvalid_desktop.gui.actions import add_action
from telvalid_desktop.gui.app_commands import AppCommands
from telvalid_desktop.gui.billing_export import BillingExport, ExportChooser, choose_export_path
from telvalid_desktop.gui.dialogs.assign_dialog import AssignDialog
from telvalid_desktop.gui.dialogs.hold_dialog import HoldDialog
from telvalid_desktop.gui.dialogs.letter_dialog import LetterDialog
from telvalid_desktop.gui.dialogs.reminders_dialog import RemindersDialog
from telvalid_desktop.gui.error_text import REFUSALS, failure_text
from telvalid_desktop.gui.import_controller import ImportController
from telvalid_desktop.gui.live_updates import LiveUpdates
from telvalid_desktop.gui.models.dossier_table import DossierTableModel
from telvalid_desktop.gui.models.row_details import row_enricher
from telvalid_desktop.gui.render_service import RenderService
from telvalid_desktop.gui.role_gate import RoleGate
from telvalid_desktop.gui.scan_import import FileChooser, ScanImport, choose_files
from telvalid_desktop.gui.supervision.window import SupervisionWindow
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.gui.widgets.demo_banner import DemoBanner, with_banner
from telvalid_desktop.gui.widgets.dossier_list import DossierList
from telvalid_desktop.gui.widgets.dossier_view import DossierView
from telvalid_desktop.gui.widgets.import_panel import ImportPanel
from telvalid_desktop.gui.widgets.queue_sidebar import QueueSidebar
from telvalid_desktop.gui.widgets.unsorted_view import UnsortedView
from telvalid_desktop.gui.widgets.welcome_panel import WelcomePanel
from telvalid_desktop.messages import current_language


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
        self.live = LiveUpdates(services.workspace.database, self.tasks, self)  # before the lists load
        self.renderer = renderer if renderer is not None else RenderService(self)
        self.importer = (
            importer
            if importer is not None
            else ImportController(services, self.tasks, self)
        )
        self.setWindowTitle(self.tr("TelValid — validation des groupes téléphonie"))
        self.setAcceptDrops(True)
        self.sidebar = QueueSidebar(parent=self)
        self.dossier_view = DossierView(services, self.renderer, self)
        model = DossierTableModel(self, enrich=row_enricher(services, self.dossier_view.short_labels))
        self.dossier_list = DossierList(model, self)
        self.unsorted = UnsortedView(services.workspace, self.renderer, self)
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
        self.import_panel = ImportPanel(self.importer, self)
        self.statusBar().addPermanentWidget(self.import_panel)
        self.dossier_actions: list[QAction] = []
        self.gate = RoleGate(services.user)
        self.supervision: SupervisionWindow | None = None
        self._build_menus()
        self.welcome = WelcomePanel(
            [self.app_commands.demo_action, self.import_action, self.app_commands.settings_action], self
        )
        self.lists.addWidget(self.welcome)
        if is_demo_workspace(services.workspace.root):
            self.setCentralWidget(with_banner(DemoBanner(self._demo_hint(), self), self.pages))
        self._connect()
        self.resize(1280, 800)
        last_queue = state.restore_window(self, self._splitters())
        self.sidebar.refresh_counts()
        self.sidebar.select_queue(last_queue if last_queue else "open")  # type: ignore[arg-type]
        self._welcome_if_empty()
        self._show_list()
        self.live.start()

    # --- construction -------------------------------------------------------------------

    def _action(
        self, menu_title: str, text: str, slot: Callable[[], object], *keys: str, needs: Permission | None = None
    ) -> QAction:
        action = add_action(self, self._menus[menu_title], text, slot, *keys)
        return action if needs is None else self.gate.need(action, needs)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {
            "file": bar.addMenu(self.tr("&Fichier")),
            "dossier": bar.addMenu(self.tr("&Dossier")),
            "view": bar.addMenu(self.tr("&Affichage")),
            "team": bar.addMenu(self.tr("É&quipe")),
            "help": bar.addMenu(self.tr("Ai&de")),
        }
        self.import_action = self._action(
            "file", self.tr("&Importer des scans…"), self.import_files, "Ctrl+O", needs=Permission.SORT
        )
        self._action(
            "file",
            self.tr("&Exporter les validations vers la facturation…"),
            self.billing_export.start,
            "Ctrl+E",
            needs=Permission.EXPORT,
        )
        self._action("file", self.tr("&Quitter"), self.close, "Ctrl+Q")
        self._action("dossier", self.tr("Dossier suivant"), lambda: self.step_dossier(1), "Alt+Down")
        self._action("dossier", self.tr("Dossier précédent"), lambda: self.step_dossier(-1), "Alt+Up")
        self._menus["dossier"].addSeparator()
        self.dossier_actions = [
            self._action("dossier", self.tr("Retour à la liste"), self._show_list, "Esc"),
            self._action(
                "dossier", self.tr("&Valider le dossier"), self.validate, "Ctrl+Return", needs=Permission.DECIDE
            ),
            self._action(
                "dossier", self.tr("Mettre en &attente…"), self.put_on_hold, "Ctrl+H", needs=Permission.DECIDE
            ),
            self._action(
                "dossier",
                self.tr("&Déplacer la page vers un autre dossier…"),
                self.move_page,
                "Ctrl+M",
                needs=Permission.SORT,
            ),
            self._action(
                "dossier",
                self.tr("Déplacer tout l'envoi vers un autre dossier…"),
                self.move_submission,
                "Ctrl+Shift+M",
                needs=Permission.SORT,
            ),
            self._action(
                "dossier",
                self.tr("Refuser la pièce sélectionnée…"),
                self.refuse_current,
                "Ctrl+R",
                needs=Permission.CHECK,
            ),
            self._action(
                "dossier",
                self.tr("Annuler la dernière opération sur les pages"),
                self.undo,
                "Ctrl+Z",
                needs=Permission.SORT,
            ),
        ]
        for number in range(1, 10):
            self.dossier_actions.append(
                self._action(
                    "dossier",
                    self.tr("Cocher la pièce %1 avec la page affichée").replace("%1", str(number)),
                    lambda _checked=False, number=number: self.tick_item(number),
                    str(number),
                    needs=Permission.CHECK,
                )
            )
        self.dossier_actions.append(
            self._action(
                "dossier",
                self.tr("Préciser le paiement et le type de client…"),
                self.set_facts,
                "Ctrl+P",
                needs=Permission.CHECK,
            )
        )
        self.dossier_actions.append(
            self._action(
                "dossier",
                self.tr("&Transférer vers la procédure la plus récente du groupe…"),
                self.supersede,
                "Ctrl+Shift+T",
                needs=Permission.DECIDE,
            )
        )
        self._action(
            "dossier", self.tr("A&ffecter l'envoi à un numéro…"), self.assign_unsorted, "Ctrl+N", needs=Permission.SORT
        )
        self.dossier_actions.append(
            self._action(
                "dossier",
                self.tr("Écrire à nouveau la &lettre au client"),
                self.write_letter_again,
                "Ctrl+L",
                needs=Permission.DECIDE,
            )
        )
        self._action(
            "dossier",
            self.tr("&Relances des dossiers en attente…"),
            self.remind,
            "Ctrl+Shift+R",
            needs=Permission.DECIDE,
        )
        for action in self.dossier_view.viewer.actions():
            self._menus["view"].addAction(action)
        self.app_commands = AppCommands(
            self,
            self.services,
            self._menus["file"],
            self._menus["help"],
            lambda: self.actions() + self.dossier_view.viewer.actions(),
            tasks=self.tasks,
        )
        self.dossier_toolbar = self.addToolBar(self.tr("Dossier"))
        self.dossier_toolbar.setObjectName("dossier_toolbar")
        self.dossier_toolbar.setMovable(False)
        self.dossier_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.dossier_actions[:7]:
            self.dossier_toolbar.addAction(action)
            action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
        self.reopen_action = self._action(
            "dossier", self.tr("R&ouvrir le dossier clos…"), self.reopen, "Ctrl+Shift+O", needs=Permission.REOPEN
        )
        self._action(
            "team",
            self.tr("&Supervision : attentes, charge, tableau de bord…"),
            self.show_supervision,
            "Ctrl+Shift+L",
            needs=Permission.ASSIGN,
        )
        forbidden = self.gate.apply()
        self.dossier_actions = [action for action in self.dossier_actions if action not in forbidden]
        self._menus["team"].menuAction().setVisible(self.gate.may(Permission.ASSIGN))

    def _connect(self) -> None:
        self.sidebar.queue_selected.connect(self._on_queue_selected)
        self.dossier_list.dossier_activated.connect(self.open_dossier)
        self.unsorted.assign_requested.connect(self._on_assign_requested)
        self.dossier_view.checklist.tick_requested.connect(self._on_tick_requested)
        self.dossier_view.checklist.refuse_requested.connect(self._on_refuse_requested)
        self.dossier_view.checklist.clear_requested.connect(self._on_clear_requested)
        self.dossier_view.page_rotation_requested.connect(self._on_rotation_requested)
        self.dossier_view.letter_open_requested.connect(lambda path: self.open_file(QUrl.fromLocalFile(path)))
        self.importer.file_imported.connect(self._on_file_imported)
        self.importer.import_finished.connect(self._on_import_finished)
        self.live.changed.connect(self.apply_changes_from_elsewhere)
        self.sidebar.model.dataChanged.connect(self._welcome_if_empty)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"list": self.list_page, "dossier": self.dossier_view.splitter}

    # --- navigation ---------------------------------------------------------------------

    def _show_list(self) -> None:
        self.dossier_view.release()
        self.pages.setCurrentWidget(self.list_page)
        self.dossier_toolbar.hide()
        for action in self.dossier_actions:
            action.setEnabled(False)
        self.reopen_action.setEnabled(False)
        self.lists.currentWidget().setFocus()

    def _welcome_if_empty(self) -> None:
        """The welcome page while the workspace holds nothing; the chosen queue once something arrived."""
        counts = self.sidebar.model
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
        """Show the dossier and claim it (read-only if another technician holds it)."""
        self.dossier_view.release()
        self.dossier_view.open_dossier(dossier_id)
        self.pages.setCurrentWidget(self.dossier_view)
        self.dossier_toolbar.show()
        for action in self.dossier_actions:
            action.setEnabled(not self.dossier_view.read_only)
        self.dossier_actions[0].setEnabled(True)  # going back is always possible
        self._enable_reopen()
        self.dossier_view.viewer.setFocus()

    def step_dossier(self, step: int) -> None:
        """Next or previous dossier of the list, opened if a dossier is open."""
        view = self.dossier_list.view
        row = max(0, view.currentIndex().row() + step)
        self.dossier_list.select_row(row)
        dossier_id = self.dossier_list.current_dossier_id()
        if dossier_id is not None and self.pages.currentWidget() is self.dossier_view:
            self.open_dossier(dossier_id)

    def _on_queue_selected(self, queue: str) -> None:
        if queue == "unsorted":
            self.unsorted.refresh()
            self.lists.setCurrentWidget(self.unsorted)
        else:
            self.dossier_list.set_queue(queue)  # type: ignore[arg-type]
            self.lists.setCurrentWidget(self.dossier_list)

    # --- actions on the open dossier ------------------------------------------------------

    def _run(self, change: Callable[[], Changes]) -> bool:
        """Run one service call; a refusal is explained, never raised at the technician."""
        try:
            changes = change()
        except REFUSALS as refused:
            if isinstance(refused, StaleDossier | DossierClaimed) and self.dossier_view.dossier is not None:
                self.apply_changes(Changes(dossiers=frozenset({self.dossier_view.dossier.id}), queues=True))
            QMessageBox.warning(self, self.windowTitle(), failure_text(refused, self.dossier_view.labels))
            return False
        self.apply_changes(changes)
        return True

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` says changed, and nothing else."""
        if self.dossier_view.dossier is not None and (
            self.dossier_view.dossier.id in changes.dossiers or changes.pages or changes.checklist
        ):
            self.dossier_view.reload()
            self._enable_reopen()
        if changes.dossiers:
            self.dossier_list.refresh_rows(sorted(changes.dossiers))
        if changes.queues:
            self.sidebar.refresh_counts()
            self.dossier_list.refresh()
            if self.lists.currentWidget() is self.unsorted:
                self.unsorted.refresh()

    def apply_changes_from_elsewhere(self, changes: Changes) -> None:
        """What other workstations did: the rows and counts concerned, never the whole list
        (rows do not move under the technician's eyes; a new dossier shows at the next reload)."""
        self.apply_changes(replace(changes, queues=False))
        if changes.queues:
            self.sidebar.refresh_counts()
            if self.lists.currentWidget() is self.unsorted:
                self.unsorted.refresh()

    def _open_id(self) -> int | None:
        dossier = self.dossier_view.dossier
        return dossier.id if dossier is not None and not self.dossier_view.read_only else None

    def tick_item(self, number: int) -> None:
        dossier_id, page_id = self._open_id(), self.dossier_view.current_page_id()
        code = self.dossier_view.checklist.code_at(number)
        if dossier_id is not None and page_id is not None and code is not None:
            self._run(lambda: self.services.checklist.tick(dossier_id, code, [page_id], self.services.user))

    def refuse_current(self) -> None:
        code = self.dossier_view.checklist.current_code() or self.dossier_view.checklist.code_at(1)
        if code is not None and self._open_id() is not None:
            self.dossier_view.checklist.ask_refusal(code)

    def validate(self) -> None:
        dossier = self.dossier_view.dossier
        if dossier is None or self._open_id() is None:
            return
        number, seen = dossier.procedure_number, dossier.version
        if self._run(
            lambda: self.services.validation.validate(
                number, self.services.user, self.services.settings, expected_version=seen
            )
        ):
            self.statusBar().showMessage(
                self.tr("Dossier %1 validé : renouvellement mensuel par prélèvement, hors forfait %2 € HT/mois.")
                .replace("%1", number)
                .replace("%2", str(self.services.settings.out_of_plan_allowance_eur)),
                8000,
            )

    def put_on_hold(self) -> None:
        dossier = self.dossier_view.dossier
        if dossier is None or self._open_id() is None:
            return
        items = [
            (item.code, self.dossier_view.labels.get(item.code, item.code), item.state != "received")
            for item in self.services.checklist.checklist(dossier.id)
        ]
        dialog = HoldDialog(items, self)
        if dialog.exec():
            codes, note, number = dialog.chosen_codes(), dialog.note_text(), dossier.procedure_number
            seen = dossier.version
            if self._run(
                lambda: self.services.validation.put_on_hold(
                    number, self.services.user, codes, note, expected_version=seen
                )
            ):
                self._write_hold_letter(dossier.id, number, dialog.letter_language())

    def write_letter_again(self) -> None:
        """A new copy of the hold letter (say the first one was lost, or the list of items changed)."""
        dossier = self.dossier_view.dossier
        if dossier is not None and self._open_id() is not None:
            self._write_hold_letter(dossier.id, dossier.procedure_number, current_language())

    def _write_hold_letter(self, dossier_id: int, number: str, language: str) -> None:
        """The letter to the customer, with its return cover sheet, written off the GUI thread."""
        letters, user = self.services.letters, self.services.user

        def write() -> Path:
            return letters.letter_file(letters.write_hold_letter(dossier_id, user, language))

        def written(pdf: Path) -> None:
            self.apply_changes(Changes(dossiers=frozenset({dossier_id})))
            email = partial(letters.hold_email_text, dossier_id, language)
            LetterDialog(number, pdf, email, self.open_file, self).exec()

        def failed(failure: BaseException) -> None:
            if isinstance(failure, REFUSALS):
                text = failure_text(failure, self.dossier_view.labels)
            else:
                text = self.tr("Lettre non écrite : %1").replace("%1", str(failure))
            QMessageBox.warning(self, self.windowTitle(), text)

        self.tasks.run(write, on_done=written, on_error=failed, executor="db")

    def set_facts(self) -> None:
        """When the manager export does not say, the technician tells how the customer pays."""
        dossier_id = self._open_id()
        if dossier_id is None:
            return
        payments = {self.tr("Prélèvement"): "direct_debit", self.tr("Chèque"): "cheque"}
        customers = {self.tr("Particulier"): "individual", self.tr("Entreprise"): "company"}
        title = self.windowTitle()
        payment, ok = QInputDialog.getItem(self, title, self.tr("Mode de paiement :"), list(payments), 0, False)
        if not ok:
            return
        customer, ok = QInputDialog.getItem(self, title, self.tr("Type de client :"), list(customers), 0, False)
        if ok:
            self._run(
                lambda: self.services.checklist.set_facts(
                    dossier_id, payments[payment], customers[customer], self.services.user
                )
            )

    def supersede(self) -> None:
        """Documents sent under an older procedure of the group go to the newest; this dossier closes."""
        dossier, newest = self.dossier_view.dossier, self.dossier_view.newest_procedure
        if dossier is None or newest is None or self._open_id() is None:
            return
        number = dossier.procedure_number
        question = self.tr(
            "Transférer tous les documents de %1 vers la procédure %2, la plus récente du groupe, "
            "et clore %1 comme remplacé ?"
        )
        answer = QMessageBox.question(self, self.windowTitle(), question.replace("%1", number).replace("%2", newest))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            _newest, changes = self.services.supersession.supersede(number, self.services.user)
        except REFUSALS as refused:
            QMessageBox.warning(self, self.windowTitle(), failure_text(refused, self.dossier_view.labels))
            return
        self.apply_changes(changes)
        self.open_dossier(Dossier.get(Dossier.procedure_number == newest).id)

    def remind(self) -> None:
        """Reminder letters for customers whose dossier waits for a complement too long, in one PDF."""
        after_days = self.services.settings.reminder_after_days
        labels = self.dossier_view.labels
        dialog = RemindersDialog(
            dossiers_awaiting_complement(after_days, checklist=self.services.checklist),
            after_days,
            lambda code: labels.get(code, code),
            self,
        )
        if not dialog.exec():
            return
        numbers, language = dialog.chosen_numbers(), dialog.letter_language()
        letters, user = self.services.letters, self.services.user

        def written(pdf: Path) -> None:
            self.statusBar().showMessage(self.tr("%n relance(s) écrite(s)", "", len(numbers)), 8000)
            self.open_file(QUrl.fromLocalFile(str(pdf)))

        def failed(failure: BaseException) -> None:
            text = failure_text(failure, labels) if isinstance(failure, REFUSALS) else str(failure)
            QMessageBox.warning(self, self.windowTitle(), self.tr("Relances non écrites : %1").replace("%1", text))

        self.tasks.run(lambda: letters.write_reminder_letters(numbers, user, language), written, failed, executor="db")

    def move_page(self) -> None:
        page_id = self.dossier_view.current_page_id()
        if page_id is None or self._open_id() is None:
            return
        dialog = AssignDialog(self.tr("Déplacer la page affichée vers le dossier n° :"), complete_numbers, self)
        if dialog.exec():
            number = dialog.chosen_number()
            self._run(lambda: self.services.pages.move_pages([page_id], number, self.services.user))

    def move_submission(self) -> None:
        submission_id = self.dossier_view.current_submission_id()
        if submission_id is None or self._open_id() is None:
            return
        dialog = AssignDialog(self.tr("Déplacer tout l'envoi vers le dossier n° :"), complete_numbers, self)
        if dialog.exec():
            number = dialog.chosen_number()
            self._run(lambda: self.services.pages.move_submission(submission_id, number, self.services.user))

    def assign_unsorted(self) -> None:
        submission_id = self.unsorted.current_submission_id()
        if submission_id is not None and self.lists.currentWidget() is self.unsorted:
            self._on_assign_requested(submission_id)

    def _on_assign_requested(self, submission_id: int) -> None:
        dialog = AssignDialog(self.tr("Numéro de procédure de cet envoi :"), complete_numbers, self)
        if dialog.exec():
            number = dialog.chosen_number()
            self._run(lambda: self.services.pages.assign_submission(submission_id, number, self.services.user))

    def _enable_reopen(self) -> None:
        dossier = self.dossier_view.dossier
        closed = dossier is not None and DossierStatus(dossier.status) not in EDITABLE
        self.reopen_action.setEnabled(closed and not self.dossier_view.read_only and self.gate.may(Permission.REOPEN))

    def reopen(self) -> None:
        """A lead takes a closed dossier back into work, saying why (kept in its history)."""
        dossier = self.dossier_view.dossier
        if dossier is None or not self.reopen_action.isEnabled():
            return
        number = dossier.procedure_number
        reason, ok = QInputDialog.getText(
            self, self.windowTitle(), self.tr("Pourquoi rouvrir le dossier %1 ?").replace("%1", number)
        )
        if not ok:
            return
        if not reason.strip():
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Indiquez la raison : elle reste dans l'historique.")
            )
            return
        self._run(lambda: self._reopened(number, reason.strip()))

    def _reopened(self, number: str, reason: str) -> Changes:
        dossier = self.services.dossiers.change_status(
            number, DossierStatus.OPEN, actor=self.services.user, reason=reason
        )
        return Changes(dossiers=frozenset({dossier.id}), queues=True)

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
            self.supervision.dossier_requested.connect(self._open_from_supervision)
            self.supervision.changed.connect(self.apply_changes)
        self.supervision.show()
        self.supervision.raise_()
        self.supervision.activateWindow()
        self.supervision.refresh()

    def _open_from_supervision(self, dossier_id: int) -> None:
        self.open_dossier(dossier_id)
        self.raise_()
        self.activateWindow()

    def undo(self) -> None:
        try:
            result = self.services.pages.undo_last(self.services.user)
        except REFUSALS as refused:
            QMessageBox.information(self, self.windowTitle(), failure_text(refused, self.dossier_view.labels))
            return
        self.apply_changes(result.changes)

    def _on_tick_requested(self, code: str, page_ids: list[int]) -> None:
        dossier_id = self._open_id()
        if dossier_id is not None:
            self._run(lambda: self.services.checklist.tick(dossier_id, code, page_ids, self.services.user))

    def _on_refuse_requested(self, code: str, reason: str, note: str) -> None:
        dossier_id = self._open_id()
        if dossier_id is not None:
            self._run(lambda: self.services.checklist.refuse(dossier_id, code, reason, note, self.services.user))

    def _on_clear_requested(self, code: str) -> None:
        dossier_id = self._open_id()
        if dossier_id is not None:
            self._run(lambda: self.services.checklist.clear(dossier_id, code, self.services.user))

    def _on_rotation_requested(self, page_id: int, degrees: int) -> None:
        self._run(lambda: self.services.pages.rotate_page(page_id, degrees, self.services.user))

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
        if self.supervision is not None:
            self.supervision.close()
        self.dossier_view.release()
        self.live.stop()
        self.importer.shutdown()
        self.renderer.shutdown()
        self.tasks.shutdown()
        super().closeEvent(event)
