"""Shared steps of the page operations: loading what they change, checks, and the undo log.

Kept apart from ``page_operations`` so that each operation there reads as its rule only;
everything here runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from telvalid_desktop.core.errors import (
    InvalidValue,
    NothingToUndo,
    PageInChecklist,
    PageNotFound,
    SubmissionNotFound,
    UndoBlocked,
)
from telvalid_desktop.core.lifecycle.procedures import PROCEDURE_NUMBER
from telvalid_desktop.db.models import (
    ChecklistItem,
    ChecklistPage,
    Dossier,
    Page,
    PageOperation,
    PageOperationPage,
    Submission,
)

UNDO = "undo"


def check_number(number: str) -> None:
    if not PROCEDURE_NUMBER.fullmatch(number):
        raise InvalidValue("procedure_number", number)


def load_pages(page_ids: Sequence[int]) -> list[Page]:
    """The pages in the order given (duplicates dropped); refuse an empty list or an unknown id."""
    if not page_ids:
        raise InvalidValue("page_ids", list(page_ids))
    pages = {page.id: page for page in Page.select().where(Page.id.in_(list(page_ids)))}
    for page_id in page_ids:
        if page_id not in pages:
            raise PageNotFound(page_id)
    return [pages[page_id] for page_id in dict.fromkeys(page_ids)]


def load_submission(submission_id: int) -> Submission:
    submission = Submission.get_or_none(Submission.id == submission_id)
    if submission is None:
        raise SubmissionNotFound(submission_id)
    return submission


def ensure_unlinked(page_ids: Iterable[int]) -> None:
    """Refuse when a page backs a checklist item: moving it would change what was accepted."""
    linked = (
        ChecklistPage.select(ChecklistPage.page, ChecklistItem.code)
        .join(ChecklistItem)
        .where(ChecklistPage.page.in_(list(page_ids)))
        .tuples()
        .first()
    )
    if linked is not None:
        raise PageInChecklist(*linked)


def dossiers_of(submission_ids: Iterable[int | None]) -> dict[int, Dossier]:
    """The dossiers these submissions are filed in (unsorted ones have none)."""
    ids = [submission_id for submission_id in set(submission_ids) if submission_id is not None]
    query = Dossier.select().join(Submission).where(Submission.id.in_(ids)).distinct()
    return {dossier.id: dossier for dossier in query}


def dossiers_by_id(dossier_ids: Iterable[int | None]) -> dict[int, Dossier]:
    ids = [dossier_id for dossier_id in set(dossier_ids) if dossier_id is not None]
    return {dossier.id: dossier for dossier in Dossier.select().where(Dossier.id.in_(ids))}


def pages_of(submission_ids: Iterable[int]) -> list[int]:
    """Ids of the submissions' pages, in file order."""
    query = Page.select(Page.id).where(Page.submission.in_(list(submission_ids))).order_by(Page.file, Page.index)
    return [page_id for (page_id,) in cast(Iterable[tuple[int]], query.tuples())]  # the stubs cannot type .tuples()


def submission_state(submission: Submission) -> dict[str, Any]:
    """The numbering of a submission, as undo restores it."""
    return {
        "dossier": submission.dossier_id,
        "procedure_number": submission.procedure_number,
        "number_source": submission.number_source,
        "needs_review": submission.needs_review,
        "review_reason": submission.review_reason,
    }


def log_operation(
    kind: str, actor: str, payload: dict[str, Any], page_ids: Iterable[int], undoes: int | None = None
) -> None:
    """Append the operation with the previous values undo restores, and the pages it touched."""
    operation = PageOperation.create(actor=actor, kind=kind, payload=json.dumps(payload), undoes=undoes)
    rows = [{"operation": operation.id, "page": page_id} for page_id in dict.fromkeys(page_ids)]
    if rows:
        PageOperationPage.insert_many(rows).execute()


def last_undoable(actor: str) -> PageOperation:
    """The actor's newest operation that is neither an undo nor undone already."""
    undone = PageOperation.select(PageOperation.undoes).where(PageOperation.undoes.is_null(False))
    operation = (
        PageOperation.select()
        .where((PageOperation.actor == actor) & (PageOperation.kind != UNDO) & PageOperation.id.not_in(undone))
        .order_by(PageOperation.id.desc())
        .first()
    )
    if operation is None:
        raise NothingToUndo()
    return operation


def ensure_not_changed_by_others(operation: PageOperation, page_ids: Sequence[int]) -> None:
    """Refuse an undo that would overwrite a later change another user made to the same pages."""
    later = (
        PageOperation.select(PageOperation.actor)
        .join(PageOperationPage)
        .where(
            PageOperationPage.page.in_(list(page_ids))
            & (PageOperation.id > operation.id)
            & (PageOperation.actor != operation.actor)
        )
        .first()
    )
    if later is not None:
        raise UndoBlocked(later.actor)


def next_position(file_id: int) -> int:
    """The position after the last submission of the file."""
    last = (
        Submission.select(Submission.position)
        .where(Submission.file == file_id)
        .order_by(Submission.position.desc())
        .scalar()
    )
    return (last if last is not None else -1) + 1


def make_room_after(submission: Submission) -> int:
    """The position right after ``submission`` in its file, the later submissions moved one further."""
    Submission.update(position=Submission.position + 1).where(
        (Submission.file == submission.file_id) & (Submission.position > submission.position)
    ).execute()
    return submission.position + 1


def delete_if_empty(submission_id: int) -> None:
    """Drop a submission an operation created once undo emptied it, closing the gap it leaves in its file."""
    created = Submission.get_or_none(Submission.id == submission_id)
    if created is None or pages_of([submission_id]):
        return
    created.delete_instance()
    Submission.update(position=Submission.position - 1).where(
        (Submission.file == created.file_id) & (Submission.position > created.position)
    ).execute()
