"""Scan-to-folder intake: take files from a watched folder once they are complete.

A network scanner writes a file over seconds; the folder may be a share where change
notifications do not work, so the folder is polled. A file is taken only when its size
and modification time have not changed for ``settle_s`` seconds and it can be opened.
Each processed file is moved to ``archive/<date>/`` and each rejected one to
``quarantine/<date>/`` with a note saying why; nothing is deleted. Importing is
idempotent (same bytes = duplicate), so a run interrupted at any point simply finishes
on the next start: a file imported but not yet moved comes back as a duplicate and is
archived then, unless the archive already holds its very bytes (a move to another disk
stopped between the copy and the removal), so no scan is archived twice.
"""

from __future__ import annotations

import filecmp
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from telvalid_desktop.core.filing.ingest import IngestService, ProgressCallback, expand_inputs
from telvalid_desktop.core.filing.outcomes import FileOutcome
from telvalid_desktop.domain import Channel, ImportStatus

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
    channel: Channel = Channel.POST  # how what lands here reached us (a fax server's folder: fax)
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

    @classmethod
    def beside(
        cls,
        inbox: Path,
        service: IngestService,
        *,
        archive: Path | None = None,
        quarantine: Path | None = None,
        settle_s: float = 2.0,
        explain: Callable[[str], str] = str,
        channel: Channel = Channel.POST,
    ) -> HotFolder:
        """The hot folder of ``inbox``; by default its archive and quarantine sit beside it
        (``FOLDER-archive``, ``FOLDER-quarantine``), on the same share, never inside it."""
        return cls(
            inbox=inbox,
            archive=archive if archive is not None else folder_beside(inbox, "archive"),
            quarantine=quarantine if quarantine is not None else folder_beside(inbox, "quarantine"),
            service=service,
            settle_s=settle_s,
            explain=explain,
            channel=channel,
        )

    def seen_count(self) -> int:
        """Files found in the inbox by the last ``ready_files`` (those still being written included):
        counted from that walk, not by walking a network share a second time."""
        return len(self._seen)

    def process(
        self, path: Path, cancel: threading.Event | None = None, progress: ProgressCallback | None = None
    ) -> FileOutcome | None:
        """Import one ready file and move it out of the inbox."""
        outcome = self.service.ingest(path, channel=self.channel, progress=progress, cancel=cancel)
        if outcome is None:  # cancelled: it stays in the inbox for the next run
            return None
        self._seen.pop(path, None)
        if not path.exists():  # taken away by someone meanwhile: nothing left to move
            return outcome
        rejected = outcome.status == ImportStatus.REJECTED
        folder = (self.quarantine if rejected else self.archive) / datetime.now().strftime("%Y-%m-%d")
        target = _free_name(folder / path.relative_to(self.inbox), path)
        if target is None:  # a run stopped between copying it there and removing it here
            path.unlink()
            log.info("hot folder: %s %s was already archived", outcome.status.value, path)
            return outcome
        target.parent.mkdir(parents=True, exist_ok=True)
        if rejected:  # the note first: a file in quarantine always says why
            note = f"{path}\n{self.explain(outcome.error_code or '')}\n({outcome.error_code})\n"
            target.with_name(target.name + ".txt").write_text(note, encoding="utf-8")
        _move(path, target)
        log.info("hot folder: %s %s -> %s", outcome.status.value, path, target)
        return replace(outcome, moved_to=str(target))

    def run_once(
        self,
        cancel: threading.Event | None = None,
        max_wait_s: float = 600.0,
        progress: ProgressCallback | None = None,
    ) -> Iterator[FileOutcome]:
        """Process what is waiting now; wait for files still being written, ``max_wait_s`` at most.

        Each outcome comes out as soon as its file is moved, so ``watch --once --json``
        reports file by file and a run killed midway has said what it finished.
        ``progress`` hears of every page read (a bar, or a benchmark sampling memory).
        """
        started = self.clock()
        while not (cancel is not None and cancel.is_set()):
            yield from self._process_ready(cancel, progress)
            if next(self.waiting_files(), None) is None or self.clock() - started > max_wait_s:
                break
            time.sleep(self._poll_interval())

    def run_forever(self, stop: threading.Event, on_outcome: Callable[[FileOutcome], None]) -> None:
        """Watch until ``stop`` is set (a mailroom PC left running, or a service)."""
        while not stop.is_set():
            for outcome in self._process_ready(stop):
                on_outcome(outcome)
            stop.wait(self._poll_interval())

    def _process_ready(
        self, cancel: threading.Event | None, progress: ProgressCallback | None = None
    ) -> Iterator[FileOutcome]:
        for path in self.ready_files():
            if cancel is not None and cancel.is_set():
                return
            outcome = self.process(path, cancel, progress)
            if outcome is not None:
                yield outcome

    def _poll_interval(self) -> float:
        """Shares give no change events: poll, a few times per settle period."""
        return min(1.0, max(self.settle_s / 4, 0.05))


def folder_beside(inbox: Path, kind: str) -> Path:
    """The default ``archive`` or ``quarantine`` of ``inbox``: ``FOLDER-kind`` beside it (the settings check it too)."""
    return inbox.parent / f"{inbox.name}-{kind}"


def _can_open(path: Path) -> bool:
    """A scanner still holding the file open for writing may refuse readers (Windows shares)."""
    try:
        with path.open("rb") as stream:
            stream.read(1)
    except OSError:
        return False
    return True


def _free_name(target: Path, source: Path) -> Path | None:
    """``target``, or ``name (2).ext`` … when another file of that name was archived today.

    None when one of them already holds the very bytes of ``source``: it was copied there
    by a run stopped before removing it from the inbox, and must not be archived twice.
    """
    candidate, number = target, 2
    while candidate.exists():
        if filecmp.cmp(candidate, source, shallow=False):
            return None
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        number += 1
    return candidate


def _move(source: Path, target: Path) -> None:
    """Rename; to another disk, copy under a hidden name first, then rename and remove.

    ``shutil.move`` copies straight to the final name: a run killed mid-copy would leave
    half a scan in the archive under the real name.
    """
    try:
        source.rename(target)
        return
    except OSError:
        pass
    partial = target.with_name(f".{target.name}.partial")
    shutil.copy2(source, partial)
    os.replace(partial, target)
    source.unlink()
