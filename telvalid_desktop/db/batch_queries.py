"""Read side of the mailroom's batch review: figures per scanned file and per day, and one
batch's envelopes and pages in order (Qt-free).

A batch is one stored file. Its envelopes are its submissions that still hold a page
(a split, merge or move can leave one empty: empty ones are never counted or listed).
Figures are computed with a handful of GROUP BY queries over the files asked for, never a
query per file. Portable SQL only: booleans are summed through CASE, not as integers.

Days: ``imported_at`` is stored in UTC without a time zone. A day here is the
workstation's local calendar day: its two local midnights are converted to UTC and
files are taken by ``imported_at`` in that half-open range (so a file scanned at 00:30
in Paris counts for that day, although it is still the day before in UTC).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import cast

import peewee

from telvalid_desktop.db.models import (
    Dossier,
    Page,
    PageOperation,
    PageOperationPage,
    ReceivedEmail,
    StoredFile,
    Submission,
)
from telvalid_desktop.db.store import DocumentStore
from telvalid_desktop.read_models.batches import BatchPage, BatchSummary, DayFigures, EnvelopeRow

AUTOMATIC_SOURCES = ("header", "body")  # NumberSource values the intake sets on its own
MANUAL_SOURCE = "manual"
NOT_CORRECTIONS = ("rotate_page", "undo", "confirm_envelope")  # page operations that change no envelope


_COUNTS = ("pages", "envelopes", "recognised", "corrected", "unsorted", "flagged", "separators", "blanks")


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC (naive, as stored) range of a local calendar day, daylight saving time included."""

    def utc(moment: datetime) -> datetime:
        return moment.astimezone().astimezone(UTC).replace(tzinfo=None)  # naive means local to astimezone()

    start = datetime.combine(day, time.min)
    return utc(start), utc(start + timedelta(days=1))


@dataclass(frozen=True)
class LocalDays:
    """The local calendar days from ``start`` to ``end`` inclusive, and which one a stored moment falls in.

    Bucketing in Python against the UTC instants of the local midnights needs no date
    function in SQL (so SQLite and PostgreSQL agree) and keeps a 23- or 25-hour day whole.
    """

    days: tuple[date, ...]
    midnights: tuple[datetime, ...]
    low: datetime
    high: datetime

    @classmethod
    def between(cls, start: date, end: date) -> LocalDays:
        days = tuple(start + timedelta(days=offset) for offset in range((end - start).days + 1))
        return cls(days, tuple(day_bounds(day)[0] for day in days), day_bounds(start)[0], day_bounds(end)[1])

    def index_of(self, moment: datetime) -> int:
        """The position in ``days`` of a moment between ``low`` and ``high`` (UTC, naive)."""
        return bisect.bisect_right(self.midnights, moment) - 1


def _pages_per_minute(pages: int, seconds: float | None) -> float | None:
    return pages * 60 / seconds if seconds else None


def _count(condition: peewee.Expression) -> peewee.Function:
    return peewee.fn.SUM(peewee.Case(None, [(condition, 1)], 0))


def _page_counts(file_ids: list[int]) -> dict[int, tuple[int, ...]]:
    """(separators, blanks) per file."""
    query = cast(
        Iterable[tuple[int, int | None, int | None]],  # (file id, SUM, SUM) rows: the stubs cannot type .tuples()
        Page.select(Page.file, _count(Page.is_separator == True), _count(Page.is_blank == True))  # noqa: E712 - SQL
        .where(Page.file.in_(file_ids))
        .group_by(Page.file)
        .tuples(),
    )
    return {file_id: (separators or 0, blanks or 0) for file_id, separators, blanks in query}


def _corrected_submissions(file_ids: list[int]) -> peewee.ModelSelect[Page]:
    """Ids of the files' submissions holding a page that a (not undone) page operation moved or re-kinded."""
    undone = PageOperation.select(PageOperation.undoes).where(PageOperation.undoes.is_null(False))
    return (
        Page.select(Page.submission)
        .join(PageOperationPage, on=(PageOperationPage.page == Page.id))
        .join(PageOperation)
        .where(
            Page.file.in_(file_ids)
            & Page.submission.is_null(False)
            & PageOperation.kind.not_in(NOT_CORRECTIONS)
            & PageOperation.id.not_in(undone)
        )
    )


def _envelope_counts(file_ids: list[int]) -> dict[int, tuple[int, ...]]:
    """(envelopes, recognised, corrected, unsorted, flagged) per file, over non-empty submissions."""
    holding = Page.select(Page.submission).where(Page.file.in_(file_ids) & Page.submission.is_null(False))
    corrected = (Submission.number_source == MANUAL_SOURCE) | Submission.id.in_(_corrected_submissions(file_ids))
    recognised = Submission.number_source.in_(AUTOMATIC_SOURCES) & ~corrected
    query = cast(
        Iterable[tuple[int, *tuple[int | None, ...]]],  # (file id, COUNT, SUMs) rows: the stubs cannot type .tuples()
        Submission.select(
            Submission.file,
            peewee.fn.COUNT(Submission.id),
            _count(recognised),
            _count(corrected),
            _count(Submission.dossier.is_null()),
            _count(Submission.dossier.is_null(False) & (Submission.needs_review == True)),  # noqa: E712 - SQL
        )
        .where(Submission.file.in_(file_ids) & Submission.id.in_(holding))
        .group_by(Submission.file)
        .tuples(),
    )
    return {file_id: tuple(count or 0 for count in counts) for file_id, *counts in query}


def _summary(
    file: StoredFile, page_counts: tuple[int, ...], envelope_counts: tuple[int, ...], email: tuple[str, str]
) -> BatchSummary:
    separators, blanks = page_counts
    envelopes, recognised, corrected, unsorted, flagged = envelope_counts
    return BatchSummary(
        file_id=file.id,
        name=file.original_name,
        imported_at=file.imported_at,
        imported_by=file.imported_by,
        channel=file.channel,
        email_from=email[0],
        email_subject=email[1],
        pages=file.page_count,
        envelopes=envelopes,
        recognised=recognised,
        corrected=corrected,
        unsorted=unsorted,
        flagged=flagged,
        separators=separators,
        blanks=blanks,
        analysis_seconds=file.analysis_seconds,
        pages_per_minute=_pages_per_minute(file.page_count, file.analysis_seconds),
    )


def list_batches(day: date | None = None, limit: int | None = 200) -> list[BatchSummary]:
    """The batches (of one local day, or all), newest first, with their figures; ``None``: no limit."""
    query = StoredFile.select().order_by(StoredFile.imported_at.desc(), StoredFile.id.desc())
    if day is not None:
        start, end = day_bounds(day)
        query = query.where((StoredFile.imported_at >= start) & (StoredFile.imported_at < end))
    if limit is not None:
        query = query.limit(limit)
    files = list(query)
    if not files:
        return []
    ids = [file.id for file in files]
    pages, envelopes = _page_counts(ids), _envelope_counts(ids)
    emails = {
        row.file_id: (row.sender, row.subject)
        for row in ReceivedEmail.select(ReceivedEmail.file, ReceivedEmail.sender, ReceivedEmail.subject).where(
            ReceivedEmail.file.in_(ids)
        )
    }
    return [
        _summary(file, pages.get(file.id, (0, 0)), envelopes.get(file.id, (0,) * 5), emails.get(file.id, ("", "")))
        for file in files
    ]


def day_figures(day: date, batches: list[BatchSummary] | None = None) -> DayFigures:
    """The day's totals; pages per minute is the timed batches' pages over their analysis minutes.

    ``batches``: every batch of that day when the caller has listed them already (no second query).
    """
    batches = list_batches(day, limit=None) if batches is None else batches
    timed = [batch for batch in batches if batch.analysis_seconds is not None]
    seconds = sum(batch.analysis_seconds or 0.0 for batch in timed) if timed else None
    totals = {name: sum(getattr(batch, name) for batch in batches) for name in _COUNTS}
    return DayFigures(
        day=day,
        batches=len(batches),
        **totals,
        analysis_seconds=seconds,
        pages_per_minute=_pages_per_minute(sum(batch.pages for batch in timed), seconds),
    )


def batch_pages(file_id: int) -> list[BatchPage]:
    """Every page of the batch in file order, separators included, with the envelope holding it."""
    query = Page.select().where(Page.file == file_id).order_by(Page.index)
    return [
        BatchPage(
            page_id=page.id,
            index=page.index,
            submission_id=page.submission_id,
            is_blank=page.is_blank,
            is_separator=page.is_separator,
            number_read=page.number_read,
            read_confidence=page.read_confidence,
            read_method=page.read_method,
            crop_path=page.crop_path,
            disagrees=page.disagrees,
            rotation=page.display_rotation,
        )
        for page in query
    ]


def batch_envelopes(file_id: int, pages: list[BatchPage] | None = None) -> list[EnvelopeRow]:
    """The batch's non-empty envelopes in position order, each with its pages (two queries).

    ``pages``: the batch's pages when the caller has read them already (no second query).
    """
    by_envelope: dict[int, list[BatchPage]] = {}
    for page in batch_pages(file_id) if pages is None else pages:
        if page.submission_id is not None:
            by_envelope.setdefault(page.submission_id, []).append(page)
    query = (
        Submission.select(Submission, Dossier.status.alias("dossier_status"))
        .join(Dossier, peewee.JOIN.LEFT_OUTER)
        .where(Submission.file == file_id)
        .order_by(Submission.position, Submission.id)
        .objects()  # the status lands on the submission; the dossier id stays that of the row
    )
    return [
        EnvelopeRow(
            submission_id=envelope.id,
            position=envelope.position,
            procedure_number=envelope.procedure_number,
            dossier_id=envelope.dossier_id,
            dossier_status=envelope.dossier_status,  # type: ignore[attr-defined]  # the alias .objects() sets
            number_source=envelope.number_source,
            needs_review=envelope.needs_review,
            review_reason=envelope.review_reason,
            pages=tuple(by_envelope[envelope.id]),
        )
        for envelope in query
        if envelope.id in by_envelope
    ]


def batch_file(file_id: int, store: DocumentStore) -> tuple[Path, str]:
    """Where a scanned file is kept in the document store, and the name it arrived with."""
    stored = StoredFile.get_by_id(file_id)
    return store.path_for(stored.sha256, stored.media_type), stored.original_name
