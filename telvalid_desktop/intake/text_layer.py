"""What a page's text layer says: exact words where a PDF has them.

A digital form's header gives its number in about a millisecond, an e-mailed letter its
quoted number; a text layer under a page-sized image is some scanner's OCR, a hint only.
"""

from __future__ import annotations

from dataclasses import dataclass

import pymupdf

from telvalid_desktop.intake.bands import edge_bands
from telvalid_desktop.intake.ocr import OcrResult
from telvalid_desktop.intake.patterns import (
    LabelledNumber,
    find_labelled_numbers,
    find_quoted_numbers,
    has_label,
    numbers_it_is_about,
)
from telvalid_desktop.intake.rendering import page_clip
from telvalid_desktop.intake.types import Box

TEXT_BAND = 0.15  # the text layer is exact: a slightly taller band costs nothing
# A text layer under a page-sized image is some scanner's OCR: a hint, not the truth.
SCAN_IMAGE_COVER = 0.5


def text_layer_lines(page: pymupdf.Page, region: Box, rotation: int) -> OcrResult:
    """Words of the text layer in ``region`` of the displayed page, as lines of the page turned
    upright, with each character's box (the word's), so a stacked label finds its number."""
    clip = page_clip(page, region) * page.derotation_matrix  # get_text works in unrotated coordinates
    upright = page.rotation_matrix * pymupdf.Matrix(rotation)
    words = []
    for x0, y0, x1, y1, word, *_ in page.get_text("words", clip=clip):
        shown = pymupdf.Rect(x0, y0, x1, y1) * upright
        box = (round(shown.x0 * 4), round(shown.y0 * 4), round(shown.x1 * 4), round(shown.y1 * 4))  # 288 dpi
        words.append((shown.y0, shown.y1, shown.x0, word, box))
    words.sort(key=lambda w: ((w[0] + w[1]) / 2, w[2]))
    lines: list[list[tuple[float, float, float, str, tuple[int, int, int, int]]]] = []
    for word in words:
        middle = (word[0] + word[1]) / 2
        if lines and abs(middle - (lines[-1][0][0] + lines[-1][0][1]) / 2) < (word[1] - word[0]) / 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    chars: list[str] = []
    boxes: list[tuple[int, int, int, int] | None] = []
    for number, line in enumerate(lines):
        if number:
            chars.append("\n")
            boxes.append(None)
        for position, (*_, text, box) in enumerate(sorted(line, key=lambda w: w[2])):
            if position:
                chars.append(" ")
                boxes.append(None)
            chars.extend(text)
            boxes.extend([box] * len(text))
    return OcrResult("".join(chars), (100.0,) * len(chars), tuple(boxes))


def is_scan(page: pymupdf.Page) -> bool:
    """True when one image covers most of the page: any text layer on it is some scanner's OCR."""
    enough = SCAN_IMAGE_COVER * abs(page.rect)
    return any(abs(pymupdf.Rect(info["bbox"]) & page.rect) >= enough for info in page.get_image_info())


@dataclass(frozen=True)
class TextLayerHead:
    """What the text layer's header bands say: the labelled number (with its lines and rotation), and
    whether a procedure label stood there at all (a form whose number is drawn as an image)."""

    match: LabelledNumber | None
    text: str
    rotation: int
    label_seen: bool


def read_text_layer(page: pymupdf.Page) -> TextLayerHead:
    """The labelled number in the text layer of the header (any edge), in one pass over its bands."""
    label_seen = False
    for region, rotation in edge_bands(page, TEXT_BAND):
        lines = text_layer_lines(page, region, rotation)
        matches = find_labelled_numbers(lines.text, lines.boxes)
        if len({m.number for m in matches}) == 1:
            return TextLayerHead(matches[0], lines.text, rotation, True)
        label_seen = label_seen or has_label(lines.text)
    return TextLayerHead(None, "", 0, label_seen)


def text_body_numbers(page: pymupdf.Page) -> tuple[list[LabelledNumber], str]:
    """The procedure numbers a digital page's text layer quotes anywhere (an e-mailed letter), exactly;
    of several, only those of the one the letter is about if it tells (``numbers_it_is_about``)."""
    lines = text_layer_lines(page, Box(0, 0, 1, 1), 0)
    found = find_quoted_numbers(lines.text) + find_labelled_numbers(lines.text, lines.boxes)
    about = numbers_it_is_about(lines.text, found)
    return [match for match in found if match.number in about], lines.text
