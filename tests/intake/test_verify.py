"""How far an OCR read is trusted: a second read checks it, a third may side with it, a digit read twice
from one glyph is dropped only when another read saw it once. Scripted engine answers, real scoring."""

from __future__ import annotations

from typing import cast

import pytest
from PIL import Image

from telvalid_desktop.intake.ocr import OcrResult
from telvalid_desktop.intake.patterns import find_labelled_numbers
from telvalid_desktop.intake.verify import DISAGREE_FACTOR, TWO_OF_THREE, score_match
from telvalid_desktop.intake.view import View

LABEL = "N° de procédure : "
PITCH = 20  # px between printed digit centres


def _line(number: str, centres: list[int] | None = None) -> OcrResult:
    """``LABEL + number`` as an engine with symbol boxes reads it: digits at ``centres`` (evenly spaced if None)."""
    text = LABEL + number
    centres = centres or [400 + PITCH * index for index in range(len(number))]
    label_boxes = [None if char == " " else (10 * i, 10, 10 * i + 8, 40) for i, char in enumerate(LABEL)]
    digit_boxes = [(centre - 7, 10, centre + 7, 40) for centre in centres]
    return OcrResult(text, tuple(99.0 for _ in text), tuple(label_boxes + digit_boxes))


def _alone(number: str, confidence: float = 98.0) -> OcrResult:
    return OcrResult(number, tuple(confidence for _ in number), tuple((0, 0, 1, 1) for _ in number))


class _ScriptedEngine:
    """Answers the re-reads in turn, as tesseract would have."""

    name = "scripted"

    def __init__(self, *answers: OcrResult) -> None:
        self.answers = list(answers)

    def recognize(self, image: Image.Image, *, psm: int = 6) -> OcrResult:
        return self.answers.pop(0) if self.answers else OcrResult("", (), ())


def _score(first: OcrResult, *rereads: OcrResult) -> tuple[str, float]:
    image = Image.new("L", (800, 50), 255)
    engine = _ScriptedEngine(*rereads)
    found = score_match(cast(View, None), 0, image, first, find_labelled_numbers(first.text, first.boxes), ocr=engine)
    return found.match.number, found.confidence


def test_a_read_confirmed_by_the_second_read_keeps_its_confidence() -> None:
    assert _score(_line("43253544"), _line("43253544")) == ("43253544", pytest.approx(0.99))


def test_a_third_read_siding_with_the_first_makes_two_of_three() -> None:
    number, confidence = _score(_line("43253544"), _line("43258544"), _alone("43253544"))
    assert number == "43253544"
    assert confidence == pytest.approx(0.98 * TWO_OF_THREE)


def test_a_third_read_siding_with_the_second_leaves_the_first_in_doubt() -> None:
    number, confidence = _score(_line("412169225"), _line("4121692253"), _alone("4121692253"))
    assert number == "412169225"
    assert confidence <= 0.99 * DISAGREE_FACTOR


def test_a_digit_read_twice_from_one_glyph_is_dropped_when_the_second_read_saw_it_once() -> None:
    ghost = [400, 420, 428, 440, 460, 480, 500, 520, 540, 560]  # the second 1 on top of the first
    number, confidence = _score(_line("4112169241", ghost), _line("412169241"))
    assert number == "412169241"
    assert confidence == pytest.approx(0.99 * TWO_OF_THREE)


def test_a_digit_read_twice_stays_in_doubt_when_no_other_read_drops_it() -> None:
    ghost = [400, 420, 428, 440, 460, 480, 500, 520, 540, 560]
    number, confidence = _score(_line("4112169241", ghost), _line("4112169241"))
    assert number == "4112169241"
    assert confidence <= 0.99 * DISAGREE_FACTOR


def test_a_misplaced_first_box_is_not_a_digit_read_twice() -> None:
    first_box_off = [409, 420, 440, 460, 480, 500, 520, 540]  # the LSTM's usual first-symbol box
    assert _score(_line("43253530", first_box_off), _line("43253530")) == ("43253530", pytest.approx(0.99))


def test_a_third_read_may_hold_one_stray_letter_of_the_label_beside_the_digits() -> None:
    number, confidence = _score(_line("43253681"), _line("43253661"), _alone("E 43253681"))
    assert (number, confidence) == ("43253681", pytest.approx(0.98 * TWO_OF_THREE))


def test_a_third_read_with_a_word_beside_the_digits_is_no_opinion() -> None:
    _, confidence = _score(_line("43253681"), _line("43253661"), _alone("DE 43253681"))
    assert confidence <= 0.99 * DISAGREE_FACTOR


def test_two_agreeing_reads_with_one_unsure_are_confirmed_by_a_third_at_their_median() -> None:
    unsure = OcrResult("N° de procédure : 4860393511", tuple(83.0 for _ in "N° de procédure : 4860393511"), ())
    number, confidence = _score(_line("4860393511"), unsure, _alone("4860393511", 99.5))
    assert (number, confidence) == ("4860393511", pytest.approx(0.99))


def test_two_agreeing_reads_keep_the_weaker_confidence_when_the_third_disagrees() -> None:
    unsure = OcrResult("N° de procédure : 4860393511", tuple(83.0 for _ in "N° de procédure : 4860393511"), ())
    assert _score(_line("4860393511"), unsure, _alone("4860393517")) == ("4860393511", pytest.approx(0.83))


def test_a_third_read_may_hold_the_end_of_the_label_up_to_its_colon() -> None:
    number, confidence = _score(_line("541879575"), _line("541879576"), _alone("re : 541879575 |"))
    assert (number, confidence) == ("541879575", pytest.approx(0.98 * TWO_OF_THREE))
