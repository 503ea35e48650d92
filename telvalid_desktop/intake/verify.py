"""How far a number read by OCR can be trusted: its digits' confidences, checked by reading again.

Tesseract's own confidence lets wrong digits through, so a read is re-read from the same
pixels prepared differently and loses most of its confidence when the two disagree; digits
that stand on top of each other (one glyph read twice) cost it too. The record made of it
carries the crop a person checks the number against.
"""

from __future__ import annotations

import io
import statistics
from dataclasses import dataclass, replace

from PIL import Image

from telvalid_desktop.intake import imageops
from telvalid_desktop.intake.ocr import OcrEngine, OcrResult
from telvalid_desktop.intake.patterns import (
    LabelledNumber,
    find_labelled_numbers,
    find_quoted_numbers,
    normalise_digits,
)
from telvalid_desktop.intake.trust import CROWDED_SINGLE_READ_CONFIDENCE
from telvalid_desktop.intake.types import NumberReading, ReadMethod
from telvalid_desktop.intake.view import View

CROP_WIDTH_PX = 1200
OCR_MARGIN_PX = 16
HINT_AGREES = 0.9
DISAGREE_FACTOR = 0.25
TWO_OF_THREE = 0.6  # two reads of three agree: files a page with the export or another page, not alone
UNVERIFIED_FACTOR = 0.5
AMBIGUOUS_CAP = 0.2
_FRAME_MARKS = " |[]():.-"
# Margins of a re-read crop (sides, above and below), in line heights: the labelled phrase with half a
# line all round; a stacked number with a line on its sides and a third above (clear of its label);
# the digits alone barely more than their own height (a label set close above cuts its letters in two).
PHRASE = (0.5, 0.5)
STACKED = (1.0, 1 / 3)
DIGITS_ALONE = (1.0, 1 / 8)
GHOST_PITCH = 0.5  # two digit centres closer than this share of the usual pitch: one glyph read twice


@dataclass(frozen=True)
class Found:
    """A labelled number read by OCR in some rows of a view, with its evidence."""

    view: View
    top: int  # first row of the OCR'd rows in the straightened view
    result: OcrResult
    match: LabelledNumber
    confidence: float


def padded_ocr(ocr: OcrEngine, image: Image.Image, psm: int) -> OcrResult:
    """OCR with a white margin (glyphs touching the edge are misread); boxes stay in ``image`` pixels."""
    result = ocr.recognize(imageops.pad(image, OCR_MARGIN_PX), psm=psm)
    m = OCR_MARGIN_PX
    boxes = tuple(None if b is None else (b[0] - m, b[1] - m, b[2] - m, b[3] - m) for b in result.boxes)
    return OcrResult(result.text, result.confidences, boxes, result.dictionary_share)


def score_match(
    view: View,
    top: int,
    image: Image.Image,
    result: OcrResult,
    matches: list[LabelledNumber],
    *,
    ocr: OcrEngine,
    quoted: bool = False,
) -> Found:
    """Score the first of ``matches``: digit confidences, checked against a second read.

    When the second read disagrees, a third (the digits alone, enlarged) may side with the
    first: two reads of three then stand, at a confidence that files the page only with more
    evidence (the export, another page). When the two agree but one of them is unsure, the
    third is read too: three agreeing reads stand at their median confidence (on both field
    sets, 254 pages read three times alike were all right, whereas a lone weak read kept a
    form whose number a known neighbour one digit away made crowded from being filed). A
    digit the boxes show read twice from one glyph is dropped when the second read saw it once.

    ``quoted``: found in a letter's words ("mon dossier ..."), so re-read the same way.
    """
    match = matches[0]
    confidence = first = result.confidence_of(*match.span) / 100
    second = _reread_number(image, result, match, ocr, quoted=quoted)
    third = _enlarged_digits(image, result, match, ocr) if second is None or second[0] != match.number else None
    opinion = second if second is not None else third  # the digits alone speak when the phrase read nothing
    ghost_free = _without_ghost_digits(result, match.span)
    if ghost_free is not None and opinion is not None and opinion[0] == ghost_free:
        match, ghost_free = replace(match, number=ghost_free), None
        confidence = min(confidence, opinion[1]) * TWO_OF_THREE
    elif opinion is None:
        confidence *= UNVERIFIED_FACTOR
    elif opinion[0] != match.number:
        if second is not None and third is not None and third[0] == match.number:  # it sides with the first
            confidence = min(confidence, third[1]) * TWO_OF_THREE
        else:
            confidence = min(confidence, opinion[1]) * DISAGREE_FACTOR
    else:
        confidence = min(confidence, opinion[1])
        if second is not None and confidence < CROWDED_SINGLE_READ_CONFIDENCE:
            third = _enlarged_digits(image, result, match, ocr)
            if third is not None and third[0] == match.number:
                confidence = statistics.median((first, second[1], third[1]))
    if ghost_free is not None:  # a digit seen twice by the LSTM, and no read without it
        confidence *= DISAGREE_FACTOR
    if len({m.number for m in matches}) > 1:  # two different labelled numbers: a person decides
        confidence = min(confidence, AMBIGUOUS_CAP)
    return Found(view, top, result, match, confidence)


def _without_ghost_digits(result: OcrResult, span: tuple[int, int]) -> str | None:
    """The number of ``span`` without the digits that stand (almost) on top of the same digit
    before them ("" if that is no number), or None when there is none.

    Printed digits share one advance width, so their centres are evenly spaced. The
    LSTM sometimes emits a digit twice from the same glyph (359887953 -> 3599887953),
    sure of both and confirmed by a re-read of the same pixels; the boxes betray it. Two
    different digits close together are not that: the LSTM often misplaces a word's first
    box, and a photo's perspective narrows the pitch along the line.
    """
    digits = [
        (char, (box[0] + box[2]) / 2)
        for char, box in zip(result.text[span[0] : span[1]], result.boxes[span[0] : span[1]], strict=True)
        if box is not None and char.isalnum()
    ]
    if len({centre for _, centre in digits}) < 3:  # an engine with word boxes only (pytesseract): nothing to check
        return None
    steps = [b[1] - a[1] for a, b in zip(digits, digits[1:], strict=False)]
    pitch = sorted(steps)[len(steps) // 2]
    ghosts = {
        index + 1
        for index, (before, after, step) in enumerate(zip(digits, digits[1:], steps, strict=False))
        if step < GHOST_PITCH * pitch and before[0] == after[0]
    }
    if not ghosts:
        return None
    return normalise_digits("".join(char for index, (char, _) in enumerate(digits) if index not in ghosts)) or ""


def _reread_number(
    image: Image.Image, result: OcrResult, match: LabelledNumber, ocr: OcrEngine, *, quoted: bool = False
) -> tuple[str, float] | None:
    """Read the number again from the same pixels prepared differently: (number, confidence 0..1).

    First the whole labelled phrase, binarised, as one line (cut around the digits alone,
    or through a neighbouring word, the LSTM tends to see a digit twice); a number stacked
    under its label is re-read alone. None when it finds no number at all (a frame's stroke,
    a glued colon): the digits alone are then read (``_enlarged_digits``).
    """
    stacked = "\n" in result.text[match.label_start : match.span[0]]
    box = result.box_of(*match.span) if stacked else result.box_of(match.label_start, match.span[1])
    if box is None:
        return None
    reread = padded_ocr(ocr, imageops.binarize(_around(image, box, STACKED if stacked else PHRASE)), psm=7)
    if stacked:
        verified = _bare_number(reread)
    else:
        numbers = (find_quoted_numbers if quoted else find_labelled_numbers)(reread.text)
        verified = (numbers[0].number, reread.confidence_of(*numbers[0].span) / 100) if len(numbers) == 1 else None
    return verified


def _enlarged_digits(
    image: Image.Image, result: OcrResult, match: LabelledNumber, ocr: OcrEngine
) -> tuple[str, float] | None:
    """The digits alone read at twice the scale: a third opinion that agrees or not, never a number of its own."""
    digits = result.box_of(*match.span)
    if digits is None:
        return None
    enlarged = imageops.scaled(_around(image, digits, DIGITS_ALONE), 2.0)
    return _bare_number(padded_ocr(ocr, enlarged, psm=7))


def _around(image: Image.Image, box: tuple[int, int, int, int], margins: tuple[float, float]) -> Image.Image:
    """``box`` of ``image`` with ``margins`` (sides, above and below) in shares of its height."""
    height = max(box[3] - box[1], 8)
    side, vertical = round(margins[0] * height), round(margins[1] * height)
    return image.crop(
        (
            max(box[0] - side, 0),
            max(box[1] - vertical, 0),
            min(box[2] + side, image.width),
            min(box[3] + vertical, image.height),
        )
    )


def _bare_number(reread: OcrResult) -> tuple[str, float] | None:
    """The number read alone on a line (a frame's strokes around it allowed, or the end of the label
    beside it in the crop: one stray letter, "E 43253681", or words up to its colon, "re : 541879575"):
    (number, confidence 0..1)."""
    core = reread.text.strip().strip(_FRAME_MARKS)
    label_end, colon, after = core.rpartition(":")
    if colon and not any(char.isdigit() for char in label_end):
        core = after.strip().strip(_FRAME_MARKS)
    if normalise_digits(core) is None:
        tokens = [token.strip(_FRAME_MARKS) for token in core.split()]
        numbers = [token for token in tokens if normalise_digits(token) is not None]
        if len(numbers) != 1 or any(len(token) > 1 and token not in numbers for token in tokens):
            return None
        core = numbers[0]
    number = normalise_digits(core)
    if number is None:
        return None
    start = reread.text.index(core)
    return number, reread.confidence_of(start, start + len(core)) / 100


def to_reading(found: Found, *, where: str, text_hint: str | None) -> NumberReading:
    """The public record for ``found``, with the band crop and the page box."""
    result, match, view = found.result, found.match, found.view
    confidence = found.confidence
    if text_hint is not None:
        confidence = max(confidence, HINT_AGREES) if text_hint == match.number else min(confidence, 0.3)
    box = result.box_of(match.label_start, match.span[1])
    top, bottom, left, right = 0, view.image.height, 0, None
    if box is not None:  # the label, the number and a little around them: what a person checks
        margin = box[3] - box[1]
        top, bottom = max(0, found.top + box[1] - margin), min(bottom, found.top + box[3] + margin)
        left, right = max(0, box[0] - 3 * margin), box[2] + 3 * margin
    line_start = result.text.rfind("\n", 0, match.label_start) + 1
    line_end = result.text.find("\n", match.span[1])
    return NumberReading(
        number=match.number,
        method=ReadMethod.OCR,
        confidence=round(confidence, 3),
        box=view.to_page(box, found.top) if box else None,
        rotation=view.rotation,
        crop_png=_png(view.preview(top, bottom, CROP_WIDTH_PX, left, right)),
        where=where,
        text=result.text[line_start : line_end if line_end >= 0 else None],
        reference=match.reference,
    )


def _png(image: Image.Image) -> bytes:
    """PNG bytes, compressed fast (the crop is shown once, stored small)."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()
