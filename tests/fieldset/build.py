"""Writes a field set: the scans, faxes, photos and e-mailed PDFs of two days, the manager export and the truth.

.venv/bin/python -m tests.fieldset.build OUT [--seed N] [--scale small|full]
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image

from tests.fieldset import documents, letters, separators
from tests.fieldset.batches import Planner
from tests.fieldset.canvas import Canvas, new_page
from tests.fieldset.channels import PROFILES, capture, encode_for_pdf
from tests.fieldset.forms import draw_form_page
from tests.fieldset.people import Customer
from tests.fieldset.spec import CHEQUE_MM, FileSpec, PageSpec

Draw = Callable[[Canvas, Any, random.Random, dict[str, Any]], None]
DRAWERS: dict[str, Draw] = {
    "cover_letter": letters.draw_cover_letter,
    "handwritten_letter": letters.draw_handwritten,
    "fax_cover": letters.draw_fax_cover,
    "rib": documents.draw_rib,
    "id_card": documents.draw_id_card,
    "passport": documents.draw_passport,
    "cheque": documents.draw_cheque,
    "kbis": documents.draw_kbis,
    "proof_of_address": documents.draw_proof_of_address,
    "blank": documents.draw_blank,
    "separator": separators.draw_separator,
    "decoy_barcode_page": separators.draw_decoy_barcode,
}


def telvalid_command() -> list[str]:
    """The command line of the app in this venv."""
    script = Path(sys.executable).with_name("telvalid")
    if script.exists():
        return [str(script)]
    found = shutil.which("telvalid")
    return [found] if found else [sys.executable, "-m", "telvalid_desktop.cli"]


def app_separator_sheet(target: Path) -> str | None:
    """The app's own separator sheet, printed by `telvalid separator-sheet`; None when the command fails."""
    env = {k: v for k, v in os.environ.items() if k not in {"TELVALID_DATABASE", "TELVALID_WORKSPACE"}}
    with tempfile.TemporaryDirectory() as workspace:
        command = [*telvalid_command(), "--workspace", workspace, "separator-sheet", str(target), "--count", "1"]
        done = subprocess.run(command, env=env, capture_output=True, check=False, timeout=120)
    return str(target) if done.returncode == 0 and target.exists() else None


def draw(doc: pymupdf.Document, spec: PageSpec, *, strip_ok: bool) -> pymupdf.Page:
    """Draws the page into doc (a new last page) and returns it."""
    rng = random.Random(spec.seed)
    size = CHEQUE_MM if spec.kind == "cheque" and strip_ok and rng.random() < 0.5 else (210.0, 297.0)
    cv = new_page(doc, size)
    if spec.kind == "form":
        assert spec.customer is not None and spec.layout is not None
        draw_form_page(cv, spec.customer, spec.layout, rng, spec.params)
    else:
        DRAWERS[spec.kind](cv, spec.customer, rng, spec.params)
    return cv.page


def _image(spec: PageSpec, profile: str, fax: tuple[int, int] | None) -> Image.Image:
    scratch = pymupdf.open()
    page = draw(scratch, spec, strip_ok=True)
    image = capture(page, spec, profile, fax)
    scratch.close()
    return image


def write_file(fspec: FileSpec, root: Path) -> int:
    """Renders one file; returns its page count."""
    rng = random.Random(fspec.seed)
    target = root / fspec.name
    target.parent.mkdir(parents=True, exist_ok=True)
    if fspec.profile == "digital":
        _write_mixed_pdf(fspec, target, rng)
        return len(fspec.pages)
    count = len(fspec.pages)
    fax = fspec.profile == "fax"
    images = [_image(page, fspec.profile, (k + 1, count) if fax else None) for k, page in enumerate(fspec.pages)]
    dpi = PROFILES[fspec.profile].dpi
    if fspec.container == "jpg":
        images[0].save(target, "JPEG", quality=rng.randint(72, 92))
    elif fspec.container == "tiff":
        compression = "group3" if fax and rng.random() < 0.5 else "group4"
        if any(image.mode != "1" for image in images):
            compression = "jpeg" if rng.random() < 0.5 else "tiff_lzw"
        images[0].save(target, "TIFF", save_all=True, append_images=images[1:], compression=compression, dpi=dpi)
    else:
        options: dict[str, Any] = {} if images[0].mode == "1" else {"quality": rng.randint(65, 88)}
        images[0].save(target, "PDF", save_all=True, append_images=images[1:], dpi=dpi, **options)
    return count


def _write_mixed_pdf(fspec: FileSpec, target: Path, rng: random.Random) -> None:
    """An e-mailed PDF: pages with a text layer, and attached scans or photos as images at their real size."""
    doc = pymupdf.open()
    for page in fspec.pages:
        if page.profile in {"", "digital"}:
            draw(doc, page, strip_ok=False)
            continue
        image = _image(page, page.profile, None)
        dpi = PROFILES[page.profile].dpi
        out = doc.new_page(width=image.width / dpi[0] * 72, height=image.height / dpi[1] * 72)
        out.insert_image(out.rect, stream=encode_for_pdf(image, rng))
    doc.subset_fonts()
    doc.set_metadata({"producer": rng.choice(("TELECOM Manager", "Microsoft Word", "LibreOffice", "Skia/PDF"))})
    doc.save(target, garbage=3, deflate=True)
    doc.close()


def _export(path: Path, customers: list[Customer], extra: list[str], rng: random.Random) -> None:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(
            [
                "procedure_number",
                "created_at",
                "account",
                "telephony_group",
                "customer_name",
                "customer_type",
                "payment_method",
            ]
        )
        rows = [
            [c.number, c.created, c.account, c.group, c.holder, "company" if c.company else "individual", c.payment]
            for c in customers
        ]
        for number in extra:
            name = f"{rng.choice(('Dupré', 'Marchand', 'Colin', 'Benoit'))} {rng.choice(('SAS', 'Jean', 'Marie'))}"
            rows.append(
                [
                    number,
                    f"2026-11-{rng.randint(10, 28)}T10:00:00",
                    f"zz{rng.randrange(10000, 99999)}-ovh",
                    f"grp-{rng.randrange(100000, 999999)}",
                    name,
                    "individual",
                    "direct_debit",
                ]
            )
        rng.shuffle(rows)
        writer.writerows(rows)


def build_fieldset(out: Path, *, seed: int, scale: str, workers: int | None = None) -> Path:
    """Writes out/day1/, out/day2/, out/export.csv and out/truth.json; returns out."""
    out.mkdir(parents=True, exist_ok=True)
    sources = out / "_sources"
    sources.mkdir(exist_ok=True)
    app_pdf = app_separator_sheet(sources / "app-separator.pdf")
    plan = Planner(seed, scale, app_pdf).run()
    jobs = sorted(plan.files, key=lambda f: -len(f.pages))
    count = workers or min(4, os.cpu_count() or 1)
    if count > 1:
        with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork")) as pool:
            list(pool.map(write_file, jobs, [out] * len(jobs)))
    else:
        for job in jobs:
            write_file(job, out)
    _export(out / "export.csv", plan.customers, plan.export_extra, random.Random(seed + 1))
    truth = [f.truth() for f in sorted(plan.files, key=lambda f: f.name)]
    (out / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", choices=["small", "full"], default="small")
    args = parser.parse_args(argv)
    started = time.monotonic()
    out = build_fieldset(Path(args.out), seed=args.seed, scale=args.scale)
    truth = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    pages = sum(len(f["pages"]) for f in truth)
    print(f"{len(truth)} files, {pages} pages in {time.monotonic() - started:.1f} s -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
