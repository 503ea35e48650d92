"""Fixing where pages belong: move pages or submissions, number an unsorted submission, rotate.

Every operation is one transaction: the pages change, each dossier concerned gets one
history row and a version bump, and an append-only ``PageOperation`` row keeps the
previous values so that the user can undo it. Undo refuses when another user changed
the same pages since. Pages backing a checklist item do not move: the item is cleared
first, so a move never silently changes what a technician accepted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.claims import ClaimService
from telvalid_desktop.core.domain import NumberSource
from telvalid_desktop.core.dossiers import DossierService, ensure_editable, record_change
from telvalid_desktop.core.errors import InvalidValue, SubmissionAlreadySorted
from telvalid_desktop.core.page_operation_log import (
    UNDO,
    check_number,
    dossiers_by_id,
    dossiers_of,
    ensure_not_changed_by_others,
    ensure_unlinked,
    last_undoable,
    load_pages,
    load_submission,
    log_operation,
    pages_of,
    submission_state,
)
from telvalid_desktop.db.models import Dossier, KnownProcedure, Page, StoredFile, Submission, database_proxy

MOVE_PAGES = "move_pages"
MOVE_SUBMISSION = "move_submission"
ASSIGN_SUBMISSION = "assign_submission"
ROTATE_PAGE = "rotate_page"


@dataclass(frozen=True)
class UndoResult:
    """Which operation was undone, and what the views must refresh."""

    operation_id: int
    kind: str
    changes: Changes


def complete_numbers(prefix: str, limit: int = 10) -> list[str]:
    """Known procedure and dossier numbers starting with ``prefix`` (an index range, not LIKE)."""
    prefix = prefix.strip()
    if not prefix.isdigit() or limit < 1:
        return []
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    found: set[str] = set()
    for model in (KnownProcedure, Dossier):
        column = model.procedure_number
        query = model.select(column).where((column >= prefix) & (column < after)).order_by(column).limit(limit).tuples()
        found.update(number for (number,) in query)
    return sorted(found)[:limit]


def _file_submission(file_id: int, dossier: Dossier) -> tuple[Submission, bool]:
    """The submission of this file in the dossier, created (numbered by hand) if there is none."""
    existing = (
        Submission.select()
        .where((Submission.file == file_id) & (Submission.dossier == dossier.id))
        .order_by(Submission.position)
        .first()
    )
    if existing is not None:
        return existing, False
    last = (
        Submission.select(Submission.position)
        .where(Submission.file == file_id)
        .order_by(Submission.position.desc())
        .scalar()
    )
    created = Submission.create(
        file=file_id,
        position=(last if last is not None else -1) + 1,
        procedure_number=dossier.procedure_number,
        dossier=dossier,
        number_source=NumberSource.MANUAL.value,
        received_at=StoredFile.get_by_id(file_id).imported_at,
    )
    return created, True


class PageOperations:
    """Page and submission changes made by people, with a per-user undo."""

    def __init__(self, claims: ClaimService, dossiers: DossierService | None = None) -> None:
        self.claims = claims
        self.dossiers = dossiers if dossiers is not None else DossierService()

    def move_pages(self, page_ids: Sequence[int], target_number: str, actor: str) -> Changes:
        """Put the pages in the target dossier, in its submission of the same file (created if needed)."""
        check_number(target_number)
        with database_proxy.atomic():
            pages = load_pages(page_ids)
            ensure_unlinked(page.id for page in pages)
            sources = dossiers_of(page.submission_id for page in pages)
            target = self._receive(target_number, actor, sources.values(), "pages_moved_in")
            previous: dict[str, int | None] = {}
            created: list[int] = []
            for file_id in dict.fromkeys(page.file_id for page in pages):
                submission, is_new = _file_submission(file_id, target)
                if is_new:
                    created.append(submission.id)
                moving = [p.id for p in pages if p.file_id == file_id and p.submission_id != submission.id]
                previous.update({str(p.id): p.submission_id for p in pages if p.id in moving})
                Page.update(submission=submission).where(Page.id.in_(moving)).execute()
            for source in sources.values():
                if source.id != target.id:
                    record_change(source, actor, "pages_moved_out", target_number)
            log_operation(MOVE_PAGES, actor, {"pages": previous, "created_submissions": created}, (p.id for p in pages))
        return Changes(dossiers=frozenset({target.id, *sources}), pages=True, queues=True)

    def move_submission(self, submission_id: int, target_number: str, actor: str) -> Changes:
        """Refile a whole submission (all its pages) into the target dossier."""
        check_number(target_number)
        with database_proxy.atomic():
            submission = load_submission(submission_id)
            return self._refile(submission, target_number, actor, MOVE_SUBMISSION, "submission_moved_in")

    def assign_submission(self, submission_id: int, procedure_number: str, actor: str) -> Changes:
        """Give an unsorted submission its number; the dossier is created, or reopened if on hold."""
        check_number(procedure_number)
        with database_proxy.atomic():
            submission = load_submission(submission_id)
            if submission.dossier_id is not None:
                raise SubmissionAlreadySorted(submission_id, submission.procedure_number)
            return self._refile(submission, procedure_number, actor, ASSIGN_SUBMISSION, "submission_assigned")

    def rotate_page(self, page_id: int, degrees: int, actor: str) -> Changes:
        """Turn the page's display by a multiple of 90 degrees clockwise (the scan is never modified)."""
        if degrees % 90:
            raise InvalidValue("degrees", degrees)
        with database_proxy.atomic():
            (page,) = load_pages([page_id])
            dossiers = dossiers_of([page.submission_id])
            self.claims.ensure_free(dossiers, actor)
            Page.update(display_rotation=(page.display_rotation + degrees) % 360).where(Page.id == page_id).execute()
            log_operation(ROTATE_PAGE, actor, {"rotations": {str(page_id): page.display_rotation}}, [page_id])
        return Changes(dossiers=frozenset(dossiers), pages=True)

    def undo_last(self, actor: str) -> UndoResult:
        """Restore what the actor's last not yet undone operation changed; the undo is logged too."""
        with database_proxy.atomic():
            operation = last_undoable(actor)
            payload = json.loads(operation.payload)
            pages = {int(key): value for key, value in payload.get("pages", {}).items()}
            submissions = {int(key): value for key, value in payload.get("submissions", {}).items()}
            rotations = {int(key): value for key, value in payload.get("rotations", {}).items()}
            moved = [*pages, *pages_of(submissions)]
            touched = [*moved, *rotations]
            ensure_not_changed_by_others(operation, touched)
            holding_now = Page.select(Page.submission).where(Page.id.in_(touched))
            concerned = {
                **dossiers_of(page.submission_id for page in holding_now),
                **dossiers_of(pages.values()),
                **dossiers_by_id(state["dossier"] for state in submissions.values()),
            }
            if moved:
                ensure_unlinked(moved)
                self._guard(concerned.values(), actor)
            else:  # a rotation is not a change of the dossier
                self.claims.ensure_free(concerned, actor)
            for page_id, submission_id in pages.items():
                Page.update(submission=submission_id).where(Page.id == page_id).execute()
            for submission_id, state in submissions.items():
                Submission.update(**state).where(Submission.id == submission_id).execute()
            for page_id, rotation in rotations.items():
                Page.update(display_rotation=rotation).where(Page.id == page_id).execute()
            for submission_id in payload.get("created_submissions", []):
                if not pages_of([submission_id]):
                    Submission.delete().where(Submission.id == submission_id).execute()
            if moved:
                for dossier in concerned.values():
                    record_change(dossier, actor, "page_operation_undone", operation.kind)
            log_operation(UNDO, actor, {}, touched, undoes=operation.id)
        changes = Changes(dossiers=frozenset(concerned), pages=True, queues=bool(moved))
        return UndoResult(operation_id=operation.id, kind=operation.kind, changes=changes)

    def _refile(self, submission: Submission, number: str, actor: str, kind: str, event: str) -> Changes:
        page_ids = pages_of([submission.id])
        ensure_unlinked(page_ids)
        sources = dossiers_of([submission.id])
        target = self._receive(number, actor, sources.values(), event, f"file {submission.file.original_name}")
        previous = submission_state(submission)
        Submission.update(
            dossier=target,
            procedure_number=number,
            number_source=NumberSource.MANUAL.value,
            needs_review=False,
            review_reason="",
        ).where(Submission.id == submission.id).execute()
        for source in sources.values():
            if source.id != target.id:
                record_change(source, actor, "submission_moved_out", number)
        log_operation(kind, actor, {"submissions": {str(submission.id): previous}}, page_ids)
        return Changes(dossiers=frozenset({target.id, *sources}), pages=True, queues=True)

    def _receive(
        self, number: str, actor: str, sources: Iterable[Dossier], event: str, unsorted_reason: str = ""
    ) -> Dossier:
        """The target dossier after guarding every dossier concerned (created, or reopened if on hold)."""
        sources = list(sources)
        existing = Dossier.get_or_none(Dossier.procedure_number == number)
        self._guard([*sources, *([existing] if existing else [])], actor)
        reason = ",".join(sorted(source.procedure_number for source in sources)) or unsorted_reason
        return self.dossiers.receive_submission(number, actor, reason, event=event)

    def _guard(self, dossiers: Iterable[Dossier], actor: str) -> None:
        dossiers = list(dossiers)
        self.claims.ensure_free((dossier.id for dossier in dossiers), actor)
        for dossier in dossiers:
            ensure_editable(dossier)
