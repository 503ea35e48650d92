"""Documents that never quote a procedure number are told by their heads, however OCR spelt them."""

from __future__ import annotations

import pytest

from telvalid_desktop.intake.page_kind import looks_like_document


@pytest.mark.parametrize(
    "head",
    [
        "BANQUE POPULAIRE\nRELEVÉ D'IDENTITÉ BANCAIRE",
        "Releve d'ldentite bancaire (RIB)",
        "RÉPUBLIQUE FRANÇAISE\nCARTE NATIONALE D'IDENTITÉ",
        "PASSEPORT / PASSPORT",
        "Greffe du Tribunal de Commerce de Lille\nExtrait Kbis",
        "EDF - Votre facture du 12/11/2026",
        "Boursorama Espace client\nCode banque Code guichet Numéro de compte Clé RIB",
        "CIC Chèque n° 91197\n€ #240,00#",
    ],
)
def test_document_heads(head: str) -> None:
    assert looks_like_document(head)


@pytest.mark.parametrize(
    "head",
    [
        "Pierre Lefebvre\n100 rue Nationale\n29200 Brest",
        "TÉLÉCOPIE - FAX\nDe : SARL Morin  À : Service validation",
        "DE: +33 1 23 45 67 89  07/12/2026 10:32  P.001/003",
        "Objet : complément de dossier, RIB et carte d'identité joints",  # a letter naming what it holds
        "Madame, Monsieur, veuillez trouver le chèque n° 1234 joint",
        "Facture n° 20260923\nRéf. client 2663146",  # decoys a form's own header may carry
        "",
    ],
)
def test_letters_and_cover_sheets_are_not_documents(head: str) -> None:
    assert not looks_like_document(head)
