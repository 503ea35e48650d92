"""When is a procedure number read on some pages good enough to file pages under it?

A wrong number puts one customer's bank details in another's dossier, so a number is
only accepted on evidence: an exact text layer or barcode; or OCR reads that agree
across the pages of a form; or one confident OCR read. When the manager export is
loaded, an OCR read must be a known procedure, and one that sits one digit away from
another known procedure (numbers are often issued in sequence) needs more than one
page or a very high confidence. A number a letter quotes after a bare "Réf." counts only
when the export knows it. Everything else is left to a person.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from telvalid_desktop.intake.types import NumberReading, ReadMethod

SINGLE_READ_CONFIDENCE = 0.80  # one OCR page, no other evidence
CROWDED_SINGLE_READ_CONFIDENCE = 0.95  # one OCR page, a known neighbour one digit away
# One OCR page whose number the export knows, with no other known number within two digits: a
# misread would have to change three digits and land on a real procedure. Fax and phone pages
# read right but below 0.8 were left unsorted (issue 15).
ISOLATED_KNOWN_READ_CONFIDENCE = 0.50
AGREEING_READ_CONFIDENCE = 0.50  # each of two or more OCR pages that agree
BODY_READ_CONFIDENCE = 0.80  # number quoted in a cover letter, no export to check it
CONFLICT_RATIO = 0.8  # a rival number with this share of the evidence makes it ambiguous
EXACT_METHODS = frozenset({ReadMethod.TEXT_LAYER, ReadMethod.BARCODE, ReadMethod.MANUAL})


class Doubt(StrEnum):
    """Why no number was accepted (shown to the person who sorts it)."""

    NONE = ""
    NO_NUMBER = "no_number"
    UNCONFIRMED = "unconfirmed_number"
    CONFLICTING = "conflicting_numbers"
    UNKNOWN = "unknown_number"
    UNCLEAR_BOUNDARY = "unclear_envelope_boundary"  # whose these pages are is a guess (no separator sheet)


@dataclass(frozen=True)
class Verdict:
    """The number accepted for a group of readings, or the reason for doubt."""

    number: str | None
    doubt: Doubt


def digit_distance(first: str, second: str) -> int:
    """Edit distance between two digit strings (they are short: plain DP is enough)."""
    previous = list(range(len(second) + 1))
    for row, char_a in enumerate(first, start=1):
        current = [row]
        for column, char_b in enumerate(second, start=1):
            current.append(
                min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def are_near(first: str, second: str) -> bool:
    """Could one be a misread of the other (at most two digits off)?"""
    return digit_distance(first, second) <= 2


def _one_digit_away(number: str) -> Iterator[str]:
    """Every string one substitution, deletion or insertion of a digit away from ``number``."""
    digits = "0123456789"
    for position in range(len(number) + 1):
        head, tail = number[:position], number[position:]
        for digit in digits:
            yield head + digit + tail  # insertion
            if tail and digit != tail[0]:
                yield head + digit + tail[1:]  # substitution
        if tail:
            yield head + tail[1:]  # deletion


def _has_known_neighbour(number: str, known: Collection[str]) -> bool:
    """Probe the ~200 strings a digit away instead of comparing with every known number
    (the export can hold hundreds of thousands)."""
    return any(candidate in known for candidate in _one_digit_away(number) if candidate != number)


def _has_known_neighbour_within_two(number: str, known: Collection[str]) -> bool:
    """A known number two digits away (a swap, two misread digits)? ~40,000 probes, a few ms."""
    return any(far in known and far != number for near in set(_one_digit_away(number)) for far in _one_digit_away(near))


def _single_read_threshold(number: str, known: Collection[str]) -> float:
    """How sure one OCR read must be, given the export (empty: no export)."""
    if not known:
        return SINGLE_READ_CONFIDENCE
    if _has_known_neighbour(number, known):
        return CROWDED_SINGLE_READ_CONFIDENCE
    if _has_known_neighbour_within_two(number, known):
        return SINGLE_READ_CONFIDENCE
    return ISOLATED_KNOWN_READ_CONFIDENCE


def _ocr_verdict(readings: Sequence[NumberReading], known: Collection[str]) -> Verdict:
    scores: dict[str, float] = {}
    counts: dict[str, int] = {}
    for reading in readings:
        scores[reading.number] = scores.get(reading.number, 0.0) + reading.confidence
        counts[reading.number] = counts.get(reading.number, 0) + 1
    ranked = sorted(scores, key=lambda number: scores[number], reverse=True)
    best = ranked[0]
    if len(ranked) > 1 and scores[ranked[1]] >= CONFLICT_RATIO * scores[best]:
        return Verdict(None, Doubt.CONFLICTING)
    if known and best not in known:
        return Verdict(None, Doubt.UNKNOWN)
    agreeing = [r.confidence for r in readings if r.number == best]
    if counts[best] >= 2 and min(sorted(agreeing)[-2:]) >= AGREEING_READ_CONFIDENCE:
        return Verdict(best, Doubt.NONE)
    if max(agreeing) >= _single_read_threshold(best, known):
        return Verdict(best, Doubt.NONE)
    return Verdict(None, Doubt.UNCONFIRMED)


def _counts(reading: NumberReading, known: Collection[str]) -> bool:
    """A number quoted after a bare "Réf." counts only when the export knows it (a customer's own
    reference may have as many digits)."""
    return not reading.reference or reading.number in known


def header_verdict(readings: Sequence[NumberReading], known: Collection[str]) -> Verdict:
    """Decide the number of a run of pages from the header readings found on it."""
    if not readings:
        return Verdict(None, Doubt.NO_NUMBER)
    if not any(_counts(reading, known) for reading in readings):
        return Verdict(None, Doubt.UNKNOWN if known else Doubt.UNCONFIRMED)
    readings = [reading for reading in readings if _counts(reading, known)]
    exact = {reading.number for reading in readings if reading.method in EXACT_METHODS}
    if len(exact) == 1:
        return Verdict(exact.pop(), Doubt.NONE)
    if len(exact) > 1:
        return Verdict(None, Doubt.CONFLICTING)
    return _ocr_verdict(readings, known)


def body_verdict(reading: NumberReading | None, known: Collection[str]) -> Verdict:
    """Decide whether a number quoted in the body of a letter can be trusted."""
    if reading is None:
        return Verdict(None, Doubt.NO_NUMBER)
    if not _counts(reading, known):
        return Verdict(None, Doubt.UNKNOWN if known else Doubt.UNCONFIRMED)
    if reading.method in EXACT_METHODS:
        return Verdict(reading.number, Doubt.NONE)
    if known and reading.number not in known:
        return Verdict(None, Doubt.UNKNOWN)
    threshold = _single_read_threshold(reading.number, known) if known else BODY_READ_CONFIDENCE
    if reading.confidence >= threshold:
        return Verdict(reading.number, Doubt.NONE)
    return Verdict(None, Doubt.UNCONFIRMED)
