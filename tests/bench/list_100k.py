"""Benchmark of the dossier list queries on 100,000 dossiers (a script, not a test).

    .venv/bin/python -m tests.bench.list_100k [--dossiers 100000] [--repeat 5]
        [--workspace DIR | --database postgresql:///telvalid_bench]

Fills a temporary workspace (or the PostgreSQL database named, kept and reused when it has
dossiers) with dossiers, their known procedures, one or two submissions each and a few
unsorted submissions (bulk ``insert_many`` in chunks), then prints the median milliseconds
of each query the list and the sidebar run. Target: each well under 100 ms, so the window
can run them on the GUI thread; a search, its page and its count together under 20 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import peewee

from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db.dossier_queries import count_dossiers, fetch_dossier_rows, queue_counts, unsorted_rows
from telvalid_desktop.db.models import Dossier, KnownProcedure, StoredFile, Submission
from telvalid_desktop.read_models.dossiers import DossierFilter, DossierRow

CHUNK = 2_000
PAGE = 200
FIRST_NAMES = (  # 40: a first name is on 2.5% of the customers, with or without its accents
    "Élodie", "Hélène", "Jérôme", "François", "Chloé", "Noël", "Zoé", "Léa", "Anaïs", "Gaël",
    "Benoît", "Cécile", "Agnès", "Maëlle", "Loïc", "Inès", "Clément", "Aurélie", "Stéphane", "Joël",
    "Marc", "Julie", "Paul", "Camille", "Nicolas", "Sophie", "Pierre", "Laura", "Thomas", "Emma",
    "Louis", "Manon", "Hugo", "Sarah", "Lucas", "Marie", "Jean", "Claire", "David", "Anne",
)  # fmt: skip
LAST_NAMES = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau")
# Not in the schema yet (migrations are owned elsewhere): measured with --with-indexes.
SUGGESTED_INDEXES = (
    "CREATE INDEX IF NOT EXISTS submission_dossier_received ON submission (dossier_id, received_at)",
    "CREATE INDEX IF NOT EXISTS known_procedure_customer_name ON known_procedure (customer_name)",
)
STATUSES = ("open",) * 5 + ("on_hold",) * 2 + ("validated",) * 6 + ("superseded", "rejected")


def insert_rows(model: type[peewee.Model], rows: Iterator[dict[str, Any]], database: peewee.Database) -> None:
    with database.atomic():
        for batch in peewee.chunked(rows, CHUNK):
            model.insert_many(batch).execute()


def stored_file_row(index: int, pages: int, **fields: object) -> dict[str, Any]:
    """A scanned file's row, distinct by ``index`` (its sha256 and name)."""
    return {
        "sha256": f"{index:064x}",
        "original_name": f"scan-{index:06d}.pdf",
        "original_path": f"/scans/scan-{index:06d}.pdf",
        "media_type": "application/pdf",
        "size_bytes": 100_000,
        "page_count": pages,
        **fields,
    }


def _customer(rng: random.Random, index: int) -> str:
    """First name, last name and a number; one customer in four in capitals ("ÉLODIE DUBOIS")."""
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {index:06d}"
    return name.upper() if index % 4 == 0 else name


def fill(database: peewee.Database, dossiers: int, seed: int = 7) -> None:
    """Dossiers numbered 10000000.., each with a known procedure and 1-2 submissions."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1)
    numbers = [str(10_000_000 + index * 7) for index in range(dossiers)]
    insert_rows(
        KnownProcedure,
        (
            {
                "procedure_number": number,
                "telephony_group": f"GRP-{index % 40_000:05d}",
                "customer_name": _customer(rng, index),
                "account": f"{chr(97 + index % 26)}{chr(97 + index // 26 % 26)}{index % 100_000:05d}-ovh",
                "customer_type": "company",
                "payment_method": "direct_debit",
            }
            for index, number in enumerate(numbers)
        ),
        database,
    )
    insert_rows(
        Dossier,
        (
            {
                "procedure_number": number,
                "status": (status := rng.choice(STATUSES)),
                "complement_received": status == "open" and rng.random() < 0.3,
                "created_at": start + timedelta(minutes=index * 5),
                "updated_at": start + timedelta(minutes=index * 5 + rng.randint(0, 60_000)),
            }
            for index, number in enumerate(numbers)
        ),
        database,
    )
    insert_rows(StoredFile, (stored_file_row(index, 3) for index in range(dossiers)), database)
    ids = [dossier_id for (dossier_id,) in Dossier.select(Dossier.id).order_by(Dossier.id).tuples()]
    file_ids = [file_id for (file_id,) in StoredFile.select(StoredFile.id).order_by(StoredFile.id).tuples()]

    def submissions() -> Iterator[dict[str, Any]]:
        for index, (dossier_id, file_id) in enumerate(zip(ids, file_ids, strict=True)):
            received = start + timedelta(minutes=index * 5)
            yield {"file": file_id, "position": 0, "dossier": dossier_id, "received_at": received}
            if index % 4 == 0:  # a complement days later
                later = received + timedelta(days=3)
                yield {"file": file_id, "position": 1, "dossier": dossier_id, "received_at": later}
            if index % 500 == 0:  # an envelope nobody could read
                yield {"file": file_id, "position": 2, "dossier": None, "needs_review": True, "received_at": received}

    insert_rows(Submission, submissions(), database)


def timed(action: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median milliseconds of ``repeat`` runs, and the last result."""
    durations = []
    result: object = None
    for _ in range(repeat):
        began = time.perf_counter()
        result = action()
        durations.append((time.perf_counter() - began) * 1000)
    return statistics.median(durations), result


def _page(offset: int = 0, **options: Any) -> Callable[[], list[DossierRow]]:
    return lambda: fetch_dossier_rows(DossierFilter(**options), offset, PAGE)


def _count(**options: Any) -> Callable[[], int]:
    return lambda: count_dossiers(DossierFilter(**options))


def _cases() -> list[tuple[str, Callable[[], object]]]:
    return [
        ("count_dossiers (all)", _count()),
        ("count_dossiers (open)", _count(queue="open")),
        ("first page (last activity desc)", _page()),
        ("page at offset 90,000", _page(90_000)),
        ("sort last activity asc, offset 50,000", _page(50_000, descending=False)),
        ("sort by number, first page", _page(sort_column="procedure_number")),
        ("sort by customer, first page", _page(sort_column="customer_name")),
        ("sort by customer, offset 90,000", _page(90_000, sort_column="customer_name")),
        ("sort by first received, first page", _page(sort_column="first_received")),
        ("sort by status, open queue", _page(queue="open", sort_column="status")),
        ("queue_counts", queue_counts),
        ("unsorted_rows first page", lambda: unsorted_rows(0, PAGE)),
    ]


# (what it shows, the search): each is timed as the list runs it, its first page then its count.
SEARCHES = (
    ("number part", "4512"),
    ("number part", "0004"),
    ("customer, no accent", "elodie"),
    ("customer, accent", "Élodie"),
    ("customer in capitals", "HÉLÈNE"),
    ("group", "grp-0123"),
    ("account", "2345-ovh"),
    ("two words", "dubois 0123"),
    ("two words", "jérôme martin"),
    ("short word: LIKE", "du"),
    ("short word and a long one", "du 4512"),
    ("broad: 10% of the dossiers", "martin"),
)


def search_figures(search: str, repeat: int) -> tuple[float, float, float, int]:
    """Median milliseconds of the first page, of the count and of both together; the count."""
    dossier_filter = DossierFilter(search=search)
    pages, counts, found = [], [], 0
    for _ in range(repeat):
        began = time.perf_counter()
        fetch_dossier_rows(dossier_filter, 0, PAGE)
        paged = time.perf_counter()
        found = count_dossiers(dossier_filter)
        pages.append((paged - began) * 1000)
        counts.append((time.perf_counter() - paged) * 1000)
    both = [page + count for page, count in zip(pages, counts, strict=True)]
    return statistics.median(pages), statistics.median(counts), statistics.median(both), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workspace", type=Path, help="keep the filled workspace here (reused when it has dossiers)")
    parser.add_argument("--database", help="a PostgreSQL URL (kept, reused when it has dossiers); default: SQLite")
    parser.add_argument("--with-indexes", action="store_true", help="add SUGGESTED_INDEXES first (for the report)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        workspace = open_workspace(args.workspace or Path(folder) / "workspace", args.database)
        print(f"opened (and migrated) {workspace.database_url or 'SQLite'} in {time.perf_counter() - began:.1f} s")
        if Dossier.select().count() == 0:
            began = time.perf_counter()
            fill(workspace.database, args.dossiers)
            workspace.database.execute_sql("ANALYZE")
            print(f"filled {args.dossiers} dossiers in {time.perf_counter() - began:.1f} s")
        if args.with_indexes:
            for statement in SUGGESTED_INDEXES:
                workspace.database.execute_sql(statement)
            workspace.database.execute_sql("ANALYZE")
            print("with the suggested indexes")
        cases = _cases()
        for label, action in cases:
            milliseconds, result = timed(action, args.repeat)
            size = result if isinstance(result, int) else len(result) if isinstance(result, list | dict) else ""
            print(f"{label:40s} {milliseconds:8.1f} ms   ({size})")
        for label, search in SEARCHES:
            page, count, both, found = search_figures(search, args.repeat)
            name = f"search {search!r} ({label})"
            print(f"{name:52s} page {page:6.1f} + count {count:6.1f} = {both:6.1f} ms   ({found})")
        workspace.close()


if __name__ == "__main__":
    main()
