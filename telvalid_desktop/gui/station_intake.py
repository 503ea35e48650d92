"""How scans reach the mailroom station: the watched folder, the team's mailbox, files chosen by hand,
separator sheets to print."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QWidget

from telvalid_desktop.config import Settings, save_settings, settings_path
from telvalid_desktop.core.filing.imap_mailbox import MailboxAccount
from telvalid_desktop.gui.hot_folder_controller import HotFolderController
from telvalid_desktop.gui.import_controller import ImportController
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.intake.separator import separator_sheet_pdf

FolderChooser = Callable[[QWidget], str]
SaveChooser = Callable[[QWidget, str], str]
SEPARATOR_SHEETS_DEFAULT = 20


def choose_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("StationIntake", "Dossier où le scanner dépose les fichiers")
    )


def choose_save_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("StationIntake", "Enregistrer les intercalaires"), suggested, "PDF (*.pdf)"
    )
    return path


class StationIntake(QObject):
    """Owns the watched folder (remembered in the settings), its status line, the mailbox's fetching
    (at the settings' interval, or asked for) and separator printing."""

    message = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        importer: ImportController,
        tasks: TaskRunner,
        settings: Settings,
        parent: QWidget,
        *,
        folder_chooser: FolderChooser = choose_folder,
        save_chooser: SaveChooser = choose_save_path,
        open_file: Callable[[QUrl], object] = QDesktopServices.openUrl,
        settle_s: float = 2.0,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self.settings = settings
        self.folder_chooser = folder_chooser
        self.save_chooser = save_chooser
        self.open_file = open_file
        self.hot_folder = HotFolderController(importer, tasks, self, settle_s=settle_s)
        self._importer = importer
        self._mail_timer = QTimer(self)
        self._mail_timer.timeout.connect(self.fetch_mail)
        self._mail_after_import = False  # asked while a batch ran: fetched once it ends
        importer.import_finished.connect(self._on_import_finished)
        self.status = QLabel(parent)
        self.status.setStyleSheet("padding: 0 8px;")
        self.hot_folder.waiting_changed.connect(self._show_status)
        self.hot_folder.watching_changed.connect(lambda _on: self._show_status(0))
        self.hot_folder.poll_failed.connect(self._on_poll_failed)
        self._show_status(0)

    def start(self) -> None:
        """Watch the folder of the settings, if there is one (files already waiting are taken first), and
        fetch the mailbox of the settings, if there is one: now (what came overnight), then at its interval."""
        if self.settings.hot_folder:
            self.watch(Path(self.settings.hot_folder))
        if MailboxAccount.from_settings(self.settings) is not None:
            self._mail_timer.start(self.settings.mail_interval_minutes * 60_000)
            self.fetch_mail()

    def fetch_mail(self) -> None:
        """Take in the mailbox's new messages now (through the importer, off the GUI thread)."""
        account = MailboxAccount.from_settings(self.settings)
        if account is None:
            self.message.emit(
                self.tr("Aucune boîte aux lettres réglée : renseignez-la dans les réglages (Boîte aux lettres).")
            )
            return
        self._mail_after_import = not self._importer.fetch_mail(account)
        if self._mail_after_import:
            self.message.emit(self.tr("Un import est en cours : le courriel sera relevé juste après."))
        else:
            self.message.emit(self.tr("Relève du courriel de %1…").replace("%1", account.name))

    def _on_import_finished(self, _summary: object) -> None:
        if self._mail_after_import:
            self.fetch_mail()

    def choose_watched_folder(self) -> None:
        chosen = self.folder_chooser(self._parent)
        if chosen:
            self.settings = replace(self.settings, hot_folder=chosen)
            save_settings(self.settings, settings_path())
            self.watch(Path(chosen))

    def watch(self, inbox: Path) -> None:
        archive = Path(self.settings.hot_folder_archive) if self.settings.hot_folder_archive else None
        quarantine = Path(self.settings.hot_folder_quarantine) if self.settings.hot_folder_quarantine else None
        self.hot_folder.watch(inbox, archive, quarantine)

    def stop(self) -> None:
        self.hot_folder.stop()

    def close(self) -> None:
        """The window closes: no more watching, no more fetching."""
        self.hot_folder.stop()
        self._mail_timer.stop()

    def _show_status(self, waiting: int) -> None:
        folder = self.hot_folder.folder()
        if folder is None or not self.hot_folder.is_watching():
            self.status.setText(self.tr("○ Aucun dossier surveillé"))
            return
        text = self.tr("● Surveillance : %1").replace("%1", str(folder.inbox))
        if waiting:
            text += " — " + self.tr("%n fichier(s) en attente", "", waiting)
        self.status.setText(text)
        self.status.setToolTip(
            self.tr("Traités : %1\nRefusés : %2")
            .replace("%1", str(folder.archive))
            .replace("%2", str(folder.quarantine))
        )

    def _on_poll_failed(self, detail: str) -> None:
        self.status.setText(self.tr("⚠ Dossier surveillé inaccessible, nouvel essai en cours…"))
        self.status.setToolTip(detail)

    def print_separator_sheets(self) -> None:
        """A PDF of N separator sheets, opened in the system viewer to print."""
        count, ok = QInputDialog.getInt(
            self._parent,
            self._parent.windowTitle(),
            self.tr("Nombre d'intercalaires à imprimer :"),
            SEPARATOR_SHEETS_DEFAULT,
            1,
            500,
        )
        if not ok:
            return
        target = self.save_chooser(self._parent, str(Path.home() / f"intercalaires-{count}.pdf"))
        if not target:
            return

        def write() -> Path:
            path = Path(target)
            path.write_bytes(separator_sheet_pdf(count))
            return path

        def written(path: Path) -> None:
            self.message.emit(
                self.tr("%1 intercalaires enregistrés dans %2").replace("%1", str(count)).replace("%2", str(path))
            )
            self.open_file(QUrl.fromLocalFile(str(path)))

        def failed(failure: BaseException) -> None:
            self.message.emit(self.tr("Enregistrement impossible : %1").replace("%1", str(failure)))

        self._tasks.run(write, on_done=written, on_error=failed, executor="io")
