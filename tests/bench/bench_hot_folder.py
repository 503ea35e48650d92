"""Benchmark of the hot folder (a script, not a test): a long scanned batch dropped in the inbox.

    .venv/bin/python -m tests.bench.bench_hot_folder [--pages 300] [--workers 2] [--seed 7] [--no-separators]

The batch (``big_batch_pdf``, default scan profile, a separator sheet between envelopes as
the mailroom scans them) is generated first and not timed; where each document page was
filed is checked against its truth at the end.
``HotFolder.run_once`` then takes it in against a fresh workspace. Peak memory comes from
``getrusage``: RUSAGE_SELF for the main process, RUSAGE_CHILDREN for the largest page
worker. Linux carries a process's RSS high-water mark across fork and exec, so generation
and run are each a child of this bare launcher (stdlib only; the heavy imports are done
in the children): the run's peak then holds nothing of the generation. Resident memory
is also sampled every 50 pages through the import's progress callback, to show that it
stays flat however long the batch.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.processes import spawned_children

SAMPLE_EVERY_PAGES = 50
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


def _rss_mb(pid: int | str = "self") -> float:
    """Resident memory of one process now, from /proc (0 once it is gone)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE_BYTES / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0




class MemorySampler:
    """A progress callback that notes the time and resident memory every few pages."""

    def __init__(self) -> None:
        self.started = time.perf_counter()  # the run starts with its sampler
        self.rows: list[tuple[int, float, float, float]] = []  # pages, seconds, main MB, workers MB

    def __call__(self, done: int, total: int, name: str) -> None:
        if done % SAMPLE_EVERY_PAGES == 0 or done == total:
            workers = sum(_rss_mb(pid) for pid in spawned_children(os.getpid()))
            self.rows.append((done, time.perf_counter() - self.started, _rss_mb(), workers))


def generate(folder: Path, pages: int, seed: int, separators: bool) -> None:
    """Write the batch into ``folder/inbox``, its truth beside it, and say what it holds (child process)."""
    from telvalid_desktop.intake.separator import separator_sheet_pdf  # noqa: PLC0415 - not in the launcher
    from telvalid_desktop.samples.batches import big_batch_pdf  # noqa: PLC0415 - not in the launcher, see above

    (folder / "inbox").mkdir()
    batch = folder / "inbox" / "batch.pdf"
    started = time.perf_counter()
    truths = big_batch_pdf(batch, pages, seed=seed, separator_pdf=separator_sheet_pdf() if separators else None)
    truth = [[page.kind, page.procedure_number] for page in truths]
    (folder / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    numbers = {truth.procedure_number for truth in truths if truth.procedure_number is not None}
    print(
        f"batch: {len(truths)} scanned pages, {len({truth.envelope for truth in truths})} envelopes, "
        f"{len(numbers)} procedure numbers; generated in {time.perf_counter() - started:.0f} s, "
        f"{batch.stat().st_size / 1e6:.1f} MB (not measured)"
    )


def measure(folder: Path, workers: int) -> None:
    """Take in everything waiting in ``folder/inbox`` and print the figures (child process)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"  # before tesseract loads, as the workers do
    # Imported here, not in the launcher (see the module docstring).
    from telvalid_desktop.core.filing.hot_folder import HotFolder  # noqa: PLC0415
    from telvalid_desktop.core.filing.ingest import IngestService  # noqa: PLC0415
    from telvalid_desktop.core.lifecycle.dossiers import DossierService  # noqa: PLC0415
    from telvalid_desktop.core.workspace import open_workspace  # noqa: PLC0415
    from telvalid_desktop.db.models import Dossier  # noqa: PLC0415
    from telvalid_desktop.intake.workers import PageWorkers  # noqa: PLC0415

    workspace = open_workspace(folder / "ws")
    with PageWorkers(workers) as pool:
        hot = HotFolder(
            folder / "inbox",
            folder / "archive",
            folder / "quarantine",
            IngestService(workspace, pool, DossierService(), user="mailroom"),
            settle_s=0.0,
        )
        sampler = MemorySampler()
        outcomes = list(hot.run_once(progress=sampler))
        elapsed = time.perf_counter() - sampler.started
    main_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / 1e6  # largest reaped worker
    pages = sum(outcome.page_count for outcome in outcomes)
    submissions = [submission for outcome in outcomes for submission in outcome.submissions]
    unsorted = sum(submission.procedure_number is None for submission in submissions)
    archived = sum(1 for path in (folder / "archive").rglob("*") if path.is_file())
    print(f"hot folder run, {workers} page worker(s), fresh workspace:")
    print(f"  files: {', '.join(outcome.status.value for outcome in outcomes)}; {archived} archived")
    print(f"  pages: {pages}")
    print(f"  envelopes: {len(submissions)} ({len(submissions) - unsorted} with a number, {unsorted} unsorted)")
    print(f"  dossiers: {Dossier.select().count()}")
    print(f"  wall: {elapsed:.1f} s, {pages / elapsed * 60:.0f} pages per minute")
    print(f"  peak RSS: main process {main_peak:.0f} MB, largest page worker {worker_peak:.0f} MB")
    print(f"  RSS during the run, every {SAMPLE_EVERY_PAGES} pages read:")
    print("     pages   seconds   main MB   workers MB (sum)")
    for done, seconds, main_mb, workers_mb in sampler.rows:
        print(f"    {done:6d}  {seconds:8.1f}  {main_mb:8.0f}  {workers_mb:11.0f}")
    print_filing(json.loads((folder / "truth.json").read_text(encoding="utf-8")))
    workspace.close()


def print_filing(truth: list[list[str | None]]) -> None:
    """Where each document page went against the truth: its dossier, another one, or unsorted."""
    from telvalid_desktop.db.models import Page  # noqa: PLC0415 - not in the launcher

    counts = {"right": 0, "WRONG (envelope flagged for review)": 0, "WRONG (silent)": 0, "unsorted": 0}
    for page in Page.select().order_by(Page.index):
        kind, number = truth[page.index]
        if kind in ("blank", "separator"):
            continue
        submission = page.submission
        filed = submission.procedure_number if submission is not None and submission.dossier_id else None
        if filed is None or filed == number:
            counts["unsorted" if filed is None else "right"] += 1
        else:
            counts["WRONG (envelope flagged for review)" if submission.needs_review else "WRONG (silent)"] += 1
    print("  document pages filed: " + ", ".join(f"{name} {count}" for name, count in counts.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--no-separators", action="store_true", help="no separator sheet between envelopes (not the mailroom's way)"
    )
    parser.add_argument("--child", choices=("generate", "measure"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "generate":
        generate(args.folder, args.pages, args.seed, not args.no_separators)
    elif args.child == "measure":
        measure(args.folder, args.workers)
    else:
        with tempfile.TemporaryDirectory(prefix="telvalid-bench-") as temporary:
            command = [sys.executable, "-m", "tests.bench.bench_hot_folder", "--folder", temporary]
            command += ["--pages", str(args.pages), "--workers", str(args.workers), "--seed", str(args.seed)]
            command += ["--no-separators"] if args.no_separators else []
            subprocess.run([*command, "--child", "generate"], check=True)
            subprocess.run([*command, "--child", "measure"], check=True)


if __name__ == "__main__":
    main()
