"""Dossiers, submissions and pages built straight in the database (no scan, no OCR)."""

from __future__ import annotations

import hashlib
import itertools

from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.db.models import (
    Dossier,
    DossierEvent,
    KnownProcedure,
    Page,
    StoredFile,
    Submission,
    database_proxy,
)

_files = itertools.count(1)


def stored_file(pages: int) -> StoredFile:
    number = next(_files)
    return StoredFile.create(
        sha256=hashlib.sha256(str(number).encode()).hexdigest(),
        original_name=f"scan-{number}.pdf",
        original_path=f"/scans/scan-{number}.pdf",
        media_type="application/pdf",
        size_bytes=1000,
        page_count=pages,
    )


def submission(number: str | None, pages: int = 2) -> tuple[Submission, list[int]]:
    """A file of ``pages`` pages arrived as one submission for ``number`` (unsorted when None)."""
    with database_proxy.atomic():
        stored = stored_file(pages)
        dossier = DossierService().receive_submission(number, "mailroom", "file") if number else None
        created = Submission.create(
            file=stored, position=0, procedure_number=number, dossier=dossier, number_source="header" if number else ""
        )
        page_ids = [Page.create(file=stored, index=index, submission=created).id for index in range(pages)]
    return created, page_ids


def dossier(number: str) -> Dossier:
    return Dossier.get(Dossier.procedure_number == number)


def known(number: str, payment_method: str = "", customer_type: str = "", group: str = "grp-1") -> KnownProcedure:
    return KnownProcedure.create(
        procedure_number=number,
        account="ab1-ovh",
        telephony_group=group,
        customer_name="Dupont",
        customer_type=customer_type,
        payment_method=payment_method,
    )


def events(number: str) -> list[tuple[str, str, str]]:
    """(event, actor, reason) of the dossier's history, oldest first."""
    history = DossierEvent.select().where(DossierEvent.dossier == dossier(number)).order_by(DossierEvent.id)
    return [(event.event, event.actor, event.reason) for event in history]
