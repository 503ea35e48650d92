"""Separator sheets the mailroom already owns are recognised, from every edge; other barcodes are not.

The sheets are drawn from the Kodak patch specification (A-61599: bars 0.08 and 0.20 in,
spaces 0.08 in, 6-94 mm from the leading edge, at least 2 in long) and the habits of
capture software (a large Code 39 or a QR code holding PATCHT).
"""

from __future__ import annotations

import io

import numpy as np
import pymupdf
import pytest
import zxingcpp
from PIL import Image

from telvalid_desktop.intake.patch_code import has_patch_t
from telvalid_desktop.intake.separator import is_separator, is_separator_value

INCH = 72.0
MM = INCH / 25.4
PATCH_T = ("narrow", "wide", "narrow", "wide")
PATCH_3 = ("wide", "narrow", "wide", "narrow")


def _code_png(text: str, fmt: zxingcpp.BarcodeFormat) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(np.asarray(zxingcpp.create_barcode(text, fmt).to_image(scale=4))).save(buffer, "PNG")
    return buffer.getvalue()


def _bars(page: pymupdf.Page, order: tuple[str, ...], *, from_top: float, length: float = 150 * MM) -> None:
    y = from_top
    x0 = (page.rect.width - length) / 2
    for bar in order:
        thickness = (0.20 if bar == "wide" else 0.08) * INCH
        page.draw_rect(pymupdf.Rect(x0, y, x0 + length, y + thickness), color=None, fill=(0, 0, 0), width=0)
        y += thickness + 0.08 * INCH


def _sheet(kind: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    if kind in ("kodak", "bars"):
        _bars(page, PATCH_T, from_top=20 * MM)
    if kind == "kodak":
        page.insert_image(
            pymupdf.Rect(60, 330, 535, 480),
            stream=_code_png("PATCHT", zxingcpp.BarcodeFormat.Code39),
            keep_proportion=False,
        )
        page.insert_text((250, 520), "PATCH T", fontsize=28)
    if kind == "qr":
        page.insert_image(pymupdf.Rect(200, 300, 400, 500), stream=_code_png("PATCHT", zxingcpp.BarcodeFormat.QRCode))
    if kind == "patch3":  # another patch: an image-level sheet, not a separator
        _bars(page, PATCH_3, from_top=20 * MM)
    if kind == "asn":
        page.insert_text((60, 100), "Archive", fontsize=12)
        page.insert_image(
            pymupdf.Rect(60, 120, 300, 180),
            stream=_code_png("ASN000123", zxingcpp.BarcodeFormat.Code128),
            keep_proportion=False,
        )
    if kind == "customer_qr":
        page.insert_text((60, 100), "Facture EDF - payez en ligne", fontsize=12)
        page.insert_image(
            pymupdf.Rect(400, 650, 540, 790),
            stream=_code_png("https://edf.fr/p/PATCHT1", zxingcpp.BarcodeFormat.QRCode),
        )
    if kind == "table":  # a form with black header rows and thick rules
        for i in range(8):
            page.draw_rect(pymupdf.Rect(40, 60 + 30 * i, 555, 60 + 30 * i + (14 if i % 2 else 6)), fill=(0, 0, 0))
    return doc.tobytes()


def _scanned(pdf: bytes, *, dpi: int, turn: float, bitonal: bool) -> pymupdf.Page:
    page = pymupdf.open(stream=pdf)[0]
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    image = Image.frombytes("L", (pix.width, pix.height), pix.samples).rotate(turn, expand=True, fillcolor=255)
    if bitonal:
        image = image.point(lambda v: 255 if v > 128 else 0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi))
    return pymupdf.open(stream=buffer.getvalue(), filetype="png")[0]


SCANS = [(300, 0, False), (200, 180, True), (200, 90, True), (300, 181.5, False), (200, 272, True)]


@pytest.mark.parametrize("kind", ["kodak", "bars", "qr"])
@pytest.mark.parametrize(("dpi", "turn", "bitonal"), SCANS)
def test_vendor_sheets_are_separators(kind: str, dpi: int, turn: float, bitonal: bool) -> None:
    assert is_separator(_scanned(_sheet(kind), dpi=dpi, turn=turn, bitonal=bitonal))


@pytest.mark.parametrize("kind", ["patch3", "asn", "customer_qr", "table"])
@pytest.mark.parametrize(("dpi", "turn", "bitonal"), SCANS[:3])
def test_other_codes_and_bars_are_not_separators(kind: str, dpi: int, turn: float, bitonal: bool) -> None:
    assert not is_separator(_scanned(_sheet(kind), dpi=dpi, turn=turn, bitonal=bitonal))


def test_separator_value_as_sheets_print_it() -> None:
    assert all(is_separator_value(text) for text in ("PATCHT", "*PATCHT*", "PATCH T", "patcht"))
    assert not any(is_separator_value(text) for text in ("PATCHT1", "ASN000123", "PATCH", ""))


def test_patch_t_read_from_either_edge_not_patch_3() -> None:
    page = pymupdf.open(stream=_sheet("bars"))[0]
    pix = page.get_pixmap(dpi=100, colorspace=pymupdf.csGRAY)
    grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width)
    assert has_patch_t(grey) and has_patch_t(grey[::-1]) and has_patch_t(grey.T)
    other = pymupdf.open(stream=_sheet("patch3"))[0].get_pixmap(dpi=100, colorspace=pymupdf.csGRAY)
    assert not has_patch_t(np.frombuffer(other.samples, np.uint8).reshape(other.height, other.width))
