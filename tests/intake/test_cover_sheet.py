"""The return cover sheet of a hold letter, scanned however badly, files the complement behind it.

Its header is read like a form's (OCR of the label and number), and its Data Matrix gives
the number exactly; other 2D codes are ignored. End to end: a dossier on hold, its cover
sheet scanned with a RIB that carries no number, lands in the dossier and reopens it.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pymupdf
import pytest
import zxingcpp
from PIL import Image

from telvalid_desktop.config import Settings
from telvalid_desktop.core.correspondence.letter_content import LetterContent, LetterKind, RequestedItem
from telvalid_desktop.core.correspondence.letter_pdf import letter_pdf
from telvalid_desktop.core.correspondence.letters import LetterService
from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.validation import ValidationService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import DossierEvent, Page
from telvalid_desktop.intake.analysis import PageAnalyzer
from telvalid_desktop.intake.cover_code import cover_code_payload, read_cover_code
from telvalid_desktop.intake.header import read_header
from telvalid_desktop.intake.ocr import OcrEngine, create_engine
from telvalid_desktop.intake.rendering import render_region
from telvalid_desktop.intake.separator import THUMBNAIL_WIDTH_PX
from telvalid_desktop.intake.types import ReadMethod
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.samples.bank_documents import rib_pdf
from telvalid_desktop.samples.customers import random_customer
from telvalid_desktop.samples.letterhead import DEMO_LETTERHEAD
from telvalid_desktop.samples.procedure_form import form_pdf
from telvalid_desktop.samples.scan_files import images_to_pdf
from telvalid_desktop.samples.scans import PROFILES, scan_page

NUMBERS = ("48151623", "735109", "3059718264")  # 8, 6 and 10 digits


def cover_sheet_pdf(number: str, language: str = "fr") -> bytes:
    """A hold letter and its cover sheet (page 2), as LetterService draws them."""
    content = LetterContent(
        LetterKind.HOLD, language, number, date(2026, 3, 12), DEMO_LETTERHEAD, "Jeanne Martin", "ab1-ovh", "grp-7",
        (RequestedItem("rib", "RIB"), RequestedItem("holder_id", "Pièce d'identité", refused=True, reason="périmée")),
    )  # fmt: skip
    return letter_pdf(content)


def scanned(pdf: bytes, index: int, profile: str, seed: int) -> bytes:
    """Page ``index`` of ``pdf`` through one scan profile, as an image-only PDF."""
    chosen = PROFILES[profile]
    return images_to_pdf([scan_page(pdf, index, chosen, random.Random(seed))], [chosen.dpi])


def open_page(pdf: bytes) -> pymupdf.Page:
    return pymupdf.open("pdf", pdf)[0]


@pytest.fixture(scope="module")
def engine() -> OcrEngine:
    return create_engine("auto")


@pytest.mark.tesseract
@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_scanned_cover_sheet_read_by_its_code_and_its_header(profile: str, engine: OcrEngine) -> None:
    number = NUMBERS[sorted(PROFILES).index(profile) % len(NUMBERS)]
    page = open_page(scanned(cover_sheet_pdf(number), 1, profile, seed=len(profile)))
    assert not page.get_text("text").strip()  # no text layer: an image only
    upright = (-PROFILES[profile].rotation) % 360

    thumbnail = render_region(page, page_width_px=THUMBNAIL_WIDTH_PX)
    for coded in (read_cover_code(page, thumbnail), read_cover_code(page)):  # cheap look, and bands rendered
        assert coded is not None
        assert (coded.number, coded.method, coded.confidence, coded.rotation) == (
            number, ReadMethod.BARCODE, 1.0, upright,
        )  # fmt: skip
        assert coded.crop_png is not None and coded.crop_png.startswith(b"\x89PNG")

    header = read_header(page, engine)  # the form's label and number, read by OCR as on a form page
    assert header is not None and (header.number, header.method, header.rotation) == (number, ReadMethod.OCR, upright)

    analysis = PageAnalyzer()._analyze_page(page, 0)
    assert analysis.reading is not None and analysis.reading.method == ReadMethod.BARCODE
    assert analysis.reading.number == number and "header_ms" not in analysis.timings_ms  # no OCR needed


def code_png(text: str, code_format: zxingcpp.BarcodeFormat) -> bytes:
    image = zxingcpp.create_barcode(text, code_format).to_image(scale=20)
    buffer = io.BytesIO()
    Image.fromarray(np.asarray(image)).save(buffer, "PNG")
    return buffer.getvalue()


def page_with_codes(codes: list[tuple[str, zxingcpp.BarcodeFormat]]) -> bytes:
    """An invoice-like page with 2D codes in its header band that are not a cover sheet's."""
    document = pymupdf.open()
    page = document.new_page(width=595, height=842)
    page.insert_text((42, 36), "Facture n° 2026-0451234 – Réf. client : 48151623", fontsize=11)
    for index, (text, code_format) in enumerate(codes):
        x = 250 + index * 75
        page.insert_image(pymupdf.Rect(x, 45, x + 68, 113), stream=code_png(text, code_format))
    page.insert_text((42, 300), "Montant à régler : 42,00 EUR", fontsize=11)
    return document.tobytes()


@pytest.mark.parametrize("profile", ["clean300", "bitonal200"])
def test_other_codes_in_the_header_are_ignored(profile: str) -> None:
    codes = [
        ("https://paiement.example.fr/facture/2026-0451234", zxingcpp.BarcodeFormat.QRCode),
        ("DC04FR000001" + "48151623" * 3, zxingcpp.BarcodeFormat.DataMatrix),  # a 2D-Doc, say
        ("TELVALID-PROC:48151623-2", zxingcpp.BarcodeFormat.DataMatrix),  # our prefix, not our payload
        (cover_code_payload("48151623"), zxingcpp.BarcodeFormat.QRCode),  # our payload, not our symbol
    ]
    pdf = page_with_codes(codes)
    digital = Image.open(io.BytesIO(open_page(pdf).get_pixmap(dpi=150).tobytes()))
    assert {code.text for code in zxingcpp.read_barcodes(digital)} == {text for text, _ in codes}  # all readable
    page = open_page(scanned(pdf, 0, profile, seed=3))
    thumbnail = render_region(page, page_width_px=THUMBNAIL_WIDTH_PX)
    assert read_cover_code(page, thumbnail) is None and read_cover_code(page) is None
    assert PageAnalyzer("auto")._analyze_page(page, 0).reading is None


# --- the loop: hold, letter, complement behind the cover sheet ------------------------------------


@pytest.fixture
def workers() -> Iterator[PageWorkers]:
    with PageWorkers(0) as pool:
        yield pool


def concat(*pdfs: bytes) -> bytes:
    document = pymupdf.open()
    for pdf in pdfs:
        document.insert_pdf(pymupdf.open("pdf", pdf))
    return document.tobytes()


@pytest.mark.tesseract
@pytest.mark.usefixtures("letterhead")
@pytest.mark.parametrize("profile", ["fax", "bitonal200"])
def test_complement_behind_the_cover_sheet_reopens_the_dossier(
    profile: str, tmp_path: Path, workspace: Workspace, workers: PageWorkers
) -> None:
    number = "48151623"
    rng = random.Random(21)
    customer = random_customer(rng)
    ingest = IngestService(workspace, workers, DossierService(), user="mailroom")
    form = tmp_path / "form.pdf"
    form.write_bytes(form_pdf(number, customer=customer, rng=rng))  # the first sending: the digital form
    [first] = ingest.ingest(form).submissions
    claims = ClaimService(Settings())
    checklist = ChecklistService(claims)
    ValidationService(claims, checklist).put_on_hold(number, "tech", ["holder_id", "rib"], "RIB et identité")
    letter = LetterService(workspace, checklist).write_hold_letter(first.dossier_id, "tech")
    printed = (workspace.root / letter.path).read_bytes()

    # The customer puts the cover sheet on top of a RIB that carries no number, and posts both.
    envelope = tmp_path / "complement.pdf"
    chosen = PROFILES[profile]
    pages = [scan_page(printed, 1, chosen, rng), scan_page(rib_pdf(customer, rng), 0, chosen, rng)]
    envelope.write_bytes(images_to_pdf(pages, [chosen.dpi] * 2))
    outcome = ingest.ingest(envelope)

    assert outcome is not None
    [complement] = outcome.submissions
    assert (complement.pages, complement.procedure_number, complement.number_source) == ([1, 2], number, "header")
    assert complement.dossier_id == first.dossier_id and not complement.needs_review
    dossier = DossierService().get(number)
    assert (dossier.status, dossier.complement_received) == ("open", True)
    events = [e.event for e in DossierEvent.select().where(DossierEvent.dossier == dossier).order_by(DossierEvent.id)]
    assert events[-3:] == ["put_on_hold", "letter_written", "complement_received"]  # the letter is in the history
    cover, rib = Page.select().where(Page.submission == complement.submission_id).order_by(Page.index)
    assert (cover.number_read, cover.read_method, cover.read_where) == (number, "barcode", "header")
    assert cover.crop_path and (workspace.root / cover.crop_path).is_file()  # shown to the technician
    assert rib.number_read is None
