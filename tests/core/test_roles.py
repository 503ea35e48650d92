"""Role rules, enforced by the core services whatever the front end: every action, every role."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from telvalid_desktop import cli
from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.rules_admin import install_rules
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.audit import recent_audit
from telvalid_desktop.core.errors import CoreError, InvalidValue
from telvalid_desktop.core.lifecycle.rules import DEFAULT_RULES
from telvalid_desktop.core.roles import NotAllowed, Permission, Role, UserService, allowed, station_for
from telvalid_desktop.core.supervision.validation_export import export_validations
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import DossierEvent, KnownProcedure
from telvalid_desktop.domain import DossierStatus
from tests.core.factories import dossier, submission

A = "48151623"
NEWER = "48151629"
USERS = {"courrier1": Role.MAILROOM, "tech1": Role.TECHNICIAN, "chef": Role.LEAD}


@pytest.fixture
def services(workspace: Workspace, letterhead: None) -> Services:
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")  # the first user: a lead
    users.set_user("courrier1", Role.MAILROOM, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")
    return build_services(workspace, Settings(), "chef")


@dataclass(frozen=True)
class Scene:
    """What an action works on: dossier A received as one envelope of two pages."""

    services: Services
    pages: list[int]
    folder: Path


def _reopen(scene: Scene, actor: str) -> object:
    scene.services.dossiers.change_status(A, DossierStatus.VALIDATED, actor="chef")
    return scene.services.dossiers.change_status(A, DossierStatus.OPEN, actor=actor, reason="erreur de RIB")


def _supersede(scene: Scene, actor: str) -> object:
    for number, day in ((A, 1), (NEWER, 9)):
        KnownProcedure.create(procedure_number=number, telephony_group="grp-7", created_at=datetime(2026, 3, day))
    return scene.services.supersession.supersede(A, actor)


def _letter(scene: Scene, actor: str) -> object:
    scene.services.validation.put_on_hold(A, "chef", ["rib"], "")
    return scene.services.letters.write_hold_letter(dossier(A).id, actor)


def _release_claim(scene: Scene, actor: str) -> object:
    scene.services.claims.claim(dossier(A).id, "tech1")
    return scene.services.assignment.release_claims([dossier(A).id], actor)


def _newer_rules(folder: Path) -> Path:
    data = json.loads(DEFAULT_RULES.read_text(encoding="utf-8"))
    data["version"] += 1
    (folder / "rules.json").write_text(json.dumps(data), encoding="utf-8")
    return folder / "rules.json"


def _envelope() -> int:
    return int(dossier(A).submissions.get().id)


ACTIONS: dict[str, Callable[[Scene, str], object]] = {
    "tick": lambda scene, actor: scene.services.checklist.tick(dossier(A).id, "signed_form", [], actor),
    "set_facts": lambda scene, actor: scene.services.checklist.set_facts(dossier(A).id, "cheque", "company", actor),
    "hold": lambda scene, actor: scene.services.validation.put_on_hold(A, actor, ["rib"], ""),
    "validate": lambda scene, actor: scene.services.validation.validate(A, actor),
    "reopen_validated": _reopen,
    "supersede": _supersede,
    "hold_letter": _letter,
    "export": lambda scene, actor: export_validations(scene.folder / "out.csv", "csv", actor),
    "split_envelope": lambda scene, actor: scene.services.pages.split_submission(_envelope(), scene.pages[1], actor),
    "send_to_unsorted": lambda scene, actor: scene.services.pages.send_to_unsorted(_envelope(), actor),
    "manage_users": lambda _scene, actor: UserService().set_user("new1", Role.TECHNICIAN, actor),
    "deactivate_user": lambda _scene, actor: UserService().deactivate("tech1", actor),
    "reassign": lambda scene, actor: scene.services.assignment.reassign([dossier(A).id], "tech1", actor),
    "release_claim": _release_claim,
    "install_rules": lambda scene, actor: install_rules(_newer_rules(scene.folder), actor),
}


# Which roles may do what (the issue: mailroom cannot validate, technicians cannot reopen a
# validated dossier, only a lead manages users).
EXPECTED = {
    "tick": {"tech1", "chef"},
    "set_facts": {"tech1", "chef"},
    "hold": {"tech1", "chef"},
    "validate": {"tech1", "chef"},
    "reopen_validated": {"chef"},
    "supersede": {"tech1", "chef"},
    "hold_letter": {"tech1", "chef"},
    "export": {"tech1", "chef"},
    "split_envelope": {"courrier1", "tech1", "chef"},
    "send_to_unsorted": {"courrier1", "tech1", "chef"},
    "manage_users": {"chef"},
    "deactivate_user": {"chef"},
    "reassign": {"chef"},
    "release_claim": {"chef"},
    "install_rules": {"chef"},
}


@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize("actor", [*sorted(USERS), "stranger"])
def test_each_role_may_do_exactly_its_actions(services: Services, action: str, actor: str, tmp_path: Path) -> None:
    _, pages = submission(A, pages=2)
    try:
        ACTIONS[action](Scene(services, pages, tmp_path), actor)
    except NotAllowed as refused:
        assert actor not in EXPECTED[action], f"{actor} should be allowed to {action}"
        assert refused.actor == actor
    except CoreError:  # allowed, then stopped by the dossier's own rules (an incomplete checklist...)
        assert actor in EXPECTED[action]
    else:
        assert actor in EXPECTED[action], f"{actor} should not be allowed to {action}"


def test_without_users_one_workstation_works_without_roles(workspace: Workspace) -> None:
    assert all(allowed("anyone", permission) for permission in Permission)
    with pytest.raises(InvalidValue):
        UserService().set_user("tech1", Role.TECHNICIAN, "tech1")  # the first user must be a lead


def test_a_deactivated_user_can_no_longer_act_and_the_last_lead_stays(services: Services) -> None:
    users = UserService()
    users.deactivate("tech1", "chef")
    assert not allowed("tech1", Permission.CHECK)
    with pytest.raises(InvalidValue):
        users.deactivate("chef", "chef")
    with pytest.raises(InvalidValue):
        users.set_user("chef", Role.TECHNICIAN, "chef")
    users.set_user("chef2", Role.LEAD, "chef")
    users.set_user("chef", Role.TECHNICIAN, "chef2")  # another lead exists now
    assert not allowed("chef", Permission.MANAGE) and allowed("chef2", Permission.MANAGE)


def test_the_command_line_manages_users_and_refuses_by_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = ["--workspace", str(tmp_path / "ws")]
    monkeypatch.setenv("USER", "dupont")
    monkeypatch.setenv("LOGNAME", "dupont")
    assert cli.main([*workspace, "users", "set", "dupont", "technician"]) == 1  # the first user must be a lead
    assert cli.main([*workspace, "users", "set", "dupont", "lead"]) == 0
    assert cli.main([*workspace, "users", "set", "martin", "mailroom", "--name", "Luc Martin"]) == 0
    capsys.readouterr()
    assert cli.main([*workspace, "users", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(user["login"], user["role"]) for user in listed] == [("dupont", "lead"), ("martin", "mailroom")]
    monkeypatch.setenv("USER", "martin")
    monkeypatch.setenv("LOGNAME", "martin")
    assert cli.main([*workspace, "export", "validations", str(tmp_path / "out.csv")]) == 3
    assert "responsable" in capsys.readouterr().err
    assert cli.main([*workspace, "users", "set", "martin", "lead"]) == 3  # only a lead manages users


def test_a_lead_spreads_the_work_and_it_is_all_in_the_history(services: Services) -> None:
    """The first technician to open a dossier follows it; a lead's reassignment, claim release
    and user changes are history rows (the dossier's, or the audit's when no dossier is concerned)."""
    submission(A)
    dossier_id = dossier(A).id
    services.claims.claim(dossier_id, "chef")  # a lead looking does not take it
    services.claims.release(dossier_id, "chef")
    assert dossier(A).assigned_to is None
    services.claims.claim(dossier_id, "tech1")
    assert dossier(A).assigned_to == "tech1"
    UserService().set_user("tech2", Role.TECHNICIAN, "chef")
    with pytest.raises(InvalidValue):
        services.assignment.reassign([dossier_id], "courrier1", "chef")  # the mailroom follows no dossier
    services.assignment.reassign([dossier_id], "tech2", "chef")
    services.assignment.release_claims([dossier_id], "chef")
    UserService().deactivate("tech1", "chef")

    events = [(e.actor, e.event, e.reason) for e in dossier(A).events.order_by(DossierEvent.id)]
    assert events[-2:] == [("chef", "reassigned", "tech1 -> tech2"), ("chef", "claim_released", "tech1")]
    assert dossier(A).assigned_to == "tech2" and services.claims.holder(dossier_id) is None
    audit = [(row.actor, row.event, row.subject, row.detail) for row in reversed(recent_audit())]
    assert audit == [
        ("chef", "user_added", "chef", "lead"),
        ("chef", "user_added", "courrier1", "mailroom"),
        ("chef", "user_added", "tech1", "technician"),
        ("chef", "user_added", "tech2", "technician"),
        ("chef", "user_deactivated", "tech1", ""),
    ]
    assert UserService().team() == ["chef", "tech2"]


def test_mailroom_staff_get_the_mailroom_station_whatever_the_setting(services: Services) -> None:
    assert station_for("courrier1", "technician") == "mailroom"
    assert station_for("tech1", "technician") == "technician"
    assert station_for("chef", "mailroom") == "mailroom"  # a lead may run the mailroom station
