"""The dashboard's figures on a week of known work, by Paris days around midnight and daylight saving time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.dashboard_queries import (
    dossiers_on_hold,
    holds_by_missing_item,
    percentile,
    recognition_by_channel,
    submissions_per_day,
    time_to_validation,
    time_to_validation_by_week,
    validations_per_day,
)
from telvalid_desktop.read_models.supervision import ChannelRate, DailyCount, DurationStats, ItemCount
from tests.core.dashboard_week import WEEK, envelope, fill_week, paris_time

SUNDAY = WEEK + timedelta(days=6)


@pytest.fixture
def week(workspace: Workspace) -> Iterator[None]:
    with paris_time():
        fill_week()
        yield


def _counts(days: list[DailyCount]) -> list[int]:
    return [day.count for day in days]


def test_submissions_and_validations_fall_on_their_paris_day(week: None) -> None:
    submitted = submissions_per_day(WEEK, SUNDAY)
    assert [day.day for day in submitted] == [WEEK + timedelta(days=offset) for offset in range(7)]
    assert _counts(submitted) == [2, 0, 2, 1, 0, 0, 0]
    assert _counts(validations_per_day(WEEK, SUNDAY)) == [0, 0, 1, 0, 1, 1, 0]


def test_the_days_around_the_week_hold_what_crossed_midnight(week: None) -> None:
    assert submissions_per_day(WEEK - timedelta(days=1), WEEK) == [
        DailyCount(date(2026, 3, 1), 1),  # 23:59:59 in Paris, 22:59:59 in UTC
        DailyCount(WEEK, 2),
    ]
    assert validations_per_day(SUNDAY, SUNDAY + timedelta(days=1)) == [
        DailyCount(SUNDAY, 0),
        DailyCount(date(2026, 3, 9), 1),  # midnight in Paris, still Sunday in UTC
    ]


def test_a_day_without_anything_counts_zero(workspace: Workspace) -> None:
    assert submissions_per_day(WEEK, WEEK + timedelta(days=1)) == [DailyCount(WEEK, 0), DailyCount(date(2026, 3, 3), 0)]
    assert validations_per_day(WEEK, WEEK) == [DailyCount(WEEK, 0)]


def test_days_of_23_hours_when_the_clocks_go_forward(workspace: Workspace) -> None:
    with paris_time():
        envelope("10000001", datetime(2026, 3, 29, 21, 59), "c")  # Sunday 29 March 23:59 (summer time, UTC+2)
        envelope("10000002", datetime(2026, 3, 29, 22, 0), "c")  # Monday 30 March 00:00
        envelope("10000003", datetime(2026, 3, 28, 23, 0), "c")  # Sunday 29 March 00:00 (winter time, UTC+1)
        assert _counts(submissions_per_day(date(2026, 3, 28), date(2026, 3, 30))) == [0, 2, 1]


def test_holds_count_the_latest_hold_of_each_dossier_on_hold_now(week: None) -> None:
    assert dossiers_on_hold() == 3
    assert holds_by_missing_item() == [ItemCount("rib", 2), ItemCount("crossed_cheque", 1), ItemCount("holder_id", 1)]


def test_no_dossier_on_hold(workspace: Workspace) -> None:
    assert (dossiers_on_hold(), holds_by_missing_item()) == (0, [])


def test_time_to_validation_counts_from_the_first_submission(week: None) -> None:
    # 2, 4 and 10 days; the 90th percentile lies 80 % of the way from 4 to 10.
    assert time_to_validation(WEEK, SUNDAY) == DurationStats(count=3, median_days=4.0, p90_days=pytest.approx(8.8))
    assert time_to_validation(SUNDAY, SUNDAY) == DurationStats(count=0, median_days=None, p90_days=None)
    late = time_to_validation(date(2026, 3, 9), date(2026, 3, 9))
    assert (late.count, late.median_days) == (1, pytest.approx(35.5833, abs=1e-4))  # 1 Feb 09:00 to 8 Mar 23:00


def test_time_to_validation_week_by_week_cuts_the_first_and_last_weeks(week: None) -> None:
    weeks = time_to_validation_by_week(WEEK - timedelta(days=3), date(2026, 3, 9))
    assert [monday for monday, _ in weeks] == [date(2026, 2, 23), WEEK, date(2026, 3, 9)]
    assert [stats.count for _, stats in weeks] == [0, 3, 1]
    assert weeks[1][1] == time_to_validation(WEEK, SUNDAY)
    assert time_to_validation_by_week(WEEK + timedelta(days=1), WEEK + timedelta(days=2)) == [
        (WEEK, DurationStats(count=1, median_days=2.0, p90_days=2.0))
    ]


def test_percentiles_interpolate_between_ranks() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.9) == pytest.approx(3.7)
    assert percentile([7.0], 0.9) == 7.0
    assert percentile([1.0, 5.0], 1.0) == 5.0


def test_recognition_by_channel_counts_document_pages_of_the_weeks_files(week: None) -> None:
    rates = recognition_by_channel(WEEK, SUNDAY)
    assert rates == [ChannelRate("post", 4, 3), ChannelRate("email", 3, 2), ChannelRate("fax", 3, 0)]
    assert [rate.rate for rate in rates] == [0.75, pytest.approx(2 / 3), 0.0]
    assert recognition_by_channel(date(2026, 3, 1), date(2026, 3, 1)) == [ChannelRate("post", 1, 1)]
    assert recognition_by_channel(date(2026, 3, 9), date(2026, 3, 15)) == []


def test_a_channel_without_pages_has_no_rate() -> None:
    assert ChannelRate("fax", 0, 0).rate is None
