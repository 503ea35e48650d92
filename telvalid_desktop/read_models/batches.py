"""The mailroom's batch review: figures per scanned file and per day, one batch's envelopes and pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class IntakeFigures:
    """What the intake and the mailroom did with some pages (one batch, or a day's batches).

    ``recognised``: envelopes numbered by the intake (header or cover letter) and left alone
    since; ``corrected``: envelopes numbered by hand or reshaped by a page operation;
    ``unsorted``: envelopes without a dossier; ``flagged``: envelopes with a dossier that
    still ask for a review (a missed separator?). An envelope can be corrected and unsorted.
    ``analysis_seconds`` and ``pages_per_minute`` are None when the intake time is unknown
    (files imported before it was measured).
    """

    pages: int
    envelopes: int
    recognised: int
    corrected: int
    unsorted: int
    flagged: int
    separators: int
    blanks: int
    analysis_seconds: float | None
    pages_per_minute: float | None


@dataclass(frozen=True)
class BatchSummary(IntakeFigures):
    """One scanned file and how the intake and the mailroom fared with it."""

    file_id: int
    name: str
    imported_at: datetime
    imported_by: str
    channel: str
    email_from: str = ""  # an e-mail's sender and subject ("" for a scan)
    email_subject: str = ""


@dataclass(frozen=True)
class DayFigures(IntakeFigures):
    """The totals of every batch imported on one local day; the times count only timed batches."""

    day: date
    batches: int


@dataclass(frozen=True)
class BatchPage:
    """One page of a batch as the review screen shows it; ``submission_id`` None for a separator sheet."""

    page_id: int
    index: int
    submission_id: int | None
    is_blank: bool
    is_separator: bool
    number_read: str | None
    read_confidence: float | None
    read_method: str
    crop_path: str
    disagrees: bool
    rotation: int


@dataclass(frozen=True)
class EnvelopeRow:
    """One envelope of a batch, in file order, with its pages in page order."""

    submission_id: int
    position: int
    procedure_number: str | None
    dossier_id: int | None
    dossier_status: str | None
    number_source: str
    needs_review: bool
    review_reason: str
    pages: tuple[BatchPage, ...]
