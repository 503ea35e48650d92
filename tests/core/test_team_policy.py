"""The team's policy lives in the database: read by every workstation, changed by a lead with a history."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import build_services, intake_service
from telvalid_desktop.core.administration.team_policy_import import adopt_local_policy, local_policy_values
from telvalid_desktop.core.roles import NotAllowed, Role, UserService
from telvalid_desktop.core.team_policy import (
    IMPORTED_FROM_SETTINGS,
    POLICY_KEYS,
    POLICY_LIMITS,
    TEXT_KEYS,
    PolicyCode,
    PolicyProblem,
    PolicyRejected,
    TeamPolicy,
    parse_assignments,
    policy_history,
    read_policy,
    set_policy,
)
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import TeamPolicyValue, Validation
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.samples.bank_documents import rib_pdf
from telvalid_desktop.samples.customers import random_customer
from telvalid_desktop.samples.procedure_form import form_pdf
from tests.cli.test_ingest_cli import concat
from tests.core.factories import dossier, known, submission


@pytest.fixture
def team(workspace: Workspace) -> None:
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")


def test_a_new_database_holds_the_defaults_one_row_per_key(workspace: Workspace) -> None:
    assert read_policy() == TeamPolicy()
    assert sorted(row.key for row in TeamPolicyValue.select()) == sorted(POLICY_KEYS)
    assert policy_history() == []
    assert set(POLICY_LIMITS) == set(POLICY_KEYS) - TEXT_KEYS  # a text (the reply address) has no bounds
    for key, (low, high) in POLICY_LIMITS.items():
        assert low <= getattr(TeamPolicy(), key) <= high, key


@pytest.mark.usefixtures("team")
def test_a_lead_changes_values_with_one_history_row_each() -> None:
    policy = set_policy({"out_of_plan_allowance_eur": 180, "retention_months": 24, "old_claim_hours": 8}, "chef")
    assert (policy.out_of_plan_allowance_eur, policy.retention_months) == (180, 24)
    assert read_policy() == policy
    changes = {
        (change.actor, change.key, change.old_value, change.new_value, change.reason) for change in policy_history()
    }
    assert changes == {  # old_claim_hours did not change: no row
        ("chef", "out_of_plan_allowance_eur", "150", "180", ""),
        ("chef", "retention_months", "0", "24", ""),
    }
    row = TeamPolicyValue.get(TeamPolicyValue.key == "retention_months")
    assert (row.int_value, row.changed_by) == (24, "chef")


@pytest.mark.usefixtures("team")
def test_a_technician_may_not_change_the_policy() -> None:
    with pytest.raises(NotAllowed):
        set_policy({"out_of_plan_allowance_eur": 180}, "tech1")
    assert read_policy() == TeamPolicy() and policy_history() == []


@pytest.mark.usefixtures("team")
def test_values_out_of_range_or_inconsistent_are_refused_and_nothing_is_written() -> None:
    with pytest.raises(PolicyRejected) as refused:
        set_policy({"reminder_after_days": 0, "hold_warning_after_days": 40, "retention_months": 12}, "chef")
    assert refused.value.problems == (
        PolicyProblem("reminder_after_days", PolicyCode.OUT_OF_RANGE),
        PolicyProblem("hold_warning_after_days", PolicyCode.NOT_BELOW_ALERT, "30"),
    )
    with pytest.raises(PolicyRejected) as unknown:
        set_policy({"colour": 3, "max_envelope_pages": True}, "chef")  # type: ignore[dict-item]
    assert [problem.code for problem in unknown.value.problems] == [PolicyCode.UNKNOWN_KEY, PolicyCode.NOT_A_NUMBER]
    assert read_policy() == TeamPolicy() and policy_history() == []
    set_policy({"hold_alert_after_days": 60, "hold_warning_after_days": 40}, "chef")  # checked as a whole
    assert (read_policy().hold_warning_after_days, read_policy().hold_alert_after_days) == (40, 60)


def test_command_line_assignments_are_parsed_with_their_problems() -> None:
    changes, problems = parse_assignments(["retention_months=12", "colour=blue", "max_envelope_pages=many"])
    assert changes == {"retention_months": 12}
    assert problems == [
        PolicyProblem("colour", PolicyCode.UNKNOWN_KEY, "colour=blue"),
        PolicyProblem("max_envelope_pages", PolicyCode.NOT_A_NUMBER, "many"),
    ]


@pytest.mark.usefixtures("team")
def test_validation_writes_the_policy_allowance_into_the_billing_row(workspace: Workspace) -> None:
    services = build_services(workspace, Settings(), "tech1")
    known("48151623", "direct_debit", "individual")
    submission("48151623")
    dossier_id = dossier("48151623").id
    for code in services.checklist.required_codes(dossier_id):
        services.checklist.tick(dossier_id, code, [], "tech1")
    set_policy({"out_of_plan_allowance_eur": 210}, "chef")  # by a lead, on another workstation
    services.validation.validate("48151623", "tech1")
    assert Validation.get().out_of_plan_allowance_eur == 210


def test_the_intake_flags_envelopes_longer_than_the_policy_allows(workspace: Workspace, tmp_path: Path) -> None:
    rng = random.Random(3)
    customer = random_customer(rng)
    envelope = tmp_path / "envelope.pdf"
    envelope.write_bytes(concat(form_pdf("48151623", customer=customer, rng=rng), rib_pdf(customer, rng)))
    services = build_services(workspace, Settings(), "mailroom")
    set_policy({"max_envelope_pages": 2}, "chef")  # no users yet: anyone may
    with PageWorkers(0) as workers:
        outcome = intake_service(services, workers).ingest(envelope)
    assert outcome is not None
    [planned] = outcome.submissions
    assert (planned.needs_review, planned.review_reason) == (True, "too_many_pages")


def _old_settings(path: Path, values: dict[str, object]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "language": "fr", **values}), encoding="utf-8")
    return path


def test_an_old_settings_file_is_imported_once_as_the_team_policy(workspace: Workspace, tmp_path: Path) -> None:
    first = _old_settings(tmp_path / "alice.json", {"out_of_plan_allowance_eur": 180, "reminder_after_days": 15})
    assert local_policy_values(first) == {"out_of_plan_allowance_eur": 180}  # the default is not imported
    assert adopt_local_policy(first, "alice") == {"out_of_plan_allowance_eur": 180}
    [change] = policy_history()
    assert (change.actor, change.key, change.new_value, change.reason) == (
        "alice",
        "out_of_plan_allowance_eur",
        "180",
        IMPORTED_FROM_SETTINGS,
    )
    other = _old_settings(tmp_path / "bob.json", {"out_of_plan_allowance_eur": 120, "retention_months": 6})
    assert adopt_local_policy(other, "bob") == {}  # the policy has a history: the team's values stay
    assert adopt_local_policy(first, "alice") == {}
    assert read_policy().out_of_plan_allowance_eur == 180 and len(policy_history()) == 1


def test_nothing_is_imported_from_a_file_with_defaults_or_bad_values(workspace: Workspace, tmp_path: Path) -> None:
    assert adopt_local_policy(tmp_path / "missing.json", "alice") == {}
    bad = _old_settings(
        tmp_path / "bad.json",
        {"retention_months": -3, "max_envelope_pages": "30", "hold_warning_after_days": 40, "old_claim_hours": True},
    )
    assert local_policy_values(bad) == {}  # out of range, not a number, amber after red
    assert adopt_local_policy(bad, "alice") == {} and policy_history() == []


@pytest.mark.usefixtures("team")
def test_the_reply_address_is_a_text_value_of_the_policy() -> None:
    changes, problems = parse_assignments(["reply_address= pieces@exemple-telecom.fr "])
    assert (changes, problems) == ({"reply_address": "pieces@exemple-telecom.fr"}, [])
    assert set_policy(changes, "chef").reply_address == read_policy().reply_address == "pieces@exemple-telecom.fr"
    [change] = [change for change in policy_history() if change.key == "reply_address"]
    assert (change.old_value, change.new_value) == ("", "pieces@exemple-telecom.fr")  # was: the letterhead's
    with pytest.raises(PolicyRejected) as refused:
        set_policy({"reply_address": "pieces chez nous"}, "chef")
    assert refused.value.problems == (PolicyProblem("reply_address", PolicyCode.NOT_AN_ADDRESS, "pieces chez nous"),)
