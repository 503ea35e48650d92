"""How a window tells what its imports did: a sentence at the end of each, a badge while files
wait for a look, and the "Importations" window listing every file (menu entry and Ctrl+I).

Menu, drag and drop and the watched folder all import through the window's one
``ImportController``, so one report sees them all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from telvalid_desktop.gui.actions import add_action
from telvalid_desktop.gui.dialogs.import_summary_dialog import ImportSummaryDialog
from telvalid_desktop.gui.import_controller import ImportController, ImportSummary
from telvalid_desktop.gui.import_journal import ImportJournal
from telvalid_desktop.gui.import_text import batch_sentence
from telvalid_desktop.gui.widgets.import_badge import ImportBadge

SHORTCUT = "Ctrl+I"
MESSAGE_MS = 30_000  # the badge keeps what needs a look; the sentence may go


class ImportReport(QObject):
    """Owns the window's import journal, its badge in the status bar and its summary window."""

    def __init__(
        self,
        window: QMainWindow,
        importer: ImportController,
        *,
        open_file: Callable[[QUrl], object],
        open_dossier: Callable[[int], None] | None = None,
        show_unsorted: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.open_file = open_file
        self.journal = ImportJournal(importer, self)
        self.shortcut = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.badge = ImportBadge(self.shortcut, window)
        window.statusBar().addPermanentWidget(self.badge)
        self.dialog = ImportSummaryDialog(self.journal, window, opens_dossiers=open_dossier is not None)
        if open_dossier is not None:
            self.dialog.dossier_requested.connect(open_dossier)
        if show_unsorted is not None:
            self.dialog.unsorted_requested.connect(show_unsorted)
        self.dialog.set_aside_requested.connect(self._show_in_file_manager)
        self.badge.clicked.connect(self.show_summary)
        self.journal.changed.connect(lambda: self.badge.show_count(self.journal.waiting_count()))
        self.journal.batch_finished.connect(self._say)

    def add_to(self, menu: QMenu) -> None:
        """The menu entry (and its shortcut, wherever the focus is in the window)."""
        action = add_action(self.window, menu, self.tr("Bilan des im&portations…"), self.show_summary, SHORTCUT)
        action.setToolTip(self.tr("Ce que chaque fichier importé est devenu, et ce qui reste à voir"))

    def show_summary(self) -> None:
        self.dialog.show()
        self.dialog.show_waiting_first()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _say(self, summary: ImportSummary) -> None:
        text = self.tr("%1 — détail : %2").replace("%1", batch_sentence(summary)).replace("%2", self.shortcut)
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def _show_in_file_manager(self, path: str) -> None:
        """The folder that holds the file (opening the file itself could run a viewer on a broken file)."""
        self.open_file(QUrl.fromLocalFile(str(Path(path).parent)))
