"""Render a part of a page to a Pillow image at a resolution chosen by pixel width.

Scans come with wrong or missing resolution metadata (phone photos, faxes), so the
scale is derived from the page width in pixels rather than from dpi: a band of an
A4 page rendered at ``page_width_px=1654`` is the same size whatever the source said.
Only the requested clip is rasterised, which lets MuPDF skip decoding the rest.
"""

from __future__ import annotations

import pymupdf
from PIL import Image

from telvalid_desktop.intake.types import Box

A4_WIDTH_PT = 595.0
# A whole page at 200 dpi: enough for the header band OCR, cheap to render.
HEADER_WIDTH_PX = 1654
# Never rasterise more than this many pixels for one region (enormous pages).
MAX_REGION_PIXELS = 24_000_000

FULL_PAGE = Box(0.0, 0.0, 1.0, 1.0)


def page_clip(page: pymupdf.Page, region: Box) -> pymupdf.Rect:
    """The rectangle of ``region`` (page fractions) in the displayed page's points."""
    rect = page.rect
    return pymupdf.Rect(
        rect.x0 + region.x0 * rect.width,
        rect.y0 + region.y0 * rect.height,
        rect.x0 + region.x1 * rect.width,
        rect.y0 + region.y1 * rect.height,
    )


def render_region(
    page: pymupdf.Page,
    region: Box = FULL_PAGE,
    *,
    page_width_px: int = HEADER_WIDTH_PX,
    color: bool = False,
) -> Image.Image:
    """Rasterise ``region`` of ``page`` so that the full page would be ``page_width_px`` wide.

    Args:
        page: an open page (PDF or image document).
        region: the part to render, in fractions of the displayed page.
        page_width_px: width in pixels the whole page would have at this scale.
        color: RGB instead of 8-bit grey.
    """
    rect = page.rect
    clip = page_clip(page, region)
    scale = page_width_px / max(rect.width, 1.0)
    area = clip.width * clip.height * scale * scale
    if area > MAX_REGION_PIXELS:
        scale *= (MAX_REGION_PIXELS / area) ** 0.5
    colorspace = pymupdf.csRGB if color else pymupdf.csGRAY
    pix = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), clip=clip, colorspace=colorspace, alpha=False)
    mode = "RGB" if color else "L"
    return Image.frombytes(mode, (pix.width, pix.height), pix.samples)
