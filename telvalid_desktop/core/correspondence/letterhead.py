"""The team's letterhead: who signs every letter and e-mail to customers (company, postal address,
e-mail, legal line, signature), kept in the database beside the team's policy.

It was a set of constants naming a fictitious company; a workspace now starts with none, and no
letter is written until a lead has filled it in (``LetterService`` refuses with
``letter_no_letterhead``): a customer must never receive a letter from a company that does not
exist. Like the policy, a lead changes it for every workstation at once (``set_letterhead``) and
each changed field leaves a history row (who, when, old -> new) in the policy's history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from enum import StrEnum

import peewee

from telvalid_desktop.core.errors import CoreError
from telvalid_desktop.core.roles import Permission, requires
from telvalid_desktop.core.team_policy import PolicyChange
from telvalid_desktop.db.models import TeamPolicyChange, TeamPolicyValue, database_proxy, utc_now

KEY_PREFIX = "letterhead."  # its rows in team_policy_value and team_policy_change

MAX_ADDRESS_LINES = 5  # under the company name: a postal address has at most 6 lines (NF Z10-011)
MAX_LENGTHS: dict[str, int] = {
    "company": 80,
    "address": 60,  # each line
    "city": 60,
    "email": 120,
    "legal": 300,
    "signature": 80,
}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Letterhead:
    """What every letter and e-mail says of its sender; empty fields while a lead has not set it.

    Attributes:
        company: the company's name, also the mark at the top of each page.
        address: the postal address under the name, one line each, the last "postcode TOWN".
        city: where letters are written from ("Roubaix, le 12 mars 2026").
        email: where customers send their documents by e-mail.
        legal: the footer every business letter carries (legal form, capital, RCS, VAT number).
        signature: the closing signature ("Le Service Validation Téléphonie").
    """

    company: str = ""
    address: tuple[str, ...] = ()
    city: str = ""
    email: str = ""
    legal: str = ""
    signature: str = ""

    @property
    def complete(self) -> bool:
        """Every field is filled in and acceptable: letters may be written under it."""
        return not check_letterhead(self)

    @property
    def postal_line(self) -> str:
        """The company and its address on one line, to quote in a sentence."""
        return " – ".join((self.company, *self.address))


LETTERHEAD_FIELDS: tuple[str, ...] = tuple(field.name for field in fields(Letterhead))


class LetterheadCode(StrEnum):
    REQUIRED = "required"  # empty
    TOO_LONG = "too_long"  # detail: the most characters allowed
    TOO_MANY_LINES = "too_many_lines"  # detail: the most lines allowed
    NOT_AN_EMAIL = "not_an_email"


@dataclass(frozen=True)
class LetterheadProblem:
    """What is wrong with one field: ``field`` is the name in ``Letterhead``."""

    field: str
    code: LetterheadCode
    detail: str = ""


class LetterheadRejected(CoreError):
    """The letterhead given cannot be the team's; nothing was written."""

    def __init__(self, problems: list[LetterheadProblem]) -> None:
        super().__init__("; ".join(f"{problem.field}: {problem.code.value} {problem.detail}" for problem in problems))
        self.problems = tuple(problems)


def check_letterhead(candidate: Letterhead) -> list[LetterheadProblem]:
    """Every problem of ``candidate``, in the order of its fields (none: letters may carry it)."""
    problems: list[LetterheadProblem] = []
    for name in LETTERHEAD_FIELDS:
        value = getattr(candidate, name)
        texts = value if isinstance(value, tuple) else (value,)
        if not any(text.strip() for text in texts):
            problems.append(LetterheadProblem(name, LetterheadCode.REQUIRED))
        elif any(len(text) > MAX_LENGTHS[name] for text in texts):
            problems.append(LetterheadProblem(name, LetterheadCode.TOO_LONG, str(MAX_LENGTHS[name])))
    if len(candidate.address) > MAX_ADDRESS_LINES:
        problems.append(LetterheadProblem("address", LetterheadCode.TOO_MANY_LINES, str(MAX_ADDRESS_LINES)))
    if candidate.email.strip() and not _EMAIL.fullmatch(candidate.email.strip()):
        problems.append(LetterheadProblem("email", LetterheadCode.NOT_AN_EMAIL))
    return problems


def cleaned(candidate: Letterhead) -> Letterhead:
    """Spaces around each value and blank address lines removed, as it will be stored."""
    return Letterhead(
        **{name: getattr(candidate, name).strip() for name in LETTERHEAD_FIELDS if name != "address"},
        address=tuple(line.strip() for line in candidate.address if line.strip()),
    )


def _stored(letterhead: Letterhead, name: str) -> str:
    value = getattr(letterhead, name)
    return "\n".join(value) if isinstance(value, tuple) else str(value)


def read_letterhead() -> Letterhead:
    """The team's letterhead as the database holds it now (all fields empty if never set)."""
    rows = TeamPolicyValue.select(TeamPolicyValue.key, TeamPolicyValue.text_value).where(
        TeamPolicyValue.key.startswith(KEY_PREFIX)
    )
    values = {row.key.removeprefix(KEY_PREFIX): row.text_value or "" for row in rows}
    address = tuple(line for line in values.pop("address", "").split("\n") if line)
    return Letterhead(**{name: text for name, text in values.items() if name in LETTERHEAD_FIELDS}, address=address)


@requires(Permission.MANAGE)
def set_letterhead(letterhead: Letterhead, actor: str) -> Letterhead:
    """Make ``letterhead`` the team's (a lead only), in one transaction with one history row per
    field that really changes; returns the letterhead now in force.

    Raises ``LetterheadRejected`` (every problem, nothing written) unless every field is acceptable.
    """
    return write_letterhead(letterhead, actor)


def write_letterhead(letterhead: Letterhead, actor: str) -> Letterhead:
    """``set_letterhead`` without the permission check: for the demo, which signs as its fictitious company."""
    wanted = cleaned(letterhead)
    problems = check_letterhead(wanted)
    if problems:
        raise LetterheadRejected(problems)
    with database_proxy.atomic():
        query = TeamPolicyValue.select().where(TeamPolicyValue.key.startswith(KEY_PREFIX))
        if isinstance(database_proxy.obj, peewee.PostgresqlDatabase):
            query = query.for_update()  # two leads saving at once: the second's "old" values are right
        rows = {row.key: row for row in query}
        now = utc_now()
        for name in LETTERHEAD_FIELDS:
            key, new = KEY_PREFIX + name, _stored(wanted, name)
            old = rows[key].text_value if key in rows else None
            if old == new:
                continue
            if key in rows:
                TeamPolicyValue.update(text_value=new, changed_at=now, changed_by=actor).where(
                    TeamPolicyValue.key == key
                ).execute()
            else:
                TeamPolicyValue.create(key=key, text_value=new, changed_at=now, changed_by=actor)
            TeamPolicyChange.create(at=now, actor=actor, key=key, old_value=old, new_value=new)
    return wanted


def letterhead_history(limit: int = 200) -> list[PolicyChange]:
    """The letterhead's changes, newest first (``key`` is the field's name)."""
    rows = (
        TeamPolicyChange.select()
        .where(TeamPolicyChange.key.startswith(KEY_PREFIX))
        .order_by(TeamPolicyChange.at.desc(), TeamPolicyChange.id.desc())
        .limit(limit)
    )
    return [
        PolicyChange(row.at, row.actor, row.key.removeprefix(KEY_PREFIX), row.old_value, row.new_value, row.reason)
        for row in rows
    ]


class LetterheadService:
    """The team's letterhead for a session's front ends: read at each letter, changed by a lead."""

    def read(self) -> Letterhead:
        return read_letterhead()

    def set(self, letterhead: Letterhead, actor: str) -> Letterhead:
        return set_letterhead(letterhead, actor)

    def history(self, limit: int = 200) -> list[PolicyChange]:
        return letterhead_history(limit)
