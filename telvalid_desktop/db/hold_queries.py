"""Read side of the lead's on-hold review: every dossier on hold with its dates, items and people.

A handful of queries over the dossiers on hold (each restricted to them by a subquery),
never one per dossier: the review opens at once with thousands of dossiers waiting.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import cast

import peewee

from telvalid_desktop.db.models import Dossier, Hold, KnownProcedure, Letter, StoredFile, Submission
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.read_models.supervision import OnHoldRow


def _on_hold_ids() -> peewee.ModelSelect[Dossier]:
    return Dossier.select(Dossier.id).where(Dossier.status == DossierStatus.ON_HOLD.value)


def _latest_holds() -> dict[int, Hold]:
    holds = Hold.select().where(Hold.dossier.in_(_on_hold_ids())).order_by(Hold.dossier, Hold.at, Hold.id)
    return {hold.dossier_id: hold for hold in holds}  # the last one of each dossier wins


def _submission_dates() -> dict[int, tuple[datetime, datetime, int]]:
    query = (
        Submission.select(
            Submission.dossier,
            peewee.fn.MIN(Submission.received_at),
            peewee.fn.MAX(Submission.received_at),
            peewee.fn.COUNT(Submission.id),
        )
        .where(Submission.dossier.in_(_on_hold_ids()))
        .group_by(Submission.dossier)
    )
    # peewee's stubs type .tuples() as the model query itself; the rows are these columns.
    rows = cast(Iterable[tuple[int, datetime, datetime, int]], query.tuples())
    return {dossier_id: (first, last, count) for dossier_id, first, last, count in rows}


def _last_letters() -> dict[int, datetime]:
    query = (
        Letter.select(Letter.dossier, peewee.fn.MAX(Letter.at))
        .where(Letter.dossier.in_(_on_hold_ids()))
        .group_by(Letter.dossier)
    )
    return dict(cast(Iterable[tuple[int, datetime]], query.tuples()))  # (dossier id, latest letter) rows


def _channels() -> dict[int, tuple[str, ...]]:
    query = (
        Submission.select(Submission.dossier, StoredFile.channel)
        .join(StoredFile)
        .where(Submission.dossier.in_(_on_hold_ids()))
        .distinct()
    )
    channels: dict[int, set[str]] = {}
    for dossier_id, channel in cast(Iterable[tuple[int, str]], query.tuples()):  # (dossier id, channel) rows
        channels.setdefault(dossier_id, set()).add(channel)
    return {dossier_id: tuple(sorted(found)) for dossier_id, found in channels.items()}


def on_hold_rows() -> list[OnHoldRow]:
    """Every dossier on hold, the longest waiting first."""
    holds, dates, letters, channels = _latest_holds(), _submission_dates(), _last_letters(), _channels()
    # (id, number, assigned to, updated at, customer name) rows: peewee's stubs cannot type .tuples().
    dossiers = cast(
        Iterable[tuple[int, str, str | None, datetime, str | None]],
        Dossier.select(
            Dossier.id, Dossier.procedure_number, Dossier.assigned_to, Dossier.updated_at, KnownProcedure.customer_name
        )
        .join(KnownProcedure, peewee.JOIN.LEFT_OUTER, on=KnownProcedure.procedure_number == Dossier.procedure_number)
        .where(Dossier.status == DossierStatus.ON_HOLD.value)
        .tuples(),
    )
    rows = []
    for dossier_id, number, assigned_to, updated_at, customer_name in dossiers:
        hold = holds.get(dossier_id)
        first, last, count = dates.get(dossier_id, (None, None, 0))
        rows.append(
            OnHoldRow(
                dossier_id=dossier_id,
                procedure_number=number,
                customer_name=customer_name or "",
                technician=assigned_to or (hold.actor if hold else ""),
                held_by=hold.actor if hold else "",
                held_at=hold.at if hold else updated_at,
                items=tuple(json.loads(hold.items)) if hold else (),
                note=hold.note if hold else "",
                first_submission_at=first,
                last_complement_at=last if count > 1 else None,
                last_letter_at=letters.get(dossier_id),
                channels=channels.get(dossier_id, ()),
            )
        )
    return sorted(rows, key=lambda row: (row.held_at, row.procedure_number))
