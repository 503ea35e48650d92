"""Fixing where pages belong: move pages or submissions, number an unsorted submission, rotate,
and correct how a batch was cut into envelopes (split, merge, page kind, back to unsorted).

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
from typing import Any

from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.errors import InvalidValue, NothingToChange, SubmissionAlreadySorted
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService, ensure_editable, record_change
from telvalid_desktop.core.lifecycle.page_operation_log import (
    UNDO,
    check_number,
    delete_if_empty,
    dossiers_by_id,
    dossiers_of,
    ensure_not_changed_by_others,
    ensure_unlinked,
    last_undoable,
    load_pages,
    load_submission,
    log_operation,
    make_room_after,
    next_position,
    pages_of,
    submission_state,
)
from telvalid_desktop.core.lifecycle.procedures import known_numbers
from telvalid_desktop.core.roles import Permission, requires
from telvalid_desktop.db.models import Dossier, Page, StoredFile, Submission, database_proxy
from telvalid_desktop.domain import NumberSource, PageKind
from telvalid_desktop.intake.separation import ReviewFlag
from telvalid_desktop.intake.trust import header_verdict
from telvalid_desktop.intake.types import NumberReading, ReadMethod

MOVE_PAGES = "move_pages"
MOVE_SUBMISSION = "move_submission"
ASSIGN_SUBMISSION = "assign_submission"
ROTATE_PAGE = "rotate_page"
SPLIT_SUBMISSION = "split_submission"
MERGE_SUBMISSIONS = "merge_submissions"
SET_PAGE_KIND = "set_page_kind"
SEND_TO_UNSORTED = "send_to_unsorted"
CONFIRM_ENVELOPE = "confirm_envelope"

SPLIT_BY_HAND = "split_by_hand"  # review reason of an envelope cut by hand whose headers give no sure number
SENT_TO_UNSORTED = "sent_to_unsorted"  # history event and review reason of an envelope taken out of its dossier
MISSED_SEPARATOR = {"", *ReviewFlag}  # review reasons a cut by hand settles


@dataclass(frozen=True)
class UndoResult:
    """Which operation was undone, and what the views must refresh."""

    operation_id: int
    kind: str
    changes: Changes


def _page_kind(page: Page) -> PageKind:
    if page.is_separator:
        return PageKind.SEPARATOR
    return PageKind.BLANK if page.is_blank else PageKind.CONTENT


def _number_from_headers(page_ids: Sequence[int]) -> str | None:
    """The number the intake rules accept from what was read in these pages' headers, if any."""
    query = Page.select().where(
        Page.id.in_(list(page_ids)) & Page.number_read.is_null(False) & (Page.read_where == "header")
    )
    readings = [
        NumberReading(
            number=page.number_read, method=ReadMethod(page.read_method), confidence=page.read_confidence or 0.0
        )
        for page in query
        if page.number_read is not None  # always, by the WHERE above: for the type checker
    ]
    if not readings:
        return None
    return header_verdict(readings, known_numbers()).number


def _neighbour_submission(page: Page) -> int | None:
    """The envelope of the nearest earlier page of the file holding one, else of the nearest later one."""
    in_file = Page.select(Page.submission).where((Page.file == page.file_id) & Page.submission.is_null(False))
    before = in_file.where(Page.index < page.index).order_by(Page.index.desc()).first()
    after = in_file.where(Page.index > page.index).order_by(Page.index).first()
    holder = before or after
    return holder.submission_id if holder else None


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
    created = Submission.create(
        file=file_id,
        position=next_position(file_id),
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

    @requires(Permission.SORT)
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

    @requires(Permission.SORT)
    def move_submission(self, submission_id: int, target_number: str, actor: str) -> Changes:
        """Refile a whole submission (all its pages) into the target dossier."""
        check_number(target_number)
        with database_proxy.atomic():
            submission = load_submission(submission_id)
            return self._refile(submission, target_number, actor, MOVE_SUBMISSION, "submission_moved_in")

    @requires(Permission.SORT)
    def assign_submission(self, submission_id: int, procedure_number: str, actor: str) -> Changes:
        """Give an unsorted submission its number; the dossier is created, or reopened if on hold."""
        check_number(procedure_number)
        with database_proxy.atomic():
            submission = load_submission(submission_id)
            if submission.dossier_id is not None:
                raise SubmissionAlreadySorted(submission_id, submission.procedure_number)
            return self._refile(submission, procedure_number, actor, ASSIGN_SUBMISSION, "submission_assigned")

    @requires(Permission.SORT)
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

    @requires(Permission.SORT)
    def split_submission(self, submission_id: int, first_page_id: int, actor: str) -> Changes:
        """Cut an envelope in two: ``first_page_id`` and the pages after it become the next envelope.

        The original keeps its dossier; the new envelope is numbered from its own headers by
        the intake's rules, or left unsorted for a person when they do not settle it.
        """
        with database_proxy.atomic():
            submission = load_submission(submission_id)
            page_ids = pages_of([submission.id])
            if first_page_id not in page_ids[1:]:
                raise InvalidValue("first_page_id", first_page_id)
            moving = page_ids[page_ids.index(first_page_id) :]
            ensure_unlinked(moving)
            payload: dict[str, Any] = {"pages": dict.fromkeys(map(str, moving), submission.id)}
            dossiers = self._split_off(submission, moving, actor, "envelope_split", payload)
            log_operation(SPLIT_SUBMISSION, actor, payload, moving)
        return Changes(dossiers=dossiers, pages=True, queues=True)

    @requires(Permission.SORT)
    def merge_submissions(self, first_id: int, second_id: int, actor: str) -> Changes:
        """Put the pages of the second envelope of a file into the first, which keeps its number.

        The second is left empty (empty envelopes are not listed) so that undo can refill it.
        """
        with database_proxy.atomic():
            first, second = load_submission(first_id), load_submission(second_id)
            moving = pages_of([second.id])
            if second.id == first.id or second.file_id != first.file_id or not moving:
                raise InvalidValue("second_id", second_id)
            ensure_unlinked(moving)
            into, out_of = dossiers_of([first.id]), dossiers_of([second.id])
            self._guard([*into.values(), *out_of.values()], actor)
            Page.update(submission=first).where(Page.id.in_(moving)).execute()
            for dossier in into.values():
                record_change(dossier, actor, "envelope_merged_in", second.procedure_number or "unsorted")
            for dossier in out_of.values():
                if dossier.id not in into:
                    record_change(dossier, actor, "envelope_merged_out", first.procedure_number or "unsorted")
            log_operation(MERGE_SUBMISSIONS, actor, {"pages": dict.fromkeys(map(str, moving), second.id)}, moving)
        return Changes(dossiers=frozenset({*into, *out_of}), pages=True, queues=True)

    @requires(Permission.SORT)
    def set_page_kind(self, page_id: int, kind: PageKind, actor: str) -> Changes:
        """Correct what the intake took a page for (content, blank or separator sheet).

        A page marked as separator leaves its envelope and cuts it like a split: the pages
        after it become the next envelope. A separator marked back joins the envelope of the
        page before it, or of the page after it when it is the first.
        """
        try:
            kind = PageKind(kind)
        except ValueError as unknown:
            raise InvalidValue("kind", kind) from unknown
        with database_proxy.atomic():
            (page,) = load_pages([page_id])
            if kind == _page_kind(page):
                raise NothingToChange("kind", kind.value)
            flags = {"is_blank": page.is_blank, "is_separator": page.is_separator}
            payload: dict[str, Any] = {"kinds": {str(page.id): flags}, "pages": {}}
            reason = f"page {page.index + 1}: {kind.value}"
            if kind == PageKind.SEPARATOR and page.submission_id is not None:
                dossiers = self._cut_at(page, actor, payload, reason)
            elif page.is_separator:
                dossiers = self._put_back(page, actor, payload, reason)
            else:
                dossiers = self._record_on([page.submission_id], actor, "page_kind_changed", reason)
            Page.update(is_blank=kind == PageKind.BLANK, is_separator=kind == PageKind.SEPARATOR).where(
                Page.id == page.id
            ).execute()
            log_operation(SET_PAGE_KIND, actor, payload, [page.id, *map(int, payload["pages"])])
        return Changes(dossiers=dossiers, pages=True, queues=True)

    @requires(Permission.SORT)
    def send_to_unsorted(self, submission_id: int, actor: str) -> Changes:
        """Take an envelope out of its dossier (a wrong number) so that a person numbers it again."""
        with database_proxy.atomic():
            submission = load_submission(submission_id)
            if submission.dossier_id is None:
                raise NothingToChange("dossier", None)
            page_ids = pages_of([submission.id])
            ensure_unlinked(page_ids)
            reason = f"file {submission.file.original_name}"
            dossiers = self._record_on([submission.id], actor, SENT_TO_UNSORTED, reason)
            previous = submission_state(submission)
            Submission.update(
                dossier=None,
                procedure_number=None,
                number_source=NumberSource.NONE.value,
                needs_review=True,
                review_reason=SENT_TO_UNSORTED,
            ).where(Submission.id == submission.id).execute()
            log_operation(SEND_TO_UNSORTED, actor, {"submissions": {str(submission.id): previous}}, page_ids)
        return Changes(dossiers=dossiers, pages=True, queues=True)

    @requires(Permission.SORT)
    def number_envelope(self, submission_id: int, number: str, actor: str) -> Changes:
        """The clerk typed a number for an envelope: assign it when unsorted, move the envelope otherwise."""
        check_number(number)
        with database_proxy.atomic():
            submission = load_submission(submission_id)
            if submission.dossier_id is None:
                return self.assign_submission(submission_id, number, actor)
            if submission.procedure_number != number:
                return self.move_submission(submission_id, number, actor)
            if not submission.needs_review:
                raise NothingToChange("procedure_number", number)
            return self._confirm(submission, actor)

    def _confirm(self, submission: Submission, actor: str) -> Changes:
        """The clerk looked at a flagged envelope and typed the number it already has: it is checked."""
        page_ids = pages_of([submission.id])
        dossiers = self._record_on([submission.id], actor, "envelope_checked", submission.review_reason)
        previous = submission_state(submission)
        Submission.update(needs_review=False, review_reason="").where(Submission.id == submission.id).execute()
        log_operation(CONFIRM_ENVELOPE, actor, {"submissions": {str(submission.id): previous}}, page_ids)
        return Changes(dossiers=dossiers, pages=True, queues=True)

    @requires(Permission.SORT)
    def undo_last(self, actor: str) -> UndoResult:
        """Restore what the actor's last not yet undone operation changed; the undo is logged too."""
        with database_proxy.atomic():
            operation = last_undoable(actor)
            payload = json.loads(operation.payload)
            pages = {int(key): value for key, value in payload.get("pages", {}).items()}
            submissions = {int(key): value for key, value in payload.get("submissions", {}).items()}
            rotations = {int(key): value for key, value in payload.get("rotations", {}).items()}
            kinds = {int(key): value for key, value in payload.get("kinds", {}).items()}
            moved = [*pages, *pages_of(submissions)]
            touched = [*moved, *rotations, *kinds]
            ensure_not_changed_by_others(operation, touched)
            holding_now = Page.select(Page.submission).where(Page.id.in_(touched))
            concerned = {
                **dossiers_of(page.submission_id for page in holding_now),
                **dossiers_of(pages.values()),
                **dossiers_by_id(state["dossier"] for state in submissions.values()),
            }
            changes_content = bool(moved or kinds)
            if changes_content:
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
            for page_id, flags in kinds.items():
                Page.update(**flags).where(Page.id == page_id).execute()
            for submission_id in payload.get("created_submissions", []):
                delete_if_empty(submission_id)
            if changes_content:
                for dossier in concerned.values():
                    record_change(dossier, actor, "page_operation_undone", operation.kind)
            log_operation(UNDO, actor, {}, touched, undoes=operation.id)
        changes = Changes(dossiers=frozenset(concerned), pages=True, queues=changes_content)
        return UndoResult(operation_id=operation.id, kind=operation.kind, changes=changes)

    def _split_off(
        self, submission: Submission, page_ids: Sequence[int], actor: str, event: str, payload: dict[str, Any]
    ) -> frozenset[int]:
        """Make the pages a new envelope right after ``submission``; returns the dossiers concerned.

        The cut is the fix for a missed separator sheet: the original envelope's warning about
        one is cleared. ``payload`` gets what undo needs (the new envelope, the old flags).
        """
        sources = dossiers_of([submission.id])
        flags = set(submission.review_reason.split(","))
        if submission.dossier_id is not None and submission.needs_review and flags <= MISSED_SEPARATOR:
            payload["submissions"] = {str(submission.id): submission_state(submission)}
            Submission.update(needs_review=False, review_reason="").where(Submission.id == submission.id).execute()
        number = _number_from_headers(page_ids)
        target = None
        if number is None:
            self._guard(sources.values(), actor)
        else:
            target = self._receive(number, actor, sources.values(), event, f"file {submission.file.original_name}")
        created = Submission.create(
            file=submission.file_id,
            position=make_room_after(submission),
            procedure_number=number,
            dossier=target,
            number_source=(NumberSource.NONE if number is None else NumberSource.HEADER).value,
            needs_review=number is None,
            review_reason=SPLIT_BY_HAND if number is None else "",
            received_at=submission.received_at,
        )
        Page.update(submission=created).where(Page.id.in_(list(page_ids))).execute()
        for source in sources.values():
            if target is None or source.id != target.id:
                record_change(source, actor, event, number or "unsorted")
        payload["created_submissions"] = [created.id]
        return frozenset({*sources, *([target.id] if target else [])})

    def _cut_at(self, page: Page, actor: str, payload: dict[str, Any], reason: str) -> frozenset[int]:
        """Take a page that becomes a separator out of its envelope; the pages after it form the next one."""
        submission = page.submission
        assert submission is not None  # the caller cuts only a page that is in an envelope
        members = pages_of([submission.id])
        at = members.index(page.id)
        ensure_unlinked(members[at:])
        Page.update(submission=None).where(Page.id == page.id).execute()
        payload["pages"][str(page.id)] = submission.id
        after = members[at + 1 :]
        if at == 0 or not after:  # at an edge of the envelope: nothing to cut off
            return self._record_on([submission.id], actor, "separator_marked", reason)
        dossiers = self._split_off(submission, after, actor, "separator_marked", payload)
        payload["pages"].update(dict.fromkeys(map(str, after), submission.id))
        return dossiers

    def _put_back(self, page: Page, actor: str, payload: dict[str, Any], reason: str) -> frozenset[int]:
        """Put a page that is no longer a separator into the envelope beside it (a new unsorted one if none)."""
        ensure_unlinked([page.id])
        holder = _neighbour_submission(page)
        if holder is None:  # every other page of the file is a separator
            holder = Submission.create(
                file=page.file_id,
                position=next_position(page.file_id),
                needs_review=True,
                review_reason=SPLIT_BY_HAND,
                received_at=page.file.imported_at,
            ).id
            payload["created_submissions"] = [holder]
        dossiers = self._record_on([holder], actor, "separator_unmarked", reason)
        Page.update(submission=holder).where(Page.id == page.id).execute()
        payload["pages"][str(page.id)] = page.submission_id
        return dossiers

    def _record_on(self, submission_ids: Iterable[int | None], actor: str, event: str, reason: str) -> frozenset[int]:
        """Guard the dossiers of these submissions and give each one history row."""
        dossiers = dossiers_of(submission_ids)
        self._guard(dossiers.values(), actor)
        for dossier in dossiers.values():
            record_change(dossier, actor, event, reason)
        return frozenset(dossiers)

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
