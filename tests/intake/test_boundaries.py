"""A boundary doubt never keeps a number (issue 15): a form page whose number cannot be read
starts a submission of its own, in the unsorted queue, instead of joining the envelope before."""

from __future__ import annotations

from telvalid_desktop.intake.separation import plan_submissions
from telvalid_desktop.intake.types import NumberReading, PageAnalysis, ReadMethod


def _numbered(index: int, number: str) -> PageAnalysis:
    return PageAnalysis(index, reading=NumberReading(number, ReadMethod.TEXT_LAYER, 1.0), label_seen=True)


def test_unread_form_page_starts_an_unsorted_submission() -> None:
    pages = [
        _numbered(0, "48151623"),
        PageAnalysis(1),  # RIB of the first envelope
        PageAnalysis(2, label_seen=True),  # next envelope's form: label read, number not
        PageAnalysis(3),  # its ID card
        PageAnalysis(4),  # its cheque
    ]
    plans = plan_submissions(pages)
    assert [(plan.pages, plan.verdict.number) for plan in plans] == [((0, 1), "48151623"), ((2, 3, 4), None)]


def test_next_numbered_page_ends_the_unread_submission() -> None:
    pages = [PageAnalysis(0, label_seen=True), PageAnalysis(1), _numbered(2, "23571113")]
    plans = plan_submissions(pages)
    assert [(plan.pages, plan.verdict.number) for plan in plans] == [((0, 1), None), ((2,), "23571113")]


def test_between_separator_sheets_the_envelope_keeps_its_single_number() -> None:
    pages = [
        PageAnalysis(0, is_separator=True),
        PageAnalysis(1, label_seen=True),
        _numbered(2, "23571113"),
        PageAnalysis(3),
    ]
    plans = plan_submissions(pages)
    assert [(plan.pages, plan.verdict.number) for plan in plans] == [((1, 2, 3), "23571113")]


def test_unread_page_between_pages_of_one_form_stays_in_it() -> None:
    pages = [_numbered(0, "48151623"), PageAnalysis(1, label_seen=True), _numbered(2, "48151623"), PageAnalysis(3)]
    plans = plan_submissions(pages)
    assert [(plan.pages, plan.verdict.number) for plan in plans] == [((0, 1, 2, 3), "48151623")]
