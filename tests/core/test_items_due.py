"""The dossier list tells an item confirmed missing (asked by the current hold, or refused) from one
merely not ticked yet (to check: its document may be on a page); the hold is read with the page."""

from __future__ import annotations

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.validation import ValidationService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.dossier_queries import current_hold_items, dossier_rows_by_id, fetch_dossier_rows
from telvalid_desktop.db.models import Dossier
from telvalid_desktop.domain import DossierStatus, RefusalReason
from telvalid_desktop.read_models.dossiers import DossierFilter, ItemsDue
from tests.core.factories import dossier, known, submission

A = "48151623"


@pytest.fixture
def checklist(workspace: Workspace) -> ChecklistService:
    return ChecklistService(ClaimService(Settings()))


def due(checklist: ChecklistService) -> ItemsDue:
    (row,) = fetch_dossier_rows(DossierFilter(), 0, 10)
    return checklist.items_due([row])[row.dossier_id]


def test_items_not_ticked_are_to_check_until_a_hold_confirms_them(checklist: ChecklistService) -> None:
    known(A, "direct_debit", "individual")  # form, ID, RIB
    _, pages = submission(A, pages=3)
    dossier_id = dossier(A).id
    assert due(checklist) == ItemsDue(missing=(), to_check=("signed_form", "holder_id", "rib"))
    checklist.tick(dossier_id, "signed_form", pages[:1], "tech")
    checklist.refuse(dossier_id, "holder_id", RefusalReason.EXPIRED, "", "tech")
    assert due(checklist) == ItemsDue(missing=("holder_id",), to_check=("rib",))  # a refusal is a decision

    ValidationService(checklist.claims, checklist).put_on_hold(A, "tech", ["rib"], "")
    (row,) = fetch_dossier_rows(DossierFilter(), 0, 10)
    assert row.held_items == ("rib",) == current_hold_items(dossier_id)
    assert dossier_rows_by_id([dossier_id])[dossier_id].held_items == ("rib",)
    assert due(checklist) == ItemsDue(missing=("holder_id", "rib"), to_check=())


def test_an_item_the_hold_did_not_ask_for_stays_to_check(checklist: ChecklistService) -> None:
    known(A, "direct_debit", "individual")
    submission(A, pages=2)
    ValidationService(checklist.claims, checklist).put_on_hold(A, "tech", ["holder_id"], "")
    assert due(checklist) == ItemsDue(missing=("holder_id",), to_check=("signed_form", "rib"))


def test_a_complement_puts_what_the_hold_asked_for_back_to_check(checklist: ChecklistService) -> None:
    known(A, "direct_debit", "individual")
    submission(A, pages=2)
    ValidationService(checklist.claims, checklist).put_on_hold(A, "tech", ["rib"], "")
    submission(A, pages=1)  # the complement: the RIB may be in it
    assert dossier(A).status == DossierStatus.OPEN and current_hold_items(dossier(A).id) is None
    assert due(checklist) == ItemsDue(missing=(), to_check=("signed_form", "holder_id", "rib"))


def test_a_hold_that_named_no_item_asks_for_all(checklist: ChecklistService) -> None:
    known(A, "direct_debit", "individual")
    submission(A, pages=2)
    ValidationService(checklist.claims, checklist).put_on_hold(A, "tech", [], "")
    assert due(checklist) == ItemsDue(missing=("signed_form", "holder_id", "rib"), to_check=())


def test_a_closed_dossier_has_nothing_left_to_check(checklist: ChecklistService) -> None:
    known(A, "direct_debit", "individual")
    submission(A, pages=2)
    checklist.refuse(dossier(A).id, "rib", RefusalReason.ILLEGIBLE, "", "tech")
    Dossier.update(status=DossierStatus.REJECTED.value).where(Dossier.procedure_number == A).execute()
    assert due(checklist) == ItemsDue(missing=("rib",), to_check=())
