"""Checklist rules: which documents a dossier needs, read from an editable file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telvalid_desktop.paths import resource_path

DEFAULT_RULES = resource_path("rules", "checklist.json")


@dataclass(frozen=True)
class Requirement:
    """One required document; ``when`` restricts it to matching dossiers."""

    code: str
    labels: dict[str, str]
    when: dict[str, str]
    short_labels: dict[str, str] = field(default_factory=dict)  # for narrow columns

    def applies_to(self, facts: dict[str, str]) -> bool:
        """Facts unknown (no manager export) count as matching: better one item too many."""
        return all(facts.get(key, value) in ("", value) for key, value in self.when.items())


@dataclass(frozen=True)
class RuleSet:
    version: int
    requirements: tuple[Requirement, ...]

    def required_for(self, facts: dict[str, str]) -> list[Requirement]:
        return [requirement for requirement in self.requirements if requirement.applies_to(facts)]


def load_rules(path: Path = DEFAULT_RULES) -> RuleSet:
    """Parse the rules file."""
    return parse_rules(json.loads(path.read_text(encoding="utf-8")))


def parse_rules(data: dict[str, Any]) -> RuleSet:
    """Rules from the file's JSON layout (a rules file, or a stored snapshot of one)."""
    return RuleSet(
        version=int(data["version"]),
        requirements=tuple(
            Requirement(
                code=item["code"],
                labels=dict(item["label"]),
                when=dict(item.get("when", {})),
                short_labels=dict(item.get("short", item["label"])),
            )
            for item in data["requirements"]
        ),
    )


def rules_data(rules: RuleSet) -> dict[str, Any]:
    """The file's JSON layout of ``rules``: ``parse_rules(rules_data(rules)) == rules``."""
    return {
        "version": rules.version,
        "requirements": [
            {
                "code": requirement.code,
                "label": dict(requirement.labels),
                **({"when": dict(requirement.when)} if requirement.when else {}),
                "short": dict(requirement.short_labels),
            }
            for requirement in rules.requirements
        ],
    }
