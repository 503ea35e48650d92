"""The sentence a support agent reads to a customer on the phone, for each state, in French and English."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from telvalid_desktop import cli
from telvalid_desktop.config import Settings
from telvalid_desktop.core.errors import InvalidValue
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.customer_status import date_in_words, status_sentence
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.supersession import SupersessionService
from telvalid_desktop.core.lifecycle.validation import ValidationService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Dossier, DossierEvent, Hold, KnownProcedure, Submission, Validation
from telvalid_desktop.domain import DossierStatus, RefusalReason
from tests.core.factories import dossier, known, submission

NUMBER = "48151623"
TODAY = date(2026, 4, 1)


def march(day: int) -> datetime:
    """Noon UTC: the same calendar day in every workstation time zone of Europe."""
    return datetime(2026, 3, day, 12, 0)


@pytest.fixture
def checklist(workspace: Workspace) -> ChecklistService:
    return ChecklistService(ClaimService(Settings()))


@pytest.fixture
def validation(checklist: ChecklistService) -> ValidationService:
    return ValidationService(checklist.claims, checklist)


def received(number: str = NUMBER, day: int = 3, payment: str = "direct_debit") -> int:
    known(number, payment, "individual", group=f"grp-{number}")
    created, _ = submission(number)
    Submission.update(received_at=march(day)).where(Submission.id == created.id).execute()
    Dossier.update(created_at=march(day)).where(Dossier.procedure_number == number).execute()
    return dossier(number).id


def last_event_on(day: int) -> None:
    latest = DossierEvent.select().order_by(DossierEvent.id.desc()).first()
    DossierEvent.update(at=march(day)).where(DossierEvent.id == latest.id).execute()


def both(number: str = NUMBER, today: date = TODAY) -> tuple[str, str]:
    """The sentence in French and English, with the bundled rules (as a session without its own rules file)."""
    rules = ChecklistService(ClaimService(Settings()))
    return status_sentence(number, "fr", today, checklist=rules), status_sentence(number, "en", today, checklist=rules)


def test_unknown_number(workspace: Workspace) -> None:
    assert both("99999999") == (
        "Aucun dossier 99999999 : rien n'a encore été reçu sous ce numéro.",
        "No dossier 99999999: nothing has been received under this number yet.",
    )


def test_received_and_being_checked(workspace: Workspace) -> None:
    received()
    assert both() == (
        "Dossier 48151623 : reçu le 3 mars 2026 ; en cours de vérification.",
        "Dossier 48151623: received on 3 March 2026; being checked.",
    )


def test_on_hold_names_missing_and_refused_documents(
    checklist: ChecklistService, validation: ValidationService
) -> None:
    dossier_id = received(payment="cheque")
    checklist.tick(dossier_id, "signed_form", [], "tech")
    checklist.refuse(dossier_id, "crossed_cheque", RefusalReason.UNSIGNED, "", "tech")
    validation.put_on_hold(NUMBER, "tech", ["holder_id", "rib", "crossed_cheque"], "")
    Hold.update(at=march(5)).execute()
    assert both() == (
        "Dossier 48151623 : reçu le 3 mars 2026 ; en attente depuis le 5 mars 2026, il manque :"
        " Pièce d'identité du titulaire, RIB et Chèque barré (refusé : non signé).",
        "Dossier 48151623: received on 3 March 2026; on hold since 5 March 2026, missing:"
        " ID of the account holder, Bank details (RIB) and Crossed cheque (refused: not signed).",
    )


def test_complement_received_is_being_checked(validation: ValidationService) -> None:
    received()
    validation.put_on_hold(NUMBER, "tech", ["rib"], "")
    submission(NUMBER)  # quoting the number again reopens the dossier
    last_event_on(12)
    assert dossier(NUMBER).status == DossierStatus.OPEN and dossier(NUMBER).complement_received
    assert both() == (
        "Dossier 48151623 : reçu le 3 mars 2026 ; complément reçu le 12 mars 2026, en cours de vérification.",
        "Dossier 48151623: received on 3 March 2026; complement received on 12 March 2026, being checked.",
    )


def test_validated_says_renewal_and_allowance(checklist: ChecklistService, validation: ValidationService) -> None:
    dossier_id = received()
    for code in checklist.required_codes(dossier_id):
        checklist.tick(dossier_id, code, [], "tech")
    validation.validate(NUMBER, "tech")
    Validation.update(at=march(14)).execute()
    assert both() == (
        "Dossier 48151623 : reçu le 3 mars 2026 ; validé le 14 mars 2026 :"
        " renouvellement mensuel automatique par prélèvement, hors forfait 150 € HT/mois.",
        "Dossier 48151623: received on 3 March 2026; validated on 14 March 2026:"
        " automatic monthly renewal by direct debit, out-of-plan allowance 150 € excl. VAT per month.",
    )


def test_superseded_names_the_newer_procedure(workspace: Workspace) -> None:
    received()
    KnownProcedure.update(created_at=march(1)).execute()
    KnownProcedure.create(procedure_number="73920158", telephony_group="grp-48151623", created_at=march(10))
    SupersessionService(ClaimService(Settings())).supersede(NUMBER, "tech")
    last_event_on(20)
    assert both() == (
        "Dossier 48151623 : reçu le 3 mars 2026 ; remplacé par la procédure 73920158 le 20 mars 2026.",
        "Dossier 48151623: received on 3 March 2026; replaced by procedure 73920158 on 20 March 2026.",
    )


def test_rejected_gives_the_reason(workspace: Workspace) -> None:
    received()
    DossierService().change_status(NUMBER, DossierStatus.REJECTED, actor="lead", reason="compte clôturé")
    last_event_on(21)
    assert both() == (
        "Dossier 48151623 : reçu le 3 mars 2026 ; refusé le 21 mars 2026 : compte clôturé.",
        "Dossier 48151623: received on 3 March 2026; rejected on 21 March 2026: compte clôturé.",
    )


def test_recent_days_in_words(workspace: Workspace, checklist: ChecklistService) -> None:
    received(day=31)
    assert both(today=date(2026, 3, 31)) == (
        "Dossier 48151623 : reçu aujourd'hui ; en cours de vérification.",
        "Dossier 48151623: received today; being checked.",
    )
    assert (
        status_sentence(NUMBER, "en", date(2026, 4, 1), checklist=checklist)
        == "Dossier 48151623: received yesterday; being checked."
    )
    assert (date_in_words(date(2026, 8, 1), "fr"), date_in_words(date(2026, 8, 1), "en")) == (
        "1er août 2026",
        "1 August 2026",
    )
    with pytest.raises(InvalidValue):
        status_sentence(NUMBER, "de", checklist=checklist)


def test_cli_dossier_starts_with_the_sentence(
    workspace: Workspace, checklist: ChecklistService, validation: ValidationService, capsys: pytest.CaptureFixture
) -> None:
    dossier_id = received()
    for code in checklist.required_codes(dossier_id):
        checklist.tick(dossier_id, code, [], "tech")
    validation.validate(NUMBER, "tech")
    Validation.update(at=march(14)).execute()
    base = ["--workspace", str(workspace.root), "dossier"]
    assert cli.main([*base, NUMBER, "--json"]) == 0
    detail = json.loads(capsys.readouterr().out)
    assert detail["status_sentence"] == status_sentence(NUMBER, "fr", checklist=checklist)
    assert detail["status_sentence"].startswith("Dossier 48151623 : reçu le 3 mars 2026 ; validé le 14 mars 2026")
    assert (detail["rules_version"], detail["rules_source"]) == (1, "snapshot")
    assert {item["state"] for item in detail["checklist"]} == {"received"}
    assert cli.main([*base, NUMBER]) == 0
    assert capsys.readouterr().out.splitlines()[0] == detail["status_sentence"]
    assert cli.main([*base, "99999999"]) == 1
    assert capsys.readouterr().err.strip() == "Aucun dossier 99999999 : rien n'a encore été reçu sous ce numéro."
