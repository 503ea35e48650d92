"""The team lead's window: on-hold review, workload, dashboard and users, beside the technician's.

Every list is read by a worker (the ``io`` pool: reads only) and every change goes
through the core services on the ``db`` thread, so thousands of rows never freeze it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.audit import recent_audit
from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.errors import CoreError
from telvalid_desktop.core.lifecycle.claims import claims_held_over
from telvalid_desktop.core.roles import Permission, allowed
from telvalid_desktop.core.supervision.dashboard import dashboard_figures
from telvalid_desktop.core.supervision.hold_review import HoldAging, Thresholds, holds_now
from telvalid_desktop.core.supervision.weekly_report import write_weekly_report
from telvalid_desktop.db.workload_queries import technician_loads, throughput
from telvalid_desktop.gui import state
from telvalid_desktop.gui.error_text import error_text
from telvalid_desktop.gui.supervision.dashboard_panel import DashboardPanel, SaveChooser, choose_save_path
from telvalid_desktop.gui.supervision.hold_review_panel import HoldReviewPanel
from telvalid_desktop.gui.supervision.users_panel import UsersPanel
from telvalid_desktop.gui.supervision.workload_panel import WorkloadPanel
from telvalid_desktop.gui.tasks import TaskRunner

THROUGHPUT_DAYS = 14


class SupervisionWindow(QMainWindow):
    """Owns the lead's panels; asks the technician's window to open a dossier."""

    dossier_requested = Signal(int)
    changed = Signal(object)  # Changes made here, for the technician's window

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        labels: dict[str, str],
        short_labels: dict[str, str],
        *,
        open_file: Callable[[QUrl], object] = QDesktopServices.openUrl,
        save_chooser: SaveChooser = choose_save_path,
    ) -> None:
        super().__init__()
        self.open_file = open_file
        self.setObjectName("supervision_window")
        self.services = services
        self.tasks = tasks
        self.labels = labels
        self.setWindowTitle(self.tr("TelValid — supervision de l'équipe"))
        self.tabs = QTabWidget(self)
        self.holds = HoldReviewPanel(
            lambda code: labels.get(code, code), lambda code: short_labels.get(code, code), self
        )
        self.workload = WorkloadPanel(self)
        self.users = UsersPanel(self)
        self.dashboard = DashboardPanel(lambda code: short_labels.get(code, code), self, save_chooser)
        self.tabs.addTab(self.holds, self.tr("En &attente"))
        self.tabs.addTab(self.workload, self.tr("&Charge de travail"))
        self.tabs.addTab(self.dashboard, self.tr("&Tableau de bord"))
        if allowed(services.user, Permission.MANAGE):
            self.tabs.addTab(self.users, self.tr("&Utilisateurs"))
        self.setCentralWidget(self.tabs)
        self._loaders: dict[QWidget, Callable[[], None]] = {
            self.holds: self._load_holds,
            self.workload: self._load_workload,
            self.users: self._load_users,
            self.dashboard: self._load_dashboard,
        }
        self._connect()
        self.resize(1200, 760)
        state.restore_window(self, {}, name="supervision")

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.holds.dossier_requested.connect(self.dossier_requested)
        self.holds.reassign_requested.connect(self._reassign)
        self.workload.dossier_requested.connect(self.dossier_requested)
        self.workload.release_requested.connect(self._release)
        self.dashboard.period_changed.connect(self.refresh)
        self.dashboard.weekly_report_requested.connect(self._write_weekly_report)
        self.users.set_requested.connect(self._set_user)
        self.users.deactivate_requested.connect(self._deactivate)
        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.activated.connect(self.refresh)
        close = QShortcut(QKeySequence("Esc"), self)
        close.activated.connect(self.close)

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the shown tab's data again (F5), off the GUI thread."""
        loader = self._loaders.get(self.tabs.currentWidget())
        if loader is not None:
            loader()

    def _read(self, fn: Callable[[], Any], show: Callable[[Any], None]) -> None:
        self.statusBar().showMessage(self.tr("Lecture…"))

        def shown(result: Any) -> None:
            self.statusBar().clearMessage()
            show(result)

        self.tasks.run(fn, on_done=shown, on_error=self._failed, executor="io")

    def _load_holds(self) -> None:
        policy = self.services.policy

        def read() -> list[HoldAging]:
            team = policy.read()  # a lead's change applies at the next reading
            return holds_now(Thresholds(team.hold_warning_after_days, team.hold_alert_after_days))

        self._read(read, self.holds.show_entries)

    def _load_workload(self) -> None:
        policy = self.services.policy
        today = date.today()

        def read() -> tuple[Any, ...]:
            hours = policy.read().old_claim_hours
            old = claims_held_over(hours)
            return technician_loads(), old, throughput(today - timedelta(days=THROUGHPUT_DAYS - 1), today), hours

        def show(result: tuple[Any, ...]) -> None:
            loads, old, (days, rows), hours = result
            self.workload.show_loads(loads)
            self.workload.show_claims(old, hours)
            self.workload.show_throughput(list(days), rows)

        self._read(read, show)

    def _load_dashboard(self) -> None:
        start, end = self.dashboard.chosen_period()

        self._read(lambda: dashboard_figures(start, end), self.dashboard.show_figures)

    def _write_weekly_report(self, monday: date, path: str) -> None:
        self.statusBar().showMessage(self.tr("Rapport en cours d'écriture…"))

        def written(pdf: Path) -> None:
            self.statusBar().showMessage(self.tr("Rapport écrit : %1").replace("%1", str(pdf)), 8000)
            self.open_file(QUrl.fromLocalFile(str(pdf)))

        self.tasks.run(lambda: write_weekly_report(monday, Path(path)), written, self._failed, executor="io")

    def _load_users(self) -> None:
        self._read(
            lambda: (self.services.users.list_users(), recent_audit()),
            lambda result: self.users.show_users(*result),
        )

    # --- changes -------------------------------------------------------------------------------

    def _change(self, change: Callable[[], Changes | object], done_text: str) -> None:
        """One service call on the db thread; a refusal is explained, the lists reload."""

        def done(result: Changes | object) -> None:
            if isinstance(result, Changes):
                self.changed.emit(result)
            self.statusBar().showMessage(done_text, 8000)
            self.refresh()

        self.tasks.run(change, on_done=done, on_error=self._failed, executor="db")

    def _failed(self, failure: BaseException) -> None:
        self.statusBar().clearMessage()
        text = error_text(failure, self.labels) if isinstance(failure, CoreError) else str(failure)
        QMessageBox.warning(self, self.windowTitle(), text)

    def _reassign(self, dossier_ids: list[int]) -> None:
        team = self.services.users.team() or sorted({entry.row.technician for entry in self.holds.model.entries})
        technician, ok = QInputDialog.getItem(
            self,
            self.windowTitle(),
            self.tr("Confier %n dossier(s) à :", "", len(dossier_ids)),
            team,
            0,
            not self.services.users.team(),  # without users defined, any name may be typed
        )
        if ok and technician:
            user = self.services.user
            self._change(
                lambda: self.services.assignment.reassign(dossier_ids, technician, user),
                self.tr("%n dossier(s) confié(s) à %1", "", len(dossier_ids)).replace("%1", technician),
            )

    def _release(self, dossier_ids: list[int]) -> None:
        user = self.services.user
        self._change(
            lambda: self.services.assignment.release_claims(dossier_ids, user),
            self.tr("%n dossier(s) libéré(s)", "", len(dossier_ids)),
        )

    def _set_user(self, login: str, role: str, name: str) -> None:
        user = self.services.user
        self._change(
            lambda: self.services.users.set_user(login, role, user, name),
            self.tr("Utilisateur %1 enregistré").replace("%1", login),
        )

    def _deactivate(self, login: str) -> None:
        question = self.tr("Retirer l'accès de %1 ? Son nom reste dans l'historique.").replace("%1", login)
        if QMessageBox.question(self, self.windowTitle(), question) == QMessageBox.StandardButton.Yes:
            user = self.services.user
            self._change(
                lambda: self.services.users.deactivate(login, user),
                self.tr("Accès de %1 retiré").replace("%1", login),
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        state.save_window(self, {}, name="supervision")
        super().closeEvent(event)
