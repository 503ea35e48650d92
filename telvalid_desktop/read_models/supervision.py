"""What the lead reads: the dashboard's figures, the dossiers on hold, the team's workload."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class DailyCount:
    """How many things happened on one local day."""

    day: date
    count: int


@dataclass(frozen=True)
class ItemCount:
    """How many dossiers on hold wait for one checklist item (by its code)."""

    item: str
    count: int


@dataclass(frozen=True)
class DurationStats:
    """Days from a dossier's first submission to its validation; None when nothing was validated.

    Percentiles interpolate linearly between the two nearest ranks (the usual spreadsheet and
    numpy definition): the median of an even count is the mean of the two middle values.
    """

    count: int
    median_days: float | None
    p90_days: float | None


@dataclass(frozen=True)
class ChannelRate:
    """Document pages (neither blank nor separator) that came by one channel, and how many of them
    the intake numbered on its own (header or cover letter)."""

    channel: str
    pages: int
    recognised: int

    @property
    def rate(self) -> float | None:
        """Share of pages recognised, None when there was no page (not 0 %: nothing to recognise)."""
        return self.recognised / self.pages if self.pages else None


@dataclass(frozen=True)
class OnHoldRow:
    """A dossier on hold as the lead reviews it.

    ``held_at``: when its latest hold began; ``items``: what that hold asks for;
    ``last_complement_at``: the latest submission after the first one (None: never
    completed); ``technician``: who follows it, else who put it on hold.
    """

    dossier_id: int
    procedure_number: str
    customer_name: str
    technician: str
    held_by: str
    held_at: datetime
    items: tuple[str, ...]
    note: str
    first_submission_at: datetime | None
    last_complement_at: datetime | None
    last_letter_at: datetime | None
    channels: tuple[str, ...]


@dataclass(frozen=True)
class TechnicianLoad:
    """Dossiers still in work that one technician follows ("" : nobody yet)."""

    technician: str
    open: int
    on_hold: int
    complement_received: int  # open dossiers whose complement came: the first to pick up

    @property
    def total(self) -> int:
        return self.open + self.on_hold


@dataclass(frozen=True)
class ClaimRow:
    """A dossier held open on someone's workstation since ``claimed_at``."""

    dossier_id: int
    procedure_number: str
    holder: str
    claimed_at: datetime


@dataclass(frozen=True)
class TechnicianThroughput:
    """One person's decisions on each local day of a period (lists aligned with its days)."""

    technician: str
    validated: tuple[int, ...]
    held: tuple[int, ...]

    @property
    def decisions(self) -> tuple[int, ...]:
        return tuple(v + h for v, h in zip(self.validated, self.held, strict=True))
