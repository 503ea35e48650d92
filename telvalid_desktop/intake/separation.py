"""Cut the pages of one file into submissions and decide each one's procedure number.

Rules (issue 2): a submission starts at the file start, after a separator sheet, at
a page carrying a different procedure number, or at a page showing the procedure label
with no readable number (issue 15: a boundary doubt never keeps a number); pages without a number belong to the
submission before them; pages before any number form an unsorted submission, except
in a batch cut by separator sheets, where the sheets, not the numbers, mark envelopes.
In a file of several envelopes and no separator sheet, the pages an envelope ends with
that carry no number are set apart, unsorted and flagged: where the next envelope starts
is a guess, and a guess never files a page under a number. A page whose
header reads a number a digit or two away from its neighbours' is far
more likely a misread than another customer, unless both numbers are confirmed on
their own: such pages stay together and are flagged as disagreeing.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from telvalid_desktop.intake.page_kind import looks_like_document
from telvalid_desktop.intake.trust import Doubt, Verdict, are_near, header_verdict
from telvalid_desktop.intake.types import NumberReading, PageAnalysis

# An envelope rarely holds more document pages than this: more suggests a missed separator.
MAX_ENVELOPE_PAGES = 30


class ReviewFlag(StrEnum):
    """Guards against a separator sheet the mailroom forgot."""

    TOO_MANY_PAGES = "too_many_pages"
    SEVERAL_NUMBERS = "several_numbers_in_envelope"
    UNCLEAR_BOUNDARY = "unclear_envelope_boundary"


@dataclass
class Run:
    """Consecutive pages of one envelope, as first cut by the numbers read on them."""

    pages: list[PageAnalysis] = field(default_factory=list)

    @property
    def readings(self) -> list[NumberReading]:
        return [page.reading for page in self.pages if page.reading is not None]

    @property
    def anchor(self) -> str | None:
        readings = self.readings
        return readings[0].number if readings else None


@dataclass(frozen=True)
class PlannedSubmission:
    """One submission of a file, before it is stored.

    Attributes:
        pages: 0-based indices of its pages (blank pages included, separators not).
        verdict: the accepted number or why there is none.
        disagreeing: pages whose header reads another number than the accepted one.
        first_content_page: the first non-blank page (where a cover letter would be).
        flags: why a person should look at it although it has a number (a missed separator?).
        quoted: every reading it has was quoted in a page's body (an e-mailed letter's text).
    """

    pages: tuple[int, ...]
    verdict: Verdict
    disagreeing: tuple[int, ...]
    first_content_page: int | None
    flags: tuple[ReviewFlag, ...] = ()
    quoted: bool = False  # its number comes from a letter's words, not from a header

    @property
    def has_header_readings(self) -> bool:
        return self.verdict.doubt not in (Doubt.NO_NUMBER, Doubt.UNCLEAR_BOUNDARY)


def _segments(pages: Sequence[PageAnalysis]) -> list[list[PageAnalysis]]:
    """Split at separator sheets, which are dropped."""
    segments: list[list[PageAnalysis]] = [[]]
    for page in pages:
        if page.is_separator:
            segments.append([])
        else:
            segments[-1].append(page)
    return [segment for segment in segments if segment]


def _runs(segment: Sequence[PageAnalysis]) -> list[Run]:
    """Start a new run wherever a page reads a number other than the run's own, and at a page
    whose header shows the procedure label without a readable number: the first page of a
    form is far more likely the start of another envelope than a page of the one before."""
    runs = [Run()]
    for page in segment:
        current = runs[-1]
        other_number = page.reading is not None and current.anchor != page.reading.number
        unread_form = page.reading is None and page.label_seen and not page.is_blank
        if current.pages and (other_number or unread_form):
            runs.append(Run())
        runs[-1].pages.append(page)
    return _rejoin_sandwiched(runs)


def _rejoin_sandwiched(runs: list[Run]) -> list[Run]:
    """A run with no number between two runs of the same number is that form's unread page:
    the envelope goes on, nothing contradicts it."""
    joined: list[Run] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        following = runs[index + 2] if index + 2 < len(runs) else None
        middle = runs[index + 1] if index + 1 < len(runs) else None
        if following is not None and middle is not None and middle.anchor is None and run.anchor is not None:
            if following.anchor == run.anchor:
                run.pages.extend(middle.pages + following.pages)
                runs[index + 2] = run
                index += 2
                continue
        joined.append(run)
        index += 1
    return joined


def _merge_misreads(runs: list[Run], known: Collection[str]) -> list[Run]:
    """Join neighbouring runs whose numbers are near, unless both stand on their own."""
    merged: list[Run] = []
    for run in runs:
        previous = merged[-1] if merged else None
        if previous is not None and previous.anchor is not None and run.anchor is not None:
            both_confirmed = (
                header_verdict(previous.readings, known).number is not None
                and header_verdict(run.readings, known).number is not None
            )
            if are_near(previous.anchor, run.anchor) and not both_confirmed:
                previous.pages.extend(run.pages)
                continue
        merged.append(run)
    return merged


def _plan(run: Run, known: Collection[str]) -> PlannedSubmission:
    verdict = header_verdict(run.readings, known)
    disagreeing = tuple(
        page.index
        for page in run.pages
        if page.reading is not None and verdict.number is not None and page.reading.number != verdict.number
    )
    content = [page.index for page in run.pages if not page.is_blank]
    readings = run.readings
    return PlannedSubmission(
        pages=tuple(page.index for page in run.pages),
        verdict=verdict,
        disagreeing=disagreeing,
        first_content_page=content[0] if content else None,
        quoted=bool(readings) and all(reading.where == "body" for reading in readings),
    )


def plan_submissions(
    pages: Sequence[PageAnalysis],
    known: Collection[str] = (),
    max_envelope_pages: int = MAX_ENVELOPE_PAGES,
    *,
    single_envelope: bool = False,
) -> list[PlannedSubmission]:
    """The submissions of one file, in page order.

    Args:
        pages: the analysis of every page, in order.
        known: procedure numbers of the manager export (may be empty).
        max_envelope_pages: more document pages than this in one submission flags it for review.
        single_envelope: the file is one sending (an e-mail attachment, a fax, a photo): like an
            envelope between separator sheets, pages before its number are its own.
    """
    plans: list[PlannedSubmission] = []
    segments = _segments(pages)
    separated = _separated(pages, single_envelope)
    for segment in segments:
        runs = _merge_misreads(_runs(segment), known)
        if separated:
            runs = _join_leading_pages(runs, known)
        segment_plans = [_plan(run, known) for run in runs]
        if separated and len({plan.verdict.number for plan in segment_plans if plan.verdict.number}) > 1:
            segment_plans = [_flagged(plan, ReviewFlag.SEVERAL_NUMBERS) for plan in segment_plans]
        plans.extend(segment_plans)
    blank = {page.index for page in pages if page.is_blank}
    plans = [
        _flagged(plan, ReviewFlag.TOO_MANY_PAGES)
        if sum(index not in blank for index in plan.pages) > max_envelope_pages
        else plan
        for plan in _fold_blank_only(plans)
    ]
    if not separated and len({plan.verdict.number for plan in plans if plan.verdict.number}) > 1:
        plans = [part for plan in plans for part in _doubtful_tail_apart(plan, pages)]
    return plans


def _doubtful_tail_apart(plan: PlannedSubmission, pages: Sequence[PageAnalysis]) -> list[PlannedSubmission]:
    """In a batch of several envelopes with no separator sheet, the document pages after an
    envelope's last numbered page may as well open the next envelope (a RIB before its form, a
    complement with no number): nothing on them says whose they are, so they go apart, unsorted,
    for a person (or a letter among them, read whole, to say). A boundary doubt keeps no number."""
    if plan.verdict.number is None or not _ends_unnumbered(plan, pages):
        return [plan]
    last = max(index for index in plan.pages if pages[index].reading is not None)
    content = [index for index in plan.pages if index > last and not pages[index].is_blank]
    head = tuple(index for index in plan.pages if index < content[0])
    tail = tuple(index for index in plan.pages if index >= content[0])
    return [_part(plan, head, plan.first_content_page), _doubtful(tail, content[0])]


def _separated(pages: Sequence[PageAnalysis], single_envelope: bool) -> bool:
    """Does the file say where its envelopes end (separator sheets, or one sending: e-mail, fax, photo)?"""
    return single_envelope or any(page.is_separator for page in pages)


def may_be_a_letter(page: PageAnalysis) -> bool:
    """A scanned page with writing that names no document (a RIB, an ID card, a Kbis... never quote
    the number): it may be a letter, worth a full-page read, and may open an envelope."""
    return not (page.is_blank or page.is_separator or page.has_text_layer or looks_like_document(page.header_text))


def split_at_letter(
    plan: PlannedSubmission, letter: int, pages: Sequence[PageAnalysis], *, single_envelope: bool
) -> list[PlannedSubmission]:
    """A part with no header number, cut around the page of a letter that quotes a number.

    In a batch without separator sheets a cover letter opens its envelope, and where that ends is
    unknown: the pages of a doubtful part before it, and every page from the next page that may be
    another letter on (a handwritten complement, the next customer's), stay apart, unsorted.
    Between separator sheets, or in an e-mail or a fax, the envelope is the letter's, whatever the
    page it sits on (behind a fax cover sheet or the ID card).
    """
    if _separated(pages, single_envelope):
        return [plan]
    before = tuple(index for index in plan.pages if index < letter)
    parts = []
    if plan.verdict.doubt is Doubt.UNCLEAR_BOUNDARY and not all(pages[index].is_blank for index in before):
        parts.append(_part(plan, before, plan.first_content_page))
        own = tuple(index for index in plan.pages if index >= letter)
    else:
        own = plan.pages
    later = [index for index in own if index > letter and may_be_a_letter(pages[index])]
    if not later:
        return [*parts, _part(plan, own, letter if parts else plan.first_content_page)]
    return [
        *parts,
        _part(plan, tuple(index for index in own if index < later[0]), letter if parts else plan.first_content_page),
        _doubtful(tuple(index for index in own if index >= later[0]), later[0]),
    ]


def _part(plan: PlannedSubmission, pages: tuple[int, ...], first_content_page: int | None) -> PlannedSubmission:
    return replace(
        plan,
        pages=pages,
        disagreeing=tuple(index for index in plan.disagreeing if index in pages),
        first_content_page=first_content_page,
    )


def _doubtful(pages: tuple[int, ...], first_content_page: int) -> PlannedSubmission:
    """Pages whose envelope is a guess: unsorted, whatever number is near them."""
    return PlannedSubmission(
        pages, Verdict(None, Doubt.UNCLEAR_BOUNDARY), (), first_content_page, (ReviewFlag.UNCLEAR_BOUNDARY,)
    )


def _ends_unnumbered(plan: PlannedSubmission, pages: Sequence[PageAnalysis]) -> bool:
    """Document pages after the envelope's last numbered page: in a batch with no separator
    sheet they may as well open the next envelope (a RIB before its form, a complement
    without a number), so a person must say where it starts."""
    numbered = [index for index in plan.pages if pages[index].reading is not None]
    after = [index for index in plan.pages if not numbered or index > numbered[-1]]
    return any(not pages[index].is_blank for index in after)


def _flagged(plan: PlannedSubmission, flag: ReviewFlag) -> PlannedSubmission:
    return replace(plan, flags=(*plan.flags, flag))


def _join_leading_pages(runs: list[Run], known: Collection[str]) -> list[Run]:
    """In a batch cut by separator sheets each segment is one envelope: pages before its
    form belong to it, provided the envelope carries a single accepted number."""
    if len(runs) < 2 or runs[0].anchor is not None:
        return runs
    numbers = {header_verdict(run.readings, known).number for run in runs[1:]}
    if len(numbers) != 1 or None in numbers:
        return runs
    runs[1].pages[:0] = runs[0].pages
    return runs[1:]


def _fold_blank_only(plans: list[PlannedSubmission]) -> list[PlannedSubmission]:
    """A submission of blank pages only (the back of a separator sheet) joins a neighbour."""
    folded: list[PlannedSubmission] = []
    carried: tuple[int, ...] = ()
    for plan in plans:
        if plan.first_content_page is None:
            carried += plan.pages
            continue
        folded.append(replace(plan, pages=tuple(sorted(carried + plan.pages))))
        carried = ()
    if carried and folded:
        folded[-1] = replace(folded[-1], pages=folded[-1].pages + carried)
    elif carried:
        folded.append(PlannedSubmission(carried, Verdict(None, Doubt.NO_NUMBER), (), None))
    return folded
