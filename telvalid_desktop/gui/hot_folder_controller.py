"""The station's watched folder: polled off the GUI thread, ready files handed to the importer.

Looking at a folder on a network share can block for seconds, so every poll runs in the
task runner's ``io`` pool; the files found ready are imported by the session's
``ImportController`` (one batch at a time, with its progress bar and Cancel), which
archives or quarantines each one through ``HotFolder.process``. Polling pauses while
any import runs, so the hot folder's bookkeeping is never touched by two threads.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from telvalid_desktop.core.filing.hot_folder import HotFolder
from telvalid_desktop.gui.import_controller import ImportController
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.messages import message

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 1000


class HotFolderController(QObject):
    """Owns the watched folder of this workstation and its polling timer."""

    watching_changed = Signal(bool)
    waiting_changed = Signal(int)  # files in the folder not yet taken in
    poll_failed = Signal(str)  # the folder cannot be read (share gone): said, then retried

    def __init__(
        self,
        importer: ImportController,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        settle_s: float = 2.0,
        poll_interval_ms: int = POLL_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._tasks = tasks
        self._settle_s = settle_s
        self._folder: HotFolder | None = None
        self._polling = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_interval_ms)
        self._timer.timeout.connect(self.poll)
        importer.import_finished.connect(self._on_import_finished)

    def folder(self) -> HotFolder | None:
        return self._folder

    def is_watching(self) -> bool:
        return self._timer.isActive()

    def watch(self, inbox: Path, archive: Path | None = None, quarantine: Path | None = None) -> None:
        """Start watching ``inbox``; files already waiting are taken at the first poll."""
        self._folder = HotFolder.beside(
            inbox,
            self._importer.ingest_service(),
            archive=archive,
            quarantine=quarantine,
            settle_s=self._settle_s,
            explain=message,
        )
        self._timer.start()
        self.watching_changed.emit(True)
        self.poll()

    def stop(self) -> None:
        self._timer.stop()
        self.watching_changed.emit(False)

    def poll(self) -> None:
        """Look for complete files, unless a poll or an import is already under way."""
        folder = self._folder
        if folder is None or self._polling or self._importer.is_running():
            return
        self._polling = True
        self._tasks.run(
            lambda: (folder.ready_files(), folder.seen_count()),
            on_done=self._on_polled,
            on_error=self._on_poll_failed,
            executor="io",
        )

    def _on_polled(self, found: tuple[list[Path], int]) -> None:
        self._polling = False
        ready, waiting = found
        self.waiting_changed.emit(waiting)
        if ready and self.is_watching() and self._folder is not None:
            self._importer.process_hot_files(self._folder, ready)

    def _on_poll_failed(self, failure: BaseException) -> None:
        self._polling = False
        log.warning("hot folder poll failed: %s", failure)
        self.poll_failed.emit(str(failure))

    def _on_import_finished(self, _summary: object) -> None:
        if self.is_watching():
            self.poll()  # a scanner may have dropped more meanwhile
