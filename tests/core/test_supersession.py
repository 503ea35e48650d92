"""Superseded procedures: documents of an older number move to the group's newest, the old dossier closes."""

from __future__ import annotations

from datetime import datetime

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.errors import DossierClaimed, NothingToChange
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.supersession import SupersessionService, group_procedures, newest_procedure
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import ChecklistItem, DossierEvent, KnownProcedure, Page, Submission
from telvalid_desktop.domain import DossierStatus
from tests.core.factories import dossier, events, submission

OLD, MIDDLE, NEW, OTHER = "48151620", "48151621", "48151622", "73920158"


@pytest.fixture
def claims(workspace: Workspace) -> ClaimService:
    return ClaimService(Settings())


@pytest.fixture
def service(claims: ClaimService) -> SupersessionService:
    return SupersessionService(claims)


def known(number: str, day: int, group: str = "grp-7") -> None:
    KnownProcedure.create(procedure_number=number, telephony_group=group, created_at=datetime(2026, 3, day, 9))


@pytest.fixture
def group(workspace: Workspace) -> None:
    known(OLD, 1)
    known(MIDDLE, 4)
    known(NEW, 9)
    known(OTHER, 10, group="grp-8")


def test_the_group_is_listed_newest_first_with_its_dossiers(group: None) -> None:
    submission(OLD)
    listed = group_procedures(OLD)
    assert [(p.procedure_number, p.status, p.newest) for p in listed] == [
        (NEW, None, True),
        (MIDDLE, None, False),
        (OLD, "open", False),
    ]
    assert newest_procedure(OLD) == NEW and newest_procedure(NEW) is None
    assert group_procedures("99999999") == []


def test_documents_move_to_the_newest_and_the_old_dossier_is_closed(
    group: None, service: SupersessionService, claims: ClaimService
) -> None:
    old_submission, old_pages = submission(OLD, pages=3)
    submission(NEW, pages=2)
    ChecklistService(claims).tick(dossier(OLD).id, "signed_form", old_pages[:1], "tech1")
    newest, changes = service.supersede(OLD, "tech1")
    assert newest == NEW
    assert (dossier(OLD).status, dossier(OLD).superseded_by) == (DossierStatus.SUPERSEDED, NEW)
    assert Submission.get_by_id(old_submission.id).dossier_id == dossier(NEW).id
    assert Page.select().join(Submission).where(Submission.dossier == dossier(NEW).id).count() == 5
    assert ChecklistItem.select().where(ChecklistItem.dossier == dossier(OLD).id).count() == 0
    assert events(OLD)[-1] == ("superseded", "tech1", NEW)
    assert events(NEW)[-1] == ("documents_moved_in", "tech1", f"1 envoi(s) de {OLD}")
    assert DossierEvent.select().where(DossierEvent.dossier == dossier(OLD).id).count() == 3  # history kept
    assert changes.dossiers == {dossier(OLD).id, dossier(NEW).id}


def test_the_newest_dossier_is_created_when_nothing_came_under_it_yet(
    group: None, service: SupersessionService
) -> None:
    submission(MIDDLE)
    assert service.supersede(MIDDLE, "tech1")[0] == NEW
    assert dossier(NEW).status == DossierStatus.OPEN and dossier(NEW).submissions.count() == 1


def test_the_newest_procedure_and_a_dossier_held_by_another_are_refused(
    group: None, service: SupersessionService, claims: ClaimService
) -> None:
    submission(NEW)
    with pytest.raises(NothingToChange):
        service.supersede(NEW, "tech1")
    submission(OLD)
    claims.claim(dossier(OLD).id, "tech2")
    with pytest.raises(DossierClaimed):
        service.supersede(OLD, "tech1")
    assert dossier(OLD).status == DossierStatus.OPEN
