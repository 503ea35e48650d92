"""No page is ever filed under another customer's number, on either sample set (issue 15).

Two sets, written by different hands: our own generated batches (``telvalid_desktop.samples``,
which grew with the reader) and the field set (``tests/fieldset``, generated from a written
description of the real world by someone who had not read ``intake/``). A slice of each is
ingested as the mailroom would, with the manager export loaded, and every page is compared
with the truth. Reading less than perfectly is measured by the benchmark scripts; a page
under a wrong number is a failure here.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.procedures import import_export
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.intake.separator import separator_sheet_pdf
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.samples.batches import big_batch_pdf
from tests.bench.accuracy import write_export
from tests.fieldset.build import build_fieldset
from tests.fieldset.measure import measure

pytestmark = [pytest.mark.tesseract, pytest.mark.slow, pytest.mark.sqlite_only]


def test_field_set_slice_files_no_page_under_a_wrong_number(tmp_path: Path) -> None:
    folder = build_fieldset(tmp_path / "set", seed=7, scale="small")
    report = measure(folder, with_export=True, workspace=tmp_path / "ws")
    assert report.wrong == []


@pytest.mark.parametrize(("profile", "separated"), [("bitonal200", False), ("fax", True)])
def test_own_batch_slice_files_no_page_under_a_wrong_number(tmp_path: Path, profile: str, separated: bool) -> None:
    batch = tmp_path / "batch.pdf"
    sheet = separator_sheet_pdf() if separated else None
    truths = big_batch_pdf(batch, 36, seed=11, profile=profile, separator_pdf=sheet)
    numbers = {truth.procedure_number for truth in truths if truth.procedure_number}
    workspace = open_workspace(tmp_path / "ws")
    write_export(tmp_path / "export.csv", numbers, random.Random(11))
    import_export(tmp_path / "export.csv")
    with PageWorkers(2) as workers:
        outcome = IngestService(workspace, workers, DossierService(), user="mailroom").ingest(batch)
    workspace.close()
    assert outcome is not None
    filed = {page: submission.procedure_number for submission in outcome.submissions for page in submission.pages}
    wrong = [
        (page, truth.kind, truth.procedure_number, filed[page])
        for page, truth in enumerate(truths, start=1)
        if filed.get(page) is not None and filed[page] != truth.procedure_number
    ]
    assert wrong == []
    read = sum(filed.get(page) == truth.procedure_number for page, truth in enumerate(truths, start=1))
    assert read > 0
