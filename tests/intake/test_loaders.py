"""Files are judged by their bytes; every bad file is rejected with its reason, none crashes."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image

from telvalid_desktop.intake import loaders
from telvalid_desktop.intake.errors import RejectReason, UnreadableFile
from telvalid_desktop.intake.loaders import open_document, probe, reopen_document, sniff_media_type
from telvalid_desktop.intake.rendering import render_region
from tests.generator.hostile import pdf_from_objects


def _zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty (PyMuPDF refuses to write one)."""
    return pdf_from_objects([b"<</Type /Catalog /Pages 2 0 R>>", b"<</Type /Pages /Kids [] /Count 0>>"])


def _pdf(pages: int) -> bytes:
    doc = pymupdf.open()
    for i in range(pages):
        doc.new_page().insert_text((72, 72), f"Page {i + 1} " + "mandat SEPA " * 40, fontsize=9)
    return doc.tobytes()


def _jpeg(size: tuple[int, int] = (800, 1000)) -> bytes:
    buf = io.BytesIO()
    noise = np.random.default_rng(0).integers(0, 255, (size[1], size[0]), dtype=np.uint8)
    Image.fromarray(noise).save(buf, "JPEG")
    return buf.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _reason(path: Path) -> RejectReason:
    with pytest.raises(UnreadableFile) as caught:
        open_document(path)
    return caught.value.reason


@pytest.mark.parametrize(
    ("name", "data", "media_type"),
    [
        ("scan.jpg", b"%PDF-1.7\n...", "application/pdf"),
        ("scan.pdf", b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        ("x", b"\x89PNG\r\n\x1a\n....", "image/png"),
        ("x", b"II*\x00\x08\x00", "image/tiff"),
        ("x", b"MM\x00*\x00\x08", "image/tiff"),
        ("x", b"GIF89a..", "image/gif"),
        ("x", b"BM....", "image/bmp"),
        ("x", b"\x00\x00\x00\x0cjP  \r\n\x87\n", "image/jp2"),
        ("x", b"junk before the header %PDF-1.4", "application/pdf"),
        ("x", b"RIFF\x00\x00\x00\x00WEBPVP8 ", None),  # MuPDF cannot open WebP
        ("x", b"Bonjour, voici mon RIB", None),
    ],
)
def test_media_type_is_sniffed_from_bytes(
    tmp_path: Path, name: str, data: bytes, media_type: str | None
) -> None:
    assert sniff_media_type(_write(tmp_path, name, data)) == media_type


def test_missing_and_directory(tmp_path: Path) -> None:
    assert _reason(tmp_path / "nope.pdf") is RejectReason.MISSING
    assert _reason(tmp_path) is RejectReason.MISSING


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_is_missing(tmp_path: Path) -> None:
    path = _write(tmp_path, "locked.pdf", _pdf(1))
    path.chmod(0)
    assert _reason(path) is RejectReason.MISSING


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: b"", RejectReason.EMPTY),
        (lambda: b"Bonjour,\nveuillez trouver ci-joint mon RIB.\n", RejectReason.NOT_A_DOCUMENT),
        (lambda: np.random.default_rng(7).bytes(50_000), RejectReason.NOT_A_DOCUMENT),
        (lambda: b"%PDF-1.4\nThis is not a valid PDF file\n%%EOF\n", RejectReason.DAMAGED),
        (lambda: _pdf(6)[: len(_pdf(6)) // 2], RejectReason.DAMAGED),
        (lambda: _pdf(6)[:200], RejectReason.DAMAGED),
        (_zero_page_pdf, RejectReason.NO_PAGES),
        (lambda: _jpeg()[: len(_jpeg()) // 2], RejectReason.DAMAGED),
        (lambda: _jpeg()[:300], RejectReason.DAMAGED),
    ],
    ids=["empty", "text named pdf", "random bytes", "header only", "pdf cut in half", "pdf cut at 200 bytes",
         "zero pages", "jpeg cut in half", "jpeg header only"],
)
def test_bad_files_are_rejected_with_their_reason(
    tmp_path: Path, make: Callable[[], bytes], reason: RejectReason
) -> None:
    assert _reason(_write(tmp_path, "in.pdf", make())) is reason


def test_encrypted_pdf_needs_a_password(tmp_path: Path) -> None:
    doc = pymupdf.open(stream=_pdf(2))
    locked = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    assert _reason(_write(tmp_path, "locked.pdf", locked)) is RejectReason.ENCRYPTED


def test_pdf_with_only_an_owner_password_opens(tmp_path: Path) -> None:
    """Printing/copy restrictions alone: the empty user password opens it."""
    doc = pymupdf.open(stream=_pdf(2))
    restricted = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_128, owner_pw="owner", permissions=0)
    assert probe(_write(tmp_path, "restricted.pdf", restricted)).page_count == 2


def test_limits_reject_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "big.pdf", _pdf(5))
    monkeypatch.setattr(loaders, "MAX_PAGES", 4)
    assert _reason(path) is RejectReason.TOO_LARGE
    monkeypatch.setattr(loaders, "MAX_PAGES", 2000)
    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", path.stat().st_size - 1)
    assert _reason(path) is RejectReason.TOO_LARGE


def test_image_over_the_pixel_limit_is_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loaders, "MAX_IMAGE_PIXELS", 800 * 1000 - 1)
    assert _reason(_write(tmp_path, "photo.jpg", _jpeg())) is RejectReason.TOO_LARGE


def test_repairable_pdf_is_accepted_with_its_warnings(tmp_path: Path) -> None:
    """A PDF whose end (xref, trailer) is lost but whose objects are all there."""
    data = _pdf(3)
    cut = data.rindex(b"xref")
    report = probe(_write(tmp_path, "noxref.pdf", data[:cut]))
    assert report.page_count == 3
    assert report.warnings  # the repair is logged


def test_probe_of_a_digital_pdf(tmp_path: Path) -> None:
    report = probe(_write(tmp_path, "form.bin", _pdf(4)))
    assert report == loaders.FileProbe("application/pdf", 4, report.size_bytes, True, True, ())


def test_multipage_tiff_gives_every_page(tmp_path: Path) -> None:
    """Mixed frames as a scanner's multi-page TIFF may hold: bitonal, grey, colour, palette."""
    palette = Image.new("P", (600, 800), 0)
    palette.putpalette([200, 30, 30] * 256)
    frames = [Image.new("1", (1700, 2200), 1), Image.new("L", (800, 1000), 128),
              Image.new("RGB", (600, 800), (0, 0, 255)), palette]
    path = tmp_path / "batch.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_lzw")
    assert probe(path) == loaders.FileProbe("image/tiff", 4, path.stat().st_size, False, False, ())
    with open_document(path) as doc:
        corners = [render_region(doc[i], page_width_px=50, color=True).getpixel((0, 0)) for i in range(4)]
    assert corners == [(255, 255, 255), (128, 128, 128), (0, 0, 255), (200, 30, 30)]


def test_group4_tiff_pages(tmp_path: Path) -> None:
    page = Image.new("1", (1654, 2339), 1)
    path = tmp_path / "scan.tiff"
    page.save(path, save_all=True, append_images=[page] * 2, compression="group4", dpi=(200, 200))
    assert probe(path).page_count == 3


def test_alpha_png_renders_on_white(tmp_path: Path) -> None:
    image = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    image.paste((200, 30, 30, 255), (100, 100, 300, 300))
    path = tmp_path / "alpha.png"
    image.save(path)
    with open_document(path) as doc:
        rendered = render_region(doc[0], page_width_px=400, color=True)
    assert rendered.getpixel((10, 10)) == (255, 255, 255)
    assert rendered.getpixel((200, 200)) == (200, 30, 30)


def test_cmyk_jpeg_renders_with_right_colours(tmp_path: Path) -> None:
    path = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (300, 300), (0, 255, 255, 0)).save(path, quality=95)  # pure red ink
    with open_document(path) as doc:
        red, green, blue = render_region(doc[0], page_width_px=100, color=True).getpixel((50, 50))
    assert red > 200 and green < 60 and blue < 60


def test_a_worker_reopens_an_owner_password_pdf_without_the_checks(tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((50, 50), "Numéro de procédure : 48151623")
    path = tmp_path / "owner-only.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="")
    with reopen_document(path) as reopened:
        assert "48151623" in reopened[0].get_text()
