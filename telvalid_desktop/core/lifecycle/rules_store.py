"""Versions of the requirement rules kept in the database, so a closed dossier keeps its own.

The rules file can be edited at any time (a new document required, a label reworded) and
its ``version`` raised. Dossiers being worked on follow the file; a validated, superseded
or rejected dossier keeps the checklist of the version it was checked against. Each
version is stored (``RulesSnapshot``) the first time it is used, and never changed after:
if the file is edited without raising its version, the version first stored stays the
reference of the dossiers closed under it (and a warning is logged).
"""

from __future__ import annotations

import json
import logging
from enum import StrEnum
from pathlib import Path

from telvalid_desktop.core.errors import CoreError
from telvalid_desktop.core.lifecycle.rules import DEFAULT_RULES, RuleSet, load_rules, parse_rules, rules_data
from telvalid_desktop.db.models import Dossier, RulesSnapshot, Validation, database_proxy, utc_now
from telvalid_desktop.domain import DossierStatus, RulesSource

log = logging.getLogger(__name__)

CLOSED = frozenset({DossierStatus.VALIDATED, DossierStatus.SUPERSEDED, DossierStatus.REJECTED})


class RulesVersionUnknown(CoreError):
    """No stored snapshot has this rules version."""

    def __init__(self, version: int) -> None:
        super().__init__(str(version))
        self.version = version


def snapshot(rules: RuleSet) -> RulesSnapshot:
    """Store this version if it is not stored yet; the stored row (the first one stays).

    Runs in the caller's transaction when there is one (a validation), so the snapshot
    commits with what used it. Reads first, so a version already stored costs no write;
    INSERT ... ON CONFLICT DO NOTHING (portable) lets two workstations store it at once.
    """
    stored = RulesSnapshot.get_or_none(RulesSnapshot.version == rules.version)
    if stored is None:
        content = json.dumps(rules_data(rules), ensure_ascii=False, sort_keys=True)
        with database_proxy.atomic():
            RulesSnapshot.insert(
                version=rules.version, content=content, first_used_at=utc_now()
            ).on_conflict_ignore().execute()
        stored = RulesSnapshot.get(RulesSnapshot.version == rules.version)
    if parse_rules(json.loads(stored.content)) != rules:
        log.warning(
            "the rules file differs from its version %s as stored on %s: raise its version number"
            " (dossiers closed under version %s keep the stored rules)",
            rules.version,
            stored.first_used_at,
            rules.version,
        )
    return stored


class RulesOrigin(StrEnum):
    """Where the rules in force come from, as the settings dialog tells a lead."""

    SHIPPED = "shipped"  # the file installed with the application
    INSTALLED = "installed"  # a newer version a lead installed in the database


def current_rules(shipped: Path = DEFAULT_RULES) -> tuple[RuleSet, RulesOrigin]:
    """The rules to check dossiers against: the newest a lead installed, else the file shipped.

    Installed rules live in the database (a snapshot of a version above the shipped one),
    so every workstation sharing it works with the same list; a newer release whose file
    has a higher version takes over from an older installation.
    """
    shipped_rules = load_rules(shipped)
    newest = RulesSnapshot.select().order_by(RulesSnapshot.version.desc()).first()
    if newest is not None and newest.version > shipped_rules.version:
        return parse_rules(json.loads(newest.content)), RulesOrigin.INSTALLED
    return shipped_rules, RulesOrigin.SHIPPED


def rules_in_force(shipped: Path = DEFAULT_RULES) -> RuleSet:
    """The rules of ``current_rules``, wherever they come from."""
    return current_rules(shipped)[0]


def rules_for_version(version: int, current: RuleSet | None = None) -> RuleSet:
    """The rules of ``version`` as first used.

    A version not stored yet that is the ``current`` file's is stored now (its first use)
    and returned; any other unknown version raises ``RulesVersionUnknown``.
    """
    stored = RulesSnapshot.get_or_none(RulesSnapshot.version == version)
    if stored is not None:
        return parse_rules(json.loads(stored.content))
    if current is not None and current.version == version:
        snapshot(current)
        return current
    raise RulesVersionUnknown(version)


def closed_rules_version(dossier: Dossier) -> int | None:
    """The rules version a closed dossier keeps (None: open, or never checked against any).

    A validated dossier keeps the version of its latest validation; a superseded or
    rejected one the version it was last checked against.
    """
    if dossier.status not in CLOSED:
        return None
    if dossier.status == DossierStatus.VALIDATED:
        latest = (
            Validation.select(Validation.rules_version)
            .where(Validation.dossier == dossier.id)
            .order_by(Validation.id.desc())
            .first()
        )
        if latest is not None:
            return int(latest.rules_version)
    return dossier.rules_version


class RulesStore:
    """The rules of each dossier for one session: the file in force, and stored versions (cached).

    Snapshots never change once stored, so a version read once is kept in memory.
    """

    def __init__(self, current: RuleSet) -> None:
        self.current = current
        self._versions: dict[int, RuleSet] = {}
        self._current_stored = False

    def ensure_current_stored(self) -> None:
        """Store the file's version on its first use (once per session outside a rolled-back transaction)."""
        if self._current_stored:
            return
        snapshot(self.current)
        # Inside a caller's transaction the row may still be rolled back: try again next time.
        if not database_proxy.in_transaction():
            self._current_stored = True

    def for_version(self, version: int | None) -> tuple[RuleSet, RulesSource]:
        """The rules of a closed dossier's ``version``, and where they come from."""
        if version is None:
            return self.current, RulesSource.FILE
        cached = self._versions.get(version)
        if cached is not None:
            return cached, RulesSource.SNAPSHOT
        try:
            rules = rules_for_version(version, self.current)
        except RulesVersionUnknown:
            log.warning(
                "rules version %s is not stored: the rules file (version %s) is used", version, self.current.version
            )
            return self.current, RulesSource.FALLBACK
        self._versions[version] = rules
        return rules, RulesSource.SNAPSHOT

    def for_dossier(self, dossier: Dossier) -> tuple[RuleSet, RulesSource]:
        """Open dossiers (and closed ones never checked) follow the file; closed ones keep their version."""
        if dossier.status not in CLOSED:
            return self.current, RulesSource.FILE
        version = closed_rules_version(dossier)
        if version is None:
            return self.current, RulesSource.FILE
        return self.for_version(version)
