"""Opening the workspace when its database is a server that may not answer (yet).

The first try is made at once; if the server does not answer, this dialog says so in
words, counts down and tries again by itself (off the GUI thread: a connection attempt
can take its whole timeout), until it works or the user quits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.database import DatabaseUnavailable, DatabaseUrlError, redacted
from telvalid_desktop.db.migrations import SchemaTooNew

RETRY_S = 5

Opener = Callable[[], Workspace]


def unavailable_text(failure: DatabaseUnavailable) -> str:
    return (
        QCoreApplication.translate("ConnectDialog", "La base de données ne répond pas (%1) :\n%2")
        .replace("%1", failure.url)
        .replace("%2", failure.detail)
    )


def too_new_text(failure: SchemaTooNew) -> str:
    return (
        QCoreApplication.translate(
            "ConnectDialog",
            "La base a été mise à jour par une version plus récente de TelValid (schéma %1 ; cette version "
            "connaît le schéma %2).\nInstallez la dernière version sur ce poste avant de travailler.",
        )
        .replace("%1", str(failure.found))
        .replace("%2", str(failure.supported))
    )


class ConnectDialog(QDialog):
    """Owns the retries; ``workspace`` is set once the database answered."""

    _attempt_done = Signal(object)  # a Workspace, or the exception raised

    def __init__(self, opener: Opener, first_failure: Exception, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("TelValid — connexion à la base"))
        self.opener = opener
        self.workspace: Workspace | None = None
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.countdown = QLabel(self)
        self.retry_now = QPushButton(self.tr("Réessayer maintenant"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.retry_now, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Quitter"))
        buttons.rejected.connect(self.reject)
        self.retry_now.clicked.connect(self.attempt)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.countdown)
        layout.addWidget(buttons)
        self._left = 0
        self._trying = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._attempt_done.connect(self._on_attempt_done)
        self.resize(560, 180)
        self._show_failure(first_failure)

    def attempt(self) -> None:
        """One connection attempt in a thread of its own; the answer comes back as a signal."""
        if self._trying:
            return
        self._trying = True
        self._timer.stop()
        self.retry_now.setEnabled(False)
        self.countdown.setText(self.tr("Connexion en cours…"))
        threading.Thread(target=self._open_in_thread, name="telvalid-connect", daemon=True).start()

    def _open_in_thread(self) -> None:
        try:
            opened = self.opener()
            opened.database.close()  # this thread's connection; the window's thread opens its own
        except (DatabaseUnavailable, SchemaTooNew) as failure:
            self._attempt_done.emit(failure)
            return
        self._attempt_done.emit(opened)

    def _on_attempt_done(self, result: object) -> None:
        self._trying = False
        if isinstance(result, Workspace):
            self.workspace = result
            self.accept()
            return
        assert isinstance(result, Exception)
        self._show_failure(result)

    def _show_failure(self, failure: Exception) -> None:
        if isinstance(failure, SchemaTooNew):  # no retry can help: a newer version must be installed
            self.reason.setText(too_new_text(failure))
            self.countdown.clear()
            self.retry_now.hide()
            return
        assert isinstance(failure, DatabaseUnavailable)
        self.reason.setText(unavailable_text(failure))
        self.retry_now.setEnabled(True)
        self._left = RETRY_S
        self._show_countdown()
        self._timer.start()

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.attempt()
        else:
            self._show_countdown()

    def _show_countdown(self) -> None:
        self.countdown.setText(self.tr("Nouvel essai dans %1 s…").replace("%1", str(self._left)))


def open_or_wait(opener: Opener) -> Workspace | None:
    """The workspace, at once if its database answers, else after the dialog's retries; None: the user quit."""
    try:
        return opener()
    except DatabaseUrlError as unknown:  # a setting to correct, not a server to wait for
        text = QCoreApplication.translate(
            "ConnectDialog",
            "Adresse de base de données non reconnue : %1\n(attendu : postgresql://utilisateur@serveur/base)",
        ).replace("%1", redacted(str(unknown)))
        QMessageBox.critical(None, "TelValid", text)
        return None
    except (DatabaseUnavailable, SchemaTooNew) as failure:
        dialog = ConnectDialog(opener, failure)
        dialog.exec()
        return dialog.workspace
