"""The FAQ's loop end to end: hold, letter with its cover sheet, a complement scanned behind the
sheet (no header text, no number written by the customer), grouped by itself, validated, and
exported to billing once."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import build_services, intake_service
from telvalid_desktop.core.supervision.validation_export import export_validations
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Dossier, KnownProcedure, Page, Submission
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.samples.bank_documents import rib_pdf
from telvalid_desktop.samples.customers import random_customer
from telvalid_desktop.samples.identity_documents import id_card_pdf
from telvalid_desktop.samples.procedure_form import form_pdf
from telvalid_desktop.samples.scan_files import images_to_pdf
from telvalid_desktop.samples.scans import PROFILES, scan_page

NUMBER = "48151623"

pytestmark = pytest.mark.tesseract


def concat(*pdfs: bytes) -> bytes:
    document = pymupdf.open()
    for pdf in pdfs:
        document.insert_pdf(pymupdf.open("pdf", pdf))
    return document.tobytes()


def pages_of(number: str) -> list[Page]:
    return list(
        Page.select().join(Submission).join(Dossier).where(Dossier.procedure_number == number).order_by(Page.id)
    )


@pytest.mark.usefixtures("letterhead")
def test_hold_letter_complement_validation_export(workspace: Workspace, tmp_path: Path) -> None:
    rng = random.Random(5)
    customer = random_customer(rng)
    KnownProcedure.create(
        procedure_number=NUMBER, telephony_group="grp-7", account="ab1-ovh", customer_name="Jeanne Martin",
        customer_type="individual", payment_method="direct_debit",
    )  # fmt: skip
    services = build_services(workspace, Settings(), "tech1")
    with PageWorkers(0) as workers:
        ingest = intake_service(services, workers)
        first = tmp_path / "first.pdf"  # the signed form and an ID; the RIB was forgotten
        first.write_bytes(concat(form_pdf(NUMBER, customer=customer, rng=rng, pages=1), id_card_pdf(customer, rng)))
        ingest.ingest(first)
        dossier = Dossier.get(Dossier.procedure_number == NUMBER)
        form, id_card = pages_of(NUMBER)
        services.checklist.tick(dossier.id, "signed_form", [form.id], "tech1")
        services.checklist.tick(dossier.id, "holder_id", [id_card.id], "tech1")
        services.validation.put_on_hold(NUMBER, "tech1", ["rib"], "RIB manquant")
        letter = services.letters.write_hold_letter(dossier.id, "tech1")
        printed = services.letters.letter_file(letter).read_bytes()
        letter_text = pymupdf.open("pdf", printed)[0].get_text()
        assert NUMBER in letter_text and "RIB" in letter_text

        # The customer sends the RIB behind the cover sheet and writes nothing; it comes in by fax.
        fax = PROFILES["fax"]
        complement = tmp_path / "fax.pdf"
        scans = [scan_page(printed, 1, fax, rng), scan_page(rib_pdf(customer, rng), 0, fax, rng)]
        complement.write_bytes(images_to_pdf(scans, [fax.dpi] * 2))
        assert not pymupdf.open(complement)[0].get_text().strip()  # no text layer to help
        outcome = ingest.ingest(complement)

    assert outcome is not None and [s.procedure_number for s in outcome.submissions] == [NUMBER]
    dossier = Dossier.get(Dossier.procedure_number == NUMBER)
    assert (dossier.status, dossier.complement_received) == (DossierStatus.OPEN, True)
    rib = pages_of(NUMBER)[-1]
    services.checklist.tick(dossier.id, "rib", [rib.id], "tech1")
    services.validation.validate(NUMBER, "tech1")
    assert Dossier.get(Dossier.procedure_number == NUMBER).status == DossierStatus.VALIDATED

    first_export = export_validations(tmp_path / "billing-1.csv", "csv", "tech1")
    with (tmp_path / "billing-1.csv").open(encoding="utf-8") as stream:
        [row] = list(csv.DictReader(stream))
    assert (row["procedure_number"], row["telephony_group"], row["account"]) == (NUMBER, "grp-7", "ab1-ovh")
    billing = (row["renews_monthly"], row["out_of_plan_allowance_eur"], row["dossier_id"])
    assert billing == ("true", "150", str(dossier.id))
    assert first_export.rows == 1
    assert export_validations(tmp_path / "billing-2.csv", "csv", "tech1").rows == 0  # never twice
