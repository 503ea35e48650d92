"""Load test: many workstations on one database at once, for a while (a script, not a test).

    .venv/bin/python -m tests.bench.load_workstations --workstations 20 --seconds 120 \\
        --database postgresql:///telvalid_load [--dossiers 2000]
    .venv/bin/python -m tests.bench.load_workstations --workstations 4 --seconds 30 \\
        --database sqlite:////tmp/telvalid-load.sqlite3

Empties the database, fills known procedures and dossiers with pages straight in it, then
starts one process per workstation. Each works like a technician at the window: picks
the next dossier of the open queue, opens it (claim, checklist, pages), ticks items, puts
it on hold or validates it, releases it, searches the list, and now and then takes in a
small file (a complement for a number, or a new number). Every operation is timed; the
end prints per kind its count, p50 and p95, the refusals (expected: another workstation
won) apart from the real errors, the transitions per second, and a check of the history
against what the workstations saw committed: lost updates and doubled transitions.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

import peewee

from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db.database import DATABASE_ENV, is_postgres
from telvalid_desktop.db.dossier_queries import fetch_dossier_rows
from telvalid_desktop.db.models import Dossier, DossierEvent, KnownProcedure, Page, StoredFile, Submission
from telvalid_desktop.domain import ImportStatus
from telvalid_desktop.read_models.dossiers import DossierFilter
from tests.bench.list_100k import LAST_NAMES, insert_rows, stored_file_row
from tests.concurrency_workers import (
    START_TIMEOUT_S,
    HistoryCheck,
    Report,
    check_history,
    ingest,
    merged,
    run_together,
    work_on,
)
from tests.gui.conftest import digital_form
from tests.shared_database import empty

PAGES = 3  # per filled dossier
NEW_NUMBERS = 0.1  # known procedures with no dossier yet, as a share of the dossiers
INGEST_EVERY_S = 5.0  # each workstation takes in a file this often
QUEUE_PAGE = 50  # rows of the open queue a technician looks at to pick the next dossier
LIST_PAGE = 200  # rows the window reads per page of the list
FIRST_NUMBER = 30_000_000


def prepare(url: str, root: Path) -> None:
    """An empty database for ``url``, and settings and rules as shipped (not the developer's)."""
    os.environ[DATABASE_ENV] = url  # the workstations' processes inherit it
    os.environ["XDG_CONFIG_HOME"] = str(root / "config")
    os.environ["XDG_DATA_HOME"] = str(root / "data")
    if is_postgres(url):
        empty(url)
        return
    path = Path(url.removeprefix("sqlite://"))
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)


def fill(database: peewee.Database, dossiers: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """Known procedures, and open dossiers of ``PAGES`` pages for most of them (each with its 'created' row).

    Returns the numbers with a dossier and the new ones (known, no dossier yet).
    """
    numbers = [str(FIRST_NUMBER + index * 7) for index in range(dossiers + int(dossiers * NEW_NUMBERS))]
    filed, new = numbers[:dossiers], numbers[dossiers:]
    insert_rows(KnownProcedure, (known_row(number, rng) for number in numbers), database)
    insert_rows(Dossier, ({"procedure_number": number} for number in filed), database)
    insert_rows(StoredFile, (stored_file_row(index, PAGES) for index in range(dossiers)), database)
    ids = [dossier_id for (dossier_id,) in Dossier.select(Dossier.id).order_by(Dossier.id).tuples()]
    file_ids = [file_id for (file_id,) in StoredFile.select(StoredFile.id).order_by(StoredFile.id).tuples()]
    insert_rows(DossierEvent, (created_row(dossier_id) for dossier_id in ids), database)
    insert_rows(
        Submission,
        (
            {"file": file_id, "position": 0, "dossier": dossier_id, "procedure_number": number}
            for dossier_id, file_id, number in zip(ids, file_ids, filed, strict=True)
        ),
        database,
    )
    submissions = Submission.select(Submission.id, Submission.file).order_by(Submission.id).tuples()
    insert_rows(
        Page,
        (
            {"file": file_id, "index": index, "submission": submission_id}
            for submission_id, file_id in submissions
            for index in range(PAGES)
        ),
        database,
    )
    return filed, new


def known_row(number: str, rng: random.Random) -> dict[str, Any]:
    """A procedure from the manager export; its facts decide the checklist (3 to 5 items)."""
    return {
        "procedure_number": number,
        "account": f"ab{number[-4:]}-ovh",
        "telephony_group": f"GRP-{number[-5:]}",
        "customer_name": f"{rng.choice(LAST_NAMES)} {number[-4:]}",
        "customer_type": rng.choice(("individual", "company")),
        "payment_method": rng.choice(("direct_debit", "cheque")),
    }


def created_row(dossier_id: int) -> dict[str, Any]:
    return {
        "dossier": dossier_id,
        "actor": "mailroom",
        "event": "created",
        "from_status": "open",
        "to_status": "open",
        "reason": "filled",
    }


def mail(folder: Path, count: int, numbers: list[str], new: list[str], rng: random.Random) -> list[Path]:
    """``count`` small files for the workstation named like ``folder``: mostly complements, some new numbers."""
    folder.mkdir(parents=True, exist_ok=True)
    user = folder.name
    return [
        digital_form(
            folder / f"{user}-{index:03d}.pdf",
            rng.choice(new if rng.random() < 0.3 else numbers),
            pages=1,
            extra=(f"RIB {user} {index}",),
        )
        for index in range(count)
    ]


def take_in(services: Services, path: Path, report: Report) -> None:
    """Ingest a file; a filed submission is an arrival the history must show once."""
    outcome = report.timed("ingest", partial(ingest, path, services))
    if outcome is not None and outcome.status == ImportStatus.IMPORTED:
        report.arrivals += [path.name for filed in outcome.submissions if filed.dossier_id is not None]


def search(services: Services, text: str) -> int:
    """The list filtered by a search text, with the columns the window adds (missing items, holder)."""
    rows = fetch_dossier_rows(DossierFilter(search=text), 0, LIST_PAGE)
    ids = [row.dossier_id for row in rows]
    services.checklist.missing_items(ids)
    services.claims.holders(ids)
    return len(rows)


def next_dossier(numbers: list[str], rng: random.Random) -> str:
    """A dossier of the open queue, oldest first, as a technician picks it (any one when the queue is empty)."""
    oldest_first = DossierFilter(queue="open", sort_column="first_received", descending=False)
    rows = fetch_dossier_rows(oldest_first, 0, QUEUE_PAGE)
    return rng.choice(rows).procedure_number if rows else rng.choice(numbers)


def workstation_day(seconds: float, numbers: list[str], files: list[Path], seed: int, services: Services) -> Report:
    """One workstation's loop until ``seconds`` have passed (run in its own process)."""
    rng, report = random.Random(seed), Report()
    started = time.monotonic()
    mail_due = started + rng.uniform(0, INGEST_EVERY_S)
    while (now := time.monotonic()) < started + seconds:
        if files and now >= mail_due:
            take_in(services, files.pop(), report)
            mail_due = now + INGEST_EVERY_S
        number = report.timed("queue", partial(next_dossier, numbers, rng))
        if number is not None:
            work_on(services, number, rng, report)
        text = rng.choice((rng.choice(numbers)[-5:], rng.choice(LAST_NAMES)))
        report.timed("search", partial(search, services, text))
    return report


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def print_operations(total: Report) -> None:
    print(f"{'operation':<10} {'count':>7} {'p50 ms':>8} {'p95 ms':>8}  refused / errors")
    for kind, values in sorted(total.latencies.items()):
        refused = {name: n for (op, name), n in total.refusals.items() if op == kind}
        errors = {name: n for (op, name), n in total.errors.items() if op == kind}
        p50, p95 = percentile(values, 0.5) * 1000, percentile(values, 0.95) * 1000
        print(f"{kind:<10} {len(values):>7} {p50:>8.1f} {p95:>8.1f}  refused {refused or '-'} / errors {errors or '-'}")
    for kind, message in sorted(total.first_errors.items()):
        print(f"  first {kind}: {message.splitlines()[0] if message else '(no message)'}")


def print_check(total: Report, check: HistoryCheck, seconds: float) -> None:
    rows = DossierEvent.select(DossierEvent.event).where(DossierEvent.from_status != DossierEvent.to_status)
    events = Counter(event for (event,) in rows.tuples())
    transitions = sum(events.values())
    print(f"transitions committed: {transitions} ({transitions / seconds:.1f}/s): {dict(sorted(events.items()))}")
    statuses = Counter(status for (status,) in Dossier.select(Dossier.status).tuples())
    print(f"dossiers at the end: {dict(sorted(statuses.items()))}")
    print(f"the workstations saw committed: {len(total.transitions)} decisions, {len(total.arrivals)} filed files")
    print(f"lost updates: {len(check.lost)}, doubled transitions: {len(check.doubled)}")
    print(f"dossiers whose history disagrees with them: {len({problem.split(':')[0] for problem in check.broken})}")
    for problem in (check.lost + check.doubled + check.broken)[:10]:
        print(f"  {problem}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workstations", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--database", required=True, help="postgresql:///NAME, or sqlite:////PATH (emptied first)")
    parser.add_argument("--dossiers", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="telvalid-load-") as folder:
        root = Path(folder)
        prepare(args.database, root)
        workspace = open_workspace(root / "workspace")
        began = time.perf_counter()
        numbers, new = fill(workspace.database, args.dossiers, rng)
        users = [f"ws{index:02d}" for index in range(args.workstations)]
        count = int(args.seconds // INGEST_EVERY_S) + 1
        files = [mail(root / "mail" / user, count, numbers, new, rng) for user in users]
        print(f"{args.workstations} workstations, {args.seconds:.0f} s, {args.database}, {len(numbers)} dossiers")
        print(f"filled and {count} files per workstation written in {time.perf_counter() - began:.1f} s")
        jobs = [partial(workstation_day, args.seconds, numbers, mine, seed) for seed, mine in enumerate(files)]
        reports = run_together(jobs, workspace.root, users, args.seconds + START_TIMEOUT_S * 2)
        total = merged(reports)
        print_operations(total)
        print_check(total, check_history(reports), args.seconds)
        workspace.close()


if __name__ == "__main__":
    main()
