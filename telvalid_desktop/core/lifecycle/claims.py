"""Claims: the technician who opens a dossier holds it, so two workstations never work on it at once.

The ``Claim`` table has one row per dossier at most (unique column): of two workstations
claiming together, the database lets exactly one insert win. A claim older than the
timeout is forgotten work and may be taken over; the takeover is recorded in the history.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import cast

import peewee

from telvalid_desktop.config import Settings
from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.errors import DossierClaimed
from telvalid_desktop.core.lifecycle.dossiers import dossier_by_id, record_change
from telvalid_desktop.core.roles import Permission, Role, allowed, role_of
from telvalid_desktop.db.models import Claim, Dossier, database_proxy, utc_now
from telvalid_desktop.db.workload_queries import claims_older_than
from telvalid_desktop.read_models.dossier_detail import ClaimInfo
from telvalid_desktop.read_models.supervision import ClaimRow


class ClaimService:
    """Claim, release and check dossiers for a user."""

    def __init__(self, settings: Settings) -> None:
        self.timeout = timedelta(minutes=settings.claim_timeout_minutes)

    def claim(self, dossier_id: int, user: str) -> Claim:
        """Hold the dossier for ``user`` (renewing an own claim); refuse if another user holds it."""
        with database_proxy.atomic():
            dossier = dossier_by_id(dossier_id)
            existing = Claim.get_or_none(Claim.dossier == dossier_id)
            if existing is None:
                try:
                    with database_proxy.atomic():
                        created = Claim.create(dossier=dossier_id, holder=user, claimed_at=utc_now())
                    _follow_if_nobody_does(dossier_id, user)
                    return created
                except peewee.IntegrityError:  # another workstation claimed it meanwhile
                    existing = Claim.get(Claim.dossier == dossier_id)
            if existing.holder != user and not self._stale(existing):
                raise DossierClaimed(existing.holder, existing.claimed_at)
            swapped = (
                Claim.update(holder=user, claimed_at=utc_now())
                .where(
                    (Claim.id == existing.id)
                    & (Claim.holder == existing.holder)
                    & (Claim.claimed_at == existing.claimed_at)
                )
                .execute()
            )
            if swapped != 1:  # taken over meanwhile by someone else
                current = Claim.get(Claim.dossier == dossier_id)
                raise DossierClaimed(current.holder, current.claimed_at)
            if existing.holder != user:
                record_change(dossier, user, "claim_taken_over", existing.holder)
            return Claim.get(Claim.dossier == dossier_id)

    def release(self, dossier_id: int, user: str) -> Changes:
        """Give the dossier back; releasing a dossier one does not hold changes nothing."""
        Claim.delete().where((Claim.dossier == dossier_id) & (Claim.holder == user)).execute()
        return Changes(dossiers=frozenset({dossier_id}))

    def holder(self, dossier_id: int) -> ClaimInfo | None:
        claim = Claim.get_or_none(Claim.dossier == dossier_id)
        if claim is None:
            return None
        return ClaimInfo(dossier_id, claim.holder, claim.claimed_at, self._stale(claim))

    def holders(self, dossier_ids: Iterable[int]) -> dict[int, str]:
        """Live (not timed out) claims of these dossiers, for the list view (claims are few: read them all)."""
        wanted = set(dossier_ids)
        live = Claim.select(Claim.dossier, Claim.holder).where(Claim.claimed_at >= utc_now() - self.timeout)
        rows = cast(Iterable[tuple[int, str]], live.tuples())  # (dossier id, holder): the stubs cannot type .tuples()
        return {dossier_id: holder for dossier_id, holder in rows if dossier_id in wanted}

    def ensure_free(self, dossier_ids: Iterable[int], actor: str) -> None:
        """Refuse a change when another user holds one of these dossiers (run inside the change's transaction)."""
        other = (
            Claim.select()
            .where(
                Claim.dossier.in_(list(dossier_ids))
                & (Claim.holder != actor)
                & (Claim.claimed_at >= utc_now() - self.timeout)
            )
            .first()
        )
        if other is not None:
            raise DossierClaimed(other.holder, other.claimed_at)

    def _stale(self, claim: Claim) -> bool:
        return bool(claim.claimed_at < utc_now() - self.timeout)


def _follow_if_nobody_does(dossier_id: int, user: str) -> None:
    """The first technician to open a dossier follows it (a lead opening it to look does not).

    Not a change of the dossier's content: no version bump, so a window that read it just
    before keeps working; the lead's reassignments are the ones kept in the history.
    """
    if role_of(user) == Role.LEAD or not allowed(user, Permission.DECIDE):
        return
    Dossier.update(assigned_to=user).where((Dossier.id == dossier_id) & Dossier.assigned_to.is_null()).execute()


def claims_held_over(hours: float) -> list[ClaimRow]:
    """Claims taken more than ``hours`` ago and still held (forgotten open dossiers, for the lead)."""
    return claims_older_than(utc_now() - timedelta(hours=hours))
