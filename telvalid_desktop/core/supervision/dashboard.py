"""The team lead's dashboard for a period: its figures, each chart's CSV, their JSON (Qt-free).

The window, the weekly report and ``telvalid dashboard`` read one ``DashboardFigures``,
so they show the same numbers. Each of the five charts has a stable key (the window's
chart, the CSV file's name, the JSON key). Figures keep codes (item codes, channels);
who shows them turns them into words: ``item_labels`` and ``CHANNEL_LABELS`` in French.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from telvalid_desktop.core.lifecycle.rules_store import rules_in_force
from telvalid_desktop.db.dashboard_queries import (
    dossiers_on_hold,
    holds_by_missing_item,
    recognition_by_channel,
    submissions_per_day,
    time_to_validation,
    time_to_validation_by_week,
    validations_per_day,
)
from telvalid_desktop.domain import Channel
from telvalid_desktop.read_models.supervision import ChannelRate, DailyCount, DurationStats, ItemCount

P = ParamSpec("P")
R = TypeVar("R")

WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
CHANNEL_LABELS: dict[str, str] = {  # looked up by the channel stored, a plain str
    Channel.POST: "courrier",
    Channel.EMAIL: "courriel",
    Channel.FAX: "fax",
    Channel.PHONE: "téléphone",
    Channel.OTHER: "autre",
}


@dataclass(frozen=True)
class DashboardFigures:
    """Every figure of the dashboard over the local days [start, end]; holds are those of now.

    ``timings``: seconds each query took, by chart key (and ``dossiers_on_hold``), shown by
    the window and the benchmark so a slow figure is seen where it is.
    """

    start: date
    end: date
    submissions_per_day: list[DailyCount]
    validations_per_day: list[DailyCount]
    holds_by_missing_item: list[ItemCount]
    time_to_validation: DurationStats
    validation_weeks: list[tuple[date, DurationStats]]  # the same, week by week (keyed by Monday)
    recognition_by_channel: list[ChannelRate]
    on_hold: int
    timings: dict[str, float]

    @property
    def submissions(self) -> int:
        return sum(day.count for day in self.submissions_per_day)

    @property
    def validations(self) -> int:
        return sum(day.count for day in self.validations_per_day)


def dashboard_figures(start: date, end: date) -> DashboardFigures:
    """Read every figure of the period (one query each), timing each."""
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    timings: dict[str, float] = {}

    def timed(key: str, query: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        began = time.perf_counter()
        result = query(*args, **kwargs)
        timings[key] = time.perf_counter() - began
        return result

    return DashboardFigures(
        start=start,
        end=end,
        submissions_per_day=timed("submissions_per_day", submissions_per_day, start, end),
        validations_per_day=timed("validations_per_day", validations_per_day, start, end),
        holds_by_missing_item=timed("holds_by_missing_item", holds_by_missing_item),
        time_to_validation=timed("time_to_validation", time_to_validation, start, end),
        validation_weeks=timed("time_to_validation_by_week", time_to_validation_by_week, start, end),
        recognition_by_channel=timed("recognition_by_channel", recognition_by_channel, start, end),
        on_hold=timed("dossiers_on_hold", dossiers_on_hold),
        timings=timings,
    )


def _rounded(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _daily(counts: list[DailyCount]) -> list[list[object]]:
    return [[count.day.isoformat(), count.count] for count in counts]


@dataclass(frozen=True)
class Chart:
    """One chart of the dashboard: its key, its CSV header, and its rows from the figures."""

    key: str
    header: tuple[str, ...]
    rows: Callable[[DashboardFigures], list[list[object]]]


CHARTS = (
    Chart("submissions_per_day", ("day", "submissions"), lambda figures: _daily(figures.submissions_per_day)),
    Chart("validations_per_day", ("day", "validations"), lambda figures: _daily(figures.validations_per_day)),
    Chart(
        "holds_by_missing_item",
        ("item", "dossiers"),
        lambda figures: [[held.item, held.count] for held in figures.holds_by_missing_item],
    ),
    Chart(
        "time_to_validation",
        ("week", "validations", "median_days", "p90_days"),
        lambda figures: [
            [monday.isoformat(), stats.count, _rounded(stats.median_days), _rounded(stats.p90_days)]
            for monday, stats in figures.validation_weeks
        ],
    ),
    Chart(
        "recognition_by_channel",
        ("channel", "pages", "recognised", "rate"),
        lambda figures: [
            [rate.channel, rate.pages, rate.recognised, _rounded(rate.rate, 4)]
            for rate in figures.recognition_by_channel
        ],
    ),
)
CHART_KEYS = tuple(chart.key for chart in CHARTS)
_BY_KEY = {chart.key: chart for chart in CHARTS}


def chart_rows(figures: DashboardFigures, key: str) -> tuple[list[str], list[list[object]]]:
    """The chart's CSV header and rows: ISO dates, codes, days and rates rounded, None for no value."""
    chart = _BY_KEY[key]
    return list(chart.header), chart.rows(figures)


def write_chart_csv(figures: DashboardFigures, key: str, path: Path) -> None:
    """One chart as a UTF-8 CSV file with a header row (comma separated; no value: empty field)."""
    header, rows = chart_rows(figures, key)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


def figures_to_json(figures: DashboardFigures) -> dict[str, Any]:
    """The figures as JSON values (ISO dates, rates as fractions), for ``telvalid dashboard --json``."""

    def daily(counts: list[DailyCount]) -> list[dict[str, Any]]:
        return [{"day": count.day.isoformat(), "count": count.count} for count in counts]

    return {
        "from": figures.start.isoformat(),
        "to": figures.end.isoformat(),
        "totals": {"submissions": figures.submissions, "validations": figures.validations, "on_hold": figures.on_hold},
        "submissions_per_day": daily(figures.submissions_per_day),
        "validations_per_day": daily(figures.validations_per_day),
        "holds_by_missing_item": [asdict(held) for held in figures.holds_by_missing_item],
        "time_to_validation": asdict(figures.time_to_validation),
        "time_to_validation_by_week": [
            {"week": monday.isoformat(), **asdict(stats)} for monday, stats in figures.validation_weeks
        ],
        "recognition_by_channel": [{**asdict(rate), "rate": rate.rate} for rate in figures.recognition_by_channel],
        "timings": dict(figures.timings),
    }


def item_labels(language: str = "fr") -> dict[str, str]:
    """Item code -> its label in the rules in force (installed by a lead, else shipped); a code they
    no longer have is shown as it is by who asks (``labels.get(code, code)``)."""
    return {
        requirement.code: requirement.labels.get(language, requirement.code)
        for requirement in rules_in_force().requirements
    }


def days_text(days: float | None) -> str:
    """A duration in days as French prints it ("3,5 j"); a dash when there is none."""
    return "–" if days is None else f"{days:.1f} j".replace(".", ",")


def percent_text(rate: float | None) -> str:
    """A share as a French percentage ("66,7 %"); a dash when there was nothing to count."""
    return "–" if rate is None else f"{rate * 100:.1f}\u00a0%".replace(".", ",")


def figures_text(figures: DashboardFigures) -> str:
    """The figures in French, for a person at a terminal (``telvalid dashboard``)."""
    stats = figures.time_to_validation
    lines = [
        f"Tableau de bord du {figures.start:%d/%m/%Y} au {figures.end:%d/%m/%Y}",
        f"Envois reçus : {figures.submissions}   dossiers validés : {figures.validations}   "
        f"en attente maintenant : {figures.on_hold}",
        f"Délai du premier envoi à la validation : médiane {days_text(stats.median_days)}, "
        f"90e centile {days_text(stats.p90_days)} ({stats.count} validation(s))",
        "",
        "Jour              envois  validations",
    ]
    for submitted, validated in zip(figures.submissions_per_day, figures.validations_per_day, strict=True):
        day = submitted.day
        lines.append(f"{WEEKDAYS[day.weekday()]} {day:%d/%m/%Y}  {submitted.count:>8}  {validated.count:>11}")
    labels = item_labels()
    lines += ["", "En attente, par pièce manquante :"]
    lines += [f"  {item.count:>6}  {labels.get(item.item, item.item)}" for item in figures.holds_by_missing_item]
    lines += ["", "Numéro reconnu automatiquement, par canal :"]
    lines += [
        f"  {CHANNEL_LABELS.get(rate.channel, rate.channel):<10} {rate.recognised} / {rate.pages} pages "
        f"({percent_text(rate.rate)})"
        for rate in figures.recognition_by_channel
    ]
    return "\n".join(lines)
