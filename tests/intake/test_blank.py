"""Blank backs are dropped, pages carrying anything are kept."""

from __future__ import annotations

import io

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from telvalid_desktop.intake.blank import is_blank
from telvalid_desktop.intake.loaders import open_document
from telvalid_desktop.intake.rendering import render_region
from tests.paths import REALWORLD, requires_realworld

A4_200DPI = (1654, 2339)
THUMB_PX = 400
FONT = ImageFont.load_default(size=24)  # ~10 pt text at 200 dpi


def _sheet(paper: int = 245) -> Image.Image:
    return Image.new("L", A4_200DPI, paper)


def _thumbnail(scan: Image.Image, fmt: str = "PNG", **save: object) -> Image.Image:
    """What the pipeline sees: the 200-dpi scan opened by MuPDF, rendered 400 px wide."""
    buf = io.BytesIO()
    scan.save(buf, fmt, dpi=(200, 200), **save)
    page = pymupdf.open(stream=buf.getvalue(), filetype=fmt.lower())[0]
    return render_region(page, page_width_px=THUMB_PX)


def _speckle(scan: Image.Image, share: float, seed: int = 3) -> Image.Image:
    grey = np.asarray(scan).copy()
    grey[np.random.default_rng(seed).random(grey.shape) < share] = 0
    return Image.fromarray(grey)


def _text(scan: Image.Image, lines: list[str], top: int = 300, ink: int = 20) -> Image.Image:
    draw = ImageDraw.Draw(scan)
    for i, line in enumerate(lines):
        draw.text((200, top + 40 * i), line, fill=ink, font=FONT)
    return scan


def _show_through(scan: Image.Image) -> Image.Image:
    """The other side's text, mirrored, faint and soft."""
    back = _text(Image.new("L", A4_200DPI, 255), ["Mandat de prélèvement SEPA, IBAN FR76 ..."] * 30, top=200)
    faint = ImageOps.mirror(back).filter(ImageFilter.GaussianBlur(1.5)).point(lambda v: 255 - (255 - v) // 6)
    return Image.fromarray(np.minimum(np.asarray(scan), np.asarray(faint)))


def _signature(scan: Image.Image, ink: int = 110) -> Image.Image:
    """A light blue-ballpoint squiggle, 45 x 15 mm, bottom right."""
    draw = ImageDraw.Draw(scan)
    x = np.linspace(1000, 1350, 200)
    y = 1950 + 50 * np.sin((x - 1000) / 18) * np.cos((x - 1000) / 70)
    draw.line(list(zip(x.tolist(), y.tolist(), strict=True)), fill=ink, width=3)
    return scan


def _dark_border(scan: Image.Image) -> Image.Image:
    """Black scanner lid around a sheet fed 1.5 deg askew, with a grey edge shadow."""
    canvas = Image.new("L", A4_200DPI, 15)
    sheet = scan.resize((A4_200DPI[0] - 60, A4_200DPI[1] - 60)).rotate(
        1.5, expand=False, fillcolor=15, resample=Image.Resampling.BILINEAR
    )
    canvas.paste(sheet, (30, 30))
    ImageDraw.Draw(canvas).rectangle((30, 30, A4_200DPI[0] - 30, 45), fill=120)
    return canvas


def _uneven_tinted(scan: Image.Image) -> Image.Image:
    """Yellowed paper under a phone's uneven light."""
    light = np.linspace(0.7, 1.0, scan.width)[None, :] * np.linspace(0.85, 1.0, scan.height)[:, None]
    return Image.fromarray((np.asarray(scan) * light).astype(np.uint8))


BLANK = {
    "clean": _sheet,
    "speckle 1 %": lambda: _speckle(_sheet(), 0.01),
    "fax noise, bitonal": lambda: _speckle(_sheet(255), 0.02).point(lambda v: 255 if v > 128 else 0),
    "faint show-through": lambda: _show_through(_sheet()),
    "tinted, uneven light": lambda: _uneven_tinted(_speckle(_sheet(230), 0.005)),
    "dark scanner border": lambda: _dark_border(_speckle(_sheet(), 0.005)),
}
NOT_BLANK = {
    "a two-letter word": lambda: _text(_sheet(), ["Vu"], top=1000),
    "one line of text": lambda: _text(_sheet(), ["Pièce jointe : RIB"], top=1200),
    "a header line only": lambda: _text(_sheet(), ["Numéro de procédure : 48151623"], top=90),
    "a signature only": lambda: _signature(_sheet()),
    "signature under show-through": lambda: _signature(_show_through(_sheet())),
    "few light grey lines": lambda: _text(_sheet(), ["Fait à Lyon", "le 3 mars", "Lu et approuvé"], ink=160),
    "text inside a dark border": lambda: _dark_border(_text(_sheet(), ["Pièce jointe : RIB"], top=1200)),
}


@pytest.mark.parametrize("case", list(BLANK))
def test_empty_backs_are_blank(case: str) -> None:
    assert is_blank(_thumbnail(BLANK[case]()))


@pytest.mark.parametrize("case", list(NOT_BLANK))
def test_pages_with_anything_are_kept(case: str) -> None:
    assert not is_blank(_thumbnail(NOT_BLANK[case]()))


def test_jpeg_artefacts_do_not_make_a_page_look_used() -> None:
    assert is_blank(_thumbnail(_speckle(_sheet(), 0.01).convert("RGB"), "JPEG", quality=30))
    assert not is_blank(_thumbnail(_signature(_sheet()).convert("RGB"), "JPEG", quality=30))


@requires_realworld
def test_realworld_blank_pdf_is_blank_and_text_pages_are_not() -> None:
    for name, blank in (("blank.pdf", True), ("no_contents.pdf", True), ("francais.pdf", False),
                        ("typewriter.png", False), ("ccitt.pdf", False)):
        with open_document(REALWORLD / name) as doc:
            assert is_blank(render_region(doc[0], page_width_px=THUMB_PX)) is blank, name
