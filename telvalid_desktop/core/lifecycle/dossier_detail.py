"""Everything the window shows of one dossier, read in one go into a typed read model (read_models/dossier_detail.py).

The window used to assemble a dossier from about ten service and repository calls on its
own thread, reading the same dossier row several times, and kept the ORM row itself. One
function now reads it (so it can run off the GUI thread as a whole), and the window gets
plain values it cannot write through.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from telvalid_desktop.core.lifecycle.customer_status import status_sentence
from telvalid_desktop.core.lifecycle.page_views import pages_seen
from telvalid_desktop.core.lifecycle.supersession import group_procedures, newest_in
from telvalid_desktop.db import repository
from telvalid_desktop.db.dossier_queries import current_hold_items
from telvalid_desktop.db.models import Dossier
from telvalid_desktop.domain import EDITABLE
from telvalid_desktop.read_models.dossier_detail import DossierDetail, LetterLine

if TYPE_CHECKING:  # the services are built above the lifecycle (administration/services.py wires them)
    from telvalid_desktop.core.administration.services import Services


def read_dossier_detail(services: Services, dossier_id: int, language: str) -> DossierDetail:
    """Read the dossier ``dossier_id`` with its pages, checklist, claim, group, letters and history."""
    dossier = Dossier.get_by_id(dossier_id)
    number = dossier.procedure_number
    known = repository.known_procedure(number)
    rules, rules_source = services.checklist.rules_and_source(dossier)
    group = group_procedures(number)
    editable = dossier.status in EDITABLE
    return DossierDetail(
        id=dossier_id,
        procedure_number=number,
        status=dossier.status,
        version=dossier.version,
        superseded_by=dossier.superseded_by,
        complement_received=bool(dossier.complement_received),
        customer_name=known.customer_name if known else "",
        telephony_group=known.telephony_group if known else "",
        labels={req.code: req.labels.get(language, req.code) for req in rules.requirements},
        pages=repository.dossier_pages(dossier_id, services.workspace.store),
        seen=pages_seen(dossier_id),
        checklist=services.checklist.checklist(dossier_id),
        held_items=current_hold_items(dossier_id),
        holder=services.claims.holder(dossier_id),
        rules_version=rules.version,
        rules_source=rules_source,
        sentence=status_sentence(number, language, checklist=services.checklist),
        to_check=repository.submissions_to_check(dossier_id),
        group=group,
        newest_procedure=newest_in(group, number) if editable else None,
        letters=[
            LetterLine(letter.at, letter.kind, letter.language, services.letters.letter_file(letter))
            for letter in services.letters.letters_of(dossier_id)
        ],
        history=repository.dossier_history(dossier),
    )


def read_checklist_change(services: Services, shown: DossierDetail, language: str) -> DossierDetail:
    """``shown`` after a change of its checklist alone (a tick, a refusal, an item cleared): its state,
    version, items, sentence and history read again; its pages, claim, group and letters kept."""
    dossier = Dossier.get_by_id(shown.id)
    return replace(
        shown,
        status=dossier.status,
        version=dossier.version,
        checklist=services.checklist.checklist(shown.id),
        sentence=status_sentence(dossier.procedure_number, language, checklist=services.checklist),
        history=repository.dossier_history(dossier),
    )
