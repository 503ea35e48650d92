"""Reading the procedure number of a page: text layer, header-band OCR, orientations, traps.

The decision logic runs on ``FakeOcr`` (no tesseract needed); the ``tesseract`` tests
read pages of the test generator, scanned in every profile, with the real engine.
"""

from __future__ import annotations

import importlib.util
import io
import os
import random

import pymupdf
import pytest
from PIL import Image, ImageDraw

from telvalid_desktop.intake.header import read_body, read_header
from telvalid_desktop.intake.ocr import FakeOcr, OcrEngine, find_tessdata
from telvalid_desktop.intake.types import ReadMethod
from telvalid_desktop.samples.customers import random_procedure_number
from telvalid_desktop.samples.procedure_form import LABELS, form_pdf
from telvalid_desktop.samples.scan_files import images_to_pdf
from telvalid_desktop.samples.scans import PROFILES, scan_page

NUMBER = "48151623"
A4 = (595.0, 842.0)


def open_pdf(data: bytes) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype="pdf")


def image_page(image: Image.Image, *, text: str | None = None) -> pymupdf.Page:
    """A one-page PDF holding ``image`` full page (a scan), optionally with invisible text on top."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    doc = pymupdf.open()
    width, height = (A4[1], A4[0]) if image.width > image.height else A4
    page = doc.new_page(width=width, height=height)
    page.insert_image(page.rect, stream=buffer.getvalue())
    if text is not None:
        page.insert_text((40, 40), text, fontsize=10, render_mode=3)
    return page


def inked_scan(*, landscape: bool = False) -> Image.Image:
    """A grey page image with one line of ink blocks near each edge and one lower down.

    So every band the reader may try holds exactly one line, and a scripted engine
    answers each band in turn.
    """
    size = (1754, 1240) if landscape else (1240, 1754)
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    width, height = size
    for fraction in (0.05, 0.17, 0.95):
        y = round(fraction * height)
        for x in range(60, width - 200, 160):
            draw.rectangle((x, y, x + 50, y + 16), fill=0)
    if landscape:
        for fraction in (0.05, 0.95):
            x = round(fraction * width)
            for y in range(60, height - 200, 160):
                draw.rectangle((x, y, x + 16, y + 50), fill=0)
    return image


# --- text layer ----------------------------------------------------------------------------------


@pytest.mark.parametrize("label", LABELS)
def test_digital_form_read_from_text_layer_with_each_label(label: str) -> None:
    rng = random.Random(label)
    number = random_procedure_number(rng)
    doc = open_pdf(form_pdf(number, label=label, pages=2, rng=rng))
    for page in doc:
        reading = read_header(page, None)
        assert reading is not None
        assert (reading.number, reading.method, reading.confidence) == (number, ReadMethod.TEXT_LAYER, 1.0)


@pytest.mark.parametrize("rotate", [90, 270])
def test_digital_page_shown_upright_through_its_rotate_entry(rotate: int) -> None:
    """Landscape media box, content drawn sideways, /Rotate turning it upright on screen."""
    source = open_pdf(form_pdf(NUMBER, pages=1, rng=random.Random(rotate)))
    doc = pymupdf.open()
    page = doc.new_page(width=A4[1], height=A4[0])
    page.show_pdf_page(page.rect, source, 0, rotate=rotate)
    page.set_rotation(rotate)
    page = open_pdf(doc.tobytes())[0]
    reading = read_header(page, None)
    assert reading is not None and (reading.number, reading.rotation) == (NUMBER, 0)


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_digital_page_shown_turned(rotate: int) -> None:
    doc = open_pdf(form_pdf(NUMBER, pages=1, rng=random.Random(rotate)))
    doc[0].set_rotation(rotate)
    page = open_pdf(doc.tobytes())[0]
    reading = read_header(page, None)
    assert reading is not None and reading.number == NUMBER
    assert reading.rotation == (360 - rotate) % 360


def test_digital_page_without_label() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 40), "Réf. client : 12345678   Page 1/2   Facture n° 2026-0451234", fontsize=10)
    assert read_header(page, None) is None
    assert read_header(page, FakeOcr()) is None


def test_number_below_the_header_is_not_a_header_number() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 500), f"Numéro de procédure : {NUMBER}", fontsize=10)
    assert read_header(page, None) is None


# --- decision logic, on a fake engine ------------------------------------------------------------


def test_ocr_read_verified_by_a_second_read() -> None:
    ocr = FakeOcr([f"Page 1/2\nNuméro de procédure : {NUMBER} Réf. client : 12345678", f"Numéro de procédure {NUMBER}"])
    reading = read_header(image_page(inked_scan()), ocr)
    assert reading is not None
    assert (reading.number, reading.method, reading.rotation, reading.where) == (NUMBER, ReadMethod.OCR, 0, "header")
    assert reading.confidence == pytest.approx(0.95)
    assert reading.text.startswith("Numéro de procédure")
    assert reading.crop_png is not None and reading.crop_png.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(reading.crop_png)) as crop:
        assert crop.mode == "L" and crop.width <= 1200 and crop.width > crop.height
    assert reading.box is not None and 0 <= reading.box.y0 < reading.box.y1 <= 0.12
    assert [psm for _, psm in ocr.calls] == [6, 7]


@pytest.mark.parametrize(
    "second_read", ["N° de procédure 48141623", "", f"N° de procédure {NUMBER} Procédure n° {NUMBER}", "Réf"]
)
def test_second_read_that_does_not_confirm_lowers_confidence(second_read: str) -> None:
    ocr = FakeOcr([f"N° de procédure : {NUMBER}", second_read])
    reading = read_header(image_page(inked_scan()), ocr)
    assert reading is not None and reading.number == NUMBER
    assert reading.confidence < 0.5


def test_low_symbol_confidence_is_kept() -> None:
    ocr = FakeOcr([f"N° de procédure : {NUMBER}", f"N° de procédure : {NUMBER}"], confidence=40)
    reading = read_header(image_page(inked_scan()), ocr)
    assert reading is not None and reading.confidence == pytest.approx(0.4)


def test_two_different_labelled_numbers_are_ambiguous() -> None:
    ocr = FakeOcr([f"N° de procédure : {NUMBER}\nProcédure n° 99887766", f"Procédure n° {NUMBER}"])
    reading = read_header(image_page(inked_scan()), ocr)
    assert reading is not None and reading.confidence <= 0.2


def test_traps_only_gives_nothing_after_every_fallback() -> None:
    traps = "12/03/2026 10:42 FAX 0145678910 P.001\nRéf. client : 12345678 Page 1/2 ICS : FR12ZZZ123456"
    ocr = FakeOcr(default=traps)
    assert read_header(image_page(inked_scan()), ocr) is None
    # top, bottom turned, lower top; the lower bottom band is blank (no OCR); never the whole page
    assert len(ocr.calls) == 3
    assert all(height < 0.2 * 1754 for (_, height), _ in ocr.calls)


def test_upside_down_page_read_from_the_bottom_band() -> None:
    ocr = FakeOcr(["Réf. client : 12345678", f"Procédure n° {NUMBER}", f"Procédure n° {NUMBER}"])
    reading = read_header(image_page(inked_scan()), ocr)
    assert reading is not None and reading.number == NUMBER
    assert reading.rotation == 180
    assert reading.box is not None and reading.box.y0 >= 0.88


def test_landscape_page_tries_the_side_bands_first() -> None:
    ocr = FakeOcr(["", f"Procédure n° {NUMBER}", f"Procédure n° {NUMBER}"])
    reading = read_header(image_page(inked_scan(landscape=True)), ocr)
    assert reading is not None and reading.rotation == 90
    (width, height), _ = ocr.calls[0]
    assert width > 5 * height  # an upright header band, not the page
    assert reading.box is not None and reading.box.x1 <= 0.12


def test_blank_page_costs_no_ocr() -> None:
    ocr = FakeOcr(default=f"N° de procédure : {NUMBER}")
    assert read_header(image_page(Image.new("L", (1240, 1754), 255)), ocr) is None
    assert ocr.calls == []


def test_scanner_text_layer_is_only_a_hint() -> None:
    scan = inked_scan()
    page = image_page(scan, text=f"N° de procédure : {NUMBER}")
    assert read_header(page, None) is None  # never trusted as exact text
    agreeing = read_header(page, FakeOcr([f"N° de procédure : {NUMBER}", ""]))
    assert agreeing is not None and agreeing.method == ReadMethod.OCR and agreeing.confidence >= 0.9
    disagreeing = read_header(page, FakeOcr(["N° de procédure : 48141623", "48141623"]))
    assert disagreeing is not None and disagreeing.confidence <= 0.3


def test_read_body_finds_the_number_in_a_cover_letter() -> None:
    letter = f"Madame, Monsieur,\nObjet : Complément de dossier – procédure n° {NUMBER}\nCordialement"
    ocr = FakeOcr([letter, f"Procédure n° {NUMBER}"])
    reading = read_body(image_page(inked_scan()), ocr)
    assert reading is not None
    assert (reading.number, reading.where, reading.rotation) == (NUMBER, "body", 0)
    assert ocr.calls[0][0][0] > 1000 and ocr.calls[0][0][1] > 1400  # the whole page


def test_read_body_turns_an_upside_down_letter() -> None:
    ocr = FakeOcr(["Madame, Monsieur,", f"procédure n° {NUMBER}", f"Procédure n° {NUMBER}"])
    reading = read_body(image_page(inked_scan()), ocr)
    assert reading is not None and reading.rotation == 180


def test_read_body_without_label() -> None:
    assert read_body(image_page(inked_scan()), FakeOcr(default="Facture n° 2026-0451234")) is None


# --- real OCR ------------------------------------------------------------------------------------

needs_tesseract = pytest.mark.skipif(
    find_tessdata("fra") is None, reason="tesseract French model (tessdata) not installed"
)
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@pytest.fixture(scope="module")
def engine() -> OcrEngine:
    from telvalid_desktop.intake.ocr import create_engine  # noqa: PLC0415 - only with tesseract

    return create_engine("tesserocr" if importlib.util.find_spec("tesserocr") else "pytesseract")


def scanned(number: str, profile: str, seed: int, *, label: str = LABELS[0], index: int = 0) -> pymupdf.Page:
    rng = random.Random(f"{seed}-{profile}")
    pdf = form_pdf(number, label=label, pages=2, rng=rng)
    return open_pdf(images_to_pdf([scan_page(pdf, index, PROFILES[profile], rng)]))[0]


@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_scanned_form_read_in_every_profile(profile: str, engine: OcrEngine) -> None:
    """Two forms per profile, both pages: right number, or at worst nothing; never a wrong one."""
    right = 0
    for seed in range(2):
        number = random_procedure_number(random.Random(f"{profile}-{seed}"))
        for index in range(2):
            page = scanned(number, profile, seed, label=LABELS[(seed * 2 + index) % len(LABELS)], index=index)
            reading = read_header(page, engine)
            if reading is None:
                continue
            assert reading.number == number or reading.confidence < 0.5, reading
            right += reading.number == number
    assert right >= 3


@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.parametrize(("profile", "rotation"), [("upside_down", 180), ("sideways", 270), ("sideways270", 90)])
def test_turned_scans_read_with_their_rotation(profile: str, rotation: int, engine: OcrEngine) -> None:
    page = scanned(NUMBER, profile, 1)
    reading = read_header(page, engine)
    assert reading is not None and reading.number == NUMBER
    assert reading.rotation == rotation
    assert reading.confidence >= 0.5


@needs_tesseract
@pytest.mark.tesseract
def test_traps_on_a_scanned_header_are_not_taken(engine: OcrEngine) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    traps = [
        "12/03/2026 10:42 FAX 0145678910 P.001",
        "Réf. client : 12345678     Page 1/2     Facture n° 2026-0451234",
        "RUM : TEL-48151623-01   ICS : FR12ZZZ123456   BIC BNPAFRPPXXX",
        "IBAN FR76 3000 6000 0112 3456 7890 189   Tél. 01 45 67 89 10",
    ]
    for i, line in enumerate(traps):
        page.insert_text((40, 24 + 16 * i), line, fontsize=10)
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    scan = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    assert read_header(image_page(scan), engine) is None


@needs_tesseract
@pytest.mark.tesseract
def test_cover_letter_read_by_full_page_ocr(engine: OcrEngine) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((60, 120), "Madame, Monsieur,", fontsize=11)
    page.insert_text((60, 300), f"Objet : Complément de dossier – procédure n° {NUMBER}", fontsize=11)
    page.insert_text((60, 330), "Veuillez trouver ci-joint la copie de ma pièce d'identité.", fontsize=11)
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    scan = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    assert read_header(image_page(scan), engine) is None  # not in the header band
    for turned in (scan, scan.rotate(180)):
        reading = read_body(image_page(turned), engine)
        assert reading is not None and (reading.number, reading.where) == (NUMBER, "body")
        assert reading.box is not None and 0.3 < reading.box.y0 < 0.7 or turned is not scan
