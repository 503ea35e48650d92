"""The settings dialog's "test the connection" button for a PostgreSQL address, and its answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from telvalid_desktop.db.database import DatabaseUnavailable, DatabaseUrlError, is_postgres, parse_url, server_version
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.gui.widgets.checked_field import PROBLEM_COLOUR

SUCCESS_COLOUR = "#2e7d32"

Probe = Callable[[str], str]  # address -> the server's version; raises DatabaseUnavailable


class ConnectionTest(QWidget):
    """Owns one attempt at a time; it runs in a worker (a server that does not answer takes
    ``CONNECT_TIMEOUT_S``), and an answer about an address edited since is dropped."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None, *, probe: Probe = server_version) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._probe = probe
        self._url = ""
        self.button = QPushButton(self.tr("&Tester la connexion"), self)
        self.button.setToolTip(
            self.tr("Essaie de se connecter au serveur (5 s au plus), sans rien changer à la base ni aux réglages.")
        )
        self.button.clicked.connect(self.test)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.result, 1)
        self.set_url("")

    def set_url(self, url: str) -> None:
        """The address typed: the button only works for a well-formed PostgreSQL one."""
        self._url = url
        self.result.clear()
        self.button.setEnabled(self._testable(url))

    @staticmethod
    def _testable(url: str) -> bool:
        if not is_postgres(url):
            return False
        try:
            parse_url(url)
        except DatabaseUrlError:
            return False
        return True

    def test(self) -> None:
        url = self._url
        if not self._testable(url):
            return
        self.button.setEnabled(False)
        self._say(self.tr("Connexion en cours…"), "")
        self._tasks.run(
            lambda: self._probe(url),
            lambda version: self._on_answer(url, version, None),
            lambda failure: self._on_answer(url, "", failure),
            executor="io",
        )

    def _on_answer(self, url: str, version: str, failure: BaseException | None) -> None:
        if url != self._url:
            return  # the address changed meanwhile: this answer is about another one
        self.button.setEnabled(True)
        if failure is None:
            self._say(self.tr("Connexion réussie (PostgreSQL %1).").replace("%1", version), SUCCESS_COLOUR)
        elif isinstance(failure, DatabaseUnavailable):
            self._say(self.tr("Échec de la connexion : %1").replace("%1", failure.detail), PROBLEM_COLOUR)
        else:  # the server answered, then failed (a query refused): its words
            self._say(self.tr("Échec de la connexion : %1").replace("%1", str(failure)), PROBLEM_COLOUR)

    def _say(self, text: str, colour: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {colour};" if colour else "")
