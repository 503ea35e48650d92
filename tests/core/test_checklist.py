"""Checklist: required items follow the facts; tick, refuse and clear are recorded."""

from __future__ import annotations

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.errors import InvalidValue, PageNotFound, PageOfAnotherProcedure, UnknownRequirement
from telvalid_desktop.core.lifecycle.checklist import ChecklistService, Facts
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.other_procedures import OtherProcedureTick
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Page
from telvalid_desktop.domain import ItemStatus, RefusalReason
from telvalid_desktop.read_models.dossier_detail import ItemState
from tests.core.factories import dossier, events, known, submission

BASE = ["signed_form", "holder_id", "rib"]


@pytest.fixture
def checklist(workspace: Workspace) -> ChecklistService:
    return ChecklistService(ClaimService(Settings()))


@pytest.mark.parametrize(
    ("payment_method", "customer_type", "expected"),
    [
        ("cheque", "individual", [*BASE, "crossed_cheque"]),
        ("direct_debit", "company", [*BASE, "kbis"]),
        ("direct_debit", "individual", BASE),
        ("", "", [*BASE, "crossed_cheque", "kbis"]),
    ],
)
def test_required_items_follow_the_exported_facts(
    checklist: ChecklistService, payment_method: str, customer_type: str, expected: list[str]
) -> None:
    known("48151623", payment_method, customer_type)
    submission("48151623")
    assert [item.code for item in checklist.checklist(dossier("48151623").id)] == expected


def test_facts_unknown_to_the_export_are_given_by_the_technician(checklist: ChecklistService) -> None:
    submission("48151623")
    dossier_id = dossier("48151623").id
    assert len(checklist.required_codes(dossier_id)) == 5  # nothing known: every item
    changes = checklist.set_facts(dossier_id, "cheque", "individual", "tech")
    assert changes.checklist and changes.dossiers == {dossier_id}
    assert checklist.facts(dossier_id) == Facts("cheque", "individual")
    assert checklist.required_codes(dossier_id) == [*BASE, "crossed_cheque"]
    assert events("48151623")[-1] == ("facts_set", "tech", "payment_method=cheque customer_type=individual")
    assert (dossier("48151623").rules_version, dossier("48151623").version) == (1, 2)
    with pytest.raises(InvalidValue):
        checklist.set_facts(dossier_id, "cash", "", "tech")


def test_a_fact_known_from_the_export_cannot_be_contradicted(checklist: ChecklistService) -> None:
    known("48151623", "direct_debit", "")
    submission("48151623")
    dossier_id = dossier("48151623").id
    with pytest.raises(InvalidValue):
        checklist.set_facts(dossier_id, "cheque", "company", "tech")
    checklist.set_facts(dossier_id, "direct_debit", "company", "tech")
    assert checklist.facts(dossier_id) == Facts("direct_debit", "company")


def test_tick_refuse_clear_with_pages_and_history(checklist: ChecklistService) -> None:
    _, pages = submission("48151623", pages=3)
    dossier_id = dossier("48151623").id
    checklist.tick(dossier_id, "rib", [pages[0]], "tech")
    checklist.tick(dossier_id, "rib", [pages[1], pages[0]], "tech")  # more pages add links
    checklist.refuse(dossier_id, "holder_id", RefusalReason.EXPIRED, "carte expirée en 2024", "tech")
    states = {item.code: item for item in checklist.checklist(dossier_id)}
    assert (states["rib"].state, states["rib"].page_ids, states["rib"].by) == (
        ItemStatus.RECEIVED,
        tuple(pages[:2]),
        "tech",
    )
    assert states["rib"].at is not None
    refused = states["holder_id"]
    assert (refused.state, refused.reason, refused.note) == (
        ItemStatus.REFUSED,
        RefusalReason.EXPIRED,
        "carte expirée en 2024",
    )
    assert states["signed_form"].state == ItemStatus.MISSING and states["signed_form"].by is None
    assert checklist.missing_items([dossier_id]) == {dossier_id: ["signed_form", "holder_id", "crossed_cheque", "kbis"]}
    checklist.clear(dossier_id, "rib", "tech")
    rib = next(item for item in checklist.checklist(dossier_id) if item.code == "rib")
    assert (rib.state, rib.page_ids) == (ItemStatus.MISSING, ())
    assert [event[0] for event in events("48151623")[1:]] == [
        "item_ticked",
        "item_ticked",
        "item_refused",
        "item_cleared",
    ]
    assert events("48151623")[3][2] == "holder_id/expired carte expirée en 2024"
    assert dossier("48151623").version == 5


def test_wrong_code_reason_or_page_is_refused(checklist: ChecklistService) -> None:
    known("48151623", "direct_debit", "individual")
    submission("48151623")
    _, other_pages = submission("73920158")
    dossier_id = dossier("48151623").id
    with pytest.raises(UnknownRequirement):
        checklist.tick(dossier_id, "crossed_cheque", [], "tech")  # not required when paying by direct debit
    with pytest.raises(InvalidValue):
        checklist.refuse(dossier_id, "rib", "blurry", "", "tech")
    with pytest.raises(PageNotFound):
        checklist.tick(dossier_id, "rib", other_pages, "tech")  # pages of another dossier
    assert len(events("48151623")) == 1


def test_missing_items_of_many_dossiers_at_once(checklist: ChecklistService) -> None:
    known("10000001", "cheque", "company")
    for number in ("10000001", "10000002"):
        submission(number)
    first, second = dossier("10000001").id, dossier("10000002").id
    for code in BASE:
        checklist.tick(first, code, [], "tech")
    checklist.tick(first, "kbis", [], "tech")
    assert checklist.missing_items([first, second, first]) == {
        first: ["crossed_cheque"],
        second: [*BASE, "crossed_cheque", "kbis"],
    }


def test_a_page_headed_with_another_procedures_number_ticks_an_item_only_when_asked(
    checklist: ChecklistService,
) -> None:
    _, pages = submission("48151623", pages=3)
    Page.update(number_read="48151623").where(Page.id == pages[0]).execute()
    Page.update(number_read="48151600").where(Page.id == pages[1]).execute()  # the group's old form
    dossier_id = dossier("48151623").id
    checklist.tick(dossier_id, "holder_id", [pages[0], pages[2]], "tech")  # its own number, or none read
    with pytest.raises(PageOfAnotherProcedure) as refused:
        checklist.tick(dossier_id, "signed_form", [pages[1]], "tech")
    assert (refused.value.procedure_number, refused.value.numbers) == ("48151623", ("48151600",))
    assert next(i for i in checklist.checklist(dossier_id) if i.code == "signed_form").state == ItemStatus.MISSING
    assert checklist.other_procedure_ticks(dossier_id) == []
    checklist.tick(dossier_id, "signed_form", [pages[1]], "tech", other_procedure=True)
    assert events("48151623")[-1] == ("item_ticked_other_procedure", "tech", "signed_form 48151600")
    assert checklist.other_procedure_ticks(dossier_id) == [OtherProcedureTick("signed_form", pages[1], "48151600")]


def test_an_item_is_put_back_as_it_was_before_a_tick_a_refusal_or_a_clear(checklist: ChecklistService) -> None:
    _, pages = submission("48151623", pages=3)
    dossier_id = dossier("48151623").id

    def rib() -> ItemState:
        return next(item for item in checklist.checklist(dossier_id) if item.code == "rib")

    missing = rib()
    checklist.tick(dossier_id, "rib", [pages[0]], "tech")
    received = rib()
    checklist.refuse(dossier_id, "rib", RefusalReason.ILLEGIBLE, "flou", "tech")
    checklist.restore(dossier_id, received, "tech")  # the refusal taken back: received, with its page
    assert (rib().state, rib().page_ids, rib().by, rib().at) == (ItemStatus.RECEIVED, (pages[0],), "tech", received.at)
    checklist.clear(dossier_id, "rib", "tech")
    checklist.restore(dossier_id, received, "tech")  # the clear taken back
    assert rib().page_ids == (pages[0],)
    checklist.restore(dossier_id, missing, "tech")  # the tick taken back
    assert rib().state == ItemStatus.MISSING and rib().page_ids == ()
    undone = "item_change_undone"
    assert [event[0] for event in events("48151623")[-4:]] == [undone, "item_cleared", undone, undone]
