"""Where on a page its header may stand: the edge bands, likeliest first, as a page arrives.

A flat scan's header is in the band at its top edge (or its bottom one, upside down, or a
long edge, sideways); a phone photo's is at the top of the sheet it shows (searched first);
a page with wide margins puts it a little lower. Each band comes with the rotation that makes it upright.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import pymupdf
from PIL import Image

from telvalid_desktop.intake.rendering import HEADER_WIDTH_PX
from telvalid_desktop.intake.sheet import sheet_box
from telvalid_desktop.intake.types import Box
from telvalid_desktop.intake.view import clamp

OCR_BAND = 0.12  # what a flat scan needs; skew up to 5 degrees stays inside
LOWER_BAND = (0.05, 0.25)  # photos with margins put the header lower: tried only when the first fails
# A photographed sheet: its bands (a share of its height, from its top edge or first ink, with a
# little room above) and how much larger than a scanned page it may be rendered.
SHEET_BAND = 0.16
SHEET_PAD = 0.02
MAX_SHEET_ZOOM = 2.5


def edge_bands(page: pymupdf.Page, depth: float) -> list[tuple[Box, int]]:
    """(region, rotation) of the page edges where a header may stand, likeliest first.

    A portrait page is upright or upside down; a landscape one is an A4 fed sideways
    (tried first) or a landscape page.
    """
    rect = page.rect
    top, bottom = (Box(0, 0, 1, depth), 0), (Box(0, 1 - depth, 1, 1), 180)
    if rect.width <= rect.height:
        return [top, bottom]
    return [(Box(1 - depth, 0, 1, 1), 270), (Box(0, 0, depth, 1), 90), top, bottom]


def sheet_bands(page: pymupdf.Page, sheet: Box) -> tuple[list[tuple[Box, int]], int]:
    """The edge bands of the sheet in a photo, and the page width in pixels that renders the
    sheet as wide as a scanned page's header band (the header is small in a photo)."""
    rect = page.rect
    width, height = (sheet.x1 - sheet.x0) * rect.width, (sheet.y1 - sheet.y0) * rect.height
    pad = SHEET_PAD

    def clamped(x0: float, y0: float, x1: float, y1: float) -> Box:
        return Box(clamp(x0), clamp(y0), clamp(x1), clamp(y1))

    if width <= height:
        depth = SHEET_BAND * (sheet.y1 - sheet.y0)
        bands = [
            (clamped(sheet.x0, sheet.y0 - pad, sheet.x1, sheet.y0 + depth), 0),
            (clamped(sheet.x0, sheet.y1 - depth, sheet.x1, sheet.y1 + pad), 180),
        ]
        scale = rect.width / max(width, 1.0)
    else:
        depth = SHEET_BAND * (sheet.x1 - sheet.x0)
        bands = [
            (clamped(sheet.x1 - depth, sheet.y0, sheet.x1 + pad, sheet.y1), 270),
            (clamped(sheet.x0 - pad, sheet.y0, sheet.x0 + depth, sheet.y1), 90),
        ]
        scale = rect.height / max(height, 1.0)
    return bands, round(HEADER_WIDTH_PX * min(scale, MAX_SHEET_ZOOM))


def lower_bands(page: pymupdf.Page) -> list[tuple[Box, int]]:
    """The edge bands moved inwards, for photos whose margins push the header down."""
    low0, low1 = LOWER_BAND
    bands = {
        0: Box(0, low0, 1, low1),
        180: Box(0, 1 - low1, 1, 1 - low0),
        270: Box(1 - low1, 0, 1 - low0, 1),
        90: Box(low0, 0, low1, 1),
    }
    return [(bands[rotation], rotation) for _, rotation in edge_bands(page, OCR_BAND)]


class BandPair(NamedTuple):
    """Two opposite bands searched in turn, the page width to render them at, and whether the page is a
    phone photo (whose sheet may lie any way round: a line read in one band says nothing of the other)."""

    first: tuple[Box, int]
    second: tuple[Box, int]
    width_px: int
    in_photo: bool


def band_pairs(page: pymupdf.Page, thumbnail: Image.Image | None) -> Iterator[BandPair]:
    """Pairs of opposite bands to search in turn: the page's edges, then the page's edges moved
    inwards; a phone photo's sheet edges come first (the picture's own edges show the desk, and
    decoding a photo's rows costs ~50 ms a band)."""
    sheet = sheet_box(thumbnail) if thumbnail is not None else None
    photo = sheet is not None
    if sheet is not None:
        (first, second), width_px = sheet_bands(page, sheet)
        yield BandPair(first, second, width_px, photo)
    bands = edge_bands(page, OCR_BAND)
    for first, second in zip(bands[::2], bands[1::2], strict=True):
        yield BandPair(first, second, HEADER_WIDTH_PX, photo)
    lower = lower_bands(page)
    for first, second in zip(lower[::2], lower[1::2], strict=True):
        yield BandPair(first, second, HEADER_WIDTH_PX, photo)
