"""Accuracy of the intake on a generated corpus (a script, not a test).

    .venv/bin/python -m tests.bench.accuracy [--scale small|full] [--seed 1] [--no-export]

Builds the corpus (every scan profile, batches with and without separator sheets,
complements, split submissions), loads a manager export of its procedure numbers plus
decoys one digit away (numbers are often issued in sequence, so a misread easily lands
on another customer's real number), ingests everything with two worker processes and
compares each page with the truth. Prints wrong assignments (the figure that must be
0), recall on scanned form pages and on every page, and separator/blank detection.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.filing.outcomes import FileOutcome
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.procedures import EXPORT_COLUMNS, import_export
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.intake.separator import separator_sheet_pdf
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.samples.corpus import build_corpus

DIGITAL = "digital"


def neighbours(number: str) -> list[str]:
    """Numbers a digit away, as a sequential numbering would have issued to others."""
    value = int(number)
    return [str(value + delta) for delta in (-1, 1, 10) if len(str(value + delta)) == len(number)]


def write_export(path: Path, numbers: set[str], rng: random.Random) -> None:
    rows = set(numbers)
    for number in numbers:
        rows.update(neighbours(number))
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(EXPORT_COLUMNS)
        for number in sorted(rows):
            writer.writerow([number, "2026-03-01T09:00:00Z", f"ab{number[-5:]}-ovh", f"grp-{number[-6:]}",
                             "Client", rng.choice(["individual", "company"]),
                             rng.choice(["direct_debit", "cheque"])])


class Score:
    """Counts of one comparison with the truth."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.form_by_profile: dict[str, Counter[str]] = defaultdict(Counter)
        self.wrong: list[str] = []
        self.unsorted: Counter[str] = Counter()
        self.missed: list[str] = []

    def add_file(self, name: str, truths: list[dict], outcome: FileOutcome) -> None:
        assigned: dict[int, str | None] = {}
        self.reasons: dict[int, str] = {}
        for submission in outcome.submissions:
            for page in submission.pages:
                assigned[page] = submission.procedure_number
                self.reasons[page] = submission.review_reason
        for page_number, truth in enumerate(truths, start=1):
            self._add_page(name, page_number, truth, assigned, outcome)

    def _add_page(self, name: str, page: int, truth: dict, assigned: dict, outcome: FileOutcome) -> None:
        kind = truth["kind"]
        if kind == "separator":
            self.counts["separator " + ("found" if page in outcome.separator_pages else "missed")] += 1
            return
        if page in outcome.separator_pages:
            self.counts["separator false alarm"] += 1
        if kind == "blank":
            self.counts["blank " + ("found" if page in outcome.blank_pages else "kept as a document")] += 1
            return
        if page in outcome.blank_pages:
            self.counts["document page taken for blank"] += 1
            return
        expected, got = truth["procedure_number"], assigned.get(page)
        verdict = "wrong" if got is not None and got != expected else "right" if got == expected else "unsorted"
        if verdict == "wrong":
            self.wrong.append(f"{name} p{page} {kind}/{truth['profile']}: expected {expected}, got {got}")
        self.counts[f"page {verdict}"] += 1
        if verdict == "unsorted" and expected is not None:
            self.unsorted[f"{kind} ({self.reasons.get(page, '?')})"] += 1
            if kind in ("form", "cover"):
                self.missed.append(f"{name} p{page} {kind}/{truth['profile']}: {self.reasons.get(page)}")
        if kind == "form" and truth["profile"] != DIGITAL:
            self.counts[f"scanned form {verdict}"] += 1
            self.form_by_profile[truth["profile"]][verdict] += 1

    def report(self) -> None:
        counts = self.counts
        pages = counts["page right"] + counts["page wrong"] + counts["page unsorted"]
        forms = counts["scanned form right"] + counts["scanned form wrong"] + counts["scanned form unsorted"]
        print(f"WRONG ASSIGNMENTS: {counts['page wrong']} of {pages} document pages")
        print(f"recall, scanned form pages: {counts['scanned form right']}/{forms} "
              f"= {100 * counts['scanned form right'] / max(forms, 1):.1f}%")
        print(f"recall, every document page with its dossier: {counts['page right']}/{pages} "
              f"= {100 * counts['page right'] / max(pages, 1):.1f}% (unsorted: {counts['page unsorted']})")
        for key in sorted(k for k in counts if k.startswith(("separator", "blank", "document"))):
            print(f"  {key}: {counts[key]}")
        print("scanned form pages by profile (right/unsorted/wrong):")
        for profile, tally in sorted(self.form_by_profile.items()):
            print(f"  {profile:22} {tally['right']:3} / {tally['unsorted']:3} / {tally['wrong']:3}")
        print("unsorted pages that have a dossier, by kind (reason):", dict(sorted(self.unsorted.items())))
        for line in self.missed:
            print("  missed:", line)
        for line in self.wrong:
            print("  WRONG:", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", choices=["small", "full"], default="small")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-export", action="store_true", help="run without the manager export")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="telvalid-accuracy-") as temporary:
        folder = Path(temporary)
        started = time.perf_counter()
        truth_path = build_corpus(folder / "corpus", seed=args.seed, scale=args.scale,
                                  separator_pdf=separator_sheet_pdf())
        truth: dict[str, list[dict]] = json.loads(truth_path.read_text(encoding="utf-8"))
        page_total = sum(len(pages) for pages in truth.values())
        print(f"corpus: {len(truth)} files, {page_total} pages, built in {time.perf_counter() - started:.0f} s")
        workspace = open_workspace(folder / "ws")
        if not args.no_export:
            numbers = {t["procedure_number"] for pages in truth.values() for t in pages if t["procedure_number"]}
            write_export(folder / "export.csv", numbers, random.Random(args.seed))
            print(f"manager export: {import_export(folder / 'export.csv').added} procedures (with decoys)")
        score = Score()
        started = time.perf_counter()
        with PageWorkers(args.workers) as workers:
            service = IngestService(workspace, workers, DossierService(), user="mailroom")
            for name in sorted(truth):
                outcome = service.ingest(folder / "corpus" / name)
                assert outcome is not None
                score.add_file(name, truth[name], outcome)
        elapsed = time.perf_counter() - started
        print(f"ingest: {elapsed:.0f} s, {page_total / elapsed * 60:.0f} pages/min with {args.workers} workers")
        score.report()
        workspace.close()


if __name__ == "__main__":
    main()
