"""The team's policy: values every workstation must apply alike, kept in the database beside the rules.

The allowance written into each billing row, the reminder and aging thresholds, the retention
period and the envelope size were once in each user's settings file, so two workstations could
bill or remind differently. They are the team's now: a lead changes them (``set_policy``), each
changed value leaves a history row (who, when, old -> new), and every workstation reads them at
each use (``read_policy``: one small table), so a change applies everywhere without a restart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

import peewee

from telvalid_desktop.core.errors import CoreError
from telvalid_desktop.core.roles import Permission, requires
from telvalid_desktop.db.models import TeamPolicyChange, TeamPolicyValue, database_proxy, utc_now
from telvalid_desktop.intake.separation import MAX_ENVELOPE_PAGES


@dataclass(frozen=True)
class TeamPolicy:
    """Every value of the team's policy with its default; the only place these defaults are written."""

    out_of_plan_allowance_eur: int = 150  # EUR HT per month, written into each validation (billing)
    reminder_after_days: int = 15  # a dossier on hold this long without a complement is due a reminder letter
    hold_warning_after_days: int = 15  # the lead's review shows a dossier on hold longer than this in amber
    hold_alert_after_days: int = 30  # ... and longer than this in red
    old_claim_hours: int = 8  # a dossier held open longer than this shows in the lead's workload, to release
    retention_months: int = 0  # scans of validated or superseded dossiers are deleted after this (0: kept)
    max_envelope_pages: int = MAX_ENVELOPE_PAGES  # an envelope with more document pages is flagged
    # Where customers send their documents by e-mail: the hold e-mail and letters give it (issue 18).
    reply_address: str = ""  # empty: the letterhead's e-mail address


PolicyValue = int | str


POLICY_KEYS: tuple[str, ...] = tuple(field.name for field in fields(TeamPolicy))
TEXT_KEYS = frozenset(field.name for field in fields(TeamPolicy) if isinstance(field.default, str))
_ADDRESS = re.compile(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\".]+")

# The values each key may take (the team tab's spin boxes use the same bounds).
POLICY_LIMITS: dict[str, tuple[int, int]] = {
    "out_of_plan_allowance_eur": (0, 10_000),
    "reminder_after_days": (1, 365),
    "hold_warning_after_days": (1, 365),
    "hold_alert_after_days": (1, 365),
    "old_claim_hours": (1, 7 * 24),
    "retention_months": (0, 240),  # 0: scans are kept for ever
    "max_envelope_pages": (1, 1_000),
}

IMPORTED_FROM_SETTINGS = "imported_from_settings"  # reason of a history row written by the one-time import


class PolicyCode(StrEnum):
    UNKNOWN_KEY = "unknown_key"  # not a key of the policy
    NOT_A_NUMBER = "not_a_number"  # detail: the value given
    OUT_OF_RANGE = "out_of_range"  # bounds in POLICY_LIMITS
    NOT_BELOW_ALERT = "not_below_alert"  # the warning comes before the alert; detail: the alert threshold
    NOT_AN_ADDRESS = "not_an_address"  # not an e-mail address; detail: the value given


@dataclass(frozen=True)
class PolicyProblem:
    """What is wrong with one value: ``key`` is the name in ``TeamPolicy``."""

    key: str
    code: PolicyCode
    detail: str = ""


class PolicyRejected(CoreError):
    """The values given cannot become the team's policy; nothing was written."""

    def __init__(self, problems: list[PolicyProblem]) -> None:
        super().__init__("; ".join(f"{problem.key}: {problem.code.value} {problem.detail}" for problem in problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class PolicyChange:
    """One row of the policy's history, as screens and commands show it."""

    at: datetime
    actor: str
    key: str
    old_value: str | None
    new_value: str
    reason: str  # "" or IMPORTED_FROM_SETTINGS


def check_policy(candidate: TeamPolicy) -> list[PolicyProblem]:
    """Every problem of ``candidate``, in the order of the keys (none: it can be saved)."""
    problems = [
        PolicyProblem(key, PolicyCode.OUT_OF_RANGE)
        for key, (low, high) in POLICY_LIMITS.items()
        if not low <= getattr(candidate, key) <= high
    ]
    if candidate.reply_address and not _ADDRESS.fullmatch(candidate.reply_address):
        problems.append(PolicyProblem("reply_address", PolicyCode.NOT_AN_ADDRESS, candidate.reply_address))
    if candidate.hold_warning_after_days >= candidate.hold_alert_after_days:
        problems.append(
            PolicyProblem("hold_warning_after_days", PolicyCode.NOT_BELOW_ALERT, str(candidate.hold_alert_after_days))
        )
    return problems


def parse_assignments(texts: list[str]) -> tuple[dict[str, PolicyValue], list[PolicyProblem]]:
    """``KEY=VALUE`` words (the command line) as changes, and what is wrong with them."""
    changes: dict[str, PolicyValue] = {}
    problems: list[PolicyProblem] = []
    for text in texts:
        key, _, value = text.partition("=")
        key = key.strip()
        if key not in POLICY_KEYS:
            problems.append(PolicyProblem(key, PolicyCode.UNKNOWN_KEY, text))
            continue
        if key in TEXT_KEYS:
            changes[key] = value.strip()
            continue
        try:
            changes[key] = int(value.strip())
        except ValueError:
            problems.append(PolicyProblem(key, PolicyCode.NOT_A_NUMBER, value.strip()))
    return changes, problems


def _typed(changes: Mapping[str, object]) -> Iterator[PolicyProblem]:
    for key, value in changes.items():
        if key not in POLICY_KEYS:
            yield PolicyProblem(key, PolicyCode.UNKNOWN_KEY)
        elif key in TEXT_KEYS:
            if not isinstance(value, str):
                yield PolicyProblem(key, PolicyCode.NOT_AN_ADDRESS, repr(value))
        elif isinstance(value, bool) or not isinstance(value, int):
            yield PolicyProblem(key, PolicyCode.NOT_A_NUMBER, repr(value))


def read_policy() -> TeamPolicy:
    """The team's policy as the database holds it now; a key without a row keeps its default."""
    rows = TeamPolicyValue.select(TeamPolicyValue.key, TeamPolicyValue.int_value, TeamPolicyValue.text_value)
    return _policy_of((row.key, _value_of(row)) for row in rows)


def _value_of(row: TeamPolicyValue) -> PolicyValue | None:
    """A row's value, in the column its key's type uses (whole numbers, or text)."""
    return row.text_value if row.key in TEXT_KEYS else row.int_value


def _policy_of(rows: Iterable[tuple[str, PolicyValue | None]]) -> TeamPolicy:
    return with_values(TeamPolicy(), {key: value for key, value in rows if key in POLICY_KEYS and value is not None})


def with_values(policy: TeamPolicy, values: Mapping[str, PolicyValue]) -> TeamPolicy:
    """``policy`` with ``values`` in place (numbers and texts: each key's type is checked by ``check_policy``)."""
    typed: dict[str, Any] = dict(values)
    return replace(policy, **typed)


def policy_history(limit: int = 200) -> list[PolicyChange]:
    """The newest changes first."""
    rows = (
        TeamPolicyChange.select()
        .where(TeamPolicyChange.key.in_(POLICY_KEYS))  # the letterhead's changes are shown with it
        .order_by(TeamPolicyChange.at.desc(), TeamPolicyChange.id.desc())
        .limit(limit)
    )
    return [PolicyChange(row.at, row.actor, row.key, row.old_value, row.new_value, row.reason) for row in rows]


def policy_ever_changed() -> bool:
    """Whether anyone (a lead, or the one-time import) has written the policy since it was created."""
    return TeamPolicyChange.select().where(TeamPolicyChange.key.in_(POLICY_KEYS)).exists()


@requires(Permission.MANAGE)
def set_policy(changes: Mapping[str, PolicyValue], actor: str) -> TeamPolicy:
    """Make ``changes`` the team's values for every workstation (a lead only), in one transaction
    with one history row per value that really changes; returns the policy now in force.

    Raises ``PolicyRejected`` (every problem, nothing written) for an unknown key, a value that is
    not a whole number or out of its range, or an amber threshold not below the red one.
    """
    return write_policy(changes, actor)


def write_policy(changes: Mapping[str, PolicyValue], actor: str, *, reason: str = "") -> TeamPolicy:
    """``set_policy`` without the permission check: for the one-time import of a workstation's values."""
    problems = list(_typed(changes))
    if problems:
        raise PolicyRejected(problems)
    with database_proxy.atomic():
        rows = {row.key: row for row in _locked(TeamPolicyValue.select())}
        current = _policy_of((key, _value_of(row)) for key, row in rows.items())
        wanted = with_values(current, changes)
        problems = check_policy(wanted)
        if problems:
            raise PolicyRejected(problems)
        now = utc_now()
        for key in POLICY_KEYS:
            old, new = getattr(current, key), getattr(wanted, key)
            if key not in changes or (old == new and key in rows):
                continue
            column = "text_value" if key in TEXT_KEYS else "int_value"
            if key in rows:
                TeamPolicyValue.update({column: new, "changed_at": now, "changed_by": actor}).where(
                    TeamPolicyValue.key == key
                ).execute()
            else:
                TeamPolicyValue.create(key=key, changed_at=now, changed_by=actor, **{column: new})
            if old != new:
                TeamPolicyChange.create(
                    at=now, actor=actor, key=key, old_value=str(old), new_value=str(new), reason=reason
                )
    return wanted


def _locked(query: peewee.ModelSelect[TeamPolicyValue]) -> peewee.ModelSelect[TeamPolicyValue]:
    """Two leads saving at once: on PostgreSQL the second waits for the first (its "old" values are
    then right); SQLite has one writer at a time anyway."""
    return query.for_update() if isinstance(database_proxy.obj, peewee.PostgresqlDatabase) else query


class TeamPolicyService:
    """The team's policy for a session's front ends: read at each use, changed by a lead."""

    def read(self) -> TeamPolicy:
        return read_policy()

    def set(self, changes: Mapping[str, PolicyValue], actor: str) -> TeamPolicy:
        return set_policy(changes, actor)

    def history(self, limit: int = 200) -> list[PolicyChange]:
        return policy_history(limit)
