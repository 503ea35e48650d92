"""End of retention: the scans of dossiers closed long ago are deleted, and the history says so.

Only the documents go (bank details, identity papers); the dossier, its history, checklist
and validation stay. A scan goes only when *every* envelope in it belongs to a dossier
validated or superseded more than ``months`` ago and still closed: a file that also holds
another customer's envelope, an unsorted one, or a dossier reopened since, is kept.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

import peewee

from telvalid_desktop.core.errors import InvalidValue
from telvalid_desktop.core.lifecycle.dossiers import record_change
from telvalid_desktop.core.roles import Permission, requires
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import (
    Dossier,
    DossierEvent,
    Page,
    ReceivedEmail,
    StoredFile,
    Submission,
    database_proxy,
    utc_now,
)
from telvalid_desktop.domain import DossierStatus

CLOSED_FOR_GOOD = (DossierStatus.VALIDATED.value, DossierStatus.SUPERSEDED.value)
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class PurgePlan:
    """What the retention period allows to delete now."""

    file_ids: tuple[int, ...]
    dossier_ids: tuple[int, ...]


def _closed_before(moment: datetime) -> set[int]:
    """Dossiers validated or superseded, still so, whose closing is older than ``moment``."""
    closed_at = cast(
        Iterable[tuple[int, datetime]],  # (dossier id, closed at) rows: peewee's stubs cannot type .tuples()
        DossierEvent.select(DossierEvent.dossier, peewee.fn.MAX(DossierEvent.at))
        .join(Dossier)
        .where(Dossier.status.in_(CLOSED_FOR_GOOD) & DossierEvent.to_status.in_(CLOSED_FOR_GOOD))
        .group_by(DossierEvent.dossier)
        .tuples(),
    )
    return {dossier_id for dossier_id, at in closed_at if at < moment}


def purge_plan(months: int, now: datetime | None = None) -> PurgePlan:
    """The scans whose every envelope is in a dossier closed ``months`` ago or more."""
    if months <= 0:
        return PurgePlan((), ())
    old = _closed_before((now or utc_now()) - timedelta(days=months * DAYS_PER_MONTH))
    owners: dict[int, set[int | None]] = {}
    envelopes = cast(
        Iterable[tuple[int, int | None]],  # (file id, dossier id) rows: peewee's stubs cannot type .tuples()
        Submission.select(Submission.file, Submission.dossier)
        .join(Page)
        .join_from(Submission, StoredFile)
        .where(StoredFile.purged_at.is_null())
        .distinct()
        .tuples(),
    )
    for file_id, dossier_id in envelopes:
        owners.setdefault(file_id, set()).add(dossier_id)
    files = sorted(file_id for file_id, dossiers in owners.items() if dossiers <= old)
    dossiers = sorted({dossier_id for file_id in files for dossier_id in owners[file_id] if dossier_id is not None})
    return PurgePlan(tuple(files), tuple(dossiers))


@requires(Permission.MANAGE)
def purge_expired(workspace: Workspace, months: int, actor: str, now: datetime | None = None) -> PurgePlan:
    """Delete the scans ``purge_plan`` names; one history row per dossier concerned."""
    if months <= 0:
        raise InvalidValue("retention_months", months)
    plan = purge_plan(months, now)
    with database_proxy.atomic():
        files = list(StoredFile.select().where(StoredFile.id.in_(plan.file_ids)))
        emails = list(ReceivedEmail.select().where(ReceivedEmail.file.in_(plan.file_ids)))
        StoredFile.update(purged_at=utc_now()).where(StoredFile.id.in_(plan.file_ids)).execute()
        for dossier in Dossier.select().where(Dossier.id.in_(plan.dossier_ids)):
            record_change(dossier, actor, "documents_purged", f"retention {months} months")
    for stored in files:  # after the commit: a file is never gone while its row says it is there
        _delete(workspace.store.path_for(stored.sha256, stored.media_type))
    for email in emails:  # the e-mail those pages came from: the same documents
        _delete(workspace.store.path_for(email.original_sha256, email.original_media_type))
    return plan


def _delete(path: os.PathLike[str]) -> None:
    try:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
        os.unlink(path)
    except FileNotFoundError:
        pass
