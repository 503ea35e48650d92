"""Scan-to-folder intake: complete files only, archived or quarantined, resumable."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop import cli
from telvalid_desktop.core.filing.hot_folder import HotFolder
from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.models import Dossier, Page, StoredFile
from telvalid_desktop.domain import ImportStatus
from telvalid_desktop.intake.workers import PageWorkers

A = "48151623"
B = "73920158"


def form_bytes(number: str, pages: int = 2) -> bytes:
    document = pymupdf.open()
    for _ in range(pages):
        document.new_page().insert_text((50, 50), f"Numéro de procédure : {number}", fontsize=11)
    return document.tobytes()


@pytest.fixture
def workers() -> Iterator[PageWorkers]:
    with PageWorkers(0) as pool:
        yield pool


def folder_for(tmp_path: Path, workspace: Workspace, workers: PageWorkers, settle_s: float) -> HotFolder:
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    return HotFolder(
        inbox, tmp_path / "archive", tmp_path / "quarantine",
        IngestService(workspace, workers, DossierService(), user="mailroom"), settle_s=settle_s,
    )


def test_watch_once_archives_imports_and_quarantines_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "scanner-2").mkdir(parents=True)
    (inbox / "a.pdf").write_bytes(form_bytes(A))
    (inbox / "scanner-2" / "b.pdf").write_bytes(form_bytes(B))
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage that never ends")
    (inbox / "still-copying.pdf.part").write_bytes(b"partial")
    code = cli.main(
        ["--workspace", str(tmp_path / "ws"), "watch", str(inbox), "--once", "--settle", "0.2", "--json",
         "--workers", "0", "--archive", str(tmp_path / "archive"), "--quarantine", str(tmp_path / "quarantine")]
    )
    outcomes = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1  # one file was rejected
    assert sorted((Path(o["file"]).name, o["status"]) for o in outcomes) == [
        ("a.pdf", "imported"), ("b.pdf", "imported"), ("broken.pdf", "rejected")
    ]
    today = datetime.now().strftime("%Y-%m-%d")
    moved = {Path(o["file"]).name: o["moved_to"] for o in outcomes}  # where each one went
    assert moved["a.pdf"] == str(tmp_path / "archive" / today / "a.pdf")
    assert moved["broken.pdf"] == str(tmp_path / "quarantine" / today / "broken.pdf")
    assert (tmp_path / "archive" / today / "a.pdf").is_file()
    assert (tmp_path / "archive" / today / "scanner-2" / "b.pdf").is_file()
    assert (tmp_path / "quarantine" / today / "broken.pdf").is_file()
    note = (tmp_path / "quarantine" / today / "broken.pdf.txt").read_text(encoding="utf-8")
    assert "abîmé" in note or "ni un PDF" in note  # a sentence for the clerk
    assert sorted(p.name for p in inbox.rglob("*") if p.is_file()) == ["still-copying.pdf.part"]


def test_a_file_written_slowly_is_read_once_complete(
    tmp_path: Path, workspace: Workspace, workers: PageWorkers
) -> None:
    now = [0.0]
    folder = folder_for(tmp_path, workspace, workers, settle_s=2.0)
    folder.clock = lambda: now[0]
    data = form_bytes(A, pages=3)
    target = folder.inbox / "slow.pdf"
    chunk = len(data) // 4 + 1
    with target.open("wb") as stream:  # a scanner writing over a share, one chunk per second
        for start in range(0, len(data), chunk):
            stream.write(data[start : start + chunk])
            stream.flush()
            os.utime(target, ns=(int(now[0] * 1e9) + 1, int(now[0] * 1e9) + 1))
            assert folder.ready_files() == []  # still changing: never read half a file
            now[0] += 1.0
    assert folder.ready_files() == []  # complete, but not yet still for 2 s
    now[0] += 2.0
    assert folder.ready_files() == [target]
    outcome = folder.process(target)
    assert outcome is not None and (outcome.status, outcome.page_count) == (ImportStatus.IMPORTED, 3)
    assert Page.select().count() == 3


def test_an_interrupted_run_finishes_with_no_duplicate(
    tmp_path: Path, workspace: Workspace, workers: PageWorkers
) -> None:
    folder = folder_for(tmp_path, workspace, workers, settle_s=0.0)
    waiting = folder.inbox / "a.pdf"
    waiting.write_bytes(form_bytes(A))
    folder.service.ingest(waiting)  # the previous run stopped after the import, before the move
    outcomes = folder.run_once()
    assert [o.status for o in outcomes] == [ImportStatus.DUPLICATE]
    assert not waiting.exists()
    assert (Dossier.select().count(), Page.select().count()) == (1, 2)


def test_watch_files_a_fax_servers_folder_as_fax(tmp_path: Path) -> None:
    inbox = tmp_path / "fax-inbox"
    inbox.mkdir()
    (inbox / "fax.pdf").write_bytes(form_bytes(A))
    args = ["--workspace", str(tmp_path / "ws"), "watch", str(inbox), "--once", "--settle", "0.1", "--workers", "0"]
    assert cli.main([*args, "--channel", "fax"]) == 0
    opened = open_workspace(tmp_path / "ws")
    try:
        assert [stored.channel for stored in StoredFile.select()] == ["fax"]
    finally:
        opened.close()
