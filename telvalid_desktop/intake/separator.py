"""The separator sheet the mailroom puts between envelopes, and how to recognise it.

The sheet follows the habit of production scanners: a Kodak **Patch T** (four bars,
narrow-wide-narrow-wide, parallel to the leading edge, at the top and mirrored at the
bottom so that a sheet fed upside down shows the same pattern first) and a Code 128 of
``PATCHT``, the value document-capture software (NAPS2, Kofax, ...) already treats as a
separator. The software recognises the sheet by the barcode, printed large twice, in
different thirds of the page (an envelope fold does not cross both) and turned 180 deg
from each other. The patch bars serve scanners that split batches themselves, and make
the sheet's heavy black structure that lets ordinary pages skip the expensive look.

Cost: this runs on every page without a header number, so the common case must be
cheap. One 400-px grey thumbnail (the one the blank test uses; pass it in) is searched
for the barcode: that finds the sheet in every scan we tried (the downscale averages
noise out). Only when the sheet is small in the image (a phone photo taken from afar, an
A4 on an A3 platen) are its modules too thin there; such a page with large solid black
areas is therefore rendered again at a higher resolution for a second try.

Mailrooms already hold other vendors' sheets, and they are separators too: the Kodak
Patch T sheet (the bars, with a large Code 39 ``PATCHT``), sheets with a QR ``PATCHT``,
sheets with the bars only. The value is read from Code 128, Code 39 and QR codes alike,
and only that value counts (an archive label, a customer's QR code are not separators);
the bars are recognised by their own pattern (``patch_code``) on pages heavy with ink.
"""

from __future__ import annotations

import io

import numpy as np
import pymupdf
import zxingcpp
from PIL import Image

from telvalid_desktop.intake.patch_code import has_patch_t
from telvalid_desktop.intake.rendering import render_region
from telvalid_desktop.intake.sheet import sheet_box

SEPARATOR_VALUE = "PATCHT"
# Width of the thumbnail the cheap look works on (page width in px, grey).
THUMBNAIL_WIDTH_PX = 400
# Second look at ~120 dpi on A4 (Code 128 modules of 1.3 mm become 6 px), 2.5x the thumbnail.
DETAIL_WIDTH_PX = 1000
# Share of the page solid black (survives a 5x5 erosion) from which a second look is worth
# it: the sheet scans at 3-8 % (40-80 % in a phone photo on a dark desk), a text page or a
# form under 0.5 %. Photos and dark images pass too and pay the second render.
HEAVY_INK_MIN_SHARE = 0.015
# A page this long (points) is larger than an A4 or Letter sheet scanned edge to edge (842, 792).
LARGER_THAN_A4_PT = 930

_MM = 72 / 25.4
# Kodak patch specification: narrow bar and every space 0.08 in, wide bar 0.20 in.
_NARROW, _WIDE, _SPACE = 0.08 * 72, 0.20 * 72, 0.08 * 72
_PATCH_T = (_NARROW, _WIDE, _NARROW, _WIDE)
_PATCH_EDGE = 12 * _MM  # from the leading edge: at least 6 mm, at most 94 mm
_PATCH_SIDE = 20 * _MM  # bars 170 mm long, spec minimum 50 mm
_BARCODE_SIDE = 22 * _MM
_BARCODE_HEIGHT = 45 * _MM
_TITLE_FR = "FEUILLE DE SÉPARATION"
_SUBTITLE_FR = "— ne pas retirer —"
_TITLE_EN = "SEPARATOR SHEET"


def separator_sheet_pdf(count: int = 1) -> bytes:
    """A PDF of ``count`` identical A4 separator sheets, ready to print."""
    doc = pymupdf.open()
    barcode_png = _barcode_png()
    for _ in range(count):
        _draw_sheet(doc.new_page(width=pymupdf.paper_size("a4")[0], height=pymupdf.paper_size("a4")[1]), barcode_png)
    doc.set_metadata({"title": f"{_TITLE_FR} / {_TITLE_EN}", "subject": SEPARATOR_VALUE})
    return doc.tobytes(garbage=3, deflate=True)


def is_separator(page: pymupdf.Page, thumbnail: Image.Image | None = None) -> bool:
    """True if ``page`` is the separator sheet, however it was scanned.

    Args:
        page: the page to test.
        thumbnail: the page already rendered in grey at ``THUMBNAIL_WIDTH_PX``, to share
            one render with the blank test; rendered here when not given.
    """
    if thumbnail is None:
        thumbnail = render_region(page, page_width_px=THUMBNAIL_WIDTH_PX)
    if _reads_separator_code(thumbnail) or has_patch_t(np.asarray(thumbnail.convert("L"))):
        return True
    if heavy_ink_share(thumbnail) < HEAVY_INK_MIN_SHARE or not _may_be_small_in_image(page, thumbnail):
        return False
    detail = render_region(page, page_width_px=DETAIL_WIDTH_PX)
    return _reads_separator_code(detail) or has_patch_t(np.asarray(detail))


def _may_be_small_in_image(page: pymupdf.Page, thumbnail: Image.Image) -> bool:
    """Could a separator sheet on this page be too small in the thumbnail for its code to read?

    Only when the image is larger than the sheet: an A4 on a larger platen, or a phone photo
    with the desk around the sheet (the desk alone makes every photo heavy with ink, and the
    second look at a phone's picture costs ~120 ms, so there the sheet itself must be heavy).
    A page that is the sheet, edge to edge, has been read well enough at 400 px.
    """
    sheet = sheet_box(thumbnail)
    if sheet is None:
        return max(page.rect.width, page.rect.height) > LARGER_THAN_A4_PT
    width, height = thumbnail.size
    paper = thumbnail.crop(
        (round(sheet.x0 * width), round(sheet.y0 * height), round(sheet.x1 * width), round(sheet.y1 * height))
    )
    return heavy_ink_share(paper) >= HEAVY_INK_MIN_SHARE


def heavy_ink_share(image: Image.Image) -> float:
    """Share of the page (margins excluded) covered by solid black areas, not strokes.

    Dark means nearer the darkest ink than the paper, so light toner still counts; a
    pixel is solid when its whole 5x5 neighbourhood is dark, which text strokes and
    speckle never are on a 400-px-wide page.
    """
    grey = np.asarray(image.convert("L"))
    h, w = grey.shape
    grey = grey[h // 25 : h - h // 25, w // 25 : w - w // 25]  # scanner edges, shadows
    paper, ink = np.percentile(grey, (90, 1))
    if paper - ink < 40:
        return 0.0
    dark = grey < (paper + ink) / 2
    solid = dark[2:-2, 2:-2].copy()
    for dy in range(-2, 3):
        for dx in range(-2, 3):
            solid &= dark[2 + dy : dark.shape[0] - 2 + dy, 2 + dx : dark.shape[1] - 2 + dx]
    return float(solid.mean())


_SEPARATOR_FORMATS = zxingcpp.BarcodeFormats(
    (zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.Code39, zxingcpp.BarcodeFormat.QRCode)
)


def _reads_separator_code(image: Image.Image) -> bool:
    codes = zxingcpp.read_barcodes(image, formats=_SEPARATOR_FORMATS)
    return any(is_separator_value(code.text) for code in codes)


def is_separator_value(text: str) -> bool:
    """``PATCHT`` as sheets print it: Code 39 start/stop stars and a space ("PATCH T") allowed."""
    return text.strip().strip("*").replace(" ", "").upper() == SEPARATOR_VALUE


def _barcode_png() -> bytes:
    """Code 128 of the separator value, one pixel per module, quiet zones included."""
    row = np.asarray(zxingcpp.create_barcode(SEPARATOR_VALUE, zxingcpp.BarcodeFormat.Code128).to_image())[:1]
    buf = io.BytesIO()
    Image.fromarray(row).save(buf, "PNG")
    return buf.getvalue()


def _draw_sheet(page: pymupdf.Page, barcode_png: bytes) -> None:
    width, height = page.rect.width, page.rect.height
    third = height / 3
    _draw_patch(page, top=True)
    _draw_patch(page, top=False)
    # One barcode in the upper third, one turned 180 deg in the lower third.
    upper = pymupdf.Rect(_BARCODE_SIDE, third - 8 * _MM - _BARCODE_HEIGHT, width - _BARCODE_SIDE, third - 8 * _MM)
    lower = pymupdf.Rect(upper.x0, 2 * third + 8 * _MM, upper.x1, 2 * third + 8 * _MM + _BARCODE_HEIGHT)
    page.insert_image(upper, stream=barcode_png, keep_proportion=False)
    page.insert_image(lower, stream=barcode_png, keep_proportion=False, rotate=180)
    # A Font object maps Unicode (É, the dash); base-14 names via insert_text cannot.
    font, writer = pymupdf.Font("hebo"), pymupdf.TextWriter(page.rect)
    y = third + 22 * _MM
    for text, size in ((_TITLE_FR, 30), (_SUBTITLE_FR, 22), (_TITLE_EN, 30)):
        x = (width - font.text_length(text, fontsize=size)) / 2
        writer.append((x, y), text, font=font, fontsize=size)
        y += size * 1.6
    writer.write_text(page)
    for label_y, rotate in ((upper.y1 + 5 * _MM, 0), (lower.y0 - 2 * _MM, 180)):
        label = f"*{SEPARATOR_VALUE}*"
        x = (width - pymupdf.get_text_length(label, fontname="cour", fontsize=12)) / 2
        if rotate:
            x = width - x
        page.insert_text((x, label_y), label, fontname="cour", fontsize=12, rotate=rotate)


def _draw_patch(page: pymupdf.Page, *, top: bool) -> None:
    """Patch T bars read from the nearest edge inwards: top one downwards, bottom one upwards."""
    offset = _PATCH_EDGE
    for thickness in _PATCH_T:
        y0 = offset if top else page.rect.height - offset - thickness
        page.draw_rect(
            pymupdf.Rect(_PATCH_SIDE, y0, page.rect.width - _PATCH_SIDE, y0 + thickness),
            color=None,
            fill=(0, 0, 0),
            width=0,
        )
        offset += thickness + _SPACE
