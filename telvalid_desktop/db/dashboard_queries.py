"""Read side of the team lead's dashboard: what came in, what was decided, what waits (Qt-free).

Each figure reads indexed columns only (one query, or one small COUNT a day) and returns
a few small frozen rows, so a year of a 100,000-dossier workspace is read in well under
a second (``tests/bench/dashboard_100k.py``).

Days are the workstation's local calendar days, as in ``batch_queries``: a day's two
local midnights are converted to UTC (timestamps are stored in UTC, without a time
zone) and rows are taken in that half-open range. No date function runs in SQL, so the
same queries run on SQLite and PostgreSQL, and a day that changes its clock (daylight
saving time) keeps its 23 or 25 hours.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import cast

import peewee

from telvalid_desktop.db.batch_queries import AUTOMATIC_SOURCES, day_bounds
from telvalid_desktop.db.models import Dossier, Hold, Page, StoredFile, Submission, Validation
from telvalid_desktop.read_models.supervision import ChannelRate, DailyCount, DurationStats, ItemCount

ON_HOLD = "on_hold"
_DAY_SECONDS = 86_400


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=offset) for offset in range((end - start).days + 1)]


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The UTC (naive, as stored) range from local ``start`` midnight to the midnight after ``end``."""
    return day_bounds(start)[0], day_bounds(end)[1]


def _per_day(column: peewee.Field, start: date, end: date) -> list[DailyCount]:
    """Rows of ``column``'s table by local day of ``column``, every day of [start, end] present.

    One COUNT per day, over the column's index: on a year of 140,000 submissions, 5 times
    faster than reading every timestamp once to sort them into days in Python (the count
    never leaves the index; reading a row costs more than a query). Needs that index:
    ``validation.at`` has one; ``submission.received_at`` its own (``submission_received_at``,
    see the benchmark's ``SUGGESTED_INDEXES``), without which each day scans the table.
    """
    counts = []
    for day in _days(start, end):
        low, high = day_bounds(day)
        count = column.model.select(peewee.fn.COUNT(column)).where((column >= low) & (column < high)).scalar()
        counts.append(DailyCount(day, count))
    return counts


def submissions_per_day(start: date, end: date) -> list[DailyCount]:
    """Submissions received on each local day (sorted or not; an emptied envelope still counts)."""
    return _per_day(Submission.received_at, start, end)


def validations_per_day(start: date, end: date) -> list[DailyCount]:
    """Validations made on each local day (a dossier reopened and validated again counts twice)."""
    return _per_day(Validation.at, start, end)


def dossiers_on_hold() -> int:
    """Dossiers waiting for a complement now."""
    return Dossier.select().where(Dossier.status == ON_HOLD).count()


def holds_by_missing_item() -> list[ItemCount]:
    """For the dossiers on hold now, how many wait for each item, most awaited first.

    Only a dossier's latest hold counts: a second hold says what is still missing after
    a complement. Joins on the status, not a list of ids: thousands may be on hold.
    """
    latest: dict[int, str] = {}
    query = (
        Hold.select(Hold.dossier, Hold.items)
        .join(Dossier)
        .where(Dossier.status == ON_HOLD)
        .order_by(Hold.dossier, Hold.at, Hold.id)
        .tuples()
    )
    for dossier_id, items in query.iterator():
        latest[dossier_id] = items  # the latest wins
    counts = Counter(code for items in latest.values() for code in set(json.loads(items)))
    return [ItemCount(code, count) for code, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))]


def percentile(ordered: list[float], fraction: float) -> float:
    """The ``fraction`` (0..1) percentile of sorted values, interpolated linearly between ranks."""
    position = (len(ordered) - 1) * fraction
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


def time_to_validation(start: date, end: date) -> DurationStats:
    """How long dossiers validated in [start, end] took, from their first submission received.

    A validation of a dossier with no submission (none received, only possible in
    tests) has no start and is left out.
    """
    low, high = period_bounds(start, end)
    query = (
        Validation.select(Validation.at, peewee.fn.MIN(Submission.received_at))
        .join(Submission, on=(Submission.dossier == Validation.dossier))
        .where((Validation.at >= low) & (Validation.at < high))
        .group_by(Validation.id, Validation.at)
        .tuples()
    )
    days = sorted((validated - first).total_seconds() / _DAY_SECONDS for validated, first in query.iterator())
    if not days:
        return DurationStats(count=0, median_days=None, p90_days=None)
    return DurationStats(count=len(days), median_days=percentile(days, 0.5), p90_days=percentile(days, 0.9))


def time_to_validation_by_week(start: date, end: date) -> list[tuple[date, DurationStats]]:
    """``time_to_validation`` week by week, each keyed by its Monday: is the team getting faster?

    The first and last weeks are cut to the period, so the weeks add up to it.
    """
    weeks = []
    monday = start - timedelta(days=start.weekday())
    while monday <= end:
        weeks.append((monday, time_to_validation(max(monday, start), min(monday + timedelta(days=6), end))))
        monday += timedelta(days=7)
    return weeks


def recognition_by_channel(start: date, end: date) -> list[ChannelRate]:
    """Per channel, the document pages of the files imported in [start, end] and those numbered
    automatically; most pages first. A page in an envelope a person numbered, or still
    unsorted, is not recognised; a channel with no file in the period is not listed."""
    low, high = period_bounds(start, end)
    automatic = Submission.number_source.in_(AUTOMATIC_SOURCES)
    query = cast(
        Iterable[tuple[str, int, int | None]],  # (channel, COUNT, SUM) rows: peewee's stubs cannot type .tuples()
        StoredFile.select(
            StoredFile.channel,
            peewee.fn.COUNT(Page.id),
            peewee.fn.SUM(peewee.Case(None, [(automatic, 1)], 0)),
        )
        .join(Page)
        .join(Submission, peewee.JOIN.LEFT_OUTER)
        .where(
            (StoredFile.imported_at >= low)
            & (StoredFile.imported_at < high)
            & (Page.is_blank == False)  # noqa: E712 - SQL
            & (Page.is_separator == False)  # noqa: E712 - SQL
        )
        .group_by(StoredFile.channel)
        .tuples(),
    )
    rates = [ChannelRate(channel, pages, recognised or 0) for channel, pages, recognised in query]
    return sorted(rates, key=lambda rate: (-rate.pages, rate.channel))
