"""How long dossiers have been waiting, in the lead's terms: days, aging buckets, alert levels.

Days are whole days elapsed (a dossier put on hold yesterday evening has waited 0 days
this morning until 24 hours have passed), the same for every figure so they compare.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from telvalid_desktop.db.hold_queries import on_hold_rows
from telvalid_desktop.db.models import utc_now
from telvalid_desktop.read_models.supervision import OnHoldRow


class AgingBucket(StrEnum):
    """The lead's four ages of a hold."""

    WEEK = "0-7"
    FORTNIGHT = "8-15"
    MONTH = "16-30"
    OLDER = ">30"


BUCKET_LIMITS: tuple[tuple[int, AgingBucket], ...] = (
    (7, AgingBucket.WEEK),
    (15, AgingBucket.FORTNIGHT),
    (30, AgingBucket.MONTH),
)


class AgingLevel(StrEnum):
    """The colour a row gets against the thresholds in the settings."""

    NORMAL = "normal"
    WARNING = "warning"
    ALERT = "alert"


@dataclass(frozen=True)
class Thresholds:
    """On hold for more than ``warning_after_days``: warning; more than ``alert_after_days``: alert."""

    warning_after_days: int = 15
    alert_after_days: int = 30


def days_since(moment: datetime | None, now: datetime) -> int | None:
    """Whole days elapsed; None when the moment is unknown (no letter written, no complement)."""
    if moment is None:
        return None
    return max(0, (now - moment).days)


def bucket_of(days: int) -> AgingBucket:
    for limit, bucket in BUCKET_LIMITS:
        if days <= limit:
            return bucket
    return AgingBucket.OLDER


def level_of(days: int, thresholds: Thresholds) -> AgingLevel:
    if days > thresholds.alert_after_days:
        return AgingLevel.ALERT
    if days > thresholds.warning_after_days:
        return AgingLevel.WARNING
    return AgingLevel.NORMAL


@dataclass(frozen=True)
class HoldAging:
    """One dossier on hold with its ages (all in whole days at ``now``)."""

    row: OnHoldRow
    days_on_hold: int
    days_since_first_submission: int | None
    days_since_last_complement: int | None
    days_since_last_letter: int | None
    bucket: AgingBucket
    level: AgingLevel


def aging(rows: list[OnHoldRow], now: datetime, thresholds: Thresholds) -> list[HoldAging]:
    """The ages of each row; ``now`` in UTC like the stored timestamps."""
    aged = []
    for row in rows:
        on_hold = days_since(row.held_at, now) or 0
        aged.append(
            HoldAging(
                row=row,
                days_on_hold=on_hold,
                days_since_first_submission=days_since(row.first_submission_at, now),
                days_since_last_complement=days_since(row.last_complement_at, now),
                days_since_last_letter=days_since(row.last_letter_at, now),
                bucket=bucket_of(on_hold),
                level=level_of(on_hold, thresholds),
            )
        )
    return aged


def bucket_counts(aged: list[HoldAging]) -> dict[AgingBucket, int]:
    """How many dossiers in each bucket, every bucket present."""
    counts = Counter(entry.bucket for entry in aged)
    return {bucket: counts.get(bucket, 0) for bucket in AgingBucket}


@dataclass(frozen=True)
class HoldFilter:
    """The lead's filters; None keeps everything."""

    item: str | None = None
    technician: str | None = None
    channel: str | None = None

    def keeps(self, row: OnHoldRow) -> bool:
        return (
            (self.item is None or self.item in row.items)
            and (self.technician is None or self.technician == row.technician)
            and (self.channel is None or self.channel in row.channels)
        )


def holds_now(thresholds: Thresholds) -> list[HoldAging]:
    """Every dossier on hold, aged as of now (the lead's window and ``telvalid holds``)."""
    return aging(on_hold_rows(), utc_now(), thresholds)
