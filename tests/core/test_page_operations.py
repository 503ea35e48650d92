"""Page operations: moves, numbering unsorted submissions, rotation, undo, number completion."""

from __future__ import annotations

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.errors import (
    DossierClaimed,
    DossierClosed,
    InvalidValue,
    NothingToUndo,
    PageInChecklist,
    SubmissionAlreadySorted,
    UndoBlocked,
)
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.page_operations import PageOperations
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Page, PageOperation, Submission
from telvalid_desktop.domain import DossierStatus
from tests.core.factories import dossier, events, submission


@pytest.fixture
def claims(workspace: Workspace) -> ClaimService:
    return ClaimService(Settings())


@pytest.fixture
def operations(claims: ClaimService) -> PageOperations:
    return PageOperations(claims)


def _placement() -> dict[int, tuple[int | None, str | None]]:
    """Every page's submission and dossier number, to compare before and after."""
    return {
        page.id: (page.submission_id, page.submission.procedure_number if page.submission else None)
        for page in Page.select()
    }


def test_moving_pages_files_them_in_a_submission_of_the_same_file(operations: PageOperations) -> None:
    source, pages = submission("48151623", pages=3)
    changes = operations.move_pages(pages[1:], "73920158", "tech")
    target = dossier("73920158")
    assert changes.dossiers == {dossier("48151623").id, target.id} and changes.pages and changes.queues
    moved_to = Submission.get_by_id(Page.get_by_id(pages[1]).submission_id)
    assert (moved_to.file_id, moved_to.dossier_id, moved_to.number_source) == (source.file_id, target.id, "manual")
    assert Page.get_by_id(pages[2]).submission_id == moved_to.id
    assert Page.get_by_id(pages[0]).submission_id == source.id
    assert events("48151623")[-1] == ("pages_moved_out", "tech", "73920158")
    assert events("73920158") == [("created", "tech", "48151623")]
    operations.move_pages([pages[0]], "73920158", "tech")  # the same file's submission is reused
    assert Page.get_by_id(pages[0]).submission_id == moved_to.id
    assert events("73920158")[-1] == ("pages_moved_in", "tech", "48151623")


def test_moving_a_submission_and_assigning_an_unsorted_one(operations: PageOperations) -> None:
    first, _ = submission("48151623")
    operations.move_submission(first.id, "73920158", "tech")
    moved = Submission.get_by_id(first.id)
    assert (moved.procedure_number, moved.dossier_id, moved.number_source) == (
        "73920158",
        dossier("73920158").id,
        "manual",
    )
    assert events("48151623")[-1] == ("submission_moved_out", "tech", "73920158")
    assert events("73920158")[0] == ("created", "tech", "48151623")
    unsorted, _ = submission(None)
    changes = operations.assign_submission(unsorted.id, "73920158", "tech")
    assigned = Submission.get_by_id(unsorted.id)
    assert (assigned.procedure_number, assigned.number_source, assigned.needs_review) == ("73920158", "manual", False)
    assert changes.queues and changes.dossiers == {dossier("73920158").id}
    assert events("73920158")[-1][0] == "submission_assigned"
    with pytest.raises(SubmissionAlreadySorted):
        operations.assign_submission(unsorted.id, "48151623", "tech")


def test_assigning_to_a_dossier_on_hold_is_a_complement(workspace: Workspace, operations: PageOperations) -> None:
    submission("48151623")
    DossierService().change_status("48151623", DossierStatus.ON_HOLD, actor="tech")
    unsorted, _ = submission(None)
    operations.assign_submission(unsorted.id, "48151623", "clerk")
    reopened = dossier("48151623")
    assert (reopened.status, reopened.complement_received) == ("open", True)
    assert events("48151623")[-1][:2] == ("complement_received", "clerk")


def test_undo_restores_exactly_and_is_logged(operations: PageOperations) -> None:
    submission("48151623", pages=3)
    unsorted, unsorted_pages = submission(None, pages=2)
    before = _placement()
    before_unsorted = Submission.get_by_id(unsorted.id).__data__.copy()
    operations.move_pages([1, 2], "73920158", "tech")
    operations.assign_submission(unsorted.id, "48151623", "tech")
    operations.rotate_page(unsorted_pages[0], 90, "tech")
    operations.rotate_page(unsorted_pages[0], -180, "tech")
    assert Page.get_by_id(unsorted_pages[0]).display_rotation == 270
    assert operations.undo_last("tech").kind == "rotate_page"
    assert Page.get_by_id(unsorted_pages[0]).display_rotation == 90
    assert operations.undo_last("tech").kind == "rotate_page"
    assert operations.undo_last("tech").kind == "assign_submission"
    assert Submission.get_by_id(unsorted.id).__data__ == before_unsorted
    result = operations.undo_last("tech")
    assert result.kind == "move_pages" and result.changes.pages
    assert _placement() == before
    assert Page.get_by_id(unsorted_pages[0]).display_rotation == 0
    assert events("73920158")[-1] == ("page_operation_undone", "tech", "move_pages")
    assert events("48151623")[-1] == ("page_operation_undone", "tech", "move_pages")
    assert Submission.select().count() == 2  # the submission the move created is gone again
    assert PageOperation.select().where(PageOperation.kind == "undo").count() == 4
    with pytest.raises(NothingToUndo):
        operations.undo_last("tech")


def test_no_undo_across_another_users_later_change(operations: PageOperations) -> None:
    _, pages = submission("48151623", pages=2)
    operations.move_pages([pages[0]], "73920158", "alice")
    operations.rotate_page(pages[0], 90, "bob")
    with pytest.raises(UndoBlocked) as blocked:
        operations.undo_last("alice")
    assert blocked.value.actor == "bob"
    assert dossier("73920158").submissions.count() == 1


def test_pages_backing_a_checklist_item_or_held_by_another_do_not_move(
    claims: ClaimService, operations: PageOperations
) -> None:
    _, pages = submission("48151623", pages=2)
    dossier_id = dossier("48151623").id
    ChecklistService(claims).tick(dossier_id, "rib", [pages[0]], "tech")
    with pytest.raises(PageInChecklist) as linked:
        operations.move_pages(pages, "73920158", "tech")
    assert linked.value.code == "rib"
    claims.claim(dossier_id, "alice")
    with pytest.raises(DossierClaimed):
        operations.move_pages([pages[1]], "73920158", "bob")
    with pytest.raises(InvalidValue):
        operations.move_pages([pages[1]], "48-15", "alice")
    assert dossier("48151623").submissions.count() == 1


def test_a_validated_dossier_keeps_its_pages(operations: PageOperations) -> None:
    _, pages = submission("48151623", pages=2)
    DossierService().change_status("48151623", DossierStatus.VALIDATED, actor="tech")
    with pytest.raises(DossierClosed):
        operations.move_pages(pages, "73920158", "tech")
