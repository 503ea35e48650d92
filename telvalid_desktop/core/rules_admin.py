"""A lead installs a new version of the requirement rules for the whole team.

The file is checked before anything is stored: it must parse, name each item once with
a French and an English label, and carry a version above the rules in force (dossiers
closed under an older version keep theirs; see ``rules_store``).
"""

from __future__ import annotations

import json
from pathlib import Path

from telvalid_desktop.core.audit import record_audit
from telvalid_desktop.core.errors import InvalidValue
from telvalid_desktop.core.roles import Permission, requires
from telvalid_desktop.core.rules import RuleSet, parse_rules
from telvalid_desktop.core.rules_store import rules_in_force, snapshot
from telvalid_desktop.db.models import database_proxy

LANGUAGES = ("fr", "en")


def read_rules_file(path: Path) -> RuleSet:
    """The rules in ``path``, or ``InvalidValue("rules_file", why)`` saying what is wrong."""
    try:
        rules = parse_rules(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as bad:
        raise InvalidValue("rules_file", f"{path.name}: {bad}") from bad
    codes = [requirement.code for requirement in rules.requirements]
    if not codes or len(set(codes)) != len(codes):
        raise InvalidValue("rules_file", f"{path.name}: each item must appear once")
    for requirement in rules.requirements:
        if any(not requirement.labels.get(language) for language in LANGUAGES):
            raise InvalidValue("rules_file", f"{path.name}: {requirement.code} needs a label in {LANGUAGES}")
    return rules


@requires(Permission.MANAGE)
def install_rules(path: Path, actor: str) -> RuleSet:
    """Make the rules in ``path`` the ones every workstation checks dossiers against."""
    rules = read_rules_file(path)
    current = rules_in_force()
    if rules.version <= current.version:
        raise InvalidValue("rules_version", current.version)  # the version to beat
    with database_proxy.atomic():
        snapshot(rules)
        record_audit(actor, "rules_installed", f"v{rules.version}", path.name)
    return rules
