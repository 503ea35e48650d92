"""Requirement rules are versioned: a closed dossier keeps the rules it was checked against."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.rules import DEFAULT_RULES, load_rules, parse_rules, rules_data
from telvalid_desktop.core.lifecycle.rules_store import RulesVersionUnknown, rules_for_version, snapshot
from telvalid_desktop.core.lifecycle.validation import ValidationService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import RulesSnapshot
from telvalid_desktop.domain import DossierStatus, ItemStatus, RulesSource
from tests.core.factories import dossier, known, submission

BASE = ["signed_form", "holder_id", "rib"]
PROOF = {
    "code": "proof_of_address",
    "label": {"fr": "Justificatif de domicile", "en": "Proof of address"},
    "short": {"fr": "domicile", "en": "address"},
}


def rules_file(
    tmp_path: Path, version: int, extra: Sequence[dict[str, Any]] = (), rib_label: str | None = None
) -> Path:
    """The bundled rules file with another version number, extra requirements or a reworded RIB label."""
    data = json.loads(DEFAULT_RULES.read_text(encoding="utf-8"))
    data["version"] = version
    data["requirements"].extend(extra)
    if rib_label is not None:
        next(item for item in data["requirements"] if item["code"] == "rib")["label"]["fr"] = rib_label
    path = tmp_path / f"rules-v{version}-{len(list(tmp_path.glob('rules-*')))}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def services(rules_path: Path | None = None) -> tuple[ChecklistService, ValidationService]:
    claims = ClaimService(Settings())
    checklist = ChecklistService(claims, load_rules(rules_path) if rules_path else None)
    return checklist, ValidationService(claims, checklist)


def validated(number: str, checklist: ChecklistService, validation: ValidationService) -> int:
    """A dossier paid by direct debit, every item ticked, validated."""
    known(number, "direct_debit", "individual")
    submission(number)
    dossier_id = dossier(number).id
    for code in checklist.required_codes(dossier_id):
        checklist.tick(dossier_id, code, [], "tech")
    validation.validate(number, "tech")
    return dossier_id


def codes(checklist: ChecklistService, dossier_id: int) -> list[tuple[str, ItemStatus]]:
    return [(item.code, item.state) for item in checklist.checklist(dossier_id)]


def test_rules_survive_a_round_trip_through_their_json() -> None:
    rules = load_rules()
    assert parse_rules(json.loads(json.dumps(rules_data(rules)))) == rules


def test_a_validated_dossier_keeps_its_rules_while_open_ones_follow_the_new_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    checklist_v1, validation_v1 = services()
    done = validated("48151623", checklist_v1, validation_v1)
    assert [row.version for row in RulesSnapshot.select()] == [1]
    known("73920158", "direct_debit", "individual")
    submission("73920158")
    waiting = dossier("73920158").id

    checklist_v2, _ = services(rules_file(tmp_path, 2, extra=[PROOF]))
    assert codes(checklist_v2, done) == [(code, ItemStatus.RECEIVED) for code in BASE]
    assert checklist_v2.rules_in_force(done) == (1, RulesSource.SNAPSHOT)
    assert [item.code for item in checklist_v2.checklist(waiting)] == [*BASE, "proof_of_address"]
    assert checklist_v2.rules_in_force(waiting) == (2, RulesSource.FILE)
    assert checklist_v2.missing_items([done, waiting]) == {done: [], waiting: [*BASE, "proof_of_address"]}
    assert [row.version for row in RulesSnapshot.select().order_by(RulesSnapshot.version)] == [1, 2]


def test_a_reworded_label_changes_open_dossiers_only(workspace: Workspace, tmp_path: Path) -> None:
    checklist_v1, validation_v1 = services()
    done = validated("48151623", checklist_v1, validation_v1)
    submission("73920158")
    checklist_v2, _ = services(rules_file(tmp_path, 2, rib_label="Relevé d'identité bancaire"))

    def rib_label(dossier_id: int) -> str:
        rules = checklist_v2.rules_for_dossier(dossier_id)
        return next(item.labels["fr"] for item in rules.requirements if item.code == "rib")

    assert rib_label(done) == "RIB"
    assert rib_label(dossier("73920158").id) == "Relevé d'identité bancaire"


def test_the_version_is_stored_on_first_use_by_a_checklist(workspace: Workspace) -> None:
    submission("48151623")
    checklist, _ = services()
    assert RulesSnapshot.select().count() == 0
    checklist.checklist(dossier("48151623").id)
    assert rules_for_version(1) == load_rules()
    with pytest.raises(RulesVersionUnknown):
        rules_for_version(7)


def test_a_reopened_dossier_follows_the_file_again(workspace: Workspace, tmp_path: Path) -> None:
    checklist_v1, validation_v1 = services()
    done = validated("48151623", checklist_v1, validation_v1)
    checklist_v2, _ = services(rules_file(tmp_path, 2, extra=[PROOF]))
    DossierService().change_status("48151623", DossierStatus.OPEN, actor="lead", reason="RIB illisible")
    assert checklist_v2.rules_in_force(done) == (2, RulesSource.FILE)
    assert codes(checklist_v2, done)[-1] == ("proof_of_address", ItemStatus.MISSING)


def test_rejected_and_superseded_dossiers_keep_the_version_they_were_checked_against(
    workspace: Workspace, tmp_path: Path
) -> None:
    checklist_v1, _ = services()
    for number in ("48151623", "73920158"):
        known(number, "direct_debit", "individual", group=f"grp-{number}")
        submission(number)
        checklist_v1.tick(dossier(number).id, "rib", [], "tech")
    DossierService().change_status("48151623", DossierStatus.REJECTED, actor="lead", reason="fraude")
    never_checked = submission("10000001")[0].dossier.id
    DossierService().change_status("10000001", DossierStatus.REJECTED, actor="lead", reason="doublon")
    checklist_v2, _ = services(rules_file(tmp_path, 2, extra=[PROOF]))
    rejected = dossier("48151623").id
    assert checklist_v2.rules_in_force(rejected) == (1, RulesSource.SNAPSHOT)
    assert [item.code for item in checklist_v2.checklist(rejected)] == BASE
    assert checklist_v2.rules_in_force(dossier("73920158").id) == (2, RulesSource.FILE)  # still open
    assert checklist_v2.rules_in_force(never_checked) == (2, RulesSource.FILE)  # no version to keep
    assert checklist_v2.missing_items([rejected]) == {rejected: ["signed_form", "holder_id"]}


def test_a_version_never_stored_falls_back_to_the_file(
    workspace: Workspace, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    checklist_v1, validation_v1 = services()
    done = validated("48151623", checklist_v1, validation_v1)
    RulesSnapshot.delete().execute()  # as if validated before versions were stored
    checklist_v2, _ = services(rules_file(tmp_path, 2, extra=[PROOF]))
    with caplog.at_level(logging.WARNING, logger="telvalid_desktop.core.lifecycle.rules_store"):
        assert checklist_v2.rules_in_force(done) == (2, RulesSource.FALLBACK)
    assert "version 1 is not stored" in caplog.text


def test_a_file_edited_without_a_new_version_keeps_the_stored_one(
    workspace: Workspace, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    checklist_v1, validation_v1 = services()
    done = validated("48151623", checklist_v1, validation_v1)
    edited = load_rules(rules_file(tmp_path, 1, extra=[PROOF]))
    with caplog.at_level(logging.WARNING, logger="telvalid_desktop.core.lifecycle.rules_store"):
        stored = snapshot(edited)
    assert parse_rules(json.loads(stored.content)) == load_rules()
    assert "raise its version number" in caplog.text
    checklist_edited, _ = services(rules_file(tmp_path, 1, extra=[PROOF]))
    assert [item.code for item in checklist_edited.checklist(done)] == BASE
