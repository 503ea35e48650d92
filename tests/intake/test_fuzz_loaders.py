"""Property tests (issue 8): mutated small files never escape the loaders' contract, and the
header's text parsing never invents a number.

Loaders: a small valid PDF, PNG, TIFF and JPEG, mutated at random (bytes overwritten,
inserted, deleted, repeated, the file cut), go through ``probe``: it returns a document
description or raises ``UnreadableFile``, nothing else; a file it accepts opens with
``open_document`` with the same page count, and a page worker reads every page of it
without raising (a page that cannot be read comes back with its error). Each example is
held to ``EXAMPLE_DEADLINE``; a hang would end the test process with a traceback after
``HANG_LIMIT_S`` instead of stalling CI.

Derandomized (the same examples on every run) with no example database, so CI is
reproducible; the whole file takes about 17 s (1,200 mutated files).
"""

from __future__ import annotations

import faulthandler
import functools
import io
import re
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PIL import Image, TiffImagePlugin

from telvalid_desktop.intake.analysis import PageAnalyzer
from telvalid_desktop.intake.errors import UnreadableFile
from telvalid_desktop.intake.loaders import open_document, probe
from telvalid_desktop.intake.patterns import MAX_DIGITS, MIN_DIGITS, find_labelled_numbers, normalise_digits
from tests.generator.hostile import pdf_from_objects, stream_object

EXAMPLE_DEADLINE = timedelta(seconds=3)  # examples take 5-100 ms
HANG_LIMIT_S = 60

FILE_SETTINGS = settings(
    max_examples=300,
    deadline=EXAMPLE_DEADLINE,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# --- seeds: small valid files with the structures the loaders look into --------------------------


def _pdf_seed() -> bytes:
    """One page: text with the label, an image XObject, an inline image, a form XObject."""
    image = zlib.compress(bytes(range(256)))
    content = (
        b"BT /F1 12 Tf 40 800 Td (Numero de procedure : 48151623) Tj ET\n"
        b"q 100 0 0 100 40 600 cm /Im0 Do Q\n"
        b"q 50 0 0 50 200 600 cm BI /W 4 /H 4 /BPC 8 /CS /G ID\n" + bytes(range(16)) + b"\nEI Q\n/Fm0 Do"
    )
    return pdf_from_objects([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>/XObject<</Im0 6 0 R/Fm0 7 0 R>>>>>>",
        stream_object(b"", content),
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        stream_object(b"/Type/XObject/Subtype/Image/Width 16/Height 16/BitsPerComponent 8/ColorSpace/DeviceGray"
                      b"/Filter/FlateDecode", image),
        stream_object(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]", b"0 0 10 10 re f 1 w"),
    ])


def _page_image() -> Image.Image:
    image = Image.new("L", (48, 64), 255)
    image.paste(0, (4, 4, 44, 10))
    image.paste(90, (8, 20, 30, 50))
    return image


def _saved(kind: str, **options: object) -> Callable[[], bytes]:
    def build() -> bytes:
        out = io.BytesIO()
        _page_image().save(out, kind, **options)
        return out.getvalue()

    return build


def _tiff_seed() -> bytes:
    """Two frames: a bitonal one in G4, a grey one in LZW."""
    out = io.BytesIO()
    with TiffImagePlugin.AppendingTiffWriter(out, new=True) as tiff:
        for frame, compression in ((_page_image().convert("1"), "group4"), (_page_image(), "tiff_lzw")):
            frame.save(tiff, "TIFF", compression=compression)
            tiff.newFrame()
    return out.getvalue()


SEEDS: dict[str, Callable[[], bytes]] = {
    "pdf": _pdf_seed,
    "png": _saved("PNG"),
    "tiff": _tiff_seed,
    "jpeg": _saved("JPEG", quality=60),
}


@functools.cache
def seed(kind: str) -> bytes:
    return SEEDS[kind]()


# --- mutations ------------------------------------------------------------------------------------


_DIGIT_RUN = re.compile(rb"[0-9]+")


@st.composite
def mutated(draw: st.DrawFn, kind: str) -> bytes:
    """The seed with one to four edits, mostly past its signature; a cut, when drawn, is the last."""
    data = bytearray(seed(kind))
    for _ in range(draw(st.integers(1, 4))):
        edit = draw(st.sampled_from(("overwrite", "insert", "delete", "repeat", "digits", "cut", "head")))
        at = draw(st.integers(0, 7) if edit == "head" else st.integers(min(8, len(data)), len(data)))
        if edit in ("overwrite", "head"):  # "head": the signature itself
            chunk = draw(st.binary(min_size=1, max_size=8))
            data[at : at + len(chunk)] = chunk
        elif edit == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif edit == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif edit == "repeat":
            span = data[at : at + draw(st.integers(1, 256))]
            data[at:at] = span * draw(st.integers(1, 8))
        elif edit == "digits":  # a number (an offset, a length, a width, a count) made absurd
            runs = [match.span() for match in _DIGIT_RUN.finditer(data)] or [(at, at)]
            start, end = runs[draw(st.integers(0, len(runs) - 1))]
            data[start:end] = str(draw(st.sampled_from((0, -1, 65535, 99999, 2**31, 2**32 + 7, 10**12)))).encode()
        else:
            del data[at:]
            break
    return bytes(data)


@contextmanager
def hang_guard() -> Iterator[None]:
    """A hang ends the process with every thread's traceback rather than stalling CI."""
    faulthandler.dump_traceback_later(HANG_LIMIT_S, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        yield Path(folder)


@pytest.fixture(scope="module")
def analyzer() -> PageAnalyzer:
    return PageAnalyzer("fake")  # rendering, separators, blank detection: real; OCR: scripted


def _accepted_or_rejected(path: Path, analyzer: PageAnalyzer) -> None:
    with hang_guard():
        try:
            probed = probe(path)
        except UnreadableFile as rejected:
            event(f"rejected: {rejected.reason}")
            return
        event("accepted")
        assert probed.page_count >= 1
        with open_document(path) as doc:
            assert doc.page_count == probed.page_count
        for index in range(probed.page_count):
            analysis = analyzer.analyze(path, index)  # a page error is reported, never raised
            assert analysis.index == index


@pytest.mark.parametrize("kind", sorted(SEEDS))
def test_the_seed_itself_is_accepted(kind: str, scratch: Path) -> None:
    path = scratch / f"seed.{kind}"
    path.write_bytes(seed(kind))
    assert probe(path).page_count == (2 if kind == "tiff" else 1)


@pytest.mark.parametrize("kind", sorted(SEEDS))
def test_a_mutated_file_is_a_document_or_unreadable_never_an_error(
    kind: str, scratch: Path, analyzer: PageAnalyzer
) -> None:
    path = scratch / f"mutated-{kind}"  # no extension: the loaders judge by the bytes

    @FILE_SETTINGS
    @given(data=mutated(kind))
    def check(data: bytes) -> None:
        path.write_bytes(data)
        _accepted_or_rejected(path, analyzer)

    check()


# --- the header's text parsing --------------------------------------------------------------------

_FRAGMENTS = (
    "Numéro de procédure", "N° de procédure", "Procédure n°", "Procedure number", "No. de procédure",
    "Num6ro de proc6dure", "procédure", "Numéro", "N°", " ", "  ", "\n", ":", " : ", "-", ".", ",", "/",
    "48151623", "4815 1623", "48 151 623", "1234567890123", "12345", "0", "O", "l", "I", "S", "B", "|",
    "\u00a0", "\u202f", "\t", "Réf. client 20260105", "01 45 67 89 12", "FR76 3000", "-01", "é", "P",
)
_TEXTS = st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=4), max_size=24).map("".join)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " "})


@settings(max_examples=600, deadline=timedelta(seconds=1), derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXTS)
def test_the_header_parser_returns_only_numbers_written_after_a_label(text: str) -> None:
    found = find_labelled_numbers(text)
    if "p" not in text.lower():
        assert found == []  # every label holds the word "procédure"
    seen = text.translate(_SPACES)
    for match in found:
        assert match.number.isascii() and match.number.isdigit()
        assert MIN_DIGITS <= len(match.number) <= MAX_DIGITS
        start, end = match.span
        assert normalise_digits(seen[start:end]) == match.number  # written there, look-alikes aside
        assert end == len(seen) or not seen[end].isdigit()  # never the head of a longer number
        assert match.label_start < start


def test_a_label_followed_by_many_spaces_is_parsed_in_linear_time() -> None:
    """Measured: 200 spaces 0.03 s, 400 0.24 s, 800 1.8 s, 1600 23 s. A text layer or an OCR
    line can hold such a run (no-break spaces count as spaces)."""
    text = "Numéro de procédure" + " " * 800 + "x"
    started = time.perf_counter()
    assert find_labelled_numbers(text) == []
    assert time.perf_counter() - started < 0.3  # a linear parse takes a millisecond


def test_the_pdf_seed_has_what_the_mutations_aim_at() -> None:
    with pymupdf.open(stream=seed("pdf")) as doc:
        page = doc[0]
        assert page.get_images() and page.get_xobjects()
        assert re.search(rb"BI /W 4", page.read_contents())
        assert "48151623" in page.get_text()
