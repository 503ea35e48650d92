"""Scan-to-folder intake: take files from a watched folder once they are complete.

A network scanner writes a file over seconds; the folder may be a share where change
notifications do not work, so the folder is polled. A file is taken only when its size
and modification time have not changed for ``settle_s`` seconds and it can be opened.
Each processed file is moved to ``archive/<date>/`` and each rejected one to
``quarantine/<date>/`` with a note saying why; nothing is deleted. Importing is
idempotent (same bytes = duplicate), so a run interrupted at any point simply finishes
on the next start: a file imported but not yet moved comes back as a duplicate and is
archived then.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from telvalid_desktop.core.domain import ImportStatus
from telvalid_desktop.core.ingest import IngestService, expand_inputs
from telvalid_desktop.core.outcomes import FileOutcome

log = logging.getLogger(__name__)

TEMPORARY_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial")


@dataclass(frozen=True)
class Signature:
    """What must stay still for a file to count as completely written."""

    size: int
    mtime_ns: int


@dataclass
class HotFolder:
    """Owns the watched folder's bookkeeping: what was seen, since when, unchanged."""

    inbox: Path
    archive: Path
    quarantine: Path
    service: IngestService
    settle_s: float = 2.0
    explain: Callable[[str], str] = str  # reject code -> the sentence written beside a quarantined file
    clock: Callable[[], float] = time.monotonic
    _seen: dict[Path, tuple[Signature, float]] = field(default_factory=dict)

    def waiting_files(self) -> Iterator[Path]:
        """Files in the inbox (and its subfolders), temporary and hidden ones left out."""
        if not self.inbox.is_dir():
            return
        for path in expand_inputs([self.inbox]):
            if not path.name.lower().endswith(TEMPORARY_SUFFIXES):
                yield path

    def ready_files(self) -> list[Path]:
        """Files unchanged for ``settle_s`` seconds and readable; the others are watched on."""
        now = self.clock()
        ready = []
        present = set()
        for path in self.waiting_files():
            present.add(path)
            try:
                stat = path.stat()
            except OSError:
                continue
            signature = Signature(stat.st_size, stat.st_mtime_ns)
            previous = self._seen.get(path)
            if previous is None or previous[0] != signature:
                self._seen[path] = (signature, now)
                continue
            if now - previous[1] >= self.settle_s and _can_open(path):
                ready.append(path)
        for gone in set(self._seen) - present:
            del self._seen[gone]
        return ready

    def process(self, path: Path, cancel: threading.Event | None = None) -> FileOutcome | None:
        """Import one ready file and move it out of the inbox."""
        outcome = self.service.ingest(path, cancel=cancel)
        if outcome is None:  # cancelled: it stays in the inbox for the next run
            return None
        target_root = self.quarantine if outcome.status == ImportStatus.REJECTED else self.archive
        target = _free_name(target_root / datetime.now().strftime("%Y-%m-%d") / path.relative_to(self.inbox))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(path), target)
        if outcome.status == ImportStatus.REJECTED:
            note = f"{path}\n{self.explain(outcome.error_code or '')}\n({outcome.error_code})\n"
            target.with_name(target.name + ".txt").write_text(note, encoding="utf-8")
        self._seen.pop(path, None)
        log.info("hot folder: %s %s -> %s", outcome.status.value, path, target)
        return outcome

    def run_once(self, cancel: threading.Event | None = None, max_wait_s: float = 600.0) -> list[FileOutcome]:
        """Process what is waiting now; wait for files still being written, ``max_wait_s`` at most."""
        outcomes: list[FileOutcome] = []
        started = self.clock()
        while not (cancel is not None and cancel.is_set()):
            outcomes.extend(self._process_ready(cancel))
            if next(self.waiting_files(), None) is None or self.clock() - started > max_wait_s:
                break
            time.sleep(self._poll_interval())
        return outcomes

    def run_forever(self, stop: threading.Event, on_outcome: Callable[[FileOutcome], None]) -> None:
        """Watch until ``stop`` is set (a mailroom PC left running, or a service)."""
        while not stop.is_set():
            for outcome in self._process_ready(stop):
                on_outcome(outcome)
            stop.wait(self._poll_interval())

    def _process_ready(self, cancel: threading.Event | None) -> Iterator[FileOutcome]:
        for path in self.ready_files():
            if cancel is not None and cancel.is_set():
                return
            outcome = self.process(path, cancel)
            if outcome is not None:
                yield outcome

    def _poll_interval(self) -> float:
        """Shares give no change events: poll, a few times per settle period."""
        return min(1.0, max(self.settle_s / 4, 0.05))

def _can_open(path: Path) -> bool:
    """A scanner still holding the file open for writing may refuse readers (Windows shares)."""
    try:
        with path.open("rb") as stream:
            stream.read(1)
    except OSError:
        return False
    return True


def _free_name(target: Path) -> Path:
    """``target``, or ``name (2).ext`` … when a file of that name was already archived today."""
    candidate, number = target, 2
    while candidate.exists():
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        number += 1
    return candidate
