"""Imports files and folders in the background and reports each file as it is done.

The intake itself is ``core.ingest.IngestService`` (the CLI runs the same). This class
runs it off the GUI thread, one file after another, turns its progress callback into
signals and owns the one pool of page workers of the session, started at the first
import and stopped by ``shutdown()`` (starting worker processes costs seconds).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from telvalid_desktop.core.administration.services import Services, intake_service
from telvalid_desktop.core.filing.hot_folder import HotFolder
from telvalid_desktop.core.filing.imap_mailbox import MailboxAccount, MailboxError
from telvalid_desktop.core.filing.ingest import IngestService, ProgressCallback, expand_inputs
from telvalid_desktop.core.filing.mail_fetch import MailFetch, incoming_folder
from telvalid_desktop.core.filing.mail_password import load_password
from telvalid_desktop.core.filing.outcomes import FileOutcome
from telvalid_desktop.domain import Channel, ImportStatus
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.messages import message

log = logging.getLogger(__name__)

# How one file is taken in: its path, a progress callback and the cancel flag -> its outcome.
FileAction = Callable[[Path, ProgressCallback, threading.Event], FileOutcome | None]


@dataclass(frozen=True)
class ImportSummary:
    """What one batch did, so views refresh only the dossiers it touched."""

    total_files: int
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    failed: int = 0
    cancelled: bool = False
    dossier_ids: frozenset[int] = frozenset()
    unsorted_submissions: int = 0
    unsorted_pages: int = 0  # pages of the files imported that wait in the unsorted queue
    error: str = ""


@dataclass
class _Tally:
    """Running counts of the batch, kept on the worker thread."""

    total_files: int = 0
    by_status: dict[ImportStatus, int] = field(default_factory=dict)
    failed: int = 0
    dossier_ids: set[int] = field(default_factory=set)
    unsorted: int = 0
    unsorted_pages: int = 0

    def add(self, outcome: FileOutcome) -> None:
        self.by_status[outcome.status] = self.by_status.get(outcome.status, 0) + 1
        if outcome.status == ImportStatus.IMPORTED:
            for submission in outcome.submissions:
                if submission.dossier_id is None:
                    self.unsorted += 1
                    self.unsorted_pages += len(submission.pages)
                else:
                    self.dossier_ids.add(submission.dossier_id)

    def summary(self, cancelled: bool) -> ImportSummary:
        return ImportSummary(
            total_files=self.total_files,
            imported=self.by_status.get(ImportStatus.IMPORTED, 0),
            duplicates=self.by_status.get(ImportStatus.DUPLICATE, 0),
            rejected=self.by_status.get(ImportStatus.REJECTED, 0),
            failed=self.failed,
            cancelled=cancelled,
            dossier_ids=frozenset(self.dossier_ids),
            unsorted_submissions=self.unsorted,
            unsorted_pages=self.unsorted_pages,
        )


class ImportController(QObject):
    """Owns the running batch (at most one), its cancel flag and the session's page workers.

    Signals are emitted on the GUI thread, in this order: ``import_started``, then
    ``progress_changed`` and one ``file_imported`` or ``file_failed`` per file, then
    ``import_finished``.
    """

    import_started = Signal(int)  # number of files
    progress_changed = Signal(int, int, str)  # pages done in the current file, its pages, its name
    file_imported = Signal(object)  # FileOutcome (imported, duplicate or rejected)
    file_failed = Signal(str, str)  # path, technical message (the batch goes on)
    import_finished = Signal(object)  # ImportSummary

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        workers_factory: Callable[[], PageWorkers] = PageWorkers,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._workers_factory = workers_factory
        self._service: IngestService | None = None
        self._workers_lock = threading.Lock()
        self._cancel = threading.Event()
        self._future: Future[None] | None = None

    def is_running(self) -> bool:
        return self._future is not None

    def import_paths(self, paths: Iterable[Path | str], channel: Channel = Channel.POST) -> bool:
        """Start importing ``paths`` (files or folders); ``False`` if a batch is already running."""

        def ingest(path: Path, progress: ProgressCallback, cancel: threading.Event) -> FileOutcome | None:
            return self.ingest_service().ingest(path, channel=channel, progress=progress, cancel=cancel)

        return self._start([Path(path) for path in paths], ingest)

    def process_hot_files(self, folder: HotFolder, paths: Iterable[Path]) -> bool:
        """Take in files the hot folder found ready, archiving or quarantining each one."""

        def process(path: Path, progress: ProgressCallback, cancel: threading.Event) -> FileOutcome | None:
            return folder.process(path, cancel, progress)

        return self._start(list(paths), process)

    def fetch_mail(self, account: MailboxAccount) -> bool:
        """Take in the new messages of the team's mailbox, each moved on the server once committed;
        ``False`` if a batch is already running."""
        return self._launch(partial(self._run_mail, account))

    def _start(self, paths: list[Path], action: FileAction) -> bool:
        return self._launch(partial(self._run_batch, paths, action))

    def _launch(self, batch: Callable[[threading.Event], ImportSummary]) -> bool:
        if self._future is not None:
            return False
        self._cancel = threading.Event()
        self._future = self._tasks.run(
            partial(batch, self._cancel),
            on_done=self._on_batch_done,
            on_error=self._on_batch_failed,
            executor="io",
        )
        return True

    def cancel(self) -> None:
        """Stop after the page being read; the file in progress leaves nothing behind."""
        self._cancel.set()

    def shutdown(self) -> None:
        """Cancel, wait for the batch to stop, and stop the page workers (window closing)."""
        self.cancel()
        if self._future is not None:
            self._future.result()
        with self._workers_lock:
            if self._service is not None:
                self._service.workers.close()
                self._service = None

    # worker thread

    def ingest_service(self) -> IngestService:
        """The session's intake (page worker processes start at its first page, not here)."""
        with self._workers_lock:
            if self._service is None:
                self._service = intake_service(self._services, self._workers_factory())
            return self._service

    def _run_batch(self, paths: list[Path], action: FileAction, cancel: threading.Event) -> ImportSummary:
        tally = _Tally()
        try:
            files = list(expand_inputs(paths))
            tally.total_files = len(files)
            self._tasks.post(partial(self.import_started.emit, len(files)))
            for path in files:
                if cancel.is_set():
                    break
                outcome = self._import_one(path, action, cancel, tally)
                if outcome is None and cancel.is_set():
                    break
        finally:
            self._services.workspace.database.close()  # this thread's connection; the thread may not be reused
        return tally.summary(cancelled=cancel.is_set())

    def _run_mail(self, account: MailboxAccount, cancel: threading.Event) -> ImportSummary:
        """The mailbox's messages as a batch; a server that cannot be read ends it with a sentence."""
        tally = _Tally()

        def found(count: int) -> None:
            tally.total_files = count
            self._tasks.post(partial(self.import_started.emit, count))

        def failed(path: str, failure: Exception) -> None:  # left in the mailbox for the next fetch
            tally.failed += 1
            self._tasks.post(partial(self.file_failed.emit, path, str(failure)))

        try:
            password = load_password(account.name)
            if password is None:
                return replace(tally.summary(False), error=message("mailbox_no_password").format(account=account.name))
            incoming = incoming_folder(self._services.workspace.root, account)
            fetch = MailFetch(account, password, self.ingest_service(), incoming)
            for outcome in fetch.run_once(cancel, self._progress, on_found=found, on_failure=failed):
                tally.add(outcome)
                self._tasks.post(partial(self.file_imported.emit, outcome))
        except MailboxError as failure:
            return replace(tally.summary(cancel.is_set()), error=message(failure.code).format(detail=failure.detail))
        finally:
            self._services.workspace.database.close()
        return tally.summary(cancelled=cancel.is_set())

    def _progress(self, done: int, total: int, name: str) -> None:
        self._tasks.post(partial(self.progress_changed.emit, done, total, name))

    def _import_one(self, path: Path, action: FileAction, cancel: threading.Event, tally: _Tally) -> FileOutcome | None:
        try:
            outcome = action(path, self._progress, cancel)
        except Exception as failure:  # a bug or a lost database must not stop the batch
            log.exception("import of %s failed", path)
            tally.failed += 1
            self._tasks.post(partial(self.file_failed.emit, str(path), str(failure)))
            return None
        if outcome is not None:
            tally.add(outcome)
            self._tasks.post(partial(self.file_imported.emit, outcome))
        return outcome

    # GUI thread

    def _on_batch_done(self, summary: ImportSummary) -> None:
        self._future = None
        self.import_finished.emit(summary)

    def _on_batch_failed(self, failure: BaseException) -> None:
        log.error("import batch failed", exc_info=failure)
        self._future = None
        self.import_finished.emit(ImportSummary(total_files=0, failed=1, error=str(failure)))
