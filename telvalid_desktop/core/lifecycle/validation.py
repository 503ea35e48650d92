"""The technician's decisions on a dossier: validate it, or put it on hold for a complement.

Validation records what billing needs (monthly renewal, the out-of-plan allowance in
force that day); a hold records what the customer must still send. A complement quoting
the number reopens the dossier by itself (``DossierService.receive_submission``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta

from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.errors import ChecklistIncomplete, UnknownRequirement, ValidationFinal
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService, apply_transition, check_transition, ensure_version
from telvalid_desktop.core.lifecycle.rules_store import snapshot
from telvalid_desktop.core.roles import Permission, requires
from telvalid_desktop.core.team_policy import read_policy
from telvalid_desktop.db.models import Hold, KnownProcedure, Validation, database_proxy, utc_now
from telvalid_desktop.domain import DossierStatus, ItemStatus

# How long a technician may take back their own validation (Ctrl+Z), if billing has not exported it yet.
VALIDATION_UNDO_SECONDS = 120


class ValidationService:
    """Validate or hold, each in one transaction with its record and one history row."""

    def __init__(
        self, claims: ClaimService, checklist: ChecklistService, dossiers: DossierService | None = None
    ) -> None:
        self.claims = claims
        self.checklist = checklist
        self.dossiers = dossiers if dossiers is not None else DossierService()

    @requires(Permission.DECIDE)
    def validate(self, procedure_number: str, actor: str, *, expected_version: int | None = None) -> Changes:
        """Only an open dossier whose every required item is received (none refused) is validated.

        The billing row gets the team's out-of-plan allowance as the database holds it now.

        ``expected_version``: the version the technician looked at; a dossier changed since
        (a complement arrived, a lead reassigned it) is refused with who changed it.
        """
        with database_proxy.atomic():
            dossier = self.dossiers.get(procedure_number)
            ensure_version(dossier, expected_version)
            self.claims.ensure_free([dossier.id], actor)
            check_transition(dossier, DossierStatus.VALIDATED)
            states = self.checklist.checklist(dossier.id)
            missing = [item.code for item in states if item.state == ItemStatus.MISSING]
            refused = [item.code for item in states if item.state == ItemStatus.REFUSED]
            if missing or refused:
                raise ChecklistIncomplete(missing, refused)
            known = KnownProcedure.get_or_none(KnownProcedure.procedure_number == procedure_number)
            snapshot(self.checklist.rules)  # the dossier keeps these rules whatever the file becomes
            Validation.create(
                dossier=dossier,
                telephony_group=known.telephony_group if known else "",
                account=known.account if known else "",
                payment_method=self.checklist.facts(dossier.id).payment_method,
                renews_monthly=True,
                out_of_plan_allowance_eur=read_policy().out_of_plan_allowance_eur,
                rules_version=self.checklist.rules.version,
                actor=actor,
            )
            apply_transition(
                dossier,
                DossierStatus.VALIDATED,
                actor=actor,
                event="validated",
                reason="",
                rules_version=self.checklist.rules.version,
            )
        return Changes(dossiers=frozenset({dossier.id}), queues=True, decided=True)

    @requires(Permission.DECIDE)
    def undo_validation(self, procedure_number: str, actor: str, *, now: datetime | None = None) -> Changes:
        """Take back one's own validation within ``VALIDATION_UNDO_SECONDS`` and before any billing export
        wrote it: the dossier is open again, its billing row gone, the history says both.

        Raises:
            ValidationFinal: someone else validated it, it is too late, or billing has it.
        """
        with database_proxy.atomic():
            dossier = self.dossiers.get(procedure_number)
            if DossierStatus(dossier.status) != DossierStatus.VALIDATED:
                raise ValidationFinal(procedure_number, "not_validated")
            last = Validation.select().where(Validation.dossier == dossier.id).order_by(Validation.id.desc()).get()
            if last.actor != actor:
                raise ValidationFinal(procedure_number, "other_actor")
            if last.export_id is not None:
                raise ValidationFinal(procedure_number, "exported")
            if (now or utc_now()) - last.at > timedelta(seconds=VALIDATION_UNDO_SECONDS):
                raise ValidationFinal(procedure_number, "too_late")
            self.claims.ensure_free([dossier.id], actor)
            last.delete_instance()
            apply_transition(dossier, DossierStatus.OPEN, actor=actor, event="validation_undone", reason="")
        return Changes(dossiers=frozenset({dossier.id}), queues=True)

    @requires(Permission.DECIDE)
    def put_on_hold(
        self,
        procedure_number: str,
        actor: str,
        item_codes: Sequence[str],
        note: str,
        *,
        expected_version: int | None = None,
    ) -> Changes:
        """Wait for a complement bringing ``item_codes`` (items of this dossier's checklist)."""
        with database_proxy.atomic():
            dossier = self.dossiers.get(procedure_number)
            ensure_version(dossier, expected_version)
            self.claims.ensure_free([dossier.id], actor)
            check_transition(dossier, DossierStatus.ON_HOLD)
            required = self.checklist.required_codes(dossier.id)
            for code in item_codes:
                if code not in required:
                    raise UnknownRequirement(code)
            Hold.create(dossier=dossier, items=json.dumps(list(item_codes)), note=note, actor=actor)
            apply_transition(
                dossier,
                DossierStatus.ON_HOLD,
                actor=actor,
                event="put_on_hold",
                reason=note,
                assigned_to=dossier.assigned_to or actor,  # who follows it until the complement comes
            )
        return Changes(dossiers=frozenset({dossier.id}), queues=True, decided=True)
