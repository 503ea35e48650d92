"""Benchmark of the intake (a script, not a test): prints figures to quote in notes.

    .venv/bin/python -m tests.bench.bench_intake [--pages 24] [--batch 500]

1. Seconds per page, one core, in-process: text-layer pages, scanned pages (every scan
   profile), and full-page tesseract OCR of the same scanned pages (tesserocr in-process
   and pytesseract), so the speed-up is measured in the same run.
2. Pages per second with 1 and 2 worker processes on a scanned batch.
3. Peak memory (sum of the RSS of the ingest process and its workers) while
   ``telvalid ingest`` takes in a ``--batch``-page scanned file.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

os.environ["OMP_THREAD_LIMIT"] = "1"

import pymupdf  # noqa: E402
import pytesseract  # noqa: E402

from telvalid_desktop.intake.analysis import PageAnalyzer  # noqa: E402
from telvalid_desktop.intake.rendering import render_region  # noqa: E402
from telvalid_desktop.intake.workers import PageWorkers  # noqa: E402
from telvalid_desktop.samples.batches import big_batch_pdf  # noqa: E402
from telvalid_desktop.samples.customers import random_procedure_number  # noqa: E402
from telvalid_desktop.samples.procedure_form import form_pdf  # noqa: E402
from telvalid_desktop.samples.scan_files import images_to_pdf
from telvalid_desktop.samples.scans import PROFILES, scan_page  # noqa: E402

FULL_PAGE_WIDTH_PX = 2480  # A4 at 300 dpi, as full-page OCR is normally run


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms"


def _timed(function, *args):  # noqa: ANN001, ANN202 - tiny local helper
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def make_pages(folder: Path, count: int, seed: int) -> tuple[Path, Path, list[str]]:
    """A digital PDF and a scanned PDF of ``count`` form pages (profiles in turn)."""
    rng = random.Random(seed)
    digital = pymupdf.open()
    images, dpis, numbers, names = [], [], [], sorted(PROFILES)
    for index in range(count):
        number = random_procedure_number(rng)
        form = form_pdf(number, rng=rng, pages=1)
        digital.insert_pdf(pymupdf.open("pdf", form))
        profile = PROFILES[names[index % len(names)]]
        images.append(scan_page(form, 0, profile, rng))
        dpis.append(profile.dpi)
        numbers.append(number)
    digital_path, scanned_path = folder / "digital.pdf", folder / "scanned.pdf"
    digital.save(digital_path)
    scanned_path.write_bytes(images_to_pdf(images, dpis))
    return digital_path, scanned_path, numbers


def single_core(digital: Path, scanned: Path, numbers: list[str]) -> None:
    analyzer = PageAnalyzer()
    engine = analyzer.engine
    count = len(numbers)
    text_times = [_timed(analyzer.analyze, digital, i)[0] for i in range(count)]
    scan_times, correct = [], 0
    for index in range(count):
        seconds, analysis = _timed(analyzer.analyze, scanned, index)
        scan_times.append(seconds)
        correct += analysis.reading is not None and analysis.reading.number == numbers[index]
    document = pymupdf.open(scanned)
    full_in_process, full_pytesseract = [], []
    for index in range(count):
        image = render_region(document[index], page_width_px=FULL_PAGE_WIDTH_PX)
        full_in_process.append(_timed(partial(engine.recognize, psm=3), image)[0])  # tesseract's default
        full_pytesseract.append(_timed(pytesseract.image_to_string, image, "fra")[0])
    median_scan = statistics.median(scan_times)
    rows = [
        ("text-layer page, whole analysis", text_times, None),
        ("scanned page, whole analysis", scan_times, None),
        ("full-page OCR, tesserocr in-process, psm 3", full_in_process, statistics.median(full_in_process)),
        ("full-page OCR, pytesseract (CLI), psm 3", full_pytesseract, statistics.median(full_pytesseract)),
    ]
    print(f"pages per kind: {count}; one core, in-process, engine {type(engine).__name__}; "
          f"scanned pages read right: {correct}/{count}")
    for label, samples, baseline in rows:
        ratio = f"  -> header path {baseline / median_scan:5.1f}x faster" if baseline else ""
        print(f"  {label:44} {_median_ms(samples)} median, {statistics.mean(samples) * 1000:7.1f} ms mean{ratio}")

def parallel(scanned: Path, count: int) -> None:
    for workers in (1, 2):
        with PageWorkers(workers) as pool:
            list(pool.analyze_pages(scanned, 2 * workers))  # start and warm the workers
            started = time.perf_counter()
            list(pool.analyze_pages(scanned, count))
            elapsed = time.perf_counter() - started
        print(f"  {workers} worker(s): {count / elapsed:6.2f} scanned pages/s ({elapsed / count * 1000:.1f} ms/page)")


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
            children.setdefault(int(fields[1]), []).append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total / 1e6


def peak_memory(folder: Path, pages: int) -> None:
    batch = folder / "batch.pdf"
    started = time.perf_counter()
    big_batch_pdf(batch, pages, seed=7)
    print(f"  built a {pages}-page scanned batch in {time.perf_counter() - started:.0f} s "
          f"({batch.stat().st_size / 1e6:.0f} MB)")
    command = [sys.executable, "-m", "telvalid_desktop", "--workspace", str(folder / "ws"), "ingest", "--json",
               str(batch)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    peak, stop = [0.0], threading.Event()

    def sample() -> None:
        while not stop.wait(0.05):
            peak[0] = max(peak[0], _tree_rss_mb(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    started = time.perf_counter()
    sampler.start()
    output, _ = process.communicate()
    elapsed = time.perf_counter() - started
    stop.set()
    sampler.join()
    print(f"  ingest of {pages} pages: {elapsed:.0f} s ({pages / elapsed * 60:.0f} pages/min), "
          f"peak memory {peak[0]:.0f} MB (process + workers), exit {process.returncode}, "
          f"{len(output.splitlines())} JSON line(s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=30, help="form pages per kind")
    parser.add_argument("--batch", type=int, default=500, help="pages of the memory batch (0: skip)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="telvalid-bench-") as temporary:
        folder = Path(temporary)
        digital, scanned, numbers = make_pages(folder, args.pages, args.seed)
        single_core(digital, scanned, numbers)
        print("parallel page analysis (process pool, spawn, OMP_THREAD_LIMIT=1):")
        parallel(scanned, args.pages)
        if args.batch:
            print("memory:")
            peak_memory(folder, args.batch)


if __name__ == "__main__":
    main()
