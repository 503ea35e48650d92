"""Cutting files into submissions and trusting numbers: the rules, on page analyses made by hand."""

from __future__ import annotations

from telvalid_desktop.intake.separation import ReviewFlag, plan_submissions, split_at_letter
from telvalid_desktop.intake.trust import Doubt, Verdict, body_verdict, digit_distance, header_verdict
from telvalid_desktop.intake.types import NumberReading, PageAnalysis, ReadMethod

A = "48151623"
B = "73920158"


def ocr(number: str, confidence: float = 0.9) -> NumberReading:
    return NumberReading(number=number, method=ReadMethod.OCR, confidence=confidence)


def text(number: str) -> NumberReading:
    return NumberReading(number=number, method=ReadMethod.TEXT_LAYER, confidence=1.0)


def page(index: int, reading: NumberReading | None = None, **flags: bool) -> PageAnalysis:
    return PageAnalysis(index=index, reading=reading, **flags)


def summary(pages: list[PageAnalysis], known: frozenset[str] = frozenset()) -> list[tuple[tuple[int, ...], str | None]]:
    return [(plan.pages, plan.verdict.number) for plan in plan_submissions(pages, known)]


def test_pages_without_number_follow_the_form_and_a_new_number_starts_a_submission() -> None:
    pages = [page(0, text(A)), page(1, text(A)), page(2), page(3)]
    assert summary(pages) == [((0, 1, 2, 3), A)]
    # Several envelopes and no separator sheet: whose the unnumbered pages are is a guess (issue 15).
    pages = [page(0, text(A)), page(1, text(A)), page(2), page(3), page(4, text(B)), page(5)]
    assert summary(pages) == [((0, 1), A), ((2, 3), None), ((4,), B), ((5,), None)]


def test_pages_before_any_number_form_an_unsorted_submission() -> None:
    plans = plan_submissions([page(0), page(1), page(2, text(A)), page(3)])
    assert [(plan.pages, plan.verdict.number) for plan in plans] == [((0, 1), None), ((2, 3), A)]
    assert plans[0].verdict.doubt == Doubt.NO_NUMBER
    assert plans[0].first_content_page == 0


def test_separator_sheets_cut_and_are_dropped_and_their_blank_backs_stay_with_the_envelope() -> None:
    pages = [
        page(0, text(A)), page(1),
        page(2, is_separator=True), page(3, is_blank=True),
        page(4), page(5, text(A)),
        page(6, is_separator=True), page(7, is_blank=True),
    ]
    assert summary(pages) == [((0, 1), A), ((3, 4, 5, 7), A)]


def test_with_separator_sheets_pages_before_the_form_belong_to_its_envelope() -> None:
    pages = [page(0), page(1, text(A)), page(2, is_separator=True), page(3), page(4, text(B)), page(5, ocr(A))]
    assert summary(pages) == [((0, 1), A), ((3,), None), ((4,), B), ((5,), A)]


def test_a_misread_page_stays_with_its_form_and_is_flagged() -> None:
    pages = [page(0, ocr(A, 0.92)), page(1, ocr("48141623", 0.4)), page(2)]
    plans = plan_submissions(pages)
    assert [(plan.pages, plan.verdict.number) for plan in plans] == [((0, 1, 2), A)]
    assert plans[0].disagreeing == (1,)


def test_two_confirmed_neighbouring_numbers_are_two_customers() -> None:
    neighbour = "48151624"
    pages = [page(0, ocr(A)), page(1, ocr(A)), page(2, ocr(neighbour)), page(3, ocr(neighbour))]
    assert summary(pages) == [((0, 1), A), ((2, 3), neighbour)]


def test_equally_supported_different_numbers_are_left_to_a_person() -> None:
    verdict = header_verdict([ocr(A, 0.9), ocr("48151629", 0.9)], known=())
    assert (verdict.number, verdict.doubt) == (None, Doubt.CONFLICTING)


def test_a_lone_weak_read_is_not_trusted() -> None:
    verdict = header_verdict([ocr(A, 0.6)], known=())
    assert verdict.number is None and verdict.doubt == Doubt.UNCONFIRMED


def test_with_the_export_an_unknown_ocr_number_is_not_trusted_but_text_is() -> None:
    known = frozenset({B})
    assert header_verdict([ocr(A, 0.99), ocr(A, 0.99)], known).doubt == Doubt.UNKNOWN
    assert header_verdict([text(A)], known).number == A


def test_a_known_neighbour_demands_more_than_one_fair_read() -> None:
    known = frozenset({A, "48151624"})
    assert header_verdict([ocr(A, 0.9)], known).number is None
    assert header_verdict([ocr(A, 0.97)], known).number == A
    assert header_verdict([ocr(A, 0.7), ocr(A, 0.8)], known).number == A


def test_body_numbers_must_be_known_when_the_export_is_there() -> None:
    assert body_verdict(ocr(A, 0.9), frozenset({B})).number is None
    assert body_verdict(ocr(A, 0.6), frozenset({A})).number == A
    assert body_verdict(ocr(A, 0.6), frozenset()).number is None
    assert body_verdict(None, frozenset()).doubt == Doubt.NO_NUMBER


def test_digit_distance() -> None:
    assert digit_distance("48151623", "48151623") == 0
    assert digit_distance("48151623", "48141623") == 1
    assert digit_distance("48151623", "4815162") == 1


def test_guards_flag_a_likely_missed_separator() -> None:
    pages = [
        page(0, text(A)), page(1),
        page(2, is_separator=True),
        page(3, text(A)), page(4), page(5, text(B)), page(6),
    ]
    plans = plan_submissions(pages)
    assert [(plan.pages, plan.verdict.number, plan.flags) for plan in plans] == [
        ((0, 1), A, ()),
        ((3, 4), A, (ReviewFlag.SEVERAL_NUMBERS,)),
        ((5, 6), B, (ReviewFlag.SEVERAL_NUMBERS,)),
    ]
    long_run = [page(0, text(A)), *(page(i) for i in range(1, 5)), page(5, is_blank=True)]
    assert plan_submissions(long_run, max_envelope_pages=4)[0].flags == (ReviewFlag.TOO_MANY_PAGES,)
    assert plan_submissions(long_run, max_envelope_pages=5)[0].flags == ()  # blank backs do not count


def test_known_neighbours_are_found_without_scanning_the_export() -> None:
    known = frozenset({A, "48151624", "4815162", "481516233"} | {str(n) for n in range(10_000_000, 10_200_000)})
    assert header_verdict([ocr("48151625", 0.9)], known).number is None  # unknown
    assert header_verdict([ocr(A, 0.9)], known).number is None  # neighbours one digit away: not enough
    assert header_verdict([ocr("73920158", 0.9)], frozenset({"73920158"})).number == "73920158"


def test_without_separator_sheets_the_unnumbered_end_of_an_envelope_goes_apart_unsorted() -> None:
    pages = [page(0, text(A)), page(1), page(2, text(B)), page(3, text(B)), page(4, is_blank=True)]
    plans = plan_submissions(pages)
    assert [(plan.pages, plan.verdict.number, plan.flags) for plan in plans] == [
        ((0,), A, ()),
        ((1,), None, (ReviewFlag.UNCLEAR_BOUNDARY,)),  # page 1 (a RIB?) may open B's envelope
        ((2, 3, 4), B, ()),  # ends on its own form (a blank back does not count)
    ]
    assert plans[1].first_content_page == 1
    assert plans[1].verdict.doubt == Doubt.UNCLEAR_BOUNDARY and not plans[1].has_header_readings
    alone = plan_submissions([page(0, text(A)), page(1), page(2)])  # one e-mail: form, RIB, ID
    assert [plan.flags for plan in alone] == [()]


def test_one_read_of_a_known_number_is_enough_only_when_no_other_known_number_is_near() -> None:
    isolated = frozenset({A, "99999999"})
    assert header_verdict([ocr(A, 0.6)], isolated).number == A
    two_away = frozenset({A, A[:-2] + A[-1] + A[-2]})  # the last two digits swapped: a real neighbour
    assert header_verdict([ocr(A, 0.6)], two_away).number is None
    assert header_verdict([ocr(A, 0.85)], two_away).number == A
    one_away = frozenset({A, A[:-1] + str((int(A[-1]) + 1) % 10)})
    assert header_verdict([ocr(A, 0.85)], one_away).number is None
    assert header_verdict([ocr(A, 0.6)], frozenset()).number is None


RIB = "RELEVÉ D'IDENTITÉ BANCAIRE"


def test_a_letter_in_a_doubtful_part_opens_its_envelope_and_the_pages_before_it_stay_apart() -> None:
    pages = [page(0, text(A)), page(1), page(2), page(3), PageAnalysis(index=4, header_text=RIB), page(5, text(B))]
    doubtful = plan_submissions(pages)[1]
    assert doubtful.pages == (1, 2, 3, 4) and doubtful.verdict.doubt == Doubt.UNCLEAR_BOUNDARY
    before, letter = split_at_letter(doubtful, 3, pages, single_envelope=False)
    assert (before.pages, letter.pages, letter.first_content_page) == ((1, 2), (3, 4), 3)
    assert before.verdict.doubt == letter.verdict.doubt == Doubt.UNCLEAR_BOUNDARY  # its number: the body read


def test_in_a_batch_without_separator_sheets_the_next_page_that_may_be_a_letter_ends_the_letters_envelope() -> None:
    handwritten = page(3)  # no number read, no document title: another customer's letter, maybe
    pages = [page(0), PageAnalysis(index=1, header_text=RIB), page(2, is_blank=True), handwritten, page(4)]
    [unnumbered] = plan_submissions(pages)
    ours, doubtful = split_at_letter(unnumbered, 0, pages, single_envelope=False)
    assert (ours.pages, doubtful.pages) == ((0, 1, 2), (3, 4))
    assert doubtful.verdict == Verdict(None, Doubt.UNCLEAR_BOUNDARY) and doubtful.flags == (
        ReviewFlag.UNCLEAR_BOUNDARY,
    )


def test_between_separator_sheets_or_in_an_email_the_envelope_is_the_letters() -> None:
    pages = [page(0), page(1), page(2)]
    [envelope] = plan_submissions(pages, single_envelope=True)
    assert split_at_letter(envelope, 1, pages, single_envelope=True) == [envelope]
    pages = [
        page(0, text(A)),
        page(1, is_blank=True),
        page(2),
        PageAnalysis(index=3, header_text=RIB),
        page(4, text(B)),
    ]
    doubtful = plan_submissions(pages)[1]
    assert split_at_letter(doubtful, 2, pages, single_envelope=False) == [doubtful]  # a blank back before it


def test_a_number_quoted_after_a_bare_reference_counts_only_when_the_export_knows_it() -> None:
    exact_reference = NumberReading(number=A, method=ReadMethod.TEXT_LAYER, confidence=1.0, reference=True)
    ocr_reference = NumberReading(number=A, method=ReadMethod.OCR, confidence=0.99, reference=True, where="body")
    assert header_verdict([exact_reference], frozenset()) == Verdict(None, Doubt.UNCONFIRMED)
    assert header_verdict([exact_reference], frozenset({B})) == Verdict(None, Doubt.UNKNOWN)
    assert header_verdict([exact_reference], frozenset({A})) == Verdict(A, Doubt.NONE)
    assert body_verdict(ocr_reference, frozenset()).number is None
    assert body_verdict(ocr_reference, frozenset({A})).number == A
