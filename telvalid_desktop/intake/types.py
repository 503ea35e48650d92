"""Plain, picklable records that travel from page workers back to the pipeline.

Workers run in spawned processes, so everything here is a frozen dataclass of
builtins: no PyMuPDF objects, no images, only bytes and numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

_Coordinate = TypeVar("_Coordinate", int, float)


class ReadMethod(StrEnum):
    """How a procedure number was obtained."""

    TEXT_LAYER = "text"  # exact characters of a digital PDF
    OCR = "ocr"  # header band recognised by the OCR engine
    BARCODE = "barcode"  # machine-readable code (return cover sheet)
    MANUAL = "manual"  # typed by a person


@dataclass(frozen=True)
class Box:
    """A rectangle in fractions (0..1) of the page as displayed (after /Rotate)."""

    x0: float
    y0: float
    x1: float
    y1: float


def union_box(
    boxes: Iterable[tuple[_Coordinate, _Coordinate, _Coordinate, _Coordinate] | None],
) -> tuple[_Coordinate, _Coordinate, _Coordinate, _Coordinate] | None:
    """The box (x0, y0, x1, y1) around all of ``boxes`` (None ones left out), or None when there are none."""
    present = [box for box in boxes if box is not None]
    if not present:
        return None
    return (
        min(box[0] for box in present),
        min(box[1] for box in present),
        max(box[2] for box in present),
        max(box[3] for box in present),
    )


@dataclass(frozen=True)
class NumberReading:
    """One labelled procedure number found on a page.

    Attributes:
        number: the digits, 6 to 10 of them, as read.
        method: text layer, OCR, barcode.
        confidence: 0..1; 1.0 for a text layer or barcode.
        box: where the label + number stood on the page.
        rotation: clockwise degrees (0/90/180/270) the page had to be turned to read it.
        crop_png: small grayscale PNG of the header band, upright, for the window.
        where: "header" (top band) or "body" (anywhere on the page, e.g. a cover letter).
        text: the recognised line, for diagnostics.
        reference: quoted only after a bare "Réf." (a fax cover sheet): it counts for a known procedure only.
    """

    number: str
    method: ReadMethod
    confidence: float
    box: Box | None = None
    rotation: int = 0
    crop_png: bytes | None = None
    where: str = "header"
    text: str = ""
    reference: bool = False


@dataclass(frozen=True)
class PageAnalysis:
    """What one worker learnt about one page (0-based index in its file)."""

    index: int
    width_pt: float = 0.0
    height_pt: float = 0.0
    has_text_layer: bool = False
    is_blank: bool = False
    is_separator: bool = False
    reading: NumberReading | None = None
    label_seen: bool = False  # a procedure label stood in the header, whether or not its number was read
    header_text: str = ""  # what was read in the header bands of a page with no number (its kind)
    error: str | None = None  # the page could not be analysed; it is kept for a person
    timings_ms: dict[str, float] = field(default_factory=dict)
