"""A lead installs new requirement rules for the whole team; a bad or older file is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.rules_admin import (
    RulesFileProblem,
    RulesProblem,
    check_rules_file,
    install_rules,
)
from telvalid_desktop.core.administration.services import build_services
from telvalid_desktop.core.audit import recent_audit
from telvalid_desktop.core.errors import InvalidValue
from telvalid_desktop.core.lifecycle.rules import DEFAULT_RULES
from telvalid_desktop.core.lifecycle.rules_store import RulesOrigin, current_rules, rules_in_force
from telvalid_desktop.core.roles import NotAllowed, Role, UserService
from telvalid_desktop.core.workspace import Workspace


def _rules_file(folder: Path, version: int, extra_code: str | None = "kbis_copy", name: str = "rules.json") -> Path:
    data = json.loads(DEFAULT_RULES.read_text(encoding="utf-8"))
    data["version"] = version
    if extra_code:
        data["requirements"].append({"code": extra_code, "label": {"fr": "Copie du Kbis", "en": "Kbis copy"}})
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_installed_rules_are_in_force_for_every_new_session(workspace: Workspace, tmp_path: Path) -> None:
    shipped = rules_in_force().version
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")
    with pytest.raises(NotAllowed):
        install_rules(_rules_file(tmp_path, shipped + 1), "tech1")

    installed = install_rules(_rules_file(tmp_path, shipped + 1), "chef")

    assert installed.version == shipped + 1
    assert "kbis_copy" in [r.code for r in build_services(workspace, Settings(), "tech1").checklist.rules.requirements]
    newest = recent_audit()[0]
    assert (newest.actor, newest.event, newest.subject, newest.detail) == (
        "chef",
        "rules_installed",
        f"v{shipped + 1}",
        "rules.json",
    )


def test_an_older_or_broken_rules_file_is_refused_with_its_reason(workspace: Workspace, tmp_path: Path) -> None:
    shipped = rules_in_force().version
    with pytest.raises(InvalidValue) as older:
        install_rules(_rules_file(tmp_path, shipped), "anyone")
    assert (older.value.field, older.value.value) == ("rules_version", shipped)
    broken = tmp_path / "broken.json"
    broken.write_text('{"version": 9, "requirements": [{"code": "rib"}]}', encoding="utf-8")
    with pytest.raises(InvalidValue) as unreadable:
        install_rules(broken, "anyone")
    assert unreadable.value.field == "rules_file" and "broken.json" in str(unreadable.value.value)
    twice = _rules_file(tmp_path, shipped + 1, extra_code="rib", name="twice.json")
    with pytest.raises(InvalidValue, match="each item must appear once"):
        install_rules(twice, "anyone")
    assert rules_in_force().version == shipped


def test_checking_a_rules_file_lists_every_problem_without_storing_anything(
    workspace: Workspace, tmp_path: Path
) -> None:
    shipped = rules_in_force().version
    data = json.loads(DEFAULT_RULES.read_text(encoding="utf-8"))
    data["version"] = shipped
    data["requirements"].append(dict(data["requirements"][0]))  # the first item twice
    data["requirements"].append({"code": "kbis_copy", "label": {"fr": "Copie du Kbis"}})
    path = tmp_path / "several.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    first = data["requirements"][0]["code"]

    checked = check_rules_file(path, shipped)

    assert checked.rules is not None
    assert checked.problems == (
        RulesProblem(RulesFileProblem.DUPLICATE_ITEM, item=first),
        RulesProblem(RulesFileProblem.MISSING_LABEL, item="kbis_copy", detail="en"),
        RulesProblem(RulesFileProblem.NOT_NEWER, detail=str(shipped)),
    )
    assert check_rules_file(_rules_file(tmp_path, shipped + 1), shipped).problems == ()
    assert check_rules_file(path).problems[-1].code == RulesFileProblem.MISSING_LABEL  # no version to beat
    assert rules_in_force().version == shipped


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, RulesFileProblem.MISSING),
        (b"\xff\xfe not text", RulesFileProblem.UNREADABLE),
        (b'{"version": 2,\n "requirements": [', RulesFileProblem.NOT_JSON),
        (b'{"version": 2, "requirements": [{"code": "rib"}]}', RulesFileProblem.BAD_LAYOUT),
        (b'{"version": "two", "requirements": []}', RulesFileProblem.BAD_LAYOUT),
        (b'["not", "an", "object"]', RulesFileProblem.BAD_LAYOUT),
        (b'{"version": 2, "requirements": ["rib"]}', RulesFileProblem.BAD_LAYOUT),
        (b'{"version": 2, "requirements": []}', RulesFileProblem.NO_ITEMS),
    ],
)
def test_a_file_that_is_not_rules_says_why(tmp_path: Path, content: bytes | None, code: RulesFileProblem) -> None:
    path = tmp_path / "rules.json"
    if content is not None:
        path.write_bytes(content)
    checked = check_rules_file(path, 1)
    assert [problem.code for problem in checked.problems] == [code]
    assert checked.rules is None or code == RulesFileProblem.NO_ITEMS


def test_the_rules_in_force_say_whether_a_lead_installed_them(workspace: Workspace, tmp_path: Path) -> None:
    shipped, origin = current_rules()
    assert origin == RulesOrigin.SHIPPED
    install_rules(_rules_file(tmp_path, shipped.version + 1), "anyone")
    assert current_rules() == (rules_in_force(), RulesOrigin.INSTALLED)
    assert rules_in_force().version == shipped.version + 1
