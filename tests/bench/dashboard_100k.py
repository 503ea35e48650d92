"""Benchmark of the lead's dashboard figures on 100,000 dossiers and a year of history (a script, not a test).

    .venv/bin/python -m tests.bench.dashboard_100k [--dossiers 100000] [--repeat 5]

Fills a temporary workspace (bulk ``insert_many`` in chunks, as ``list_100k``): dossiers
whose first submission is spread over the 365 days before ``LAST_DAY``, about 1.4
submissions each, each in its own file (post, e-mail or fax) of about 4 pages with some
blank pages and separator sheets; 60 % validated after a few days, 20 % put on hold
(1 to 3 items, some twice, each with its letter), a few thousand still on hold; twelve
technicians decide, each decision is a history row. Then prints the median milliseconds
of each dashboard figure over the last 30 days and over the whole year, and of the lead's
on-hold review and workload lists. Target: each well under a second on the year.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import peewee

from telvalid_desktop.core.supervision.dashboard import DashboardFigures, dashboard_figures
from telvalid_desktop.core.supervision.hold_review import Thresholds, aging
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db import dashboard_queries
from telvalid_desktop.db.hold_queries import on_hold_rows
from telvalid_desktop.db.models import (
    Claim,
    Dossier,
    DossierEvent,
    Hold,
    Letter,
    Page,
    StoredFile,
    Submission,
    Validation,
)
from telvalid_desktop.db.workload_queries import claims_older_than, technician_loads, throughput
from telvalid_desktop.read_models.supervision import DurationStats
from tests.bench.list_100k import insert_rows, stored_file_row, timed

LAST_DAY = date(2026, 3, 31)
NOW = datetime(2026, 3, 31, 17, 0)  # UTC, the end of the last day
YEAR = 365
CHANNELS = ("post",) * 7 + ("email",) * 2 + ("fax",)
SOURCES = ("header",) * 15 + ("body",) * 2 + ("manual",) * 3
ITEMS = ("signed_form", "holder_id", "rib", "crossed_cheque", "kbis")
TECHNICIANS = tuple(f"tech{number:02d}" for number in range(1, 13))


@dataclass
class Plan:
    """What one dossier went through: its submissions' times, its holds and its outcome."""

    received: list[datetime]
    holds: list[tuple[datetime, list[str]]]
    validated_at: datetime | None

    @property
    def status(self) -> str:
        if self.validated_at is not None:
            return "validated"
        return "on_hold" if self.holds else "open"


def _plan(rng: random.Random, first_day: datetime) -> Plan:
    """One dossier: 60 % validated, 20 % held (4 % still on hold, 16 % validated since), the rest open."""
    first = first_day + timedelta(seconds=rng.uniform(0, YEAR * 86_400))
    received = [first]
    if rng.random() < 0.4:  # a complement, days later
        received.append(first + timedelta(days=rng.uniform(2, 20)))
    fate = rng.random()
    holds = []
    if fate < 0.2:
        holds = [(first + timedelta(days=rng.uniform(0.5, 3)), rng.sample(ITEMS, rng.randint(1, 3)))]
        if rng.random() < 0.25:  # held again after a complement that lacked something
            holds.append((received[-1] + timedelta(days=1), rng.sample(ITEMS, 1)))
    validated = None
    if 0.04 <= fate < 0.64:
        ready = max([received[-1], *(at for at, _ in holds)])
        validated = ready + timedelta(days=rng.expovariate(1 / 4) + 0.2)
    return Plan(received, holds, validated)


def _files_and_submissions(
    database: peewee.Database, plans: list[Plan], dossier_ids: list[int], rng: random.Random
) -> None:
    """One file per submission (and 1 % unsorted envelopes), then its submission; ids read back in order."""
    envelopes = [
        (dossier_id, moment) for dossier_id, plan in zip(dossier_ids, plans, strict=True) for moment in plan.received
    ]
    envelopes += [(None, moment) for _, moment in rng.sample(envelopes, len(envelopes) // 100)]
    envelopes.sort(key=lambda envelope: envelope[1])  # rows are written as mail arrives: ids follow time
    insert_rows(
        StoredFile,
        (
            stored_file_row(index, 4, channel=rng.choice(CHANNELS), imported_at=moment)
            for index, (_, moment) in enumerate(envelopes)
        ),
        database,
    )
    file_ids = [file_id for (file_id,) in StoredFile.select(StoredFile.id).order_by(StoredFile.id).tuples()]
    insert_rows(
        Submission,
        (
            {
                "file": file_id,
                "position": 0,
                "dossier": dossier_id,
                "number_source": rng.choice(SOURCES) if dossier_id else "",
                "needs_review": dossier_id is None,
                "received_at": moment,
            }
            for file_id, (dossier_id, moment) in zip(file_ids, envelopes, strict=True)
        ),
        database,
    )


def _pages(database: peewee.Database, rng: random.Random) -> None:
    """3 to 5 pages a file: a separator sheet first in one file out of five, a blank page in one out of ten."""

    def pages() -> Iterator[dict[str, Any]]:
        for submission_id, file_id in (
            Submission.select(Submission.id, Submission.file).order_by(Submission.id).tuples().iterator()
        ):
            kinds = ["content"] * rng.randint(3, 5)
            if rng.random() < 0.1:
                kinds[-1] = "blank"
            if rng.random() < 0.2:
                kinds[0] = "separator"
            for index, kind in enumerate(kinds):
                yield {
                    "file": file_id,
                    "index": index,
                    "submission": None if kind == "separator" else submission_id,
                    "is_blank": kind == "blank",
                    "is_separator": kind == "separator",
                }

    insert_rows(Page, pages(), database)


def _decisions(database: peewee.Database, plans: list[Plan], dossier_ids: list[int]) -> None:
    """Holds and validations, each in the order they were made."""
    decided = list(zip(dossier_ids, plans, strict=True))
    holds = sorted((at, dossier_id, items) for dossier_id, plan in decided for at, items in plan.holds)
    insert_rows(
        Hold,
        (
            {"dossier": dossier_id, "items": json.dumps(items), "actor": _technician(dossier_id), "at": at}
            for at, dossier_id, items in holds
        ),
        database,
    )
    insert_rows(
        Letter,
        (
            {
                "dossier": dossier_id,
                "kind": "hold",
                "items": json.dumps(items),
                "path": f"letters/{dossier_id}.pdf",
                "sha256": "0" * 64,
                "actor": _technician(dossier_id),
                "at": at,
            }
            for at, dossier_id, items in holds
        ),
        database,
    )
    validations = sorted((plan.validated_at, dossier_id) for dossier_id, plan in decided if plan.validated_at)
    insert_rows(
        Validation,
        (
            {
                "dossier": dossier_id,
                "renews_monthly": True,
                "out_of_plan_allowance_eur": 150,
                "rules_version": 1,
                "actor": _technician(dossier_id),
                "at": at,
            }
            for at, dossier_id in validations
        ),
        database,
    )
    decisions = sorted(
        [(at, dossier_id, "put_on_hold", "open", "on_hold") for at, dossier_id, _items in holds]
        + [(at, dossier_id, "validated", "open", "validated") for at, dossier_id in validations]
    )
    insert_rows(
        DossierEvent,
        (
            {
                "dossier": dossier_id,
                "at": at,
                "actor": _technician(dossier_id),
                "event": event,
                "from_status": before,
                "to_status": after,
            }
            for at, dossier_id, event, before, after in decisions
        ),
        database,
    )


def _technician(dossier_id: int) -> str:
    """Who follows a dossier: the twelve technicians share the work."""
    return TECHNICIANS[dossier_id % len(TECHNICIANS)]


def fill(database: peewee.Database, dossiers: int, seed: int = 11) -> None:
    """A year of work on ``dossiers`` dossiers, ending on ``LAST_DAY``."""
    rng = random.Random(seed)
    first_day = datetime.combine(LAST_DAY - timedelta(days=YEAR - 1), datetime.min.time())
    plans = sorted((_plan(rng, first_day) for _ in range(dossiers)), key=lambda plan: plan.received[0])
    insert_rows(
        Dossier,
        (
            {
                "procedure_number": str(10_000_000 + index * 7),
                "status": plan.status,
                "assigned_to": TECHNICIANS[(index + 1) % len(TECHNICIANS)] if plan.status != "open" else None,
                "created_at": plan.received[0],
                "updated_at": plan.validated_at or plan.received[-1],
            }
            for index, plan in enumerate(plans)
        ),
        database,
    )
    dossier_ids = [dossier_id for (dossier_id,) in Dossier.select(Dossier.id).order_by(Dossier.id).tuples()]
    _files_and_submissions(database, plans, dossier_ids, rng)
    _pages(database, rng)
    _decisions(database, plans, dossier_ids)
    open_ids = Dossier.select(Dossier.id).where(Dossier.status == "open").limit(40)
    insert_rows(  # dossiers open on workstations, a few of them since yesterday or before
        Claim,
        (
            {"dossier": dossier_id, "holder": _technician(dossier_id), "claimed_at": NOW - timedelta(hours=index)}
            for index, (dossier_id,) in enumerate(open_ids.tuples())
        ),
        database,
    )


def _figures(start: date) -> list[tuple[str, Callable[[], object]]]:
    """Each figure of the dashboard from ``start`` to ``LAST_DAY``."""
    queries: dict[str, Callable[[date, date], object]] = {
        "submissions_per_day": dashboard_queries.submissions_per_day,
        "validations_per_day": dashboard_queries.validations_per_day,
        "time_to_validation": dashboard_queries.time_to_validation,
        "time_to_validation_by_week": dashboard_queries.time_to_validation_by_week,
        "recognition_by_channel": dashboard_queries.recognition_by_channel,
    }
    cases: list[tuple[str, Callable[[], object]]] = [
        (key, lambda query=query: query(start, LAST_DAY)) for key, query in queries.items()
    ]
    cases += [
        ("holds_by_missing_item", dashboard_queries.holds_by_missing_item),
        ("dossiers_on_hold", dashboard_queries.dossiers_on_hold),
        ("dashboard_figures (all of them)", lambda: dashboard_figures(start, LAST_DAY)),
    ]
    return cases


def _lead_lists() -> list[tuple[str, Callable[[], object]]]:
    """What the lead's other tabs read (not tied to a period, or to the last two weeks)."""
    return [
        ("on-hold review (rows + ages)", lambda: aging(on_hold_rows(), NOW, Thresholds())),
        ("workload: dossiers per technician", technician_loads),
        ("workload: claims older than 8 h", lambda: claims_older_than(NOW - timedelta(hours=8))),
        ("workload: decisions per day, 14 days", lambda: throughput(LAST_DAY - timedelta(days=13), LAST_DAY)[1]),
    ]


def _size(result: object) -> str:
    """What a figure found, in a few words (a wrong fill shows at once)."""
    if isinstance(result, DurationStats) and result.count:
        return f"{result.count} validations, median {result.median_days:.1f} d, p90 {result.p90_days:.1f} d"
    if isinstance(result, DashboardFigures):
        return f"{result.submissions} submissions, {result.validations} validations, {result.on_hold} on hold"
    return f"{len(result)} rows" if isinstance(result, list) else str(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workspace", type=Path, help="keep the filled workspace here (reused when it has dossiers)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(args.workspace or Path(folder) / "workspace")
        if Dossier.select().count() == 0:
            began = time.perf_counter()
            fill(workspace.database, args.dossiers)
            workspace.database.execute_sql("ANALYZE")
            print(f"filled {args.dossiers} dossiers in {time.perf_counter() - began:.1f} s")
        counts = {model.__name__: model.select().count() for model in (Submission, Page, Validation, Hold)}
        print(f"rows: {counts}, on hold now: {dashboard_queries.dossiers_on_hold()}")
        periods = (("last 30 days", 30), ("whole year", YEAR))
        for title, days in periods:
            start = LAST_DAY - timedelta(days=days - 1)
            print(f"-- {title} ({start} to {LAST_DAY})")
            for label, action in _figures(start):
                milliseconds, result = timed(action, args.repeat)
                print(f"{label:34s} {milliseconds:8.1f} ms   ({_size(result)})")
        print(f"-- the lead's lists (now: {NOW:%Y-%m-%d %H:%M} UTC)")
        for label, action in _lead_lists():
            milliseconds, result = timed(action, args.repeat)
            print(f"{label:38s} {milliseconds:8.1f} ms   ({_size(result)})")
        workspace.close()


if __name__ == "__main__":
    main()
