"""The hold letter: what it asks for and why (French and English), its cover sheet, its record, reprints."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop import cli
from telvalid_desktop.config import Settings
from telvalid_desktop.core.correspondence.letterhead import write_letterhead
from telvalid_desktop.core.correspondence.letters import LetterNotPossible, LetterService, letters_of
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.validation import ValidationService
from telvalid_desktop.core.team_policy import PolicyRejected, write_policy
from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.models import Letter
from telvalid_desktop.domain import RefusalReason
from telvalid_desktop.intake.cover_code import read_cover_code
from telvalid_desktop.intake.header import read_header
from telvalid_desktop.intake.types import ReadMethod
from telvalid_desktop.samples.letterhead import DEMO_LETTERHEAD
from tests.core.factories import dossier, known, submission

NUMBER = "48151623"
ALL_ASKED = ["holder_id", "rib", "crossed_cheque", "kbis"]


class Desk:
    """The services a technician's hold goes through, over one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        claims = ClaimService(Settings())
        self.checklist = ChecklistService(claims)
        self.validation = ValidationService(claims, self.checklist)
        self.letters = LetterService(workspace, self.checklist)

    def hold(self, number: str = NUMBER, items: list[str] | None = None, *, refusals: bool = True) -> int:
        """A cheque-paying company's dossier: form received, ID and cheque refused, RIB and Kbis missing."""
        known(number, "cheque", "company", group="grp-7")
        _, pages = submission(number, pages=3)
        dossier_id = dossier(number).id
        self.checklist.tick(dossier_id, "signed_form", [pages[0]], "tech")
        if refusals:
            self.checklist.refuse(dossier_id, "holder_id", RefusalReason.EXPIRED, "carte expirée en 2024", "tech")
            self.checklist.refuse(dossier_id, "crossed_cheque", RefusalReason.UNSIGNED, "", "tech")
        self.validation.put_on_hold(number, "tech", ALL_ASKED if items is None else items, "pièces manquantes")
        return dossier_id


@pytest.fixture
def desk(workspace: Workspace, letterhead: None) -> Desk:
    return Desk(workspace)


def pages_text(path: Path) -> list[str]:
    with pymupdf.open(path) as document:
        return [" ".join(page.get_text("text").split()) for page in document]


def test_hold_letter_in_french_says_what_is_missing_and_why_refused(desk: Desk, workspace: Workspace) -> None:
    dossier_id = desk.hold()
    letter = desk.letters.write_hold_letter(dossier_id, "tech")
    path = desk.letters.letter_file(letter)
    assert path.is_file() and path.is_relative_to(workspace.root / "letters" / NUMBER)
    assert (letter.kind, letter.language, json.loads(letter.items), letter.actor) == ("hold", "fr", ALL_ASKED, "tech")
    assert letter.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert not Path(letter.path).is_absolute()  # the workspace can move

    body, cover = pages_text(path)
    assert f"Numéro de procédure : {NUMBER}" in body
    for words in (
        "Dupont",  # the customer block, from the manager export
        "Groupe téléphonie : grp-7",
        "Pièces manquantes",
        "RIB",
        "Extrait Kbis de moins de 3 mois",
        "Pièces refusées",
        "Pièce d'identité du titulaire : le document n'est plus valable",
        "Précision : carte expirée en 2024",
        "Chèque barré : le document n'est pas signé",
        "59053 Roubaix Cedex 1",
        "validation.telephonie@nuvea-telecom.fr",
        "feuille de retour",
        f"Rappelez toujours votre numéro de procédure {NUMBER}",
    ):
        assert words in body, words
    assert "Formulaire de procédure signé" not in body  # received: not asked for
    assert "FEUILLE DE RETOUR" in cover
    for label in ("Pièce d'identité du titulaire – nouvel exemplaire", "RIB", "Chèque barré – nouvel exemplaire"):
        assert label in cover


def test_the_cover_sheet_is_read_like_a_form_page(desk: Desk) -> None:
    letter = desk.letters.write_hold_letter(desk.hold(), "tech")
    with pymupdf.open(desk.letters.letter_file(letter)) as document:
        cover = document[1]
        header = cover.get_text("text", clip=pymupdf.Rect(0, 0, cover.rect.width, cover.rect.height * 0.1))
        assert f"Numéro de procédure : {NUMBER}" in header  # the form's label, in the form's header band
        reading = read_header(cover, None)  # the digital PDF: its text layer
        assert reading is not None and (reading.number, reading.method) == (NUMBER, ReadMethod.TEXT_LAYER)
        coded = read_cover_code(cover)
        assert coded is not None and (coded.number, coded.method, coded.confidence) == (NUMBER, ReadMethod.BARCODE, 1.0)
        assert coded.box is not None and coded.box.y1 < 0.2  # in the header band
        assert read_header(document[0], None).number == NUMBER  # the letter page too, if sent back


def test_hold_letter_in_english(desk: Desk) -> None:
    letter = desk.letters.write_hold_letter(desk.hold(), "tech", language="en")
    assert letter.language == "en"
    body, cover = pages_text(desk.letters.letter_file(letter))
    for words in (
        f"Procedure number: {NUMBER}",
        "Telephony group: grp-7",
        "Missing documents",
        "Bank details (RIB)",
        "Kbis extract under 3 months old",
        "Documents refused, to send again",
        "ID of the account holder: the document is no longer valid",
        "Details: carte expirée en 2024",
        "Crossed cheque: the document is not signed",
        f"Always quote your procedure number {NUMBER}",
    ):
        assert words in body, words
    assert "RETURN COVER SHEET" in cover and "Bank details (RIB)" in cover
    assert f"Numéro de procédure : {NUMBER}" in cover  # the header stays the form's, for the intake


def test_the_letter_asks_only_for_what_the_hold_named(desk: Desk) -> None:
    letter = desk.letters.write_hold_letter(desk.hold(items=["rib"]), "tech")
    assert json.loads(letter.items) == ["rib"]
    body, _ = pages_text(desk.letters.letter_file(letter))
    assert "RIB" in body and "Kbis" not in body and "Pièces refusées" not in body


def test_the_preview_before_the_hold_says_what_the_letter_will_say(desk: Desk) -> None:
    known(NUMBER, "cheque", "company", group="grp-7")
    submission(NUMBER, pages=1)
    dossier_id = dossier(NUMBER).id
    desk.checklist.refuse(dossier_id, "holder_id", RefusalReason.EXPIRED, "", "tech")
    preview = desk.letters.preview_content(dossier_id, ["rib", "holder_id"], "en")  # still open: nothing written
    assert [(item.code, item.refused) for item in preview.items] == [("holder_id", True), ("rib", False)]
    assert Letter.select().count() == 0
    desk.validation.put_on_hold(NUMBER, "tech", ["rib", "holder_id"], "")
    written = desk.letters.content(dossier_id, "en")
    assert replace(written, held_on=None) == preview  # the same letter, but for the hold's date
    with pytest.raises(LetterNotPossible) as nothing:
        desk.letters.preview_content(dossier_id, [], "fr")
    assert nothing.value.reason == "letter_nothing_to_ask"


def test_letters_are_kept_and_printed_again(desk: Desk) -> None:
    dossier_id = desk.hold()
    first = desk.letters.write_hold_letter(dossier_id, "tech")
    second = desk.letters.write_hold_letter(dossier_id, "lead", language="en")
    assert [letter.id for letter in letters_of(dossier_id)] == [second.id, first.id]  # newest first
    assert [letter.id for letter in desk.letters.letters_of(dossier_id)] == [second.id, first.id]
    assert first.path != second.path
    for letter in (first, second):  # each file still exactly what was printed
        assert hashlib.sha256(desk.letters.letter_file(letter).read_bytes()).hexdigest() == letter.sha256


def test_no_letter_for_a_dossier_that_is_not_on_hold(desk: Desk, workspace: Workspace) -> None:
    known(NUMBER)
    submission(NUMBER)
    with pytest.raises(LetterNotPossible) as impossible:
        desk.letters.write_hold_letter(dossier(NUMBER).id, "tech")
    assert impossible.value.reason == "letter_not_on_hold"
    assert Letter.select().count() == 0 and not (workspace.root / "letters").exists()


def test_no_letter_once_everything_asked_has_arrived(desk: Desk) -> None:
    dossier_id = desk.hold(items=["rib"])
    desk.checklist.tick(dossier_id, "rib", [], "tech")
    with pytest.raises(LetterNotPossible) as impossible:
        desk.letters.write_hold_letter(dossier_id, "tech")
    assert impossible.value.reason == "letter_nothing_to_ask"


def test_unknown_customer_and_bad_language(desk: Desk) -> None:
    submission("73920158")
    desk.validation.put_on_hold("73920158", "tech", [], "")
    dossier_id = dossier("73920158").id
    letter = desk.letters.write_hold_letter(dossier_id, "tech")
    body, _ = pages_text(desk.letters.letter_file(letter))
    assert "Groupe téléphonie" not in body and "Compte client" not in body
    # no item named and no facts known: every item not received, conditional ones included
    assert json.loads(letter.items) == ["signed_form", "holder_id", "rib", "crossed_cheque", "kbis"]
    with pytest.raises(ValueError, match="language"):
        desk.letters.write_hold_letter(dossier_id, "tech", language="de")


def test_email_text(desk: Desk) -> None:
    dossier_id = desk.hold()
    text = desk.letters.hold_email_text(dossier_id)
    lines = text.splitlines()
    assert lines[0] == f"Objet : Dossier incomplet – numéro de procédure {NUMBER}"
    assert "- RIB" in lines and "- Extrait Kbis de moins de 3 mois" in lines
    assert "- Pièce d'identité du titulaire : le document n'est plus valable" in text
    assert "Précision : carte expirée en 2024" in text
    english = desk.letters.hold_email_text(dossier_id, "en")
    assert english.startswith(f"Subject: Incomplete file – procedure number {NUMBER}\n")
    assert "- Crossed cheque: the document is not signed." in english
    assert Letter.select().count() == 0  # the e-mail text is not a letter on record


def test_the_reply_address_is_the_teams_setting(desk: Desk) -> None:
    dossier_id = desk.hold()
    write_policy({"reply_address": "pieces@exemple-telecom.fr"}, "lead")
    text = desk.letters.hold_email_text(dossier_id)
    assert text.splitlines()[:2] == [
        f"Objet : Dossier incomplet – numéro de procédure {NUMBER}",
        "Répondre à : pieces@exemple-telecom.fr",
    ]
    *letter, cover = pages_text(desk.letters.letter_file(desk.letters.write_hold_letter(dossier_id, "tech")))
    assert "Par e-mail : à pieces@exemple-telecom.fr" in " ".join(letter) and "pieces@exemple-telecom.fr" in cover
    assert "validation.telephonie@" not in text  # the letterhead keeps the company's own address
    with pytest.raises(PolicyRejected):
        write_policy({"reply_address": "pas une adresse"}, "lead")


@pytest.fixture
def cli_workspace(tmp_path: Path) -> Iterator[Path]:
    """A workspace on disk with a dossier on hold, closed again for the command line to open."""
    root = tmp_path / "ws"
    opened = open_workspace(root)
    write_letterhead(DEMO_LETTERHEAD, "chef")
    Desk(opened).hold()
    opened.close()
    yield root


def test_letter_command(cli_workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--workspace", str(cli_workspace), "letter", NUMBER, "--language", "en"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.is_file() and path.is_relative_to(cli_workspace / "letters")
    assert "Missing documents" in pages_text(path)[0]
    assert cli.main(["--workspace", str(cli_workspace), "letter", NUMBER, "--email"]) == 0
    assert capsys.readouterr().out.startswith("Objet : Dossier incomplet")
    assert cli.main(["--workspace", str(cli_workspace), "letter", "11112222"]) == 1
    assert "Aucun dossier" in capsys.readouterr().err
