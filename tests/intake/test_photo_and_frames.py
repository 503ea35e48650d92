"""Headers in a frame, beside a solid logo, or on a sheet photographed on a desk are read (issue 15)."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import cast

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageFilter

from telvalid_desktop.intake.header import read_header_band
from telvalid_desktop.intake.imageops import without_rules
from telvalid_desktop.intake.ocr import OcrEngine, OcrResult, create_engine
from telvalid_desktop.intake.rendering import render_region
from telvalid_desktop.intake.sheet import sheet_box

NUMBER = "00719261"


def _form(*, boxed: bool, logo: bool, footer: bool = False) -> Image.Image:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    label = f"N° de procédure : {NUMBER}"
    page.insert_text((60, 52), label, fontsize=10, fontname="heit")
    if boxed:
        page.draw_rect(pymupdf.Rect(50, 36, 60 + pymupdf.get_text_length(label, "heit", 10) + 10, 60), width=1.2)
    if logo:
        page.draw_rect(pymupdf.Rect(300, 30, 400, 62), fill=(0.15, 0.15, 0.15), color=None)
        page.insert_text((312, 54), "VOXNET", fontsize=18, fontname="hebo", color=(1, 1, 1))
    page.insert_text((180, 120), "Validation du groupe téléphonie", fontsize=16, fontname="hebo")
    for line in range(20):
        page.insert_text((60, 160 + 18 * line), f"Ligne {line} du mandat, IBAN FR76 3000 6000 0112", fontsize=9)
    if footer:
        page.insert_text((60, 810), "TELECOM SAS au capital de 10 174 500 euros - RCS Lille Métropole", fontsize=8)
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


def _photo(sheet: Image.Image) -> Image.Image:
    """The sheet in the middle of a picture of a grey wall, lit unevenly, soft."""
    width, height = 1800, 2400
    wall = np.linspace(120, 200, width)[None, :].repeat(height, axis=0).astype(np.uint8)
    picture = Image.fromarray(wall)
    small = sheet.resize((1200, 1200 * sheet.height // sheet.width))
    picture.paste(small, ((width - small.width) // 2, 320))
    return picture.filter(ImageFilter.GaussianBlur(1.2))


def _page(image: Image.Image, dpi: int) -> pymupdf.Page:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70, dpi=(dpi, dpi))
    return pymupdf.open(stream=buffer.getvalue(), filetype="jpeg")[0]


@pytest.fixture(scope="module")
def engine() -> OcrEngine:
    return create_engine("auto")


@pytest.mark.tesseract
@pytest.mark.parametrize(("boxed", "logo"), [(True, False), (True, True), (False, True)])
def test_framed_header_beside_a_logo_is_read(engine: OcrEngine, boxed: bool, logo: bool) -> None:
    page = _page(_form(boxed=boxed, logo=logo), 200)
    read = read_header_band(page, engine)
    assert read.reading is not None and read.reading.number == NUMBER


@pytest.mark.tesseract
def test_header_of_a_photographed_sheet_is_read_where_the_sheet_lies(engine: OcrEngine) -> None:
    page = _page(_photo(_form(boxed=True, logo=True)), 72)
    thumbnail = render_region(page, page_width_px=400)
    box = sheet_box(thumbnail)
    assert box is not None and 0.1 < box.x0 < 0.25 and 0.1 < box.y0 < 0.2
    read = read_header_band(page, engine, thumbnail)
    assert read.reading is not None and read.reading.number == NUMBER


class _WordyEngine:
    """The real engine, but every line it reads scores 70 % dictionary words: as a footer read upside
    down did ("| eq COLOG SEEN NZ - GR AOL PER MATE MNT SON ... SYS HOTEL")."""

    name = "wordy"

    def __init__(self, engine: OcrEngine) -> None:
        self.engine = engine

    def recognize(self, image: Image.Image, *, psm: int = 6) -> OcrResult:
        return replace(self.engine.recognize(image, psm=psm), dictionary_share=0.7)


@pytest.mark.tesseract
def test_a_photographed_sheet_lying_sideways_is_searched_at_both_edges_whatever_its_foot_reads_like(
    engine: OcrEngine,
) -> None:
    sideways = _form(boxed=False, logo=False, footer=True).rotate(90, expand=True)  # header on the left
    page = _page(_photo(sideways), 72)
    thumbnail = render_region(page, page_width_px=400)
    assert sheet_box(thumbnail) is not None
    read = read_header_band(page, cast(OcrEngine, _WordyEngine(engine)), thumbnail)
    assert read.reading is not None and (read.reading.number, read.reading.rotation) == (NUMBER, 90)


def test_a_scan_is_the_sheet_itself() -> None:
    page = _page(_form(boxed=False, logo=False), 200)
    assert sheet_box(render_region(page, page_width_px=400)) is None


def test_frames_and_solid_blocks_become_paper_text_stays() -> None:
    band = Image.new("L", (900, 60), 255)
    pixels = np.asarray(band).copy()
    pixels[5:8, 10:400] = 0  # a frame's top rule
    pixels[5:55, 10:13] = 0  # its left side
    pixels[10:50, 600:800] = 20  # a logo's solid block
    pixels[25:35, 100:104] = 0  # a glyph's stroke
    cleaned = np.asarray(without_rules(Image.fromarray(pixels)))
    assert cleaned[6, 200] > 200 and cleaned[30, 11] > 200 and cleaned[30, 700] > 200
    assert cleaned[30, 102] < 50
