"""A complement's letter files its envelope (issue 15): an e-mailed letter quoting the number in
its text, and the documents sent with it, join the dossier; the number says it came from a letter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.domain import Channel
from telvalid_desktop.intake.workers import PageWorkers

NUMBER = "00719261"


@pytest.fixture(scope="module")
def workers() -> Iterator[PageWorkers]:
    with PageWorkers(0) as pool:
        yield pool


def _emailed(path: Path, letter: list[str]) -> Path:
    """An ID card's page (no number anywhere) followed by the customer's letter, as one PDF."""
    doc = pymupdf.open()
    card = doc.new_page(width=595, height=842)
    card.insert_text((60, 80), "RÉPUBLIQUE FRANÇAISE", fontsize=14)
    card.insert_text((60, 100), "CARTE NATIONALE D'IDENTITÉ", fontsize=12)
    page = doc.new_page(width=595, height=842)
    for line, text in enumerate(letter):
        page.insert_text((60, 90 + 18 * line), text, fontsize=11)
    doc.save(path)
    return path


@pytest.mark.parametrize(
    "quote",
    [
        f"Objet : Complément de dossier - procédure n° {NUMBER}",
        f"Veuillez trouver ci-joint la pièce manquante de mon dossier {NUMBER}.",
        "N° de procédure : " + " ".join(NUMBER[i : i + 2] for i in range(0, 8, 2)),
    ],
)
def test_emailed_letter_files_its_envelope(
    quote: str, tmp_path: Path, workspace: Workspace, workers: PageWorkers
) -> None:
    letter = ["Pierre Lefebvre", "100 rue Nationale, 29200 Brest", "Brest, le 06/12/2026", quote, "Cordialement."]
    path = _emailed(tmp_path / "mail.pdf", letter)
    outcome = IngestService(workspace, workers, DossierService(), user="mailroom").ingest(path, channel=Channel.EMAIL)
    assert outcome is not None
    [submission] = outcome.submissions
    assert (submission.procedure_number, submission.pages) == (NUMBER, [1, 2])
    assert submission.number_source == "body"


def test_a_letter_quoting_two_numbers_files_nothing(tmp_path: Path, workspace: Workspace, workers: PageWorkers) -> None:
    letter = [
        "Pierre Lefebvre",
        "100 rue Nationale, 29200 Brest",
        "",
        "",
        f"Mon dossier {NUMBER} remplace la procédure n° 48151623.",
    ]
    path = _emailed(tmp_path / "mail.pdf", letter)
    outcome = IngestService(workspace, workers, DossierService(), user="mailroom").ingest(path, channel=Channel.EMAIL)
    assert outcome is not None
    assert all(submission.procedure_number is None for submission in outcome.submissions)


def test_a_bare_reference_files_its_envelope_only_for_a_procedure_we_know(
    tmp_path: Path, workspace: Workspace, workers: PageWorkers
) -> None:
    """A fax cover sheet's "Réf. : ..." may be the customer's own reference: without the manager export, it
    counts only once a dossier holds that number (the form came first, the complement after)."""
    cover = ["Télécopie", "À : TELECOM - Service validation", f"Réf. : {NUMBER}", "Pages : 2"]
    service = IngestService(workspace, workers, DossierService(), user="mailroom")
    first = service.ingest(_emailed(tmp_path / "early.pdf", cover), channel=Channel.FAX)
    assert first is not None and all(part.procedure_number is None for part in first.submissions)
    DossierService().receive_submission(NUMBER, "mailroom", "post")  # the customer's form was filed meanwhile
    later = service.ingest(_emailed(tmp_path / "later.pdf", [*cover, "Merci."]), channel=Channel.FAX)
    assert later is not None
    [submission] = later.submissions
    assert (submission.procedure_number, submission.pages, submission.number_source) == (NUMBER, [1, 2], "body")
