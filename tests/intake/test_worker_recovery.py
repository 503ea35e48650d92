"""A page worker killed from outside (OOM killer, a person) must not cost the file."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop.intake.errors import RejectReason, UnreadableFile
from telvalid_desktop.intake.workers import PageWorkers
from tests.processes import spawned_children

PAGES = 40  # enough pages left after a kill for the next crash to be noticed mid-file


def number_of(index: int) -> str:
    """Page numbers far apart, so no page looks like a misread of another."""
    return f"{31 + index * 7}{index:02d}4817"


@pytest.fixture
def text_pdf(tmp_path: Path) -> Path:
    document = pymupdf.open()
    for index in range(PAGES):
        document.new_page().insert_text((50, 50), f"Numéro de procédure : {number_of(index)}", fontsize=11)
    path = tmp_path / "batch.pdf"
    document.save(path)
    return path


def spawned_workers() -> set[int]:
    """Live spawn-context children of this process (the resource tracker and zombies left out)."""
    return spawned_children(os.getpid())


@pytest.fixture
def foreign() -> set[int]:
    """Workers of other pools, taken before the test starts its own: never killed."""
    return spawned_workers()


def read_with_kills(workers: PageWorkers, path: Path, kills: int, foreign: set[int]) -> Iterator[int]:
    """Analyse every page; after a page, SIGKILL the worker of the moment, ``kills`` times.

    A worker counts once it runs our code (its command line says so); right after a crash
    its replacement may not be there yet, and the kill waits for a later page.
    """
    known = set(foreign)
    for analysis in workers.analyze_pages(path, PAGES):
        assert analysis.reading is not None
        assert analysis.reading.number == number_of(analysis.index)
        yield analysis.index
        if kills and (alive := spawned_workers() - known):
            for pid in alive:
                os.kill(pid, signal.SIGKILL)
            known |= alive
            kills -= 1
    assert kills == 0, "the file was read before every kill could be made"


def test_a_killed_worker_is_replaced_and_every_page_is_read_in_order(text_pdf: Path, foreign: set[int]) -> None:
    with PageWorkers(1) as workers:
        indices = list(read_with_kills(workers, text_pdf, kills=1, foreign=foreign))
        replacement = spawned_workers() - foreign
    assert indices == list(range(PAGES))
    assert len(replacement) == 1  # a fresh worker finished the file after the first was killed


def test_a_worker_dying_twice_in_one_file_rejects_the_file(text_pdf: Path, foreign: set[int]) -> None:
    with PageWorkers(1) as workers, pytest.raises(UnreadableFile) as rejected:
        list(read_with_kills(workers, text_pdf, kills=2, foreign=foreign))
    assert rejected.value.reason == RejectReason.DAMAGED


def test_the_next_file_gets_its_own_retry(text_pdf: Path, foreign: set[int]) -> None:
    with PageWorkers(1) as workers:
        assert list(read_with_kills(workers, text_pdf, kills=1, foreign=foreign)) == list(range(PAGES))
        assert list(read_with_kills(workers, text_pdf, kills=1, foreign=foreign)) == list(range(PAGES))
