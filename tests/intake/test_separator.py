"""The separator sheet is recognised however badly it was scanned, and nothing else is."""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
import pymupdf
import pytest
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter

from telvalid_desktop.intake.loaders import open_document
from telvalid_desktop.intake.rendering import render_region
from telvalid_desktop.intake.separator import (
    SEPARATOR_VALUE,
    is_separator,
    separator_sheet_pdf,
)
from tests.paths import REALWORLD, requires_realworld

SCAN_DPI = 200


# --- the sheet, scanned in bad ways ---------------------------------------------------

def _scan(dpi: int = SCAN_DPI) -> Image.Image:
    """The printed sheet as a grey scan at ``dpi``."""
    page = pymupdf.open(stream=separator_sheet_pdf())[0]
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


def _bitonal(image: Image.Image, threshold: int = 128) -> Image.Image:
    return image.point(lambda v: 255 if v > threshold else 0)


def _noise(image: Image.Image, share: float, seed: int = 1) -> Image.Image:
    """Flip ``share`` of the pixels (salt and pepper)."""
    grey = np.asarray(image).copy()
    flip = np.random.default_rng(seed).random(grey.shape) < share
    grey[flip] = 255 - grey[flip]
    return Image.fromarray(grey)


def _light_toner(image: Image.Image, black: int = 175) -> Image.Image:
    return image.point(lambda v: black + (255 - black) * v // 255)


def _rotate(image: Image.Image, degrees: float) -> Image.Image:
    return image.rotate(degrees, expand=True, fillcolor=255, resample=Image.Resampling.BILINEAR)


def _fax(image: Image.Image) -> Image.Image:
    """Fax fine mode: 204 x 98 dpi, bitonal, line noise."""
    fax = _bitonal(image.resize((1728, 1146), Image.Resampling.BILINEAR))
    return _noise(fax, 0.02).convert("1")


def _phone_photo(image: Image.Image) -> Image.Image:
    """Tilted on a dark desk, uneven light, soft focus, 1000 px wide."""
    tilted = image.rotate(3, expand=True, fillcolor=60, resample=Image.Resampling.BILINEAR)
    w, h = tilted.size
    light = np.linspace(0.6, 1.0, w)[None, :] * np.linspace(0.8, 1.0, h)[:, None]
    lit = Image.fromarray((np.asarray(tilted) * light).astype(np.uint8))
    return lit.resize((1000, 1000 * h // w)).filter(ImageFilter.GaussianBlur(1)).convert("RGB")


def _photo_from_afar(image: Image.Image) -> Image.Image:
    """Landscape photo with the sheet in its middle half: too small for the thumbnail."""
    frame = Image.new("L", (2400, 1800), 90)
    sheet = image.resize((1200, 1200 * image.height // image.width))
    frame.paste(sheet, (600, (1800 - sheet.height) // 2))
    return frame.convert("RGB")


def _folded_across_upper_barcode(image: Image.Image) -> Image.Image:
    """A crease and a stain wipe out the upper barcode; the lower one must do."""
    damaged = image.copy()
    w, h = damaged.size
    ImageDraw.Draw(damaged).rectangle((0, h * 0.15, w, h * 0.30), fill=140)
    return damaged


def _page_of(image: Image.Image, fmt: str = "PNG", dpi: tuple[int, int] = (SCAN_DPI, SCAN_DPI),
             **save: object) -> pymupdf.Page:
    """``image`` saved as a scanner would and opened as a one-page document."""
    buf = io.BytesIO()
    image.save(buf, fmt, dpi=dpi, **save)
    return pymupdf.open(stream=buf.getvalue(), filetype=fmt.lower())[0]


SCANS: dict[str, Callable[[Image.Image], pymupdf.Page]] = {
    "bitonal 200 dpi": lambda s: _page_of(_bitonal(s)),
    "skewed 5 deg": lambda s: _page_of(_bitonal(_rotate(s, 5))),
    "skewed -5 deg with noise": lambda s: _page_of(_noise(_bitonal(_rotate(s, -5)), 0.03)),
    "upside down": lambda s: _page_of(_bitonal(s.rotate(180))),
    "sideways": lambda s: _page_of(_bitonal(s.rotate(90, expand=True))),
    "sideways the other way, skewed": lambda s: _page_of(_bitonal(_rotate(s, 266))),
    "heavy speckle": lambda s: _page_of(_noise(_bitonal(s), 0.08)),
    "light toner": lambda s: _page_of(_light_toner(s)),
    "light toner, skewed, blurred": lambda s: _page_of(
        _light_toner(_rotate(s, 4), 190).filter(ImageFilter.GaussianBlur(2))
    ),
    "fax 204x98": lambda s: _page_of(_fax(s), "TIFF", (204, 98), compression="group3"),
    "fax upside down": lambda s: _page_of(_fax(s.rotate(180)), "TIFF", (204, 98), compression="group3"),
    "fax skewed": lambda s: _page_of(_fax(_rotate(s, 5)), "TIFF", (204, 98), compression="group4"),
    "phone photo jpeg q40": lambda s: _page_of(_phone_photo(s), "JPEG", (72, 72), quality=40),
    "phone photo from afar": lambda s: _page_of(_photo_from_afar(s), "JPEG", (72, 72), quality=60),
    "jpeg q40 bitonal": lambda s: _page_of(_bitonal(s), "JPEG", quality=40),
    "folded, upper barcode lost": lambda s: _page_of(_folded_across_upper_barcode(_bitonal(s))),
    "folded and upside down": lambda s: _page_of(_folded_across_upper_barcode(_bitonal(s)).rotate(180)),
}


@pytest.fixture(scope="module")
def scan() -> Image.Image:
    return _scan()


def test_sheet_pdf_is_a4_with_the_code_and_the_words() -> None:
    doc = pymupdf.open(stream=separator_sheet_pdf(3))
    assert doc.page_count == 3
    page = doc[0]
    assert (round(page.rect.width), round(page.rect.height)) == (595, 842)
    text = page.get_text()
    assert "FEUILLE DE SÉPARATION" in text and "ne pas retirer" in text and "SEPARATOR SHEET" in text
    codes = zxingcpp.read_barcodes(render_region(page, page_width_px=1654))
    assert [c.text for c in codes] == [SEPARATOR_VALUE, SEPARATOR_VALUE]
    assert all(is_separator(p) for p in doc)


def test_sheet_carries_patch_t_near_both_edges() -> None:
    """Narrow-wide-narrow-wide, 2.03/5.08 mm bars and 2.03 mm spaces, read from each edge."""
    page = pymupdf.open(stream=separator_sheet_pdf())[0]
    column = np.asarray(render_region(page, page_width_px=2480))[:, 1240]  # 300 dpi, mid-page
    dark = np.flatnonzero(np.diff((column < 128).astype(np.int8)) != 0)
    px_per_inch = 300
    top_edges = dark[:8] / px_per_inch
    widths = np.diff(top_edges)[::2]
    assert np.allclose(widths, (0.08, 0.20, 0.08, 0.20), atol=0.01)
    bottom_edges = (len(column) - dark[::-1][:8]) / px_per_inch
    assert np.allclose(np.diff(bottom_edges)[::2], (0.08, 0.20, 0.08, 0.20), atol=0.01)
    assert 6 / 25.4 <= top_edges[0] <= 94 / 25.4


@pytest.mark.parametrize("variant", list(SCANS))
def test_badly_scanned_sheet_is_recognised(scan: Image.Image, variant: str) -> None:
    assert is_separator(SCANS[variant](scan))


def _ordinary_pages() -> pymupdf.Document:
    """Pages a dossier really holds, several with barcodes, bars or heavy black areas."""
    doc = pymupdf.open()

    def text_page(lines: int) -> pymupdf.Page:
        page = doc.new_page()
        page.insert_text((60, 50), "Numéro de procédure : 48151623", fontsize=12)
        for i in range(lines):
            line = f"Ligne {i} du mandat SEPA, IBAN FR76 3000 6000 0112"
            page.insert_text((60, 90 + 17 * i), line, fontsize=10)
        return page

    def code(text: str, fmt: zxingcpp.BarcodeFormat) -> bytes:
        buf = io.BytesIO()
        Image.fromarray(np.asarray(zxingcpp.create_barcode(text, fmt).to_image(scale=4))).save(buf, "PNG")
        return buf.getvalue()

    text_page(40)
    code128 = code("48151623", zxingcpp.BarcodeFormat.Code128)
    text_page(8).insert_image(pymupdf.Rect(300, 20, 560, 90), stream=code128, keep_proportion=False)
    qr = code("TV-48151623", zxingcpp.BarcodeFormat.QRCode)
    text_page(8).insert_image(pymupdf.Rect(380, 600, 560, 780), stream=qr)
    band = doc.new_page()
    band.draw_rect(pymupdf.Rect(0, 0, 595, 120), fill=(0, 0, 0))
    band.insert_text((40, 70), "MANDAT DE PRÉLÈVEMENT", color=(1, 1, 1), fontsize=28)
    rules = doc.new_page()
    for i in range(6):
        rules.draw_rect(pymupdf.Rect(40, 100 + 100 * i, 555, 115 + 100 * i), fill=(0, 0, 0))
    cheque = doc.new_page(width=500, height=220)
    cheque.insert_text((20, 40), "Payez contre ce chèque non endossable", fontsize=14)
    cmc7_like = "|||:|| ||:| |||:|||| ||:| |: ||| |||:|| ||:|"
    cheque.insert_text((20, 200), cmc7_like, fontname="cour", fontsize=16)
    card = doc.new_page(width=243, height=153)
    card.insert_text((10, 20), "CARTE NATIONALE D'IDENTITÉ", fontsize=9)
    card.draw_rect(pymupdf.Rect(10, 30, 70, 100), fill=(0.25, 0.25, 0.25))
    card.insert_text((8, 125), "IDFRADUPONT<<<<<<<<<<<<<<<<<<<<<<", fontname="cour", fontsize=9)
    card.insert_text((8, 140), "8806923102858JEAN<<<<<<<8512068M6", fontname="cour", fontsize=9)
    return pymupdf.open(stream=doc.tobytes())


def test_ordinary_pages_are_not_separators() -> None:
    doc = _ordinary_pages()
    assert not any(is_separator(page) for page in doc)
    scanned = [_page_of(_bitonal(Image.frombytes("L", (p.width, p.height), p.samples)))
               for p in (page.get_pixmap(dpi=SCAN_DPI, colorspace=pymupdf.csGRAY) for page in doc)]
    assert not any(is_separator(page) for page in scanned)


@requires_realworld
def test_realworld_pages_are_not_separators() -> None:
    for path in sorted(REALWORLD.iterdir()):
        if path.suffix not in {".pdf", ".png", ".jpg"} or path.name == "invalid.pdf":
            continue
        with open_document(path) as doc:
            assert not any(is_separator(page) for page in doc), path.name
