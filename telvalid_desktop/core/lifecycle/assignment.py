"""Spreading the work: which technician follows each dossier, and a lead's changes to it.

A dossier is given to the technician who first claims it, or who puts it on hold; a
lead moves dossiers between technicians (someone is away, someone has too much) and
releases claims forgotten on a workstation. Each of those is a history row.
"""

from __future__ import annotations

from collections.abc import Iterable

from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.errors import InvalidValue
from telvalid_desktop.core.lifecycle.dossiers import dossier_by_id, record_change
from telvalid_desktop.core.roles import Permission, UserService, requires, roles_in_use
from telvalid_desktop.db.models import Claim, database_proxy

NOBODY = "—"


class AssignmentService:
    """A lead's hand on who works on what."""

    def __init__(self, users: UserService | None = None) -> None:
        self.users = users if users is not None else UserService()

    @requires(Permission.ASSIGN)
    def reassign(self, dossier_ids: Iterable[int], technician: str, actor: str) -> Changes:
        """Give these dossiers to ``technician`` (an active technician or lead), in one transaction."""
        technician = technician.strip()
        if not technician or (roles_in_use() and technician not in self.users.team()):
            raise InvalidValue("technician", technician)
        changed: set[int] = set()
        with database_proxy.atomic():
            for dossier_id in sorted(set(dossier_ids)):
                dossier = dossier_by_id(dossier_id)
                if dossier.assigned_to == technician:
                    continue
                reason = f"{dossier.assigned_to or NOBODY} -> {technician}"
                record_change(dossier, actor, "reassigned", reason, assigned_to=technician)
                changed.add(dossier_id)
        return Changes(dossiers=frozenset(changed), queues=bool(changed))

    @requires(Permission.ASSIGN)
    def release_claims(self, dossier_ids: Iterable[int], actor: str) -> Changes:
        """Free dossiers left open on a workstation, so another technician can take them."""
        released: set[int] = set()
        with database_proxy.atomic():
            for dossier_id in sorted(set(dossier_ids)):
                claim = Claim.get_or_none(Claim.dossier == dossier_id)
                if claim is None:
                    continue
                claim.delete_instance()
                record_change(dossier_by_id(dossier_id), actor, "claim_released", claim.holder)
                released.add(dossier_id)
        return Changes(dossiers=frozenset(released), queues=bool(released))
