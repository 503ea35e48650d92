"""Dossiers on hold still waiting for their complement: which ones, since when, and who to remind.

A complement reopens a dossier by itself, so a dossier still on hold has received
nothing since its (latest) hold. One waiting for more than ``after_days`` days is
listed with what is still missing and the date of its last letter; its reminder is
due when no letter (the hold letter or a reminder) went out in those days either, so
running the reminders every day does not write to the same customer every day.
Reminders are written by ``LetterService.write_reminder_letters``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

import peewee

from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.db.models import Dossier, Hold, KnownProcedure, Letter, Submission, utc_now
from telvalid_desktop.domain import DossierStatus


@dataclass(frozen=True)
class AwaitingComplement:
    """A dossier on hold for longer than the reminder delay.

    Attributes:
        held_at: when the latest hold was put (UTC).
        days_on_hold: whole days since then.
        last_letter_at: the latest letter of any kind (UTC), None if none was written.
        missing: codes the customer still owes (missing or refused) among those the hold asked for.
        reminder_due: no letter in the last ``after_days`` days either.
    """

    dossier_id: int
    procedure_number: str
    customer_name: str
    telephony_group: str
    held_at: datetime
    held_by: str
    days_on_hold: int
    last_letter_at: datetime | None
    last_letter_kind: str | None
    missing: tuple[str, ...]
    reminder_due: bool

    def to_json(self) -> dict[str, Any]:
        """Keys of ``telvalid reminders --json`` (only ever added to)."""
        return {
            "dossier_id": self.dossier_id,
            "procedure_number": self.procedure_number,
            "customer_name": self.customer_name or None,
            "telephony_group": self.telephony_group or None,
            "held_at": _iso(self.held_at),
            "held_by": self.held_by,
            "days_on_hold": self.days_on_hold,
            "last_letter_at": _iso(self.last_letter_at),
            "last_letter_kind": self.last_letter_kind,
            "missing": list(self.missing),
            "reminder_due": self.reminder_due,
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") + "Z" if moment else None


def dossiers_awaiting_complement(
    after_days: int, now: datetime | None = None, *, checklist: ChecklistService
) -> list[AwaitingComplement]:
    """Dossiers on hold with no complement since the hold for more than ``after_days`` days, longest first.

    A handful of queries whatever the number of dossiers.

    Args:
        after_days: the delay after which the customer is reminded (setting ``reminder_after_days``).
        now: UTC time taken as now (tests).
        checklist: the session's, which knows the rules in force.
    """
    moment = now if now is not None else utc_now()
    limit = moment - timedelta(days=after_days)
    held = Dossier.status == DossierStatus.ON_HOLD.value  # joins, not id lists: thousands may be on hold
    # (id, number) and (dossier id, latest arrival) rows below: peewee's stubs cannot type .tuples().
    on_hold = dict(
        cast(Iterable[tuple[int, str]], Dossier.select(Dossier.id, Dossier.procedure_number).where(held).tuples())
    )
    if not on_hold:
        return []
    holds: dict[int, Hold] = {}
    for hold in Hold.select().join(Dossier).where(held).order_by(Hold.at, Hold.id):
        holds[hold.dossier_id] = hold  # the latest wins
    arrived = dict(
        cast(
            Iterable[tuple[int, datetime]],
            Submission.select(Submission.dossier, peewee.fn.MAX(Submission.received_at))
            .join(Dossier)
            .where(held)
            .group_by(Submission.dossier)
            .tuples(),
        )
    )
    waiting = [
        dossier_id
        for dossier_id, hold in holds.items()
        if hold.at < limit and (arrived.get(dossier_id) is None or arrived[dossier_id] <= hold.at)
    ]
    if not waiting:
        return []
    letters: dict[int, Letter] = {}
    for sent in Letter.select().join(Dossier).where(held).order_by(Letter.at, Letter.id):
        letters[sent.dossier_id] = sent
    known = {
        row.procedure_number: row
        for row in KnownProcedure.select()
        .join(Dossier, on=(Dossier.procedure_number == KnownProcedure.procedure_number))
        .where(held)
    }
    owed = checklist.missing_items(waiting)
    result = []
    for dossier_id in waiting:
        hold, letter = holds[dossier_id], letters.get(dossier_id)
        asked = set(json.loads(hold.items or "[]"))
        number = on_hold[dossier_id]
        procedure = known.get(number)
        result.append(
            AwaitingComplement(
                dossier_id=dossier_id,
                procedure_number=number,
                customer_name=procedure.customer_name if procedure else "",
                telephony_group=procedure.telephony_group if procedure else "",
                held_at=hold.at,
                held_by=hold.actor,
                days_on_hold=(moment - hold.at).days,
                last_letter_at=letter.at if letter else None,
                last_letter_kind=letter.kind if letter else None,
                missing=tuple(code for code in owed.get(dossier_id, []) if not asked or code in asked),
                reminder_due=letter is None or letter.at < limit,
            )
        )
    result.sort(key=lambda item: (item.held_at, item.procedure_number))
    return result
