"""The code printed on the return cover sheet: what it holds, how it is drawn, how it is read.

A hold letter comes with a cover sheet the customer puts on top of the complement. Its
header prints the procedure number as the manager's form does (so the header OCR reads
it), and under it a Data Matrix holding ``TELVALID-PROC:<number>``: decoded, it gives the
number exactly, even when the scan is too poor for OCR. Only that prefix counts: other
2D codes (an invoice's payment QR, a 2D-Doc on a proof of address) are ignored.

Cost: this runs on every scanned page, so it works on the 400-px thumbnail the page
analysis has already rendered: its two edge bands (top and bottom, or the long edges of
a page scanned sideways) enlarged twice are decoded in ~2-3 ms, and with 1.25 mm
modules the code reads there in every scan profile we generate. Only when a Data
Matrix shows there but does not decode are the bands rendered again from the page at
~100 dpi (~8 ms each); without a thumbnail, they are rendered directly.
"""

from __future__ import annotations

import io
import re

import numpy as np
import pymupdf
import zxingcpp
from PIL import Image

from telvalid_desktop.intake.rendering import render_region
from telvalid_desktop.intake.types import Box, NumberReading, ReadMethod

COVER_CODE_PREFIX = "TELVALID-PROC:"
CODE_FORMAT = zxingcpp.BarcodeFormat.DataMatrix
# Printed size of one module: 1.25 mm (a 25 mm symbol) is ~2.4 px on the 400-px thumbnail and
# survives a fax's 98 dpi and a photo's blur.
MODULE_MM = 1.25
# The edge band searched: the code stands under the number, at most ~40 mm from the edge;
# a phone photo's desk margin pushes it further down.
CODE_BAND = 0.2
# Width of the whole page, in pixels, at which a band is rendered for the decoder.
CODE_WIDTH_PX = 800
# The thumbnail's bands are enlarged this many times before decoding: at ~2.4 px a module,
# the decoder misses a sideways or colour scan's code that it finds once smoothed up.
THUMBNAIL_ENLARGE = 2
CROP_WIDTH_PX = 1200

_PAYLOAD = re.compile(re.escape(COVER_CODE_PREFIX) + r"(\d{6,10})")


def cover_code_payload(number: str) -> str:
    """What the code holds for ``number`` (6 to 10 digits)."""
    if _PAYLOAD.fullmatch(COVER_CODE_PREFIX + number) is None:
        raise ValueError(f"not a procedure number: {number!r}")
    return COVER_CODE_PREFIX + number


def number_in_payload(text: str) -> str | None:
    """The procedure number in a decoded code, or None when the code is not a cover sheet's."""
    match = _PAYLOAD.fullmatch(text.strip())
    return match.group(1) if match else None


def cover_code_png(number: str, *, module_px: int = 30) -> bytes:
    """The Data Matrix of ``number``, quiet zone included, as a 1-bit PNG of ``module_px`` pixels a module.

    30 pixels to a 1.25 mm module is 600 dpi: printers and viewers draw sharp modules
    instead of smoothing a tiny image.
    """
    image = _symbol(number).to_image(scale=module_px)
    buffer = io.BytesIO()
    Image.fromarray(np.asarray(image)).convert("1").save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def cover_code_modules(number: str) -> int:
    """Side of the printed symbol in modules, quiet zone included (to size it in millimetres)."""
    return int(np.asarray(_symbol(number).to_image()).shape[1])


def _symbol(number: str) -> zxingcpp.Barcode:
    """Square always (18 x 18 modules for 6 to 10 digits): a short number would get a rectangle."""
    return zxingcpp.create_barcode(cover_code_payload(number), CODE_FORMAT, force_square=True)


def _bands(width: float, height: float) -> list[Box]:
    """Where the header may stand, likeliest first: top then bottom (fed upside down); on a
    landscape page, the long edges (an A4 fed sideways)."""
    if width <= height:
        return [Box(0, 0, 1, CODE_BAND), Box(0, 1 - CODE_BAND, 1, 1)]
    return [Box(1 - CODE_BAND, 0, 1, 1), Box(0, 0, CODE_BAND, 1)]


def _cut(image: Image.Image, band: Box) -> Image.Image:
    w, h = image.size
    return image.crop((round(band.x0 * w), round(band.y0 * h), round(band.x1 * w), round(band.y1 * h)))


def _decode(image: Image.Image) -> list[zxingcpp.Barcode]:
    """Data Matrix symbols in ``image``, undecodable ones included (``valid`` False)."""
    formats = zxingcpp.BarcodeFormats(CODE_FORMAT)  # what the binding makes of CODE_FORMAT itself, typed
    return zxingcpp.read_barcodes(image, formats=formats, try_invert=False, return_errors=True)


def _ours(codes: list[zxingcpp.Barcode]) -> tuple[str, zxingcpp.Barcode] | None:
    for code in codes:
        number = number_in_payload(code.text) if code.valid else None
        if number is not None:
            return number, code
    return None


def read_cover_code(page: pymupdf.Page, thumbnail: Image.Image | None = None) -> NumberReading | None:
    """The procedure number in the cover sheet's code on ``page``, or None (most pages: no code).

    Args:
        page: an open page.
        thumbnail: the whole page rendered in grey (``THUMBNAIL_WIDTH_PX`` wide), when the
            caller has one: its edge bands are decoded first, and the page is rendered
            again only when they show a symbol that does not decode.

    Exact when found (error-corrected code): ``method`` is BARCODE, confidence 1.0; the
    rotation comes from the code's own orientation.
    """
    rect = page.rect
    bands = _bands(rect.width, rect.height)
    if thumbnail is not None:
        undecoded = False
        for band in bands:
            part = _cut(thumbnail, band)
            enlarged = part.resize(
                (part.width * THUMBNAIL_ENLARGE, part.height * THUMBNAIL_ENLARGE), Image.Resampling.BICUBIC
            )
            codes = _decode(enlarged)
            found = _ours(codes)
            if found is not None:
                return _reading(page, *found, enlarged, band)
            undecoded |= any(not code.valid for code in codes)
        if not undecoded:
            return None
    # The upright page is CODE_WIDTH_PX wide: its short side, whichever way it was scanned.
    page_width_px = round(CODE_WIDTH_PX * rect.width / max(min(rect.width, rect.height), 1.0))
    for band in bands:
        image = render_region(page, band, page_width_px=page_width_px)
        found = _ours(_decode(image))
        if found is not None:
            return _reading(page, *found, image, band)
    return None


def _reading(page: pymupdf.Page, number: str, code: zxingcpp.Barcode, image: Image.Image, region: Box) -> NumberReading:
    """The exact reading of ``code``, found in ``image``, a render of ``region`` of the page."""
    rotation = round(-code.orientation / 90) * 90 % 360
    position = code.position
    corners = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    xs = [region.x0 + (point.x / image.width) * (region.x1 - region.x0) for point in corners]
    ys = [region.y0 + (point.y / image.height) * (region.y1 - region.y0) for point in corners]
    box = Box(max(0.0, min(xs)), max(0.0, min(ys)), min(1.0, max(xs)), min(1.0, max(ys)))
    return NumberReading(
        number=number,
        method=ReadMethod.BARCODE,
        confidence=1.0,
        box=box,
        rotation=rotation,
        crop_png=_crop(page, rotation),
        where="header",
        text=code.text,
    )


_TRANSPOSE = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


def _crop(page: pymupdf.Page, rotation: int) -> bytes:
    """The header band upright, in 16 greys: the code and the printed number, for a person to check."""
    band = {0: Box(0, 0, 1, CODE_BAND), 180: Box(0, 1 - CODE_BAND, 1, 1)}.get(rotation)
    if band is None:  # turned a quarter: the header is along a long edge
        band = Box(1 - CODE_BAND, 0, 1, 1) if rotation == 270 else Box(0, 0, CODE_BAND, 1)
    rect = page.rect
    image = render_region(
        page, band, page_width_px=round(CROP_WIDTH_PX * rect.width / max(min(rect.width, rect.height), 1.0))
    )
    if rotation in _TRANSPOSE:
        image = image.transpose(_TRANSPOSE[rotation])
    buffer = io.BytesIO()
    image.point(lambda level: level & 0xF0).save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()
