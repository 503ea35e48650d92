"""Envelope corrections of a batch: split, merge, page kind, back to unsorted, typed number; each undone."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.errors import (
    DossierClaimed,
    DossierClosed,
    InvalidValue,
    NothingToChange,
    PageInChecklist,
)
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.page_operations import PageOperations
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.dossier_queries import queue_counts, unsorted_rows
from telvalid_desktop.db.models import Dossier, Page, PageOperation, StoredFile, Submission, database_proxy
from telvalid_desktop.domain import DossierStatus, PageKind
from tests.core.factories import dossier, events, known, stored_file, submission

SEPARATOR = "separator"
Envelope = tuple[str | None, Sequence[str | None]]


@pytest.fixture
def claims(workspace: Workspace) -> ClaimService:
    return ClaimService(Settings())


@pytest.fixture
def operations(claims: ClaimService) -> PageOperations:
    return PageOperations(claims)


def _scan(*layout: Envelope | str) -> tuple[StoredFile, list[int]]:
    """A file cut as the intake would: envelopes ``(number filed under, header number read on each page)``
    and separator sheets (``SEPARATOR``). Returns the file and its page ids in file order."""
    pages = sum(1 if item == SEPARATOR else len(item[1]) for item in layout)
    page_ids: list[int] = []
    with database_proxy.atomic():
        stored = stored_file(pages)
        for item in layout:
            if item == SEPARATOR:
                page_ids.append(Page.create(file=stored, index=len(page_ids), is_separator=True).id)
                continue
            number, readings = item
            filed = DossierService().receive_submission(number, "mailroom", "file") if number else None
            envelope = Submission.create(
                file=stored,
                position=stored.submissions.count(),
                procedure_number=number,
                dossier=filed,
                number_source="header" if number else "",
                needs_review=number is None,
            )
            for read in readings:
                page = Page.create(
                    file=stored,
                    index=len(page_ids),
                    submission=envelope,
                    number_read=read,
                    read_method="text" if read else "",
                    read_where="header" if read else "",
                    read_confidence=1.0 if read else None,
                )
                page_ids.append(page.id)
    return stored, page_ids


def _layout(stored: StoredFile) -> list[tuple[str | None, list[int]]]:
    """The file's non-empty envelopes in position order: (procedure number, page indexes)."""
    result = []
    for envelope in stored.submissions.order_by(Submission.position):
        indexes = [page.index for page in envelope.pages.order_by(Page.index)]
        if indexes:
            result.append((envelope.procedure_number, indexes))
    return result


def _positions(stored: StoredFile) -> list[tuple[int, int]]:
    return [(envelope.id, envelope.position) for envelope in stored.submissions.order_by(Submission.id)]


def _envelope_of(page_id: int) -> Submission:
    return Submission.get_by_id(Page.get_by_id(page_id).submission_id)


def test_a_split_files_the_new_envelope_by_its_own_header_and_keeps_the_order(operations: PageOperations) -> None:
    stored, pages = _scan(("48151623", ["48151623", None, "73920158", None]), ("55500011", ["55500011"]))
    before = _positions(stored)
    original = _envelope_of(pages[0])
    changes = operations.split_submission(original.id, pages[2], "clerk")
    assert _layout(stored) == [("48151623", [0, 1]), ("73920158", [2, 3]), ("55500011", [4])]
    new = _envelope_of(pages[2])
    assert (new.position, new.dossier_id, new.number_source, new.needs_review) == (
        1,
        dossier("73920158").id,
        "header",
        False,
    )
    assert _envelope_of(pages[4]).position == 2
    assert changes.dossiers == {dossier("48151623").id, dossier("73920158").id} and changes.pages and changes.queues
    assert events("48151623")[-1] == ("envelope_split", "clerk", "73920158")
    assert events("73920158") == [("created", "clerk", "48151623")]
    assert operations.undo_last("clerk").kind == "split_submission"
    assert _layout(stored) == [("48151623", [0, 1, 2, 3]), ("55500011", [4])]
    assert _positions(stored) == before and Submission.get_or_none(Submission.id == new.id) is None
    assert events("48151623")[-1] == ("page_operation_undone", "clerk", "split_submission")
    assert events("73920158")[-1] == ("page_operation_undone", "clerk", "split_submission")


def test_a_split_reading_the_same_number_stays_in_the_dossier_with_one_history_row(
    operations: PageOperations,
) -> None:
    stored, pages = _scan(("48151623", ["48151623", "48151623"]))
    operations.split_submission(_envelope_of(pages[0]).id, pages[1], "clerk")
    assert _layout(stored) == [("48151623", [0]), ("48151623", [1])]
    assert events("48151623")[-2:] == [("created", "mailroom", "file"), ("envelope_split", "clerk", "48151623")]


def test_a_split_without_a_sure_number_is_left_unsorted_for_review(operations: PageOperations) -> None:
    stored, pages = _scan(("48151623", ["48151623", None, None]))
    operations.split_submission(_envelope_of(pages[0]).id, pages[1], "clerk")
    new = _envelope_of(pages[1])
    assert _layout(stored) == [("48151623", [0]), (None, [1, 2])]
    assert (new.dossier_id, new.number_source, new.needs_review, new.review_reason) == (None, "", True, "split_by_hand")
    assert events("48151623")[-1] == ("envelope_split", "clerk", "unsorted")


def test_a_split_weighs_ocr_reads_like_the_intake(operations: PageOperations) -> None:
    """One confident OCR read settles the number; once the export is loaded, an unknown one does not."""
    stored, pages = _scan(("48151623", ["48151623", None, None]), ("55500011", ["55500011", None, None]))
    Page.update(number_read="73920158", read_method="ocr", read_where="header", read_confidence=0.9).where(
        Page.id.in_([pages[1], pages[4]])
    ).execute()
    operations.split_submission(_envelope_of(pages[0]).id, pages[1], "clerk")
    assert _layout(stored)[:2] == [("48151623", [0]), ("73920158", [1, 2])]
    known("48151623")
    known("55500011")
    operations.split_submission(_envelope_of(pages[3]).id, pages[4], "clerk")
    assert _layout(stored)[2:] == [("55500011", [3]), (None, [4, 5])]


def test_a_split_is_refused_at_the_first_page_outside_the_envelope_or_on_guarded_pages(
    claims: ClaimService, operations: PageOperations
) -> None:
    stored, pages = _scan(("48151623", ["48151623", None, None]), ("55500011", ["55500011", None]))
    original, other = _envelope_of(pages[0]).id, _envelope_of(pages[3]).id
    with pytest.raises(InvalidValue):
        operations.split_submission(original, pages[0], "clerk")
    with pytest.raises(InvalidValue):
        operations.split_submission(original, pages[4], "clerk")
    claims.claim(dossier("48151623").id, "tech")
    with pytest.raises(DossierClaimed):
        operations.split_submission(original, pages[2], "clerk")
    ChecklistService(claims).tick(dossier("48151623").id, "rib", [pages[2]], "tech")
    with pytest.raises(PageInChecklist):
        operations.split_submission(original, pages[1], "clerk")
    DossierService().change_status("55500011", DossierStatus.REJECTED, actor="lead")
    with pytest.raises(DossierClosed):
        operations.split_submission(other, pages[4], "clerk")
    assert _layout(stored) == [("48151623", [0, 1, 2]), ("55500011", [3, 4])]
    assert stored.submissions.count() == 2 and PageOperation.select().count() == 0


def test_merging_two_envelopes_of_a_file(operations: PageOperations) -> None:
    stored, pages = _scan(("48151623", ["48151623", None]), ("73920158", ["73920158"]), (None, [None]))
    first, second, unsorted = (_envelope_of(pages[index]).id for index in (0, 2, 3))
    changes = operations.merge_submissions(first, second, "clerk")
    assert _layout(stored) == [("48151623", [0, 1, 2]), (None, [3])]
    assert changes.dossiers == {dossier("48151623").id, dossier("73920158").id}
    assert events("48151623")[-1] == ("envelope_merged_in", "clerk", "73920158")
    assert events("73920158")[-1] == ("envelope_merged_out", "clerk", "48151623")
    assert Submission.get_by_id(second).dossier_id == dossier("73920158").id  # left empty, not renumbered
    operations.merge_submissions(first, unsorted, "clerk")
    assert _layout(stored) == [("48151623", [0, 1, 2, 3])]
    assert events("48151623")[-1] == ("envelope_merged_in", "clerk", "unsorted")
    assert unsorted_rows() == []  # the emptied envelope is not listed
    operations.undo_last("clerk")
    operations.undo_last("clerk")
    assert _layout(stored) == [("48151623", [0, 1]), ("73920158", [2]), (None, [3])]


def test_merging_is_refused_across_files_with_itself_or_with_an_empty_envelope(operations: PageOperations) -> None:
    _, pages = _scan(("48151623", ["48151623"]), ("73920158", ["73920158"]))
    other, _ = submission("55500011")
    first, second = _envelope_of(pages[0]).id, _envelope_of(pages[1]).id
    for target, source in ((first, other.id), (first, first)):
        with pytest.raises(InvalidValue):
            operations.merge_submissions(target, source, "clerk")
    operations.merge_submissions(first, second, "clerk")
    with pytest.raises(InvalidValue):
        operations.merge_submissions(first, second, "clerk")


def test_marking_a_separator_cuts_the_envelope_after_it(operations: PageOperations) -> None:
    stored, pages = _scan(("48151623", ["48151623", None, None, "73920158", None]), ("55500011", ["55500011"]))
    before = _positions(stored)
    changes = operations.set_page_kind(pages[2], PageKind.SEPARATOR, "clerk")
    marked = Page.get_by_id(pages[2])
    assert (marked.submission_id, marked.is_separator, marked.is_blank) == (None, True, False)
    assert _layout(stored) == [("48151623", [0, 1]), ("73920158", [3, 4]), ("55500011", [5])]
    assert changes.dossiers == {dossier("48151623").id, dossier("73920158").id}
    assert events("48151623")[-1] == ("separator_marked", "clerk", "73920158")
    assert events("73920158") == [("created", "clerk", "48151623")]
    assert operations.undo_last("clerk").kind == "set_page_kind"
    assert _layout(stored) == [("48151623", [0, 1, 2, 3, 4]), ("55500011", [5])]
    assert not Page.get_by_id(pages[2]).is_separator and _positions(stored) == before


def test_a_separator_at_the_edge_of_an_envelope_cuts_nothing(operations: PageOperations) -> None:
    stored, pages = _scan(("48151623", ["48151623", None, None]))
    Page.update(is_blank=True).where(Page.id == pages[2]).execute()
    operations.set_page_kind(pages[2], PageKind.SEPARATOR, "clerk")
    operations.set_page_kind(pages[0], PageKind.SEPARATOR, "clerk")
    assert _layout(stored) == [("48151623", [1])] and stored.submissions.count() == 1
    assert events("48151623")[-2:] == [
        ("separator_marked", "clerk", "page 3: separator"),
        ("separator_marked", "clerk", "page 1: separator"),
    ]
    operations.undo_last("clerk")
    operations.undo_last("clerk")
    assert _layout(stored) == [("48151623", [0, 1, 2])]
    assert Page.get_by_id(pages[2]).is_blank and not Page.get_by_id(pages[2]).is_separator


def test_a_separator_marked_back_joins_the_envelope_before_it_or_after_it_when_first(
    operations: PageOperations,
) -> None:
    stored, pages = _scan(SEPARATOR, ("48151623", ["48151623"]), SEPARATOR, ("73920158", ["73920158"]))
    operations.set_page_kind(pages[2], PageKind.BLANK, "clerk")
    operations.set_page_kind(pages[0], PageKind.CONTENT, "clerk")
    assert _layout(stored) == [("48151623", [0, 1, 2]), ("73920158", [3])]
    flags = Page.get_by_id(pages[2])
    assert (flags.is_blank, flags.is_separator) == (True, False)
    assert events("48151623")[-2:] == [
        ("separator_unmarked", "clerk", "page 3: blank"),
        ("separator_unmarked", "clerk", "page 1: content"),
    ]
    operations.undo_last("clerk")
    operations.undo_last("clerk")
    assert _layout(stored) == [("48151623", [1]), ("73920158", [3])]
    assert [Page.get_by_id(page_id).is_separator for page_id in pages] == [True, False, True, False]


def test_a_lone_separator_marked_back_becomes_an_unsorted_envelope(operations: PageOperations) -> None:
    stored, pages = _scan(SEPARATOR)
    operations.set_page_kind(pages[0], PageKind.CONTENT, "clerk")
    created = _envelope_of(pages[0])
    assert (created.dossier_id, created.needs_review, created.review_reason) == (None, True, "split_by_hand")
    assert [row.submission_id for row in unsorted_rows()] == [created.id]
    operations.undo_last("clerk")
    assert stored.submissions.count() == 0 and Page.get_by_id(pages[0]).is_separator


def test_blank_and_content_only_change_the_flag_and_the_same_kind_is_refused(operations: PageOperations) -> None:
    stored, pages = _scan(("48151623", ["48151623", None]))
    changes = operations.set_page_kind(pages[1], PageKind.BLANK, "clerk")
    assert Page.get_by_id(pages[1]).is_blank and changes.dossiers == {dossier("48151623").id}
    assert events("48151623")[-1] == ("page_kind_changed", "clerk", "page 2: blank")
    assert _layout(stored) == [("48151623", [0, 1])]
    with pytest.raises(NothingToChange):
        operations.set_page_kind(pages[1], PageKind.BLANK, "clerk")
    with pytest.raises(InvalidValue):
        operations.set_page_kind(pages[1], "stapled", "clerk")  # type: ignore[arg-type]
    operations.undo_last("clerk")
    assert not Page.get_by_id(pages[1]).is_blank
    assert events("48151623")[-1] == ("page_operation_undone", "clerk", "set_page_kind")


def test_sending_an_envelope_to_unsorted(operations: PageOperations) -> None:
    stored, pages = _scan(("48151623", ["48151623", None]))
    envelope = _envelope_of(pages[0])
    before = Submission.get_by_id(envelope.id).__data__.copy()
    changes = operations.send_to_unsorted(envelope.id, "clerk")
    sent = Submission.get_by_id(envelope.id)
    assert (sent.dossier_id, sent.procedure_number, sent.needs_review, sent.review_reason) == (
        None,
        None,
        True,
        "sent_to_unsorted",
    )
    assert changes.dossiers == {dossier("48151623").id} and changes.queues
    assert events("48151623")[-1] == ("sent_to_unsorted", "clerk", f"file {stored.original_name}")
    assert [row.submission_id for row in unsorted_rows()] == [envelope.id]
    with pytest.raises(NothingToChange):
        operations.send_to_unsorted(envelope.id, "clerk")
    operations.undo_last("clerk")
    assert Submission.get_by_id(envelope.id).__data__ == before
    assert events("48151623")[-1] == ("page_operation_undone", "clerk", "send_to_unsorted")


def test_a_typed_number_assigns_an_unsorted_envelope_and_moves_a_sorted_one(operations: PageOperations) -> None:
    _, pages = _scan((None, [None]), ("48151623", ["48151623"]))
    unsorted, sorted_ = _envelope_of(pages[0]).id, _envelope_of(pages[1]).id
    operations.number_envelope(unsorted, "73920158", "clerk")
    assert events("73920158")[-1][0] == "created" and PageOperation.get().kind == "assign_submission"
    operations.number_envelope(sorted_, "73920158", "clerk")
    moved = Submission.get_by_id(sorted_)
    assert (moved.procedure_number, moved.number_source) == ("73920158", "manual")
    assert events("48151623")[-1] == ("submission_moved_out", "clerk", "73920158")
    with pytest.raises(NothingToChange):
        operations.number_envelope(sorted_, "73920158", "clerk")
    with pytest.raises(InvalidValue):
        operations.number_envelope(sorted_, "7392", "clerk")
    assert operations.undo_last("clerk").kind == "move_submission"
    assert Submission.get_by_id(sorted_).procedure_number == "48151623"
    assert Dossier.select().count() == 2


def _flag(page_id: int, reason: str) -> Submission:
    envelope = _envelope_of(page_id)
    Submission.update(needs_review=True, review_reason=reason).where(Submission.id == envelope.id).execute()
    return Submission.get_by_id(envelope.id)


def test_cutting_where_a_separator_was_missed_settles_the_warning_and_undo_restores_it(
    operations: PageOperations,
) -> None:
    _stored, pages = _scan(("48151623", ["48151623", None, None, None]))
    flagged = _flag(pages[0], "too_many_pages")
    operations.split_submission(flagged.id, pages[2], "clerk")
    assert (Submission.get_by_id(flagged.id).needs_review, Submission.get_by_id(flagged.id).review_reason) == (
        False,
        "",
    )
    operations.undo_last("clerk")
    assert Submission.get_by_id(flagged.id).review_reason == "too_many_pages"


def test_typing_the_number_an_envelope_already_has_marks_it_checked(operations: PageOperations) -> None:
    _stored, pages = _scan(("48151623", ["48151623", "73920158"]))
    flagged = _flag(pages[0], "several_numbers_in_envelope")
    operations.number_envelope(flagged.id, "48151623", "clerk")
    assert not Submission.get_by_id(flagged.id).needs_review
    assert events("48151623")[-1] == ("envelope_checked", "clerk", "several_numbers_in_envelope")
    with pytest.raises(NothingToChange):
        operations.number_envelope(flagged.id, "48151623", "clerk")
    operations.undo_last("clerk")
    assert Submission.get_by_id(flagged.id).needs_review


def test_an_unsorted_envelope_emptied_by_a_merge_leaves_the_technicians_queue(operations: PageOperations) -> None:
    _stored, pages = _scan(("48151623", ["48151623"]), (None, [None, None]))
    assert queue_counts()["unsorted"] == 1 and len(unsorted_rows(0, 10)) == 1
    operations.merge_submissions(_envelope_of(pages[0]).id, _envelope_of(pages[1]).id, "clerk")
    assert queue_counts()["unsorted"] == 0 and unsorted_rows(0, 10) == []
