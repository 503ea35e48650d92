"""Superseded procedures: a customer may generate the form again, so one telephony group can
have several procedure numbers (the manager export says which, and when each was made).

Documents sent under an older number are moved to the group's newest procedure in one
action, and the older dossier is closed as superseded: its history stays, and it says
which number replaced it.
"""

from __future__ import annotations

from datetime import datetime

from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.errors import NothingToChange
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService, apply_transition, check_transition, ensure_editable
from telvalid_desktop.core.roles import Permission, requires
from telvalid_desktop.db.models import (
    ChecklistItem,
    ChecklistPage,
    Dossier,
    KnownProcedure,
    Submission,
    database_proxy,
)
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.read_models.dossier_detail import GroupProcedure


def group_procedures(procedure_number: str) -> list[GroupProcedure]:
    """Every procedure of this number's telephony group, newest first (empty when the group is unknown)."""
    known = KnownProcedure.get_or_none(KnownProcedure.procedure_number == procedure_number)
    if known is None or not known.telephony_group:
        return []
    members = list(KnownProcedure.select().where(KnownProcedure.telephony_group == known.telephony_group))
    members.sort(key=lambda member: (member.created_at or datetime.min, member.procedure_number), reverse=True)
    dossiers = {
        dossier.procedure_number: dossier
        for dossier in Dossier.select().where(Dossier.procedure_number.in_([m.procedure_number for m in members]))
    }
    return [
        GroupProcedure(
            procedure_number=member.procedure_number,
            created_at=member.created_at,
            dossier_id=dossiers[member.procedure_number].id if member.procedure_number in dossiers else None,
            status=dossiers[member.procedure_number].status if member.procedure_number in dossiers else None,
            newest=position == 0,
        )
        for position, member in enumerate(members)
    ]


def newest_in(group: list[GroupProcedure], procedure_number: str) -> str | None:
    """The newest number of ``group`` (as ``group_procedures`` lists it) when it is not this one."""
    if not group or group[0].procedure_number == procedure_number:
        return None
    return group[0].procedure_number


def newest_procedure(procedure_number: str) -> str | None:
    """The group's newest procedure number when it is not this one."""
    return newest_in(group_procedures(procedure_number), procedure_number)


class SupersessionService:
    """Moves an older procedure's documents to the group's newest one and closes the older dossier."""

    def __init__(self, claims: ClaimService, dossiers: DossierService | None = None) -> None:
        self.claims = claims
        self.dossiers = dossiers if dossiers is not None else DossierService()

    @requires(Permission.DECIDE)
    def supersede(self, procedure_number: str, actor: str) -> tuple[str, Changes]:
        """Returns the newest number the documents went to, and what changed.

        The older dossier's ticks are cleared (they were about its own copy of the form);
        the technician ticks the documents again in the newest dossier.
        """
        newest = newest_procedure(procedure_number)
        if newest is None:
            raise NothingToChange("newest_procedure", procedure_number)
        with database_proxy.atomic():
            old = self.dossiers.get(procedure_number)
            existing = Dossier.get_or_none(Dossier.procedure_number == newest)
            self.claims.ensure_free([old.id, *([existing.id] if existing else [])], actor)
            check_transition(old, DossierStatus.SUPERSEDED)
            if existing is not None:
                ensure_editable(existing)
            moved = Submission.select().where(Submission.dossier == old.id).count()
            target = self.dossiers.receive_submission(
                newest, actor, f"{moved} envoi(s) de {procedure_number}", event="documents_moved_in"
            )
            items = ChecklistItem.select(ChecklistItem.id).where(ChecklistItem.dossier == old.id)
            ChecklistPage.delete().where(ChecklistPage.item.in_(items)).execute()
            ChecklistItem.delete().where(ChecklistItem.dossier == old.id).execute()
            Submission.update(dossier=target, procedure_number=newest).where(Submission.dossier == old.id).execute()
            apply_transition(
                Dossier.get_by_id(old.id),
                DossierStatus.SUPERSEDED,
                actor=actor,
                event="superseded",
                reason=newest,
                superseded_by=newest,
            )
        return newest, Changes(dossiers=frozenset({old.id, target.id}), pages=True, checklist=True, queues=True)
