"""Read-side queries: dossiers and their contents as plain dicts (JSON-ready, Qt-free)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

import peewee

from telvalid_desktop.db.models import (
    Dossier,
    DossierEvent,
    KnownProcedure,
    Page,
    ReceivedEmail,
    StoredFile,
    Submission,
)
from telvalid_desktop.db.store import DocumentStore
from telvalid_desktop.read_models.pages import PageInfo


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") + "Z" if moment else None


def dossier_summary(dossier: Dossier, known: KnownProcedure | None = None) -> dict[str, Any]:
    """The keys every dossier listing carries (part of ``telvalid dossiers --json``)."""
    return {
        "dossier_id": dossier.id,
        "procedure_number": dossier.procedure_number,
        "status": dossier.status,
        "complement_received": dossier.complement_received,
        "version": dossier.version,
        "created_at": _iso(dossier.created_at),
        "updated_at": _iso(dossier.updated_at),
        "customer_name": known.customer_name if known else None,
        "telephony_group": known.telephony_group if known else None,
    }


def list_dossiers(status: str | None = None) -> list[dict[str, Any]]:
    """Every dossier (optionally of one status), oldest first."""
    query = (
        Dossier.select(Dossier, KnownProcedure)
        .join(
            KnownProcedure,
            peewee.JOIN.LEFT_OUTER,
            on=(KnownProcedure.procedure_number == Dossier.procedure_number),
        )
        .order_by(Dossier.id)
    )
    if status:
        query = query.where(Dossier.status == status)
    return [dossier_summary(dossier, getattr(dossier, "knownprocedure", None)) for dossier in query]


def known_procedure(number: str) -> KnownProcedure | None:
    return KnownProcedure.get_or_none(KnownProcedure.procedure_number == number)


def _page_entry(page: Page) -> dict[str, Any]:
    return {
        "page": page.index + 1,
        "blank": page.is_blank,
        "number_read": page.number_read,
        "read_method": page.read_method or None,
        "read_where": page.read_where or None,
        "confidence": page.read_confidence,
        "disagrees": page.disagrees,
        "crop": page.crop_path or None,
    }


def dossier_documents(dossier: Dossier) -> list[dict[str, Any]]:
    """The dossier's submissions with their file, channel and pages, oldest first."""
    documents = []
    query = (
        Submission.select(Submission, StoredFile)
        .join(StoredFile)
        .where(Submission.dossier == dossier)
        .order_by(Submission.received_at, Submission.id)
    )
    for submission in query:
        stored = submission.file
        pages = Page.select().where(Page.submission == submission).order_by(Page.index)
        documents.append(
            {
                "submission_id": submission.id,
                "received_at": _iso(submission.received_at),
                "file": stored.original_name,
                "sha256": stored.sha256,
                "channel": stored.channel,
                "number_source": submission.number_source,
                "pages": [_page_entry(page) for page in pages],
            }
        )
    return documents


def dossier_history(dossier: Dossier) -> list[dict[str, Any]]:
    events = DossierEvent.select().where(DossierEvent.dossier == dossier).order_by(DossierEvent.id)
    return [
        {
            "at": _iso(event.at),
            "actor": event.actor,
            "event": event.event,
            "from": event.from_status,
            "to": event.to_status,
            "reason": event.reason,
        }
        for event in events
    ]


def submissions_to_check(dossier_id: int) -> list[tuple[datetime, str]]:
    """(received at, review reason) of the dossier's submissions the intake flagged for a person."""
    query = cast(
        Iterable[tuple[datetime, str]],  # (received at, review reason) rows: the stubs cannot type .tuples()
        Submission.select(Submission.received_at, Submission.review_reason)
        .where(
            (Submission.dossier == dossier_id)
            & (Submission.needs_review == True)  # noqa: E712 - SQL
            & peewee.fn.EXISTS(Page.select(Page.id).where(Page.submission == Submission.id))
        )
        .order_by(Submission.received_at)
        .tuples(),
    )
    return list(query)


def dossier_pages(dossier_id: int, store: DocumentStore) -> list[PageInfo]:
    """Every non-separator page of the dossier, submission by submission, in page order."""
    return _page_infos(Submission.dossier == dossier_id, store)


def submission_pages(submission_id: int, store: DocumentStore) -> list[PageInfo]:
    """The pages of one submission (an unsorted one, before it has a dossier)."""
    return _page_infos(Submission.id == submission_id, store)


def _page_infos(condition: peewee.Expression, store: DocumentStore) -> list[PageInfo]:
    query = (
        Page.select(Page, Submission, StoredFile)
        .join(Submission)
        .switch(Page)
        .join(StoredFile)
        .where(condition & ~Page.is_separator)
        .order_by(Submission.received_at, Submission.id, Page.index)
    )
    pages = list(query)
    emails = {
        row.file_id: (row.sender, row.subject)
        for row in ReceivedEmail.select(ReceivedEmail.file, ReceivedEmail.sender, ReceivedEmail.subject).where(
            ReceivedEmail.file.in_({page.file_id for page in pages})
        )
    }
    infos = []
    for page in pages:
        sender, subject = emails.get(page.file_id, ("", ""))
        submission = page.submission
        assert submission is not None  # the inner join above: every page listed has its submission
        infos.append(
            PageInfo(
                page_id=page.id,
                path=store.path_for(page.file.sha256, page.file.media_type),
                index=page.index,
                file_name=page.file.original_name,
                submission_id=submission.id,
                received_at=submission.received_at,
                channel=page.file.channel,
                blank=page.is_blank,
                number_read=page.number_read,
                confidence=page.read_confidence,
                read_method=page.read_method,
                read_where=page.read_where,
                disagrees=page.disagrees,
                crop_path=page.crop_path,
                rotation=page.display_rotation,
                email_from=sender,
                email_subject=subject,
            )
        )
    return infos
