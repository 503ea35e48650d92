"""Time per page of each image variant of issue 22, from the probe to a page read.

    python -m tests.bench.bench_image_formats            # every variant, A4 at 150 dpi
    python -m tests.bench.bench_image_formats --large    # the largest frames Pillow is given

For each file of ``tests/generator/image_formats.py``: which decoder took it, the probe (open,
limits, decode checks), a reopening as a page worker or the viewer does it, and the page
analysis (tesseract) of each page; seconds per page = (probe + reopen) / pages + analysis.

``--large``: frames just under ``MAX_DECODED_PIXELS`` that only Pillow reads (an RGBA TIFF in
separate planes with a real alpha, a 16-bit grey LZMA TIFF, a WebP), each probed and reopened in
a fresh process whose peak memory is reported (the bound of issue 22: 10 s and 1 GB a page).
"""

from __future__ import annotations

import io
import multiprocessing
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image

from telvalid_desktop.intake.analysis import PageAnalyzer
from telvalid_desktop.intake.image_pages import open_image
from telvalid_desktop.intake.loaders import MAX_IMAGE_PIXELS, MAX_PAGES, probe, reopen_document
from tests.generator.image_formats import lzw_stream, png, tiff_file, variants

SIDE = 8000  # 64 MP


def main() -> None:
    analyzer = PageAnalyzer("auto")
    with tempfile.TemporaryDirectory() as scratch:
        files = [("reference.png", png(), 1)] + [(v.name, v.data, v.pages) for v in variants()]
        print(
            f"{'file':36} {'decoder':8} {'pages':>5} {'probe ms':>9} {'reopen ms':>9} {'read ms/p':>9} "
            f"{'s/page':>7}  number"
        )
        for name, data, pages in files:
            path = Path(scratch) / name
            path.write_bytes(data)
            started = time.perf_counter()
            probed = probe(path)
            probe_ms = (time.perf_counter() - started) * 1000
            mark = time.perf_counter()
            reopen_document(path).close()
            reopen_ms = (time.perf_counter() - mark) * 1000
            mark = time.perf_counter()
            readings = [analyzer.analyze(path, index).reading for index in range(probed.page_count)]
            read_ms = (time.perf_counter() - mark) * 1000 / probed.page_count
            decoder = open_image(path, probed.media_type, max_pixels=MAX_IMAGE_PIXELS, max_frames=MAX_PAGES).decoder
            total = (probe_ms + reopen_ms) / 1000 / pages + read_ms / 1000
            numbers = sorted({reading.number for reading in readings if reading is not None})
            print(
                f"{name:36} {decoder:8} {pages:>5} {probe_ms:>9.0f} {reopen_ms:>9.0f} {read_ms:>9.0f} "
                f"{total:>7.2f}  {','.join(numbers) or '-'}"
            )


def _large_file(kind: str) -> bytes:
    """A white page with a black bar, SIDE x SIDE (the WebP 9600 x 6600), as only Pillow reads it."""
    if kind == "webp":
        out = io.BytesIO()
        Image.new("RGB", (9600, 6600), (250, 250, 250)).save(out, "WEBP", lossless=True, quality=0, method=0)
        return out.getvalue()
    plane = np.full((SIDE, SIDE), 250, np.uint8)
    plane[100:200, 100:-100] = 0
    if kind == "grey16-lzma":
        out = io.BytesIO()
        Image.fromarray(plane.astype(np.uint16) * 257).save(out, "TIFF", compression="lzma")
        return out.getvalue()
    entries = [
        (256, 4, [SIDE]),
        (257, 4, [SIDE]),
        (258, 3, [8] * 4),
        (259, 3, [5]),
        (262, 3, [2]),
        (277, 3, [4]),
        (278, 4, [SIDE]),
        (284, 3, [2]),
        (338, 3, [2]),
    ]
    return tiff_file([(entries, [lzw_stream(plane)] * 4, False)])  # the alpha plane is the page too


def _measure_large(kind: str) -> str:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / kind
        path.write_bytes(_large_file(kind))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        probe(path)
        probed = time.perf_counter() - started
        started = time.perf_counter()
        with reopen_document(path) as document:
            document[0].get_pixmap(dpi=50)
        reopened = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return f"{kind:22} probe {probed:5.1f} s  reopen+draw {reopened:5.1f} s  peak {peak:5.0f} MB (+{peak - before:.0f})"


def large() -> None:
    for kind in ("planar-rgba-alpha", "grey16-lzma", "webp"):
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as fresh:
            print(fresh.submit(_measure_large, kind).result())


if __name__ == "__main__":
    large() if "--large" in sys.argv else main()
