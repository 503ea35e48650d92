"""Read side of the lead's workload view: who follows how many dossiers, who holds which open.

One GROUP BY for the loads, one query for the old claims: a handful of rows per
technician whatever the size of the workspace.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import cast

import peewee

from telvalid_desktop.db.batch_queries import LocalDays
from telvalid_desktop.db.models import Claim, Dossier, DossierEvent
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.read_models.supervision import ClaimRow, TechnicianLoad, TechnicianThroughput

IN_WORK = (DossierStatus.OPEN.value, DossierStatus.ON_HOLD.value)


def technician_loads() -> list[TechnicianLoad]:
    """Open and on-hold dossiers per technician, the busiest first; unassigned ones as ""."""
    complement = peewee.fn.SUM(
        peewee.Case(None, [((Dossier.status == DossierStatus.OPEN.value) & Dossier.complement_received, 1)], 0)
    )
    query = cast(
        Iterable[tuple[str | None, str, int, int | None]],  # (technician, status, COUNT, SUM): stubs can't type tuples
        Dossier.select(Dossier.assigned_to, Dossier.status, peewee.fn.COUNT(Dossier.id), complement)
        .where(Dossier.status.in_(IN_WORK))
        .group_by(Dossier.assigned_to, Dossier.status)
        .tuples(),
    )
    counts: dict[str, dict[str, int]] = {}
    for technician, status, count, completed in query:
        row = counts.setdefault(technician or "", {"open": 0, "on_hold": 0, "complement_received": 0})
        row[status] = count
        row["complement_received"] += completed or 0
    loads = [TechnicianLoad(technician, **row) for technician, row in counts.items()]
    return sorted(loads, key=lambda load: (-load.total, load.technician))


def claims_older_than(moment: datetime) -> list[ClaimRow]:
    """Claims taken (or last renewed) before ``moment`` (UTC), the oldest first."""
    query = cast(
        Iterable[tuple[int, str, str, datetime]],  # ClaimRow's columns: peewee's stubs cannot type .tuples()
        Claim.select(Claim.dossier, Dossier.procedure_number, Claim.holder, Claim.claimed_at)
        .join(Dossier)
        .where(Claim.claimed_at < moment)
        .order_by(Claim.claimed_at)
        .tuples(),
    )
    return [ClaimRow(*row) for row in query]


# A technician's decisions: the history rows that move a dossier into these states.
DECISIONS = (DossierStatus.VALIDATED.value, DossierStatus.ON_HOLD.value)


def throughput(start: date, end: date) -> tuple[tuple[date, ...], list[TechnicianThroughput]]:
    """Validations and holds per person and local day in [start, end], the most productive first."""
    days = LocalDays.between(start, end)
    counts: dict[str, dict[str, list[int]]] = {}
    query = (
        DossierEvent.select(DossierEvent.actor, DossierEvent.to_status, DossierEvent.at)
        .where(
            DossierEvent.to_status.in_(DECISIONS)
            & (DossierEvent.from_status != DossierEvent.to_status)
            & (DossierEvent.at >= days.low)
            & (DossierEvent.at < days.high)
        )
        .tuples()
    )
    for actor, status, moment in query.iterator():
        per_status = counts.setdefault(actor, {name: [0] * len(days.days) for name in DECISIONS})
        per_status[status][days.index_of(moment)] += 1
    rows = [
        TechnicianThroughput(actor, tuple(per_status["validated"]), tuple(per_status["on_hold"]))
        for actor, per_status in counts.items()
    ]
    return days.days, sorted(rows, key=lambda row: (-sum(row.decisions), row.technician))
