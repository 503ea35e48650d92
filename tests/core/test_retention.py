"""End of retention: only scans whose every envelope is in a dossier closed long ago are deleted."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from telvalid_desktop.core.errors import InvalidValue
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.maintenance.check_report import Code
from telvalid_desktop.core.maintenance.retention import purge_expired, purge_plan
from telvalid_desktop.core.maintenance.workspace_check import check_workspace
from telvalid_desktop.core.roles import NotAllowed, Role, UserService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import DossierEvent, Page, ReceivedEmail, StoredFile, Submission, utc_now
from telvalid_desktop.db.store import sha256_of
from telvalid_desktop.domain import DossierStatus
from tests.core.factories import dossier, submission


def _closed(number: str, days_ago: int, workspace: Workspace, tmp_path: Path) -> StoredFile:
    """Dossier ``number`` received as one scan (really in the store), validated ``days_ago`` days ago."""
    created, _pages = submission(number)
    stored = created.file
    scan = tmp_path / f"{number}.pdf"
    scan.write_bytes(f"%PDF-1.4 {number}".encode())
    path = workspace.store.path_for(stored.sha256, stored.media_type)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(scan.read_bytes())
    DossierService().change_status(number, DossierStatus.VALIDATED, actor="tech1")
    DossierEvent.update(at=utc_now() - timedelta(days=days_ago)).where(
        (DossierEvent.dossier == dossier(number).id) & (DossierEvent.to_status == "validated")
    ).execute()
    return stored


def test_only_scans_wholly_in_dossiers_closed_long_ago_are_purged(workspace: Workspace, tmp_path: Path) -> None:
    old = _closed("10000001", 400, workspace, tmp_path)
    shared = _closed("10000002", 400, workspace, tmp_path)
    unsorted = Submission.create(file=shared, position=1)  # another envelope, still to sort, in that scan
    Page.create(file=shared, index=9, submission=unsorted)
    recent = _closed("10000003", 60, workspace, tmp_path)
    reopened = _closed("10000004", 400, workspace, tmp_path)
    DossierService().change_status("10000004", DossierStatus.OPEN, actor="chef", reason="erreur")

    assert purge_plan(0).file_ids == ()  # 0: kept for ever
    plan = purge_expired(workspace, 12, "chef")

    assert plan.file_ids == (old.id,) and plan.dossier_ids == (dossier("10000001").id,)
    assert not workspace.store.path_for(old.sha256, old.media_type).exists()
    assert StoredFile.get_by_id(old.id).purged_at is not None
    for kept in (shared, recent, reopened):
        assert workspace.store.path_for(kept.sha256, kept.media_type).exists()
        assert StoredFile.get_by_id(kept.id).purged_at is None
    last = dossier("10000001").events.order_by(DossierEvent.id.desc()).first()
    assert (last.actor, last.event, last.reason) == ("chef", "documents_purged", "retention 12 months")
    assert purge_expired(workspace, 12, "chef").file_ids == ()  # nothing twice


def test_purging_is_a_leads_decision(workspace: Workspace, tmp_path: Path) -> None:
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")
    _closed("10000001", 400, workspace, tmp_path)
    with pytest.raises(NotAllowed):
        purge_expired(workspace, 12, "tech1")
    with pytest.raises(InvalidValue):
        purge_expired(workspace, 0, "chef")


def test_a_purged_scan_is_not_reported_missing_by_the_check(workspace: Workspace, tmp_path: Path) -> None:
    _closed("10000001", 400, workspace, tmp_path)
    purge_expired(workspace, 12, "chef")
    report = check_workspace(workspace, repair=False)
    assert [finding.code for finding in report.findings if "store" in str(finding.code)] == []


def test_an_e_mail_is_kept_checked_and_purged_with_its_pages(workspace: Workspace, tmp_path: Path) -> None:
    laid_out = _closed("10000005", 400, workspace, tmp_path)
    original = tmp_path / "reponse.eml"
    original.write_bytes(b"From: client@example.fr\r\nSubject: Dossier 10000005\r\n\r\nBonjour\r\n")
    digest = sha256_of(original)
    kept = workspace.store.put(original, digest, "message/rfc822")
    ReceivedEmail.create(file=laid_out, original_sha256=digest, original_media_type="message/rfc822")

    report = check_workspace(workspace, repair=True, leftover_min_age_s=0)
    # The e-mail itself is no orphan of the store (the factory's scan, written by hand, reads as altered).
    assert [finding.code for finding in report.findings] == [Code.STORE_FILE_ALTERED] and kept.exists()

    purge_expired(workspace, 12, "chef")
    assert not kept.exists() and not workspace.store.path_for(laid_out.sha256, laid_out.media_type).exists()
