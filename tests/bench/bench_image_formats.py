"""Time per page of each image variant of issue 22, from the probe to a page read.

    python -m tests.bench.bench_image_formats

For each file of ``tests/generator/image_formats.py``: which decoder took it, the probe (open,
limits, decode checks), a reopening as a page worker or the viewer does it, and the page
analysis (tesseract) of its first page; the seconds per page are the sum over its pages.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from telvalid_desktop.intake.analysis import PageAnalyzer
from telvalid_desktop.intake.image_pages import open_image
from telvalid_desktop.intake.loaders import MAX_IMAGE_PIXELS, MAX_PAGES, probe, reopen_document
from tests.generator.image_formats import png, variants


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


if __name__ == "__main__":
    main()
