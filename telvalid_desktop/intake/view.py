"""A region of a page rendered and turned upright, its skew and text lines, and the way back to the page.

The header search works on such views: a band at one edge of the page (or of a photographed
sheet), turned the way a page arrives in the mailroom, straightened, cut into the text lines
the OCR reads one at a time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pymupdf
from PIL import Image

from telvalid_desktop.intake import imageops
from telvalid_desktop.intake.rendering import render_region
from telvalid_desktop.intake.types import Box

BLOCK_FRACTION = 0.25  # an ink block this tall touching the band's edge holds whole lines
MIN_LINE_PX = 10  # at 200 dpi: thinner ink rows are rules or specks, not text
LINE_MARGIN_PX = 6


@dataclass(frozen=True)
class View:
    """One region of the page turned upright, its skew and text lines, and the way back to the page.

    Attributes:
        image: the region rendered and turned upright (not yet straightened), grey.
        region: the part of the displayed page it shows.
        rotation: clockwise degrees the page was turned to make it upright (0/90/180/270).
        skew: the straightening angle and the text lines of the straightened image.
    """

    image: Image.Image
    region: Box
    rotation: int
    skew: imageops.Skew

    @property
    def page_width_px(self) -> int:
        """How wide the whole upright page is at this view's scale."""
        across = self.region.x1 - self.region.x0 if self.rotation in (0, 180) else self.region.y1 - self.region.y0
        return round(self.image.width / max(across, 1e-6))

    def rows(self, top: int, bottom: int) -> Image.Image:
        """Rows [top, bottom) of the straightened image, ready for OCR: the paper evened out (shadows,
        tinted grounds), frames, rules and solid blocks removed, the contrast stretched."""
        rows = imageops.straightened_rows(self.image, self.skew.angle, top, bottom)
        return imageops.normalise(imageops.without_rules(imageops.flattened(rows)))

    def preview(self, top: int, bottom: int, width: int, left: int = 0, right: int | None = None) -> Image.Image:
        """Rows [top, bottom) and columns [left, right), scaled so the whole view would be at
        most ``width`` px wide, in 16 greys, for a person to look at.

        Scaled before straightening (cheaper), and a skew under a degree is left as is.
        """
        factor = min(1.0, width / self.image.width)
        small = imageops.scaled(self.image, factor)
        angle = self.skew.angle if abs(self.skew.angle) >= 1.0 else 0.0
        rows = imageops.straightened_rows(small, angle, round(top * factor), round(bottom * factor))
        right_px = rows.width if right is None else min(rows.width, round(right * factor))
        rows = rows.crop((max(0, round(left * factor)), 0, right_px, rows.height))
        return rows.point(lambda level: level & 0xF0)  # 16 greys: the PNG is half the size and time

    def line_on_page(self, top: int, bottom: int) -> tuple[float, float]:
        """The extent of rows [top, bottom) across the lines of the page, in page fractions (down
        the page when upright or upside down, along it when sideways), measured at the line's
        centre: a full-width line's corners would swing with the skew."""
        centre = self.to_page((self.image.width // 2, top, self.image.width // 2 + 1, bottom), 0)
        middle = (centre.y0 + centre.y1) / 2 if self.rotation in (0, 180) else (centre.x0 + centre.x1) / 2
        across = self.region.y1 - self.region.y0 if self.rotation in (0, 180) else self.region.x1 - self.region.x0
        half = (bottom - top) / self.image.height * across / 2
        return middle - half, middle + half

    def to_page(self, box: tuple[int, int, int, int], top: int) -> Box:
        """Page fractions of a pixel ``box`` of the rows starting at ``top``."""
        width, height = self.image.size
        corners = [(box[0], box[1] + top), (box[2], box[1] + top), (box[0], box[3] + top), (box[2], box[3] + top)]
        points = [self._unturn(*_rotate_point(x, y, width, height, -self.skew.angle)) for x, y in corners]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        region_w, region_h = self.region.x1 - self.region.x0, self.region.y1 - self.region.y0
        return Box(
            clamp(self.region.x0 + min(xs) * region_w),
            clamp(self.region.y0 + min(ys) * region_h),
            clamp(self.region.x0 + max(xs) * region_w),
            clamp(self.region.y0 + max(ys) * region_h),
        )

    def _unturn(self, x: float, y: float) -> tuple[float, float]:
        """Fractions (0..1) of the region, as rendered, of the upright point (x, y)."""
        u, v = x / self.image.width, y / self.image.height
        return {0: (u, v), 180: (1 - u, 1 - v), 90: (v, 1 - u), 270: (1 - v, u)}[self.rotation]


def _rotate_point(x: float, y: float, width: int, height: int, degrees: float) -> tuple[float, float]:
    """(x, y) turned counter-clockwise by ``degrees`` about the image centre (y pointing down)."""
    angle = math.radians(degrees)
    cx, cy = width / 2, height / 2
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(angle) + dy * math.sin(angle), cy - dx * math.sin(angle) + dy * math.cos(angle)


def clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


_TRANSPOSE = {
    0: None,
    90: Image.Transpose.ROTATE_270,  # PIL turns counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def upright_view(page: pymupdf.Page, region: Box, rotation: int, *, upright_width_px: int) -> View:
    """Render ``region``, turn it by ``rotation`` and measure its skew and lines (±5 degrees)."""
    rect = page.rect
    # The upright page is upright_width_px wide; turned a quarter, that is the displayed height.
    page_width_px = upright_width_px
    if rotation in (90, 270):
        page_width_px = round(upright_width_px * rect.width / max(rect.height, 1.0))
    image = render_region(page, region, page_width_px=page_width_px)
    transpose = _TRANSPOSE[rotation]
    if transpose is not None:
        image = image.transpose(transpose)
    return View(image, region, rotation, imageops.estimate_skew(image))


def header_lines(view: View) -> list[tuple[int, int]]:
    """Row ranges to OCR one at a time, likeliest to hold the number first.

    OCR time grows with the text read, so reading line by line and stopping at the
    label costs about half the band. Complete lines come first, tallest first (the
    number is printed large); a short line cut by the band's edge is left out (the
    next band down reads it whole), but a tall block touching the edge (lines merged
    with the desk around a photo) is read last. Rules and specks are too thin for text.
    """
    height = view.image.height
    lines = [(top, bottom) for top, bottom in view.skew.lines if bottom - top >= MIN_LINE_PX]
    complete = sorted((line for line in lines if 0 < line[0] and line[1] < height), key=lambda r: r[0] - r[1])
    blocks = [line for line in lines if line not in complete and line[1] - line[0] >= BLOCK_FRACTION * height]
    return [(max(0, top - LINE_MARGIN_PX), min(height, bottom + LINE_MARGIN_PX)) for top, bottom in complete + blocks]
