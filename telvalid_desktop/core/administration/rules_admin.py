"""A lead installs a new version of the requirement rules for the whole team.

The file is checked before anything is stored: it must parse, name each item once with
a French and an English label, and carry a version above the rules in force (dossiers
closed under an older version keep theirs; see ``rules_store``). The settings dialog
runs the same check on a file as soon as it is chosen, so it can list every problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from telvalid_desktop.config import LANGUAGES
from telvalid_desktop.core.audit import record_audit
from telvalid_desktop.core.errors import InvalidValue
from telvalid_desktop.core.lifecycle.rules import RuleSet, parse_rules
from telvalid_desktop.core.lifecycle.rules_store import rules_in_force, snapshot
from telvalid_desktop.core.roles import Permission, requires
from telvalid_desktop.db.models import database_proxy


class RulesFileProblem(StrEnum):
    MISSING = "missing"  # no such file
    UNREADABLE = "unreadable"  # detail: the system's words (permissions, not UTF-8)
    NOT_JSON = "not_json"  # detail: the line
    BAD_LAYOUT = "bad_layout"  # detail: the key or value the parser stopped at
    NO_ITEMS = "no_items"
    DUPLICATE_ITEM = "duplicate_item"  # item: the code given twice
    MISSING_LABEL = "missing_label"  # item: its code; detail: the languages it lacks
    NOT_NEWER = "not_newer"  # detail: the version in force, to beat


@dataclass(frozen=True)
class RulesProblem:
    """One thing wrong with a rules file, as a code; the window and the CLI phrase it."""

    code: RulesFileProblem
    item: str = ""
    detail: str = ""

    def __str__(self) -> str:
        """Plain English for logs and the CLI's detail ("each item must appear once" is kept as it was)."""
        words = {
            RulesFileProblem.NO_ITEMS: "the file lists no item",
            RulesFileProblem.DUPLICATE_ITEM: f"each item must appear once ({self.item})",
            RulesFileProblem.MISSING_LABEL: f"{self.item} needs a label in {self.detail}",
            RulesFileProblem.NOT_NEWER: f"not newer than version {self.detail} in force",
        }
        return words.get(self.code, f"{self.code.value}: {self.detail}")


@dataclass(frozen=True)
class RulesCheck:
    """What ``check_rules_file`` found: the rules when they parse, and every problem."""

    rules: RuleSet | None
    problems: tuple[RulesProblem, ...]


def check_rules_file(path: Path, in_force: int | None = None) -> RulesCheck:
    """Everything ``install_rules`` requires of the file at ``path``, without storing anything.

    Args:
        path: the rules file (JSON, the layout of resources/rules/checklist.json).
        in_force: the version in force, which the file must exceed (None: not checked).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return RulesCheck(None, (RulesProblem(RulesFileProblem.MISSING),))
    except (OSError, UnicodeDecodeError) as bad:
        return RulesCheck(None, (RulesProblem(RulesFileProblem.UNREADABLE, detail=str(bad)),))
    except json.JSONDecodeError as bad:
        return RulesCheck(None, (RulesProblem(RulesFileProblem.NOT_JSON, detail=str(bad.lineno)),))
    try:
        rules = parse_rules(data)
    except (KeyError, TypeError, ValueError, AttributeError) as bad:
        return RulesCheck(None, (RulesProblem(RulesFileProblem.BAD_LAYOUT, detail=str(bad)),))
    return RulesCheck(rules, tuple(_content_problems(rules, in_force)))


def _content_problems(rules: RuleSet, in_force: int | None) -> list[RulesProblem]:
    problems = []
    codes = [requirement.code for requirement in rules.requirements]
    if not codes:
        problems.append(RulesProblem(RulesFileProblem.NO_ITEMS))
    for code in sorted({code for code in codes if codes.count(code) > 1}):
        problems.append(RulesProblem(RulesFileProblem.DUPLICATE_ITEM, item=code))
    for requirement in rules.requirements:
        lacking = ", ".join(language for language in LANGUAGES if not requirement.labels.get(language))
        if lacking:
            problems.append(RulesProblem(RulesFileProblem.MISSING_LABEL, item=requirement.code, detail=lacking))
    if in_force is not None and rules.version <= in_force:
        problems.append(RulesProblem(RulesFileProblem.NOT_NEWER, detail=str(in_force)))
    return problems


@requires(Permission.MANAGE)
def install_rules(path: Path, actor: str) -> RuleSet:
    """Make the rules in ``path`` the ones every workstation checks dossiers against.

    Raises ``InvalidValue``: ``rules_version`` (the version to beat) for a file not newer than
    the rules in force, ``rules_file`` ("name: what is wrong") for any other problem.
    """
    current = rules_in_force()
    checked = check_rules_file(path, current.version)
    if checked.problems:
        first = checked.problems[0]
        if first.code == RulesFileProblem.NOT_NEWER:
            raise InvalidValue("rules_version", current.version)
        raise InvalidValue("rules_file", f"{path.name}: {first}")
    assert checked.rules is not None  # a file without problems parsed
    with database_proxy.atomic():
        snapshot(checked.rules)
        record_audit(actor, "rules_installed", f"v{checked.rules.version}", path.name)
    return checked.rules
