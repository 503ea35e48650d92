"""Whether each dossier's history tells how it came to be what it is (part of the workspace check)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

import peewee

from telvalid_desktop.core.maintenance.check_report import Code, Finding
from telvalid_desktop.db.models import Dossier, DossierEvent, Hold, Validation


@dataclass(frozen=True)
class _Row:
    """One history row, or a dossier with none (``event`` None)."""

    event_id: int | None
    event: str | None
    from_status: str | None
    to_status: str | None


@dataclass(frozen=True)
class _DossierFacts:
    number: str
    status: str
    version: int
    validations: int
    holds: int


def check_histories() -> tuple[list[Finding], int]:
    """Each dossier's history tells how it came to be what it is.

    One 'created' row, first; every row starts from the status the previous one left; the
    status is the last row's; ``version`` is 1 + the rows after 'created' (each change bumps
    it once, creation does not: core/lifecycle/dossiers.py); as many Validation rows as 'validated'
    rows and Hold rows as 'put_on_hold' rows (core/lifecycle/validation.py writes each with its row).
    Read in one statement, so a change committed meanwhile is seen whole or not at all.
    Returns the findings and how many dossiers were read.
    """
    findings: list[Finding] = []
    checked = 0
    for facts, rows in groupby(_history_rows(), key=lambda pair: pair[0]):
        checked += 1
        events = [row for _, row in rows if row.event is not None]
        findings += _dossier_findings(facts, events)
    return findings, checked


def _history_rows() -> Iterator[tuple[_DossierFacts, _Row]]:
    """Every dossier with its Validation and Hold counts and each of its history rows, in order."""
    validations = _count_by_dossier(Validation, "validations")
    holds = _count_by_dossier(Hold, "holds")
    query = (
        Dossier.select(
            Dossier.id,
            Dossier.procedure_number,
            Dossier.status,
            Dossier.version,
            peewee.fn.COALESCE(validations.c.rows, 0),
            peewee.fn.COALESCE(holds.c.rows, 0),
            DossierEvent.id,
            DossierEvent.event,
            DossierEvent.from_status,
            DossierEvent.to_status,
        )
        .join(DossierEvent, peewee.JOIN.LEFT_OUTER, on=(DossierEvent.dossier == Dossier.id))
        .switch(Dossier)
        .join(validations, peewee.JOIN.LEFT_OUTER, on=(validations.c.dossier_id == Dossier.id))
        .switch(Dossier)
        .join(holds, peewee.JOIN.LEFT_OUTER, on=(holds.c.dossier_id == Dossier.id))
        .order_by(Dossier.id, DossierEvent.id)
    )
    for _, number, status, version, validated, held, *event in query.tuples().iterator():
        yield _DossierFacts(number, status, version, validated, held), _Row(*event)


def _count_by_dossier(
    model: type[Validation] | type[Hold], name: str
) -> peewee.ModelSelect[Validation] | peewee.ModelSelect[Hold]:
    return (
        model.select(model.dossier.alias("dossier_id"), peewee.fn.COUNT(model.id).alias("rows"))
        .group_by(model.dossier)
        .alias(name)
    )


def _dossier_findings(facts: _DossierFacts, rows: list[_Row]) -> list[Finding]:
    """What is wrong with one dossier's history (nothing, when it tells how the dossier came to be)."""
    number, events = facts.number, Counter(row.event for row in rows)
    findings = []
    if not rows or rows[0].event != "created" or events["created"] != 1:
        message = f"Dossier {number} : l'historique ne commence pas par une création, et une seule."
        findings.append(Finding(Code.HISTORY_START, number, message))
    findings += [
        Finding(
            Code.HISTORY_CHAIN,
            number,
            f"Dossier {number} : la ligne {row.event_id} ({row.event}) part de « {row.from_status} » "
            f"alors que la précédente ({before.event}) finissait sur « {before.to_status} ».",
        )
        for before, row in zip(rows, rows[1:], strict=False)
        if row.from_status != before.to_status
    ]
    if rows and facts.status != rows[-1].to_status:
        message = f"Dossier {number} : statut « {facts.status} », mais l'historique finit sur « {rows[-1].to_status} »."
        findings.append(Finding(Code.HISTORY_STATUS, number, message))
    changes = len(rows) - events["created"]
    if facts.version != 1 + changes:
        message = f"Dossier {number} : version {facts.version}, mais {changes} changement(s) dans l'historique."
        findings.append(Finding(Code.HISTORY_VERSION, number, message))
    for code, stored, event, what in (
        (Code.VALIDATIONS_MISMATCH, facts.validations, "validated", "validation(s)"),
        (Code.HOLDS_MISMATCH, facts.holds, "put_on_hold", "mise(s) en attente"),
    ):
        if stored != events[event]:
            message = f"Dossier {number} : {stored} {what} enregistrée(s), {events[event]} dans l'historique."
            findings.append(Finding(code, number, message))
    return findings
