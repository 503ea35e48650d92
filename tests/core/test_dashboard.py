"""The dashboard of a known week: its figures, each chart's CSV exactly, its JSON, its French words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from telvalid_desktop.core.lifecycle.rules import RuleSet, load_rules, rules_data
from telvalid_desktop.core.supervision.dashboard import (
    CHART_KEYS,
    DashboardFigures,
    chart_rows,
    dashboard_figures,
    days_text,
    figures_to_json,
    item_labels,
    percent_text,
    write_chart_csv,
)
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import RulesSnapshot
from tests.core.dashboard_week import WEEK, fill_week, paris_time

SUNDAY = WEEK + timedelta(days=6)
CSV = {
    "submissions_per_day": "day,submissions\n2026-03-02,2\n2026-03-03,0\n2026-03-04,2\n2026-03-05,1\n"
    "2026-03-06,0\n2026-03-07,0\n2026-03-08,0\n",
    "validations_per_day": "day,validations\n2026-03-02,0\n2026-03-03,0\n2026-03-04,1\n2026-03-05,0\n"
    "2026-03-06,1\n2026-03-07,1\n2026-03-08,0\n",
    "holds_by_missing_item": "item,dossiers\nrib,2\ncrossed_cheque,1\nholder_id,1\n",
    "time_to_validation": "week,validations,median_days,p90_days\n2026-03-02,3,4.0,8.8\n",
    "recognition_by_channel": "channel,pages,recognised,rate\npost,4,3,0.75\nemail,3,2,0.6667\nfax,3,0,0.0\n",
}


@pytest.fixture
def figures(workspace: Workspace) -> Iterator[DashboardFigures]:
    with paris_time():
        fill_week()
        yield dashboard_figures(WEEK, SUNDAY)


def test_the_figures_of_the_week_and_their_totals(figures: DashboardFigures) -> None:
    assert (figures.start, figures.end) == (WEEK, SUNDAY)
    assert (figures.submissions, figures.validations, figures.on_hold) == (5, 3, 3)
    assert figures.time_to_validation.median_days == 4.0
    assert set(figures.timings) == {*CHART_KEYS, "time_to_validation_by_week", "dossiers_on_hold"}
    assert all(seconds >= 0 for seconds in figures.timings.values())


def test_each_chart_is_written_as_csv(figures: DashboardFigures, tmp_path: Path) -> None:
    assert CHART_KEYS == tuple(CSV)
    for key, expected in CSV.items():
        path = tmp_path / f"{key}.csv"
        write_chart_csv(figures, key, path)
        assert path.read_bytes().decode("utf-8") == expected.replace("\n", "\r\n")  # the csv module's line ends


def test_chart_rows_give_the_header_and_values(figures: DashboardFigures) -> None:
    assert chart_rows(figures, "holds_by_missing_item") == (
        ["item", "dossiers"],
        [["rib", 2], ["crossed_cheque", 1], ["holder_id", 1]],
    )
    with pytest.raises(KeyError):
        chart_rows(figures, "pie")


def test_a_period_without_validation_leaves_the_durations_empty(workspace: Workspace, tmp_path: Path) -> None:
    figures = dashboard_figures(WEEK, WEEK)
    assert chart_rows(figures, "time_to_validation") == (
        ["week", "validations", "median_days", "p90_days"],
        [["2026-03-02", 0, None, None]],
    )
    write_chart_csv(figures, "time_to_validation", tmp_path / "durations.csv")
    assert (tmp_path / "durations.csv").read_text(encoding="utf-8").splitlines() == [
        "week,validations,median_days,p90_days",
        "2026-03-02,0,,",
    ]
    assert chart_rows(figures, "recognition_by_channel") == (["channel", "pages", "recognised", "rate"], [])


def test_a_period_must_not_end_before_it_starts(workspace: Workspace) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        dashboard_figures(WEEK, WEEK - timedelta(days=1))


def test_the_figures_as_json(figures: DashboardFigures) -> None:
    data = figures_to_json(figures)
    assert data["from"] == "2026-03-02" and data["to"] == "2026-03-08"
    assert data["totals"] == {"submissions": 5, "validations": 3, "on_hold": 3}
    assert data["submissions_per_day"][:3] == [
        {"day": "2026-03-02", "count": 2},
        {"day": "2026-03-03", "count": 0},
        {"day": "2026-03-04", "count": 2},
    ]
    assert [day["count"] for day in data["validations_per_day"]] == [0, 0, 1, 0, 1, 1, 0]
    assert data["holds_by_missing_item"][0] == {"item": "rib", "count": 2}
    assert data["time_to_validation"] == {"count": 3, "median_days": 4.0, "p90_days": pytest.approx(8.8)}
    assert data["time_to_validation_by_week"] == [
        {"week": "2026-03-02", "count": 3, "median_days": 4.0, "p90_days": pytest.approx(8.8)}
    ]
    assert data["recognition_by_channel"][0] == {"channel": "post", "pages": 4, "recognised": 3, "rate": 0.75}
    assert set(data["timings"]) == set(figures.timings)


def test_french_words_for_the_figures(workspace: Workspace) -> None:
    labels = item_labels()
    assert labels["rib"] == "RIB" and labels["crossed_cheque"] == "Chèque barré"
    assert item_labels("en")["holder_id"] == "ID of the account holder"
    assert (days_text(4.0), days_text(8.75), days_text(None)) == ("4,0 j", "8,8 j", "–")
    assert (percent_text(2 / 3), percent_text(0.0), percent_text(None)) == ("66,7\u00a0%", "0,0\u00a0%", "–")


def test_item_labels_follow_the_rules_a_lead_installed(workspace: Workspace) -> None:
    shipped = load_rules()
    renamed = [
        replace(requirement, labels={**requirement.labels, "fr": "Relevé d'identité bancaire"})
        if requirement.code == "rib"
        else requirement
        for requirement in shipped.requirements
    ]
    installed = RuleSet(version=shipped.version + 1, requirements=tuple(renamed))
    RulesSnapshot.create(version=installed.version, content=json.dumps(rules_data(installed)))
    assert item_labels()["rib"] == "Relevé d'identité bancaire"


def test_no_day_is_lost_over_a_long_period(workspace: Workspace) -> None:
    figures = dashboard_figures(date(2025, 3, 1), date(2026, 2, 28))
    assert len(figures.submissions_per_day) == 365 and figures.submissions == 0
