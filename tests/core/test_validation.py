"""Validate only a complete open dossier; a hold waits for a complement that reopens it."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.errors import ChecklistIncomplete, InvalidTransition, UnknownRequirement, ValidationFinal
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.validation import VALIDATION_UNDO_SECONDS, ValidationService
from telvalid_desktop.core.team_policy import set_policy
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Hold, Validation, ValidationExport
from telvalid_desktop.domain import RefusalReason
from tests.core.factories import dossier, events, known, submission


@pytest.fixture
def services(workspace: Workspace) -> tuple[ChecklistService, ValidationService]:
    claims = ClaimService(Settings())
    checklist = ChecklistService(claims)
    return checklist, ValidationService(claims, checklist)


def test_validation_is_refused_while_incomplete_then_recorded(
    services: tuple[ChecklistService, ValidationService],
) -> None:
    checklist, validation = services
    known("48151623", "cheque", "individual", group="grp-7")
    _, pages = submission("48151623", pages=4)
    dossier_id = dossier("48151623").id
    for code, page in zip(["signed_form", "holder_id", "rib"], pages, strict=False):
        checklist.tick(dossier_id, code, [page], "tech")
    checklist.refuse(dossier_id, "crossed_cheque", RefusalReason.UNSIGNED, "", "tech")
    with pytest.raises(ChecklistIncomplete) as incomplete:
        validation.validate("48151623", "tech")
    assert (incomplete.value.missing, incomplete.value.refused) == ((), ("crossed_cheque",))
    assert Validation.select().count() == 0
    checklist.tick(dossier_id, "crossed_cheque", [pages[3]], "tech")
    set_policy({"out_of_plan_allowance_eur": 180}, "lead")  # the team's, read at the validation
    changes = validation.validate("48151623", "tech")
    assert changes.dossiers == {dossier_id} and changes.queues
    row = Validation.get()
    assert (row.telephony_group, row.account, row.payment_method, row.renews_monthly) == (
        "grp-7",
        "ab1-ovh",
        "cheque",
        True,
    )
    assert (row.out_of_plan_allowance_eur, row.rules_version, row.actor) == (180, 1, "tech")
    assert dossier("48151623").status == "validated"
    assert events("48151623")[-1] == ("validated", "tech", "")
    with pytest.raises(InvalidTransition):  # only from open
        validation.validate("48151623", "tech")


def test_a_missing_item_is_reported_as_missing(services: tuple[ChecklistService, ValidationService]) -> None:
    _, validation = services
    known("48151623", "direct_debit", "individual")
    submission("48151623")
    with pytest.raises(ChecklistIncomplete) as incomplete:
        validation.validate("48151623", "tech")
    assert incomplete.value.missing == ("signed_form", "holder_id", "rib")


def test_hold_then_a_complement_reopens_the_dossier(
    workspace: Workspace, services: tuple[ChecklistService, ValidationService]
) -> None:
    _, validation = services
    known("48151623", "direct_debit", "individual")
    submission("48151623")
    with pytest.raises(UnknownRequirement):
        validation.put_on_hold("48151623", "tech", ["crossed_cheque"], "")
    validation.put_on_hold("48151623", "tech", ["rib", "holder_id"], "RIB et pièce d'identité manquants")
    hold = Hold.get()
    assert (json.loads(hold.items), hold.note, hold.actor) == (
        ["rib", "holder_id"],
        "RIB et pièce d'identité manquants",
        "tech",
    )
    assert dossier("48151623").status == "on_hold"
    with pytest.raises(InvalidTransition):
        validation.validate("48151623", "tech")
    submission("48151623")  # the complement quoting the number
    reopened = dossier("48151623")
    assert (reopened.status, reopened.complement_received) == ("open", True)
    assert [event[0] for event in events("48151623")] == ["created", "put_on_hold", "complement_received"]
    assert DossierService().get("48151623").version == 3


def _validated_by_tech(services: tuple[ChecklistService, ValidationService]) -> int:
    """A complete dossier of an individual paying by direct debit, validated by "tech": its id."""
    checklist, validation = services
    known("48151623", "direct_debit", "individual")
    _, pages = submission("48151623", pages=3)
    dossier_id = dossier("48151623").id
    for code, page in zip(["signed_form", "holder_id", "rib"], pages, strict=True):
        checklist.tick(dossier_id, code, [page], "tech")
    validation.validate("48151623", "tech")
    return dossier_id


def test_ones_own_validation_is_taken_back_shortly_after_and_before_billing(
    services: tuple[ChecklistService, ValidationService],
) -> None:
    validation = services[1]
    dossier_id = _validated_by_tech(services)
    with pytest.raises(ValidationFinal) as other:
        validation.undo_validation("48151623", "tech2")
    assert other.value.reason == "other_actor"
    made = Validation.get(Validation.dossier == dossier_id).at
    late = made + timedelta(seconds=VALIDATION_UNDO_SECONDS + 1)
    with pytest.raises(ValidationFinal) as too_late:
        validation.undo_validation("48151623", "tech", now=late)
    assert too_late.value.reason == "too_late"
    validation.undo_validation("48151623", "tech")
    assert dossier("48151623").status == "open"
    assert not Validation.select().where(Validation.dossier == dossier_id).exists()  # billing never sees it
    assert [event[0] for event in events("48151623")[-2:]] == ["validated", "validation_undone"]
    with pytest.raises(ValidationFinal) as undone:
        validation.undo_validation("48151623", "tech")
    assert undone.value.reason == "not_validated"


def test_a_validation_billing_has_exported_is_not_taken_back(
    services: tuple[ChecklistService, ValidationService],
) -> None:
    validation = services[1]
    dossier_id = _validated_by_tech(services)
    run = ValidationExport.create(actor="lead", format="csv", destination="/exports/billing.csv", rows=1)
    Validation.update(export=run).where(Validation.dossier == dossier_id).execute()
    with pytest.raises(ValidationFinal) as exported:
        validation.undo_validation("48151623", "tech")
    assert exported.value.reason == "exported"
