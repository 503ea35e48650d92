"""What an import did to one input file, read back from the database.

Imported and duplicate files are described the same way, from what is stored, so the
CLI's JSON (a contract other tools read) has a single source.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from telvalid_desktop.db.models import Page, ReceivedEmail, StoredFile, Submission
from telvalid_desktop.domain import ImportStatus


@dataclass(frozen=True)
class SubmissionOutcome:
    """One submission of the file; pages are 1-based and exclude blank pages."""

    pages: list[int]
    procedure_number: str | None
    dossier_id: int | None
    submission_id: int | None = None
    number_source: str = ""
    needs_review: bool = False
    review_reason: str = ""
    disagreeing_pages: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class FileOutcome:
    """The result of taking in one file (one line of ``telvalid ingest --json``)."""

    file: str
    status: ImportStatus
    error: str | None = None
    page_count: int = 0
    submissions: list[SubmissionOutcome] = field(default_factory=list)
    separator_pages: list[int] = field(default_factory=list)
    blank_pages: list[int] = field(default_factory=list)
    error_code: str | None = None
    sha256: str | None = None
    # A duplicate: the earlier import of the same bytes (its path as given then, when, by whom).
    duplicate_of: str | None = None
    first_imported_at: datetime | None = None  # naive UTC, as stored
    first_imported_by: str | None = None
    # A rejected file: its copy kept with a note in the workspace's quarantine.
    quarantine_path: str | None = None
    # A file taken from a watched folder: where it was moved (its archive, or its quarantine).
    moved_to: str | None = None
    # Pages (1-based) kept but unreadable: a frame of an image file no library decodes, or a
    # page whose analysis failed; the others were read.
    unreadable_pages: list[int] = field(default_factory=list)
    # A rejected file: the technical detail (the format named, the decoder's message), for the log.
    detail: str | None = None
    # An e-mail: {from, subject, date, message_id, number_quoted, text_pages, attachments, left_out}; None otherwise.
    email: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        """The documented keys first, extensions after (never remove or rename a key)."""
        data = asdict(self)
        data["status"] = self.status.value
        if self.first_imported_at is not None:
            data["first_imported_at"] = self.first_imported_at.isoformat(timespec="seconds") + "Z"
        return data


def outcome_from_store(stored: StoredFile, given_path: str, status: ImportStatus) -> FileOutcome:
    """Describe a stored file as imported (or as a duplicate of an earlier import)."""
    pages = list(Page.select().where(Page.file == stored).order_by(Page.index))
    by_submission: dict[int, list[Page]] = {}
    for page in pages:
        if page.submission_id is not None:
            by_submission.setdefault(page.submission_id, []).append(page)
    submissions = []
    for submission in Submission.select().where(Submission.file == stored).order_by(Submission.position):
        members = by_submission.get(submission.id, [])
        submissions.append(
            SubmissionOutcome(
                pages=[page.index + 1 for page in members if not page.is_blank],
                procedure_number=submission.procedure_number,
                dossier_id=submission.dossier_id,
                submission_id=submission.id,
                number_source=submission.number_source,
                needs_review=submission.needs_review,
                review_reason=submission.review_reason,
                disagreeing_pages=[page.index + 1 for page in members if page.disagrees],
            )
        )
    return FileOutcome(
        file=given_path,
        status=status,
        page_count=stored.page_count,
        submissions=submissions,
        separator_pages=[page.index + 1 for page in pages if page.is_separator],
        blank_pages=[page.index + 1 for page in pages if page.is_blank],
        unreadable_pages=[page.index + 1 for page in pages if page.error],
        sha256=stored.sha256,
        email=_email_of(stored),
        **(_first_import(stored) if status == ImportStatus.DUPLICATE else {}),
    )


def _email_of(stored: StoredFile) -> dict[str, Any] | None:
    """What the e-mail a file's pages came from said, and what became of its attachments."""
    email = ReceivedEmail.get_or_none(ReceivedEmail.file == stored)
    if email is None:
        return None
    return {
        "from": email.sender,
        "subject": email.subject,
        "date": email.sent_at.isoformat(timespec="seconds") + "Z" if email.sent_at is not None else None,
        "message_id": email.message_id,
        "number_quoted": email.number_quoted,
        **json.loads(email.parts or "{}"),
    }


def _first_import(stored: StoredFile) -> dict[str, Any]:
    """What a duplicate's reader needs to find the earlier file: its name then, when, by whom."""
    return {
        "duplicate_of": stored.original_path or stored.original_name,
        "first_imported_at": stored.imported_at,
        "first_imported_by": stored.imported_by or None,
    }
