"""Speed and accuracy of the header reader on generated forms, per scan profile (a script, not a test).

    OMP_THREAD_LIMIT=1 taskset -c 0 .venv/bin/python tests/bench/bench_header.py --forms 12 --seed 7

Prints, per profile: median and 90th percentile CPU ms per page (process time: other
jobs on the machine do not inflate it; one thread since OMP_THREAD_LIMIT=1) (open + render + deskew +
OCR + verification), pages read right, pages with no number, wrong numbers (and how
many of them had a confidence >= 0.5, which must stay 0), and for comparison the
full-page tesseract time of the same pages.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # before tesserocr is imported: see ocr.py

import argparse  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

import pymupdf  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from telvalid_desktop.intake.header import read_header  # noqa: E402
from telvalid_desktop.intake.ocr import OcrEngine, create_engine  # noqa: E402
from telvalid_desktop.intake.rendering import render_region  # noqa: E402
from telvalid_desktop.samples.customers import random_procedure_number  # noqa: E402
from telvalid_desktop.samples.procedure_form import LABELS, form_pdf  # noqa: E402
from telvalid_desktop.samples.scan_files import images_to_pdf
from telvalid_desktop.samples.scans import PROFILES, scan_page  # noqa: E402

TRUSTED = 0.5


@dataclass
class Tally:
    """Outcomes of one profile."""

    ms: list[float] = field(default_factory=list)
    right: int = 0
    missing: int = 0
    wrong: int = 0
    wrong_trusted: int = 0
    low_right: int = 0  # right number but confidence < TRUSTED
    examples: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        pages = len(self.ms)
        p90 = sorted(self.ms)[int(0.9 * (pages - 1))]
        return (
            f"{name:12s} {pages:4d} {statistics.median(self.ms):7.1f} {p90:7.1f} "
            f"{self.right:5d} {100 * self.right / pages:6.1f}% {self.low_right:5d} {self.missing:5d} "
            f"{self.wrong:5d} {self.wrong_trusted:5d}"
        )


def scanned_pages(profile: str, forms: int, seed: int) -> list[tuple[str, bytes]]:
    """(expected number, one-page scanned PDF) for ``forms`` two-page forms."""
    pages = []
    for i in range(forms):
        rng = random.Random(f"{seed}-{profile}-{i}")
        number = random_procedure_number(rng)
        pdf = form_pdf(number, label=LABELS[i % len(LABELS)], pages=2, rng=rng)
        for index in range(2):
            image = scan_page(pdf, index, PROFILES[profile], rng)
            pages.append((number, images_to_pdf([image])))
    return pages


def measure(pages: list[tuple[str, bytes]], ocr: OcrEngine) -> Tally:
    tally = Tally()
    for expected, pdf in pages:
        start = time.process_time()
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            reading = read_header(doc[0], ocr)
        tally.ms.append(1000 * (time.process_time() - start))
        if reading is None:
            tally.missing += 1
        elif reading.number == expected:
            tally.right += 1
            tally.low_right += reading.confidence < TRUSTED
        else:
            tally.wrong += 1
            tally.wrong_trusted += reading.confidence >= TRUSTED
            tally.examples.append(f"{expected} read {reading.number} conf {reading.confidence}: {reading.text!r}")
    return tally


def full_page_ms(pages: list[tuple[str, bytes]], ocr: OcrEngine, count: int) -> float:
    """Median ms of tesseract on the whole page (300 dpi) for the first ``count`` pages."""
    times = []
    for _, pdf in pages[:count]:
        start = time.process_time()
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            ocr.recognize(render_region(doc[0], page_width_px=2480), psm=3)
        times.append(1000 * (time.process_time() - start))
    return statistics.median(times)


def digital_ms(forms: int, seed: int) -> float:
    """Median ms per page of a digital form: open + text layer + pattern."""
    times = []
    for i in range(forms):
        rng = random.Random(f"{seed}-digital-{i}")
        pdf = form_pdf(random_procedure_number(rng), label=LABELS[i % len(LABELS)], pages=1, rng=rng)
        start = time.process_time()
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            read_header(doc[0], None)
        times.append(1000 * (time.process_time() - start))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--forms", type=int, default=10, help="two-page forms per profile")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profiles", nargs="*", default=list(PROFILES))
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--lang", default="fra", help="tesseract languages, e.g. fra or fra+eng")
    parser.add_argument("--full-page", type=int, default=2, help="pages per profile timed with full-page OCR")
    args = parser.parse_args()
    ocr = create_engine(args.engine, args.lang)
    print(f"engine {ocr.name} ({args.lang}); digital page (text layer): {digital_ms(20, args.seed):.1f} ms median")
    print(f"{'profile':12s} pages  median     p90 right      % lowok  none wrong wrong>=0.5  full-page ms  x")
    total = Tally()
    for profile in args.profiles:
        pages = scanned_pages(profile, args.forms, args.seed)
        measure(pages[:1], ocr)  # warm-up
        tally = measure(pages, ocr)
        full = full_page_ms(pages, ocr, args.full_page) if args.full_page else float("nan")
        print(f"{tally.row(profile)}  {full:12.0f} {full / statistics.median(tally.ms):5.0f}", flush=True)
        for example in tally.examples:
            print("    wrong:", example)
        total.ms += tally.ms
        for name in ("right", "missing", "wrong", "wrong_trusted", "low_right"):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
    print(total.row("ALL"))


if __name__ == "__main__":
    main()
