"""The test-data generator: deterministic, truthful, and the traps are where they should be."""

from __future__ import annotations

import csv
import io
import json
import random
import re
from datetime import datetime
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from telvalid_desktop.core.lifecycle.procedures import ADDRESS_COLUMNS, EXPORT_COLUMNS
from telvalid_desktop.samples import batches, corpus, scan_files, scans
from telvalid_desktop.samples.bank_documents import amount_in_words, cheque_pdf, rib_pdf
from telvalid_desktop.samples.customers import random_customer, random_procedure_number
from telvalid_desktop.samples.identity_documents import id_card_pdf, kbis_pdf, mrz_lines
from telvalid_desktop.samples.letters import cover_letter_pdf
from telvalid_desktop.samples.procedure_form import LABELS, OPERATOR_ICS, form_pdf

HEADER = 0.12  # the number must be in the top 12 % of every form page


def _header_text(page: pymupdf.Page) -> str:
    rect = page.rect
    return page.get_text("text", clip=pymupdf.Rect(0, 0, rect.width, rect.height * HEADER))


def _single_page_pdf() -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "FEUILLE DE SÉPARATION")
    return doc.tobytes()


def test_procedure_numbers_have_6_to_10_digits_and_no_leading_zero() -> None:
    rng = random.Random(3)
    numbers = [random_procedure_number(rng) for _ in range(300)]
    assert all(re.fullmatch(r"[1-9]\d{5,9}", n) for n in numbers)
    assert sum(len(n) == 8 for n in numbers) > 150
    assert len(random_procedure_number(rng, length=10)) == 10


@pytest.mark.parametrize("label", LABELS)
def test_form_has_the_number_in_the_header_of_every_page(label: str) -> None:
    number = "48151623"
    pdf = form_pdf(number, label=label, pages=3, rng=random.Random(label))
    with pymupdf.open(stream=pdf) as doc:
        assert doc.page_count == 3
        for i, page in enumerate(doc):
            header = " ".join(_header_text(page).split())
            assert re.search(re.escape(label) + r"\s*:?\s*" + number, header), header
            # traps in the same band
            assert f"Page {i + 1}/3" in header
            assert re.search(r"Édité le \d\d/\d\d/2026", header)
            reference = re.search(r"Réf\. client : (\d{8})", header)
            assert reference and reference.group(1) != number


def test_form_body_carries_the_bank_and_mandate_traps() -> None:
    pdf = form_pdf("27182818", rng=random.Random(1))
    with pymupdf.open(stream=pdf) as doc:
        body = " ".join(page.get_text() for page in doc)
    for trap in ("RUM :", "ICS", OPERATOR_ICS, "Facture n°", "grp-tel-", "-ovh", "IBAN", "BIC"):
        assert trap in body
    assert "Fait à" in body


def test_handwriting_leaves_no_text_layer() -> None:
    customer = random_customer(random.Random(2))
    typed = cover_letter_pdf("31415926", customer, random.Random(2))
    handwritten = cover_letter_pdf("31415926", customer, random.Random(2), handwritten=True)
    forgot = cover_letter_pdf(None, customer, random.Random(2))
    with pymupdf.open(stream=typed) as doc:
        assert "31415926" in doc[0].get_text()
    with pymupdf.open(stream=handwritten) as doc:
        assert doc[0].get_text().strip() == ""
        assert doc[0].get_images()
    with pymupdf.open(stream=forgot) as doc:
        assert "Objet" in doc[0].get_text()


def test_customer_bank_details_are_valid() -> None:
    rng = random.Random(5)
    for _ in range(20):
        customer = random_customer(rng)
        iban = customer.iban
        rearranged = iban[4:] + iban[:4]
        numeric = "".join(str(int(ch, 36)) for ch in rearranged)
        assert len(iban) == 27 and int(numeric) % 97 == 1
        mrz = mrz_lines(customer, rng)
        assert [len(line) for line in mrz] in ([36, 36], [30, 30, 30])


def test_supporting_documents_build() -> None:
    rng = random.Random(8)
    customer = random_customer(rng, company=True, payment_method="cheque")
    for make in (rib_pdf, id_card_pdf, cheque_pdf, kbis_pdf):
        with pymupdf.open(stream=make(customer, rng)) as doc:
            assert doc.page_count == 1
    with pymupdf.open(stream=kbis_pdf(customer, rng)) as doc:
        assert customer.siren and customer.siren[:3] in doc[0].get_text()
    assert amount_in_words(180) == "cent quatre-vingts"
    assert amount_in_words(71) == "soixante-et-onze"


def test_generation_is_deterministic() -> None:
    first = form_pdf("16180339", rng=random.Random(9))
    again = form_pdf("16180339", rng=random.Random(9))
    assert first == again
    profile = scans.PROFILES["noisy"]
    a = scans.scan_page(first, 0, profile, random.Random(4))
    b = scans.scan_page(first, 0, profile, random.Random(4))
    assert a.tobytes() == b.tobytes()
    env_a = batches.make_envelope(random.Random(6), kind="complement")
    env_b = batches.make_envelope(random.Random(6), kind="complement")
    assert [p.pdf for p in env_a.pages] == [p.pdf for p in env_b.pages]


@pytest.mark.parametrize("name", sorted(scans.PROFILES))
def test_every_profile_scans_a_page(name: str) -> None:
    profile = scans.PROFILES[name]
    pdf = form_pdf("57721566", rng=random.Random(1))
    image = scans.scan_page(pdf, 0, profile, random.Random(1))
    assert image.mode == {"gray": "L", "bitonal": "1", "color": "RGB"}[profile.mode]
    xdpi, ydpi = image.info["dpi"]
    landscape = image.width / xdpi > image.height / ydpi  # in inches: a fax's pixels are not square
    assert landscape == (profile.rotation in (90, 270))
    assert (xdpi, ydpi) == (profile.file_dpi or profile.dpi)[:: -1 if landscape else 1]


def test_fax_pages_keep_a4_proportions_in_pdf_and_show_the_fax_line() -> None:
    pdf = form_pdf("12345678", rng=random.Random(1))
    image = scans.scan_page(pdf, 0, scans.PROFILES["fax"], random.Random(1), fax_line="X" * 20)
    assert image.size == (round(595 * 204 / 72), round(842 * 98 / 72))
    with pymupdf.open(stream=scan_files.images_to_pdf([image])) as doc:
        assert abs(doc[0].rect.width - 595) < 1 and abs(doc[0].rect.height - 842) < 1
        # a 1-bit page stays 1-bit (CCITT), and renders black on white
        assert "CCITTFaxDecode" in doc.xref_object(doc[0].get_images()[0][0])
        pix = doc[0].get_pixmap(dpi=50, colorspace=pymupdf.csGRAY)
        assert sum(pix.samples) / len(pix.samples) > 200
    top = image.convert("L").crop((0, 0, image.width, 12))
    assert top.getextrema()[0] == 0  # the fax line is printed in the top 3 mm


def test_tiff_and_image_writers() -> None:
    pdf = form_pdf("12345678", rng=random.Random(1))
    images = [
        scans.scan_page(pdf, i % 2, scans.PROFILES[p], random.Random(i))
        for i, p in enumerate(("bitonal200", "jpeg_low", "fax"))
    ]
    with Image.open(io.BytesIO(scan_files.images_to_tiff(images))) as tiff:
        assert getattr(tiff, "n_frames", 1) == 3
        assert tiff.info.get("compression") == "group4"
    assert Image.open(io.BytesIO(scan_files.image_to_png(images[1]))).format == "PNG"
    assert Image.open(io.BytesIO(scan_files.image_to_jpeg(images[0]))).format == "JPEG"


def test_batch_truth_matches_the_pages_of_the_file() -> None:
    rng = random.Random(11)
    envelopes = [batches.make_envelope(rng, kind=kind) for kind in ("initial", "complement", "no_number")]
    data, truth = batches.make_batch(
        rng, envelopes, profile=["bitonal200", "upside_down"], separator_pdf=_single_page_pdf()
    )
    with pymupdf.open(stream=data) as doc:
        assert doc.page_count == len(truth) == sum(len(e.pages) for e in envelopes) + 2
    assert [t.kind for t in truth].count("separator") == 2
    assert {t.envelope for t in truth} == {0, 1, 2}
    numbered = [t for t in truth if t.number_on_page]
    assert numbered and all(t.procedure_number for t in numbered)
    assert all(t.procedure_number is None for t in truth if t.envelope == 2)
    complement = [t for t in truth if t.envelope == 1]
    assert any(t.kind in {"cover", "form"} for t in complement if t.number_on_page)

    tiff, tiff_truth = batches.make_batch(rng, envelopes[:1], profile="fax", fmt="tiff")
    with Image.open(io.BytesIO(tiff)) as image:
        assert getattr(image, "n_frames", 1) == len(tiff_truth)


def test_initial_envelope_has_the_required_documents() -> None:
    rng = random.Random(12)
    customer = random_customer(rng, company=True, payment_method="cheque")
    envelope = batches.make_envelope(rng, customer=customer, with_blank_backs=True)
    kinds = [p.kind for p in envelope.pages]
    assert {"form", "rib", "id", "cheque", "kbis", "blank"} <= set(kinds)
    complement = batches.make_envelope(
        rng, number=envelope.procedure_number, kind="complement", customer=customer, documents=["id"]
    )
    assert [p.kind for p in complement.pages if p.kind != "cover"] == ["id"]
    assert complement.complement and complement.procedure_number == envelope.procedure_number


def test_manager_export_has_the_columns_the_import_reads() -> None:
    rng = random.Random(4)
    company, person = random_customer(rng, company=True), random_customer(rng, company=False)
    text = batches.manager_export_csv(
        [("48151623", company, datetime(2026, 3, 1, 9, 30)), ("73920158", person, datetime(2026, 3, 2))]
    )
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == EXPORT_COLUMNS + ADDRESS_COLUMNS
    first, second = list(reader)
    assert (first["procedure_number"], first["created_at"], first["customer_type"]) == (
        "48151623", "2026-03-01T09:30:00Z", "company",
    )  # fmt: skip
    assert (second["telephony_group"], second["customer_name"]) == (person.telephony_group, person.name)


def test_big_batch_is_streamed_to_disk(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    truth = batches.big_batch_pdf(path, 9, seed=3)
    assert len(truth) == 9
    with pymupdf.open(path) as doc:
        assert doc.page_count == 9
    stream = io.BytesIO()
    writer = scan_files.ImagePdfWriter(stream)
    page = Image.new("1", (1654, 2339), 1)
    sizes = []
    for _ in range(3):
        writer.add_page(page, (200, 200))
        sizes.append(stream.tell())
    writer.close()
    assert sizes[0] < sizes[1] < sizes[2]  # every page is written out as soon as it is added


@pytest.mark.slow
def test_small_corpus(tmp_path: Path) -> None:
    truth_path = corpus.build_corpus(tmp_path, seed=2, scale="small", separator_pdf=_single_page_pdf())
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    assert len(truth) >= 35
    total = 0
    for name, pages in truth.items():
        path = tmp_path / name
        if name.endswith(".pdf"):
            with pymupdf.open(path) as doc:
                count = doc.page_count
        elif name.endswith(".tif"):
            with Image.open(path) as image:
                count = getattr(image, "n_frames", 1)
        else:
            count = 1
        assert count == len(pages), name
        total += count
    assert total >= 130
    assert (tmp_path / "manager_export.csv").read_text(encoding="utf-8").startswith("procedure_number")
