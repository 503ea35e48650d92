"""The dossier as the window shows it, read in one go: plain values, the same as the services say."""

from __future__ import annotations

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import build_services
from telvalid_desktop.core.lifecycle.dossier_detail import read_dossier_detail
from telvalid_desktop.core.workspace import Workspace
from tests.core.factories import dossier, known, submission

NUMBER, OLDER = "48151623", "48151600"


@pytest.mark.usefixtures("letterhead")
def test_one_read_gives_pages_checklist_claim_group_letters_and_history(workspace: Workspace) -> None:
    services = build_services(workspace, Settings(), "tech1")
    known(NUMBER, "direct_debit", "individual", group="grp-7")
    known(OLDER, "direct_debit", "individual", group="grp-7")
    _, page_ids = submission(NUMBER, pages=2)
    dossier_id = dossier(NUMBER).id
    services.claims.claim(dossier_id, "tech1")
    services.checklist.tick(dossier_id, "signed_form", page_ids[:1], "tech1")
    services.validation.put_on_hold(NUMBER, "tech1", ["rib"], "")
    services.letters.write_hold_letter(dossier_id, "tech1", "fr")

    detail = read_dossier_detail(services, dossier_id, "fr")

    assert (detail.procedure_number, detail.status, detail.editable) == (NUMBER, "on_hold", True)
    assert (detail.customer_name, detail.telephony_group) == ("Dupont", "grp-7")
    assert [page.page_id for page in detail.pages] == page_ids
    assert {item.code: item.state for item in detail.checklist}["signed_form"] == "received"
    assert detail.labels["rib"] == "RIB"
    assert detail.holder is not None and detail.holder.holder == "tech1"
    assert {procedure.procedure_number for procedure in detail.group} == {NUMBER, OLDER}
    assert [(letter.kind, letter.file.is_file()) for letter in detail.letters] == [("hold", True)]
    assert [event["event"] for event in detail.history][0] == "created"
    assert detail.sentence.startswith(f"Dossier {NUMBER} : reçu")
