"""What this window's imports did, file by file, and which outcomes the user has not acknowledged yet.

The importer reports each file as it is done (``FileOutcome``, read from the database on the
import thread); the journal keeps them for the summary, so nothing here reads the database.
A duplicate, a rejected file, a file with pages left unsorted and a file the intake failed on
need a person: they stay "waiting" until acknowledged. The journal lives as long as the
window (one session): the log, the quarantine and the unsorted queue keep the lasting record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from telvalid_desktop.core.filing.outcomes import FileOutcome, SubmissionOutcome
from telvalid_desktop.domain import ImportStatus
from telvalid_desktop.gui.import_controller import ImportController, ImportSummary

MAX_SETTLED_ENTRIES = 500  # a station's watched folder all day: older acknowledged files leave the list


class EntryKind(StrEnum):
    """What became of a file, as the summary sorts it."""

    IMPORTED = "imported"  # every page filed under a procedure number
    UNSORTED = "unsorted"  # imported, some pages wait in the unsorted queue
    DUPLICATE = "duplicate"  # the same bytes were imported before: nothing changed
    REJECTED = "rejected"  # unreadable: copied to the quarantine with a note
    FAILED = "failed"  # the intake stopped on it (a bug, the database gone): not taken in


def utc_now() -> datetime:
    """Naive UTC, as the database keeps times."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class ImportEntry:
    """One file of an import, as the summary lists it."""

    number: int  # order of arrival in this session: what acknowledgements refer to
    file: str
    finished_at: datetime  # naive UTC
    outcome: FileOutcome | None = None  # None: the intake failed on the file
    failure: str = ""  # the technical message of that failure (or of a whole batch that stopped)
    acknowledged: bool = False

    @property
    def kind(self) -> EntryKind:
        if self.outcome is None:
            return EntryKind.FAILED
        if self.outcome.status == ImportStatus.REJECTED:
            return EntryKind.REJECTED
        if self.outcome.status == ImportStatus.DUPLICATE:
            return EntryKind.DUPLICATE
        return EntryKind.UNSORTED if self.unsorted_pages else EntryKind.IMPORTED

    @property
    def submissions(self) -> list[SubmissionOutcome]:
        return self.outcome.submissions if self.outcome is not None else []

    @property
    def dossiers(self) -> list[tuple[int, str]]:
        """(dossier id, procedure number) of the dossiers the file's envelopes went to, in page order."""
        seen: dict[int, str] = {}
        for submission in self.submissions:
            if submission.dossier_id is not None and submission.procedure_number:
                seen.setdefault(submission.dossier_id, submission.procedure_number)
        return list(seen.items())

    @property
    def unsorted_pages(self) -> list[int]:
        """Pages (1-based) left for a person in the unsorted queue."""
        return [page for submission in self.submissions if submission.dossier_id is None for page in submission.pages]

    @property
    def set_aside_at(self) -> str | None:
        """Where a rejected file can be found: the watched folder's quarantine, else the workspace's copy."""
        if self.outcome is None or self.kind is not EntryKind.REJECTED:
            return None
        return self.outcome.moved_to or self.outcome.quarantine_path

    @property
    def waiting(self) -> bool:
        """Needs a person and nobody said "seen" yet."""
        return self.kind is not EntryKind.IMPORTED and not self.acknowledged


class ImportJournal(QObject):
    """Owns the entries of this window's imports, newest first, and their acknowledgements."""

    changed = Signal()  # an entry came or was acknowledged
    batch_finished = Signal(object)  # ImportSummary, once the batch's entries are in

    def __init__(
        self, importer: ImportController, parent: QObject | None = None, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._entries: list[ImportEntry] = []
        self._next_number = 1
        importer.file_imported.connect(self._on_file_done)
        importer.file_failed.connect(self._on_file_failed)
        importer.import_finished.connect(self._on_import_finished)

    def entries(self) -> list[ImportEntry]:
        return list(self._entries)

    def waiting_count(self) -> int:
        return sum(entry.waiting for entry in self._entries)

    def acknowledge(self, numbers: Iterable[int]) -> None:
        """The user has seen these entries: they leave the count of what waits."""
        chosen = set(numbers)
        updated = [
            replace(entry, acknowledged=True) if entry.number in chosen and entry.waiting else entry
            for entry in self._entries
        ]
        if updated != self._entries:
            self._entries = updated
            self.changed.emit()

    def _add(self, file: str, outcome: FileOutcome | None = None, failure: str = "") -> None:
        entry = ImportEntry(self._next_number, file, self._clock(), outcome, failure)
        self._next_number += 1
        self._entries.insert(0, entry)
        self._forget_settled()
        self.changed.emit()

    def _forget_settled(self) -> None:
        """Past the limit, the oldest entries nobody waits for go; a waiting one always stays."""
        settled = [entry for entry in self._entries if not entry.waiting]
        if len(settled) > MAX_SETTLED_ENTRIES:
            dropped = {entry.number for entry in settled[MAX_SETTLED_ENTRIES:]}
            self._entries = [entry for entry in self._entries if entry.number not in dropped]

    def _on_file_done(self, outcome: FileOutcome) -> None:
        self._add(outcome.file, outcome)

    def _on_file_failed(self, path: str, failure: str) -> None:
        self._add(path, failure=failure)

    def _on_import_finished(self, summary: ImportSummary) -> None:
        if summary.error:  # the batch stopped before its files (a folder that cannot be listed…)
            self._add("", failure=summary.error)
        self.batch_finished.emit(summary)
