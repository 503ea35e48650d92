"""Dossier life cycle: creation on first submission, state changes, history.

Every change runs in one transaction, bumps ``Dossier.version`` (optimistic locking:
a change made against an old version is refused) and appends one ``DossierEvent``.
"""

from __future__ import annotations

from datetime import datetime

import peewee

from telvalid_desktop.core.errors import DossierClosed, DossierNotFound, InvalidTransition
from telvalid_desktop.core.roles import Permission, require
from telvalid_desktop.db.database import for_change
from telvalid_desktop.db.models import Dossier, DossierEvent, database_proxy, utc_now
from telvalid_desktop.domain import EDITABLE, DossierStatus

ALLOWED_TRANSITIONS: dict[DossierStatus, frozenset[DossierStatus]] = {
    DossierStatus.OPEN: frozenset(
        {DossierStatus.ON_HOLD, DossierStatus.VALIDATED, DossierStatus.SUPERSEDED, DossierStatus.REJECTED}
    ),
    DossierStatus.ON_HOLD: frozenset({DossierStatus.OPEN, DossierStatus.SUPERSEDED, DossierStatus.REJECTED}),
    DossierStatus.VALIDATED: frozenset({DossierStatus.OPEN}),
    DossierStatus.SUPERSEDED: frozenset({DossierStatus.OPEN}),
    DossierStatus.REJECTED: frozenset({DossierStatus.OPEN}),
}


class StaleDossier(InvalidTransition):
    """The dossier changed since the caller read it (another change won): who changed it, and when."""

    def __init__(self, procedure_number: str, changed_by: str = "", changed_at: datetime | None = None) -> None:
        super().__init__(f"dossier {procedure_number} changed meanwhile by {changed_by or '?'}")
        self.procedure_number = procedure_number
        self.changed_by = changed_by
        self.changed_at = changed_at


def stale(dossier: Dossier) -> StaleDossier:
    """The refusal for a change made against an old version, naming the latest change."""
    latest = DossierEvent.select().where(DossierEvent.dossier == dossier.id).order_by(DossierEvent.id.desc()).first()
    if latest is None:
        return StaleDossier(dossier.procedure_number)
    return StaleDossier(dossier.procedure_number, latest.actor, latest.at)


def ensure_version(dossier: Dossier, expected_version: int | None) -> None:
    """Refuse a decision taken on a dossier as it was before someone else changed it (None: no check)."""
    if expected_version is not None and dossier.version != expected_version:
        raise stale(dossier)


def _record(
    dossier: Dossier,
    actor: str,
    event: str,
    to_status: DossierStatus | None,
    reason: str,
    *,
    at: datetime | None = None,
) -> None:
    DossierEvent.create(
        dossier=dossier,
        actor=actor,
        event=event,
        from_status=dossier.status,
        to_status=to_status.value if to_status else dossier.status,
        reason=reason,
        at=at or utc_now(),
    )


def _save_change(dossier: Dossier, expected_version: int, **fields: object) -> None:
    """Write ``fields`` only if nobody changed the dossier since ``expected_version``."""
    updated = (
        Dossier.update(version=Dossier.version + 1, updated_at=utc_now(), **fields)
        .where((Dossier.id == dossier.id) & (Dossier.version == expected_version))
        .execute()
    )
    if updated != 1:
        raise stale(dossier)


def dossier_by_id(dossier_id: int) -> Dossier:
    try:
        return Dossier.get_by_id(dossier_id)
    except Dossier.DoesNotExist as missing:
        raise DossierNotFound(str(dossier_id)) from missing


def ensure_editable(dossier: Dossier) -> None:
    """Content (checklist, pages) only changes while the dossier is being worked on."""
    if dossier.status not in EDITABLE:
        raise DossierClosed(dossier.procedure_number, dossier.status)


def record_change(dossier: Dossier, actor: str, event: str, reason: str, **fields: object) -> None:
    """One history row and a version bump for a change that keeps the status (caller's transaction)."""
    _record(dossier, actor, event, None, reason)
    _save_change(dossier, dossier.version, **fields)


def check_transition(dossier: Dossier, to_status: DossierStatus) -> None:
    current = DossierStatus(dossier.status)
    if to_status not in ALLOWED_TRANSITIONS[current]:
        raise InvalidTransition(f"{current.value} -> {to_status.value}")


def apply_transition(
    dossier: Dossier,
    to_status: DossierStatus,
    *,
    actor: str,
    event: str,
    reason: str,
    expected_version: int | None = None,
    **fields: object,
) -> None:
    """Move to ``to_status`` if the life cycle allows it: history row and version bump (caller's transaction)."""
    check_transition(dossier, to_status)
    _record(dossier, actor, event, to_status, reason)
    fields["status"] = to_status.value
    if to_status != DossierStatus.OPEN:
        fields["complement_received"] = False
    _save_change(dossier, dossier.version if expected_version is None else expected_version, **fields)


class DossierService:
    """State changes of dossiers, for the intake, the CLI and the window."""

    def get(self, procedure_number: str) -> Dossier:
        try:
            return Dossier.get(Dossier.procedure_number == procedure_number)
        except Dossier.DoesNotExist as missing:
            raise DossierNotFound(procedure_number) from missing

    def receive_submission(
        self,
        procedure_number: str,
        actor: str,
        source: str,
        *,
        event: str = "submission_received",
        at: datetime | None = None,
    ) -> Dossier:
        """The dossier for this number, created if new; a complement reopens a dossier on hold.

        Must run inside the caller's transaction so the submission and the dossier
        change commit together. ``event`` names the history row of an ordinary arrival
        (a page move is recorded as such rather than as mail received). ``at`` (naive UTC,
        default now) is when the mail arrived: it dates the creation and the history row.
        """
        dossier, created = self._get_or_create(procedure_number, at or utc_now())
        if created:
            _record(dossier, actor, "created", DossierStatus.OPEN, source, at=at)
            return dossier
        if dossier.status == DossierStatus.ON_HOLD:
            _record(dossier, actor, "complement_received", DossierStatus.OPEN, source, at=at)
            _save_change(dossier, dossier.version, status=DossierStatus.OPEN.value, complement_received=True)
        else:
            _record(dossier, actor, event, None, source, at=at)
            _save_change(dossier, dossier.version)
        return Dossier.get_by_id(dossier.id)

    def change_status(
        self,
        procedure_number: str,
        to_status: DossierStatus,
        *,
        actor: str,
        reason: str = "",
        expected_version: int | None = None,
    ) -> Dossier:
        """Move a dossier to ``to_status`` if the life cycle allows it (one transaction).

        Reopening a validated, superseded or rejected dossier is a lead's decision.
        """
        with database_proxy.atomic():
            dossier = self.get(procedure_number)
            reopening = to_status == DossierStatus.OPEN and dossier.status not in EDITABLE
            require(actor, Permission.REOPEN if reopening else Permission.DECIDE)
            apply_transition(
                dossier,
                to_status,
                actor=actor,
                event="status_changed",
                reason=reason,
                expected_version=expected_version,
            )
        return self.get(procedure_number)

    @staticmethod
    def _get_or_create(procedure_number: str, created_at: datetime) -> tuple[Dossier, bool]:
        """The dossier, locked to the caller's commit: mail arriving for it from two workstations at
        once (or while a technician acts) is filed one after the other, never refused as stale."""
        locked = for_change(Dossier.select().where(Dossier.procedure_number == procedure_number))
        existing = locked.first()
        if existing is not None:
            return existing, False
        try:
            with database_proxy.atomic():
                return Dossier.create(procedure_number=procedure_number, created_at=created_at), True
        except peewee.IntegrityError:  # created meanwhile by another writer
            return locked.get(), False
