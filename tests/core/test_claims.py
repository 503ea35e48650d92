"""Claims: one holder per dossier, refused to others, taken over after the timeout."""

from __future__ import annotations

from datetime import timedelta

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.errors import DossierClaimed
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Claim, Dossier, utc_now
from tests.core.factories import dossier, events, submission


def test_a_second_user_is_refused_until_the_first_releases(workspace: Workspace) -> None:
    claims = ClaimService(Settings())
    submission("48151623")
    dossier_id = dossier("48151623").id
    claims.claim(dossier_id, "alice")
    renewed = claims.claim(dossier_id, "alice")  # re-claiming one's own is fine
    with pytest.raises(DossierClaimed) as refused:
        claims.claim(dossier_id, "bob")
    assert (refused.value.holder, refused.value.since) == ("alice", renewed.claimed_at)
    with pytest.raises(DossierClaimed):  # mutating services refuse too
        ChecklistService(claims).tick(dossier_id, "rib", [], "bob")
    assert claims.holders([dossier_id, 999]) == {dossier_id: "alice"}
    claims.release(dossier_id, "bob")  # not bob's: nothing happens
    assert claims.holder(dossier_id) is not None
    claims.release(dossier_id, "alice")
    assert claims.holder(dossier_id) is None
    assert claims.claim(dossier_id, "bob").holder == "bob"
    assert Dossier.get_by_id(dossier_id).version == 1  # claiming is not a change of the dossier


def test_a_timed_out_claim_is_taken_over_and_recorded(workspace: Workspace) -> None:
    claims = ClaimService(Settings(claim_timeout_minutes=30))
    submission("48151623")
    dossier_id = dossier("48151623").id
    claims.claim(dossier_id, "alice")
    Claim.update(claimed_at=utc_now() - timedelta(minutes=31)).execute()
    info = claims.holder(dossier_id)
    assert info is not None and info.stale
    assert claims.holders([dossier_id]) == {}
    assert claims.claim(dossier_id, "bob").holder == "bob"
    assert events("48151623")[-1] == ("claim_taken_over", "bob", "alice")
    assert Claim.select().count() == 1
