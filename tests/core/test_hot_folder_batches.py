"""Hot folder at mailroom scale: a 300-page batch, and runs killed midway then restarted.

The killed runs are real ``telvalid watch --once`` processes: SIGKILL of the whole
process group (main process and page workers), or of the page worker alone mid-file.
Whatever the moment of the kill, after a restart every scan is imported once, archived
once, and every dossier holds exactly its pages.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pymupdf
import pytest

from telvalid_desktop.core.filing.hot_folder import HotFolder
from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.models import Dossier, Page, StoredFile, Submission
from telvalid_desktop.domain import ImportStatus
from telvalid_desktop.intake.separator import separator_sheet_pdf
from telvalid_desktop.intake.trust import are_near
from telvalid_desktop.intake.workers import PageWorkers
from tests.processes import spawned_children

REPO = Path(__file__).resolve().parents[2]
# Generous: a loaded 2-core CI machine starts Python, spawns a worker and reads 60 pages.
RUN_DEADLINE_S = 300.0

LINES = [
    "Relevé d'identité bancaire du titulaire du contrat de téléphonie.",
    "Titulaire : Madame Dupont, 12 rue des Lilas, Lyon.",
    "Banque : Crédit Coopératif, agence Part-Dieu.",
    "Pièce jointe au dossier, à conserver avec le mandat signé.",
    "Fait pour servir et valoir ce que de droit.",
]


@dataclass(frozen=True)
class Envelope:
    """What one customer sent: its number (None: none anywhere) and how many pages."""

    number: str | None
    pages: int


def distinct_numbers(count: int, seed: int) -> list[str]:
    """Procedure numbers no two of which could pass for a misread of the other."""
    rng = random.Random(seed)
    numbers: list[str] = []
    while len(numbers) < count:
        candidate = str(rng.randrange(10_000_000, 99_999_999))
        if not any(are_near(candidate, other) for other in numbers):
            numbers.append(candidate)
    return numbers


def batch_pdf(envelopes: list[Envelope]) -> bytes:
    """A text-layer batch: each envelope after a separator sheet, its form page first."""
    separator = pymupdf.open("pdf", separator_sheet_pdf())
    document = pymupdf.open()
    for envelope in envelopes:
        document.insert_pdf(separator)
        for page_number in range(envelope.pages):
            page = document.new_page()
            if page_number == 0 and envelope.number is not None:
                page.insert_text((50, 50), f"Numéro de procédure : {envelope.number}", fontsize=11)
            for line, text in enumerate(LINES):
                page.insert_text((60, 200 + 18 * line), text, fontsize=11)
    return document.tobytes(garbage=3, deflate=True)


def expected_pages(name: str, envelopes: list[Envelope]) -> dict[str, set[tuple[str, int]]]:
    """(file name, 0-based page) of every numbered page, by procedure number (separators excluded)."""
    pages: dict[str, set[tuple[str, int]]] = {}
    index = 0
    for envelope in envelopes:
        index += 1  # the separator sheet
        if envelope.number is not None:
            pages.setdefault(envelope.number, set()).update((name, index + page) for page in range(envelope.pages))
        index += envelope.pages
    return pages


def dossier_pages() -> dict[str, set[tuple[str, int]]]:
    """What the database files under each dossier, as (file name, 0-based page)."""
    pages: dict[str, set[tuple[str, int]]] = {}
    query = (
        Page.select(Page.index, StoredFile.original_name, Dossier.procedure_number)
        .join(StoredFile)
        .switch(Page)
        .join(Submission)
        .join(Dossier)
        .tuples()
    )
    for index, name, number in query:
        pages.setdefault(number, set()).add((name, index))
    return pages


def assert_stored_once(root: Path) -> None:
    """Every page row unique, and the document store holds exactly one file per stored sha256."""
    pairs = Counter(Page.select(Page.file, Page.index).tuples())
    assert set(pairs.values()) == {1}
    assert Page.select().count() == sum(stored.page_count for stored in StoredFile.select())
    # A kill in the middle of a copy into the store can leave a hidden ``.incoming-`` file,
    # never read and never under a document's name; everything else is one file per sha256.
    kept = [path for path in (root / "store").rglob("*") if path.is_file() and not path.name.startswith(".incoming-")]
    assert sorted(path.name for path in kept) == sorted(f"{stored.sha256}.pdf" for stored in StoredFile.select())
    for path in kept:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.stem


def files_under(folder: Path) -> list[str]:
    """Every file below ``folder`` (any date sub-folder, hidden ones included), by name."""
    return sorted(path.name for path in folder.rglob("*") if path.is_file())


# --- a 300-page batch -------------------------------------------------------------------


@pytest.mark.slow
def test_a_300_page_batch_is_archived_with_every_envelope_filed(tmp_path: Path, workspace: Workspace) -> None:
    numbers = distinct_numbers(26, seed=300)
    # 26 customers, 3 of whom send a complement later in the batch, and one envelope with
    # no number anywhere: 30 envelopes of 9 pages, each after its separator sheet.
    envelopes = [Envelope(number, 9) for number in [*numbers, *numbers[:3], None]]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    data = batch_pdf(envelopes)
    (inbox / "batch.pdf").write_bytes(data)
    with PageWorkers(2) as workers:
        folder = HotFolder(
            inbox,
            tmp_path / "archive",
            tmp_path / "quarantine",
            IngestService(workspace, workers, DossierService(), user="mailroom"),
            settle_s=0.0,
        )
        (outcome,) = folder.run_once()
    assert (outcome.status, outcome.page_count) == (ImportStatus.IMPORTED, 300)
    assert len(outcome.separator_pages) == 30
    assert files_under(inbox) == []
    assert files_under(tmp_path / "archive") == ["batch.pdf"]
    assert next((tmp_path / "archive").rglob("batch.pdf")).read_bytes() == data
    assert Submission.select().count() == 30
    assert Submission.select().where(Submission.procedure_number.is_null()).count() == 1
    assert Dossier.select().count() == 26
    assert dossier_pages() == expected_pages("batch.pdf", envelopes)
    assert_stored_once(workspace.root)


# --- runs killed midway ----------------------------------------------------------------

GOOD_FILES = 6
BROKEN = "scan-05-broken.pdf"  # sorted among the others: met after the kill, or before it


@dataclass
class Inbox:
    """A watched folder filled with scans whose content the test knows."""

    folder: Path
    originals: dict[str, bytes]
    expected: dict[str, set[tuple[str, int]]]


@pytest.fixture
def inbox(tmp_path: Path) -> Inbox:
    """Six scans of 10 pages (2 envelopes of 5 and 3 pages, each after a separator sheet) and a broken file."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    numbers = iter(distinct_numbers(2 * GOOD_FILES, seed=6))
    originals, expected = {}, {}
    for file_number in range(1, GOOD_FILES + 1):
        name = f"scan-{file_number:02d}.pdf"
        envelopes = [Envelope(next(numbers), 5), Envelope(next(numbers), 3)]
        originals[name] = batch_pdf(envelopes)
        expected.update(expected_pages(name, envelopes))
    for name, data in originals.items():
        (folder / name).write_bytes(data)
    (folder / BROKEN).write_bytes(b"%PDF-1.7\n garbage that never ends")
    return Inbox(folder, originals, expected)


class WatchRun:
    """``telvalid watch INBOX --once --json`` in its own process group, read line by line."""

    def __init__(self, workspace: Path, inbox: Path, stderr: IO[bytes]) -> None:
        command = [sys.executable, "-m", "telvalid_desktop", "--workspace", str(workspace), "watch", str(inbox)]
        command += ["--once", "--json", "--workers", "1", "--settle", "0"]
        self.process = subprocess.Popen(
            command, cwd=REPO, stdout=subprocess.PIPE, stderr=stderr, start_new_session=True
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        self.deadline = time.monotonic() + RUN_DEADLINE_S

    def _read(self, stream: IO[bytes]) -> None:
        for line in stream:
            self.lines.put(line.decode())
        self.lines.put(None)  # end of output: the process is done

    def outcomes(self) -> Iterator[dict[str, object]]:
        """Each file's JSON line as soon as the process prints it."""
        while (line := self.lines.get(timeout=max(0.0, self.deadline - time.monotonic()))) is not None:
            yield json.loads(line)

    def page_workers(self) -> set[int]:
        """The page worker processes of this run (children running multiprocessing's spawn code)."""
        return spawned_children(self.process.pid)

    def finish(self) -> tuple[int, list[dict[str, object]]]:
        """Wait for the end of the run: its exit code and the outcomes it reported."""
        reported = list(self.outcomes())
        return self.process.wait(timeout=max(1.0, self.deadline - time.monotonic())), reported

    def kill_group(self) -> None:
        """SIGKILL the main process and its page workers at once, as a power cut would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        assert self.process.wait(timeout=RUN_DEADLINE_S) == -signal.SIGKILL  # it was still at work


def kill_worker_mid_run(run: WatchRun) -> None:
    """SIGKILL the page worker; the run goes on with a fresh one and imports the file anyway."""
    workers = run.page_workers()
    assert workers, "the page worker of the files already read is gone"
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    code, reported = run.finish()
    assert code == 1  # the broken file only
    assert {Path(str(outcome["file"])).name for outcome in reported} == {
        "scan-04.pdf",
        "scan-05.pdf",
        "scan-06.pdf",
        BROKEN,
    }


@pytest.mark.slow
@pytest.mark.parametrize("kill", ["whole run", "page worker"])
def test_a_run_killed_midway_finishes_on_restart_with_nothing_twice(tmp_path: Path, inbox: Inbox, kill: str) -> None:
    workspace = tmp_path / "ws"
    with (tmp_path / "stderr.log").open("wb") as stderr:
        run = WatchRun(workspace, inbox.folder, stderr)
        first_run = run.outcomes()
        for _ in range((GOOD_FILES + 1) // 2):
            next(first_run)
        if kill == "whole run":
            run.kill_group()
        else:
            kill_worker_mid_run(run)
        code, reported = WatchRun(workspace, inbox.folder, stderr).finish()
        if kill == "whole run":  # killed midway: the restart takes in what was left
            assert code in (0, 1) and reported  # 1: it met the broken file
        else:  # the run itself finished everything
            assert (code, reported) == (0, [])
    log = (tmp_path / "stderr.log").read_text(errors="replace")

    assert files_under(inbox.folder) == [], log
    archive, quarantine = inbox.folder.parent / "inbox-archive", inbox.folder.parent / "inbox-quarantine"
    assert files_under(archive) == sorted(inbox.originals), log
    for path in archive.rglob("*.pdf"):
        assert path.read_bytes() == inbox.originals[path.name]
    assert files_under(quarantine) == [BROKEN, f"{BROKEN}.txt"]
    opened = open_workspace(workspace)
    try:
        assert sorted(stored.original_name for stored in StoredFile.select()) == sorted(inbox.originals)
        assert Page.select().count() == 10 * GOOD_FILES  # separator sheets included
        assert Dossier.select().count() == len(inbox.expected)
        assert dossier_pages() == inbox.expected
        assert_stored_once(opened.root)
    finally:
        opened.close()


# --- interrupted moves -----------------------------------------------------------------


def folder_for(tmp_path: Path, workspace: Workspace, workers: PageWorkers) -> HotFolder:
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    service = IngestService(workspace, workers, DossierService(), user="mailroom")
    return HotFolder(inbox, tmp_path / "archive", tmp_path / "quarantine", service, settle_s=0.0)


def test_a_file_already_copied_to_the_archive_is_not_archived_twice(tmp_path: Path, workspace: Workspace) -> None:
    """A move to another disk is a copy then a removal: a run can stop between the two."""
    first, second, third = (batch_pdf([Envelope(number, 2)]) for number in distinct_numbers(3, seed=2))
    with PageWorkers(0) as workers:
        folder = folder_for(tmp_path, workspace, workers)
        (folder.inbox / "scan.pdf").write_bytes(first)
        (folder.inbox / "today.pdf").write_bytes(second)
        assert [outcome.status for outcome in folder.run_once()] == [ImportStatus.IMPORTED] * 2
        (folder.inbox / "scan.pdf").write_bytes(first)  # copied to the archive, not yet removed
        (folder.inbox / "today.pdf").write_bytes(third)  # another scan, same name
        assert [outcome.status for outcome in folder.run_once()] == [ImportStatus.DUPLICATE, ImportStatus.IMPORTED]
    (day,) = (tmp_path / "archive").iterdir()
    assert files_under(folder.inbox) == []
    assert files_under(day) == ["scan.pdf", "today (2).pdf", "today.pdf"]
    assert [(day / name).read_bytes() for name in ("scan.pdf", "today.pdf", "today (2).pdf")] == [first, second, third]


def test_each_outcome_is_reported_once_its_file_is_moved(tmp_path: Path, workspace: Workspace) -> None:
    """``watch --once --json`` prints as it goes: a run killed midway has said what it finished."""
    with PageWorkers(0) as workers:
        folder = folder_for(tmp_path, workspace, workers)
        for name, number in zip(("a.pdf", "b.pdf"), distinct_numbers(2, seed=1), strict=True):
            (folder.inbox / name).write_bytes(batch_pdf([Envelope(number, 1)]))
        outcomes = folder.run_once()
        assert Path(next(outcomes).file).name == "a.pdf"
        assert files_under(folder.inbox) == ["b.pdf"]
        assert [Path(outcome.file).name for outcome in outcomes] == ["b.pdf"]


def test_a_file_taken_away_before_its_import_does_not_stop_the_watch(tmp_path: Path, workspace: Workspace) -> None:
    with PageWorkers(0) as workers:
        folder = folder_for(tmp_path, workspace, workers)
        gone = folder.inbox / "gone.pdf"
        gone.write_bytes(batch_pdf([Envelope("48151623", 1)]))
        gone.unlink()
        outcome = folder.process(gone)
    assert outcome is not None and outcome.status == ImportStatus.REJECTED
    assert not (tmp_path / "quarantine").exists()
