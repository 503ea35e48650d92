"""Dossier life cycle: creation, complement on hold, transitions, history, optimistic locking."""

from __future__ import annotations

import pytest

from telvalid_desktop.core.errors import InvalidTransition
from telvalid_desktop.core.lifecycle.dossiers import DossierService, StaleDossier
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db import repository
from telvalid_desktop.domain import DossierStatus


def test_a_complement_reopens_a_dossier_on_hold_and_everything_is_in_the_history(workspace: Workspace) -> None:
    service = DossierService()
    with workspace.database.atomic():
        created = service.receive_submission("48151623", "mailroom", "file a.pdf")
    assert (created.status, created.version) == ("open", 1)
    service.change_status("48151623", DossierStatus.ON_HOLD, actor="tech", reason="RIB manquant")
    with workspace.database.atomic():
        reopened = service.receive_submission("48151623", "mailroom", "file b.pdf")
    assert reopened.status == DossierStatus.OPEN
    assert reopened.complement_received is True
    assert reopened.version == 3
    history = repository.dossier_history(reopened)
    assert [(e["event"], e["from"], e["to"], e["actor"]) for e in history] == [
        ("created", "open", "open", "mailroom"),
        ("status_changed", "open", "on_hold", "tech"),
        ("complement_received", "on_hold", "open", "mailroom"),
    ]
    assert history[1]["reason"] == "RIB manquant"


def test_forbidden_transition_and_stale_version_change_nothing(workspace: Workspace) -> None:
    service = DossierService()
    with workspace.database.atomic():
        service.receive_submission("11223344", "mailroom", "f")
    service.change_status("11223344", DossierStatus.VALIDATED, actor="tech")
    with pytest.raises(InvalidTransition):
        service.change_status("11223344", DossierStatus.ON_HOLD, actor="tech")
    with pytest.raises(StaleDossier):
        service.change_status("11223344", DossierStatus.OPEN, actor="lead", expected_version=1)
    dossier = service.get("11223344")
    assert (dossier.status, dossier.version) == ("validated", 2)
    assert len(repository.dossier_history(dossier)) == 2
