"""Files nobody on the project made: each opens with its true page count and renders fast,
or is rejected with the right reason."""

from __future__ import annotations

import time

import pytest

from telvalid_desktop.intake.errors import RejectReason, UnreadableFile
from telvalid_desktop.intake.loaders import open_document, probe
from telvalid_desktop.intake.rendering import render_region
from telvalid_desktop.intake.types import Box
from tests.paths import REALWORLD, requires_realworld

pytestmark = requires_realworld

HEADER_BAND = Box(0.0, 0.0, 1.0, 0.12)
# Seconds for open + count + header band + thumbnail of every page. Measured worst case:
# hugemono.pdf (35000x35000 JBIG2) 0.75 s, enormous.pdf 0.65 s; the rest under 0.15 s.
TIME_LIMIT_S = 10.0  # a guard against hangs, not a benchmark

# Page counts checked without MuPDF: /Count of the root /Pages node and the number of
# /Type /Page objects, read from the raw bytes and from inflated object streams (no qpdf
# or pdfinfo on the build machine). Images: one frame each (Pillow agrees).
PAGE_COUNTS = {
    "2400dpi.pdf": 1, "aspect.pdf": 1, "baiona_alpha.png": 1, "baiona_cmyk.jpg": 1, "blank.pdf": 1,
    "cardinal.pdf": 4, "ccitt.pdf": 1, "docinfo_latin1_key.pdf": 1, "enormous.pdf": 1, "epson.pdf": 1,
    "formxobject.pdf": 1, "francais.pdf": 1, "hugemono.pdf": 1, "jbig2.pdf": 1, "jbig2_baddevicen.pdf": 1,
    "kcs.pdf": 1, "lichtenstein.pdf": 1, "livecycle.pdf": 1, "masks.pdf": 1, "missing_docinfo.pdf": 1,
    "negzero.pdf": 1, "no_contents.pdf": 1, "overlay.pdf": 1, "palette.pdf": 1, "rotated_skew.pdf": 1,
    "skew.pdf": 1, "trivial.pdf": 1, "truetype_font_nomapping.pdf": 1, "type3_font_nomapping.pdf": 1,
    "typewriter.png": 1,
}
REJECTED = {
    "invalid.pdf": RejectReason.DAMAGED,  # a PDF header, one line of text, %%EOF
    "REUSE.toml": RejectReason.NOT_A_DOCUMENT,
    "SOURCES.rst": RejectReason.NOT_A_DOCUMENT,
}


def test_every_file_is_classified() -> None:
    assert {p.name for p in REALWORLD.iterdir()} == set(PAGE_COUNTS) | set(REJECTED)


@pytest.mark.parametrize("name", sorted(PAGE_COUNTS))
def test_opens_with_true_page_count_and_renders_fast(name: str) -> None:
    start = time.perf_counter()
    assert probe(REALWORLD / name).page_count == PAGE_COUNTS[name]
    with open_document(REALWORLD / name) as doc:
        assert doc.page_count == PAGE_COUNTS[name]
        for page in doc:
            band = render_region(page, HEADER_BAND)
            thumbnail = render_region(page, page_width_px=400)
            assert band.width > 0 and thumbnail.width == 400
    assert time.perf_counter() - start < TIME_LIMIT_S


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_rejected_with_reason(name: str) -> None:
    with pytest.raises(UnreadableFile) as caught:
        probe(REALWORLD / name)
    assert caught.value.reason is REJECTED[name]


def test_text_layer_hint() -> None:
    assert probe(REALWORLD / "overlay.pdf").has_text_layer_hint
    assert not probe(REALWORLD / "ccitt.pdf").has_text_layer_hint
