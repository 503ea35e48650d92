"""The whole intake on files nobody here made: imported with the right page count and left
unsorted (none carries a procedure number), or rejected with a reason; never a crash."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Dossier, Page
from telvalid_desktop.domain import ImportStatus
from telvalid_desktop.intake.workers import PageWorkers
from tests.intake.test_realworld import PAGE_COUNTS, REJECTED
from tests.paths import REALWORLD, requires_realworld

pytestmark = [
    requires_realworld,
    pytest.mark.tesseract,
    pytest.mark.any_database,  # what the intake makes of each file; the commits are tested on both databases
]


@pytest.fixture(scope="module")
def workers() -> Iterator[PageWorkers]:
    with PageWorkers(0) as pool:
        yield pool


@pytest.mark.parametrize("name", sorted(PAGE_COUNTS))
def test_imported_whole_and_unsorted(name: str, workspace: Workspace, workers: PageWorkers) -> None:
    outcome = IngestService(workspace, workers, DossierService(), user="mailroom").ingest(REALWORLD / name)
    assert outcome is not None and outcome.status == ImportStatus.IMPORTED, outcome
    assert outcome.page_count == PAGE_COUNTS[name]
    assert all(submission.procedure_number is None for submission in outcome.submissions)
    assert Dossier.select().count() == 0
    assert Page.select().count() == PAGE_COUNTS[name]  # never a lost page
    document_pages = sum(len(s.pages) for s in outcome.submissions)
    assert document_pages + len(outcome.separator_pages) + len(outcome.blank_pages) == PAGE_COUNTS[name]


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_rejected_into_quarantine(name: str, workspace: Workspace, workers: PageWorkers) -> None:
    outcome = IngestService(workspace, workers, DossierService(), user="mailroom").ingest(REALWORLD / name)
    assert outcome is not None and outcome.status == ImportStatus.REJECTED
    assert outcome.error_code == REJECTED[name].value
    assert len(list(workspace.quarantine.rglob(f"*{name}"))) == 1
