"""Every image a scanner, a fax server or a phone writes is read; only a damaged file is called damaged (issue 22).

Each variant of ``tests/generator/image_formats.py`` carries the same form page as a PNG: it opens
with its pages, upright, looking like the PNG (the viewer's renderer sees the same pages), and
``telvalid ingest --json`` reads the PNG's number on it. Broken files give their true reason fast.
"""

from __future__ import annotations

import io
import json
import struct
import time
import zlib
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image

from telvalid_desktop import cli
from telvalid_desktop.gui.render_service import render_page_pixels
from telvalid_desktop.intake.errors import RejectReason, UnreadableFile
from telvalid_desktop.intake.loaders import probe, reopen_document
from telvalid_desktop.intake.rendering import render_region
from tests.generator.image_formats import (
    DPI,
    MAKERS,
    NUMBER,
    colour,
    heic,
    old_style_jpeg_frame,
    planar_frame,
    planar_tiff,
    png,
    saved,
    tiff_file,
    variants,
    webp,
)

# A rejection is decided from headers or a failed decode: well under a second here.
REJECTION_BOUND_S = 2.0
# Mean grey difference from the PNG on a 300-px rendering: lossy codecs and 16-bit rounding stay near 1.
SAME_PAGE = 2.0


PAGES = {name: pages for name, _, pages in MAKERS}


@pytest.fixture(scope="module")
def built() -> dict[str, bytes]:
    return {variant.name: variant.data for variant in variants()}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, built: dict[str, bytes]) -> Path:
    written = tmp_path_factory.mktemp("formats")
    (written / "reference.png").write_bytes(png())
    for name, data in built.items():
        (written / name).write_bytes(data)
    return written


def _grey(document: pymupdf.Document) -> np.ndarray:
    return np.asarray(render_region(document[0], page_width_px=300), dtype=float)


@pytest.fixture(scope="module")
def reference(folder: Path) -> np.ndarray:
    with reopen_document(folder / "reference.png") as document:
        return _grey(document)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_variant_opens_with_its_pages_upright_as_the_png(folder: Path, reference: np.ndarray, name: str) -> None:
    path = folder / name
    probed = probe(path)
    assert (probed.page_count, probed.missing_pages, probed.is_pdf) == (PAGES[name], (), False)
    with reopen_document(path) as document:
        assert document.page_count == PAGES[name]
        assert all(page.rect.height > page.rect.width for page in document)  # upright: a portrait sheet
        if not name.startswith("fax"):  # 204 x 196 dpi, bitonal: the same sheet, not the same pixels
            assert np.abs(_grey(document) - reference).mean() < SAME_PAGE


def test_the_viewer_draws_the_same_pages(folder: Path) -> None:
    """The window's renderer opens stored files through the same path (a planar TIFF, a HEIC)."""
    for name in ("plans-tuiles-16bits-lzw.tif", "photo.heic"):
        width, height, raw = render_page_pixels(str(folder / name), 0, 0, 200)
        assert width == 200 and abs(height - 200 * 842 / 595) < 1.5 and len(raw) == width * height * 4


def test_a_page_is_sized_from_the_resolution_or_as_an_a4_sheet(tmp_path: Path) -> None:
    """No resolution (a phone's WebP) or an absurd one (1 dpi): the long side is an A4 page's."""
    page = Image.fromarray(colour())
    for name, data in [
        ("none.webp", saved(page, "WEBP")),
        ("absurd.tif", saved(page, "TIFF", dpi=(1, 1), compression="lzma")),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        with reopen_document(path) as document:
            assert round(document[0].rect.height) == 842, name
    assert DPI == 150  # the variants' own resolution gives 842 pt too (1755 px at 150 dpi)


def _half_decoding_tiff() -> bytes:
    """Three planar LZW frames (MuPDF reads none); the second's data is noise no decoder takes."""
    frames = [planar_frame(bits=8, lzw=True, tiled=True, page=index % 2) for index in range(3)]
    entries, chunks, tiled = frames[1]
    frames[1] = (entries, [np.random.default_rng(index).bytes(4000) for index in range(len(chunks))], tiled)
    return tiff_file(frames)


def test_frames_that_decode_are_taken_and_the_missing_one_is_named(tmp_path: Path) -> None:
    path = tmp_path / "fax-abime.tif"
    path.write_bytes(_half_decoding_tiff())
    probed = probe(path)
    assert (probed.page_count, probed.missing_pages) == (3, (2,))
    with reopen_document(path) as document:
        assert "Page 2 sur 3 de ce fichier : image illisible" in document[1].get_text()
        assert not document[0].get_text() and not document[2].get_text()  # the real frames: images


def _webp_bomb() -> bytes:
    """A real lossless WebP whose header is rewritten to claim 16384 x 16384 pixels (268 MP)."""
    data = bytearray(saved(Image.new("L", (64, 64), 255), "WEBP", lossless=True))
    at = data.index(b"VP8L") + 8 + 1  # after the chunk header and the signature byte
    struct.pack_into("<I", data, at, (16383) | (16383 << 14))
    return bytes(data)


def _png_bomb() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 100_001))
        + chunk(b"IEND", b"")
    )


def _tiff_bomb() -> bytes:
    """A planar TIFF (Pillow's road) whose second frame claims 100k x 100k."""
    small = [(256, 4, [64]), (257, 4, [64]), (258, 3, [8]), (259, 3, [1]), (262, 3, [1]), (277, 3, [1]), (278, 4, [64])]
    huge = [
        (256, 4, [100_000]),
        (257, 4, [100_000]),
        (258, 3, [8, 8, 8]),
        (259, 3, [34925]),
        (262, 3, [2]),
        (277, 3, [3]),
        (278, 4, [100_000]),
        (284, 3, [2]),
    ]
    return tiff_file([(small, [b"\x80" * 4096], False), (huge, [b"\0" * 16] * 3, False)])


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


BROKEN = {
    "bombe.webp": (_webp_bomb, RejectReason.TOO_LARGE),
    "bombe.png": (_png_bomb, RejectReason.TOO_LARGE),
    "bombe-plans.tif": (_tiff_bomb, RejectReason.TOO_LARGE),
    "coupe-plans.tif": (
        lambda: _truncated(planar_tiff(bits=8, lzw=True, tiled=False)),
        RejectReason.DAMAGED,
    ),
    "coupe.webp": (lambda: _truncated(webp()), RejectReason.DAMAGED),
    "coupe.heic": (lambda: _truncated(heic()), RejectReason.DAMAGED),
    "image.jxl": (lambda: b"\xff\x0a" + bytes(200), RejectReason.UNSUPPORTED_FORMAT),
    "lettre.docx": (lambda: b"PK\x03\x04" + bytes(200), RejectReason.UNSUPPORTED_FORMAT),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_or_refused_file_gives_its_true_reason_fast(tmp_path: Path, name: str) -> None:
    make, reason = BROKEN[name]
    path = tmp_path / name
    path.write_bytes(make())
    started = time.perf_counter()
    with pytest.raises(UnreadableFile) as caught:
        probe(path)
    assert caught.value.reason is reason, caught.value.detail
    assert time.perf_counter() - started < REJECTION_BOUND_S


@pytest.mark.tesseract
@pytest.mark.any_database  # what the intake reads does not depend on the database
def test_ingest_json_reads_the_pngs_number_on_every_variant(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "fax-abime.tif").write_bytes(_half_decoding_tiff())
    code = cli.main(["--workspace", str(tmp_path / "ws"), "ingest", "--json", "--workers", "0", str(folder)])
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    outcomes = {Path(outcome["file"]).name: outcome for outcome in map(json.loads, lines)}
    assert code == 0 and len(lines) == len(PAGES) + 2  # one line per file: the variants, the PNG, the damaged fax
    expected = PAGES | {"reference.png": 1, "fax-abime.tif": 3}
    read = {
        name: (outcome["status"], outcome["page_count"], [s["procedure_number"] for s in outcome["submissions"]])
        for name, outcome in outcomes.items()
    }
    assert read == {name: ("imported", pages, [NUMBER]) for name, pages in expected.items()}
    assert outcomes["fax-abime.tif"]["unreadable_pages"] == [2]
    assert all(outcome["unreadable_pages"] == [] for name, outcome in outcomes.items() if name != "fax-abime.tif")


def test_a_heic_image_is_named_when_its_library_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: dict[str, bytes]
) -> None:
    from telvalid_desktop.intake import image_pages  # noqa: PLC0415

    monkeypatch.setattr(image_pages, "HEIC_READABLE", False)
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(built["photo.heic"])
    with pytest.raises(UnreadableFile) as caught:
        probe(path)
    assert caught.value.reason is RejectReason.UNSUPPORTED_FORMAT and "HEIC" in caught.value.detail


def test_a_sixteen_bit_frame_is_scaled_not_clipped() -> None:
    from telvalid_desktop.intake.image_pages import normalised  # noqa: PLC0415

    sixteen = Image.fromarray((np.arange(256, dtype=np.uint16) * 257).reshape(16, 16))
    buffer = io.BytesIO()
    sixteen.save(buffer, "PNG")
    frame, _ = normalised(Image.open(buffer))
    assert frame.mode == "L" and np.asarray(frame).ravel().tolist() == list(range(256))


def test_a_frame_only_pillow_reads_is_held_to_its_own_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: dict[str, bytes]
) -> None:
    """Pillow decodes a frame whole, MuPDF subsamples: the frames Pillow is given are held lower."""
    from telvalid_desktop.intake import image_pages  # noqa: PLC0415

    path = tmp_path / "photo.webp"
    path.write_bytes(built["photo.webp"])
    monkeypatch.setattr(image_pages, "MAX_DECODED_PIXELS", 1240 * 1755 - 1)
    with pytest.raises(UnreadableFile) as caught:
        probe(path)
    assert caught.value.reason is RejectReason.TOO_LARGE
    png_path = tmp_path / "reference.png"
    png_path.write_bytes(png())
    assert probe(png_path).page_count == 1  # MuPDF's: the PDF-page limits apply


def test_a_frame_pillow_refuses_is_taken_from_mupdf(tmp_path: Path, reference: np.ndarray) -> None:
    """A fax server's old-style JPEG page (only MuPDF reads it) then a planar page (only Pillow does)."""
    path = tmp_path / "melange.tif"
    path.write_bytes(tiff_file([old_style_jpeg_frame(), planar_frame(bits=8, lzw=True, tiled=False, page=1)]))
    probed = probe(path)
    assert (probed.page_count, probed.missing_pages) == (2, ())
    with reopen_document(path) as document:
        assert np.abs(_grey(document) - reference).mean() < SAME_PAGE  # page 1, drawn by MuPDF
        second = np.asarray(render_region(document[1], page_width_px=300), dtype=float)
        assert second.shape == reference.shape and second.mean() < 250  # page 2, the form, by Pillow
