"""Open an incoming file as one kind of document, or reject it with a reason.

Scanners, fax servers, phones and mail clients hand us PDFs and images, some broken.
Everything is opened through PyMuPDF (images too), so later stages see only pages.
A file is judged by its bytes, never by its name: ``scan.pdf`` may be a JPEG or text.

MuPDF repairs many damaged PDFs by itself. A repaired file is accepted only when every
page loads and the objects its pages draw (content streams, images) still exist: a PDF
cut in half repairs to the right page count with the later pages silently empty, and a
page that looks blank must not be mistaken for a blank back of a duplex scan.

MuPDF's own messages are kept off stderr; they are collected per file and logged.

Hang guards (measured on the OCRmyPDF test files, see tests/intake/test_realworld.py):
opening and counting pages is a few ms for every file; rendering the header band and a
400-px thumbnail of the 35000x35000 JBIG2 page takes under 1 s, because MuPDF
subsamples while decoding and ``render_region`` caps the pixel count. What remains
unbounded is the size of the input itself, hence the file size, page count and
image pixel limits below; a stuck decoder is left to the worker's own timeout.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PIL import Image

from telvalid_desktop.intake.errors import RejectReason, UnreadableFile

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 500 * 1024 * 1024
MAX_PAGES = 2000
# Decompression-bomb guard for image files: 200 MP is an A3 page at 1200 dpi.
MAX_IMAGE_PIXELS = 200_000_000
# PDF writers may put junk before the header; readers look for it in the first KB.
PDF_HEADER_WINDOW = 1024
# Chars of text that say a PDF page has a text layer worth reading before OCR.
TEXT_LAYER_MIN_CHARS = 8

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)

# media type -> the ``filetype`` PyMuPDF needs (it would otherwise trust the extension)
_FILETYPES = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/tiff": "tiff",
    "image/bmp": "bmp",
    "image/gif": "gif",
    "image/jp2": "jp2",
}
# What MuPDF raises on bad data: FileDataError (a RuntimeError) when opening, its
# low-level FzError* classes when a page or image fails to decode.
_MUPDF_ERRORS = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)
# WebP is not listed: MuPDF 1.28 cannot open it.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "image/jp2"),
    (b"\xff\x4f\xff\x51", "image/jp2"),  # bare JPEG 2000 codestream
)


@dataclass(frozen=True)
class FileProbe:
    """What can be said about a file before any page is analysed.

    Attributes:
        media_type: sniffed from the bytes, e.g. ``application/pdf``.
        page_count: pages the intake will produce.
        size_bytes: file size.
        is_pdf: a PDF (may carry a text layer) rather than an image.
        has_text_layer_hint: the first page has extractable text (a digital PDF or an
            OCR'd scan); only a hint, other pages may differ.
        warnings: MuPDF's messages while opening (repairs, odd objects), for the log.
    """

    media_type: str
    page_count: int
    size_bytes: int
    is_pdf: bool
    has_text_layer_hint: bool
    warnings: tuple[str, ...] = ()


def sniff_media_type(path: Path) -> str | None:
    """The media type told by the first bytes of ``path``, or None if not one we open."""
    with path.open("rb") as f:
        head = f.read(PDF_HEADER_WINDOW)
    if b"%PDF-" in head:
        return "application/pdf"
    return next((media for magic, media in _MAGIC if head.startswith(magic)), None)


def open_document(path: Path) -> pymupdf.Document:
    """Open ``path`` as a document whose every page can be loaded.

    Raises:
        UnreadableFile: with the reason the whole file is rejected.
    """
    doc, _, warnings = _open_checked(path)
    if warnings:
        log.warning("MuPDF on %s: %s", path, "; ".join(warnings))
    return doc


def reopen_document(path: Path) -> pymupdf.Document:
    """Open a file that ``probe`` or ``open_document`` already accepted (a page worker's view).

    Skips the checks, which decode every page of an image file: workers would repeat
    that work for each file they touch.
    """
    media_type = sniff_media_type(path)
    if media_type is None:
        raise UnreadableFile(RejectReason.NOT_A_DOCUMENT, "neither a PDF nor a supported image")
    try:
        doc = pymupdf.open(path, filetype=_FILETYPES[media_type])
    except _MUPDF_ERRORS as exc:
        raise UnreadableFile(RejectReason.DAMAGED, str(exc)) from exc
    if doc.needs_pass:
        doc.authenticate("")  # an owner password only: the checks accepted it that way
    return doc


def probe(path: Path) -> FileProbe:
    """Open ``path`` just long enough to report its kind and page count.

    Raises:
        UnreadableFile: as ``open_document``.
    """
    doc, media_type, warnings = _open_checked(path)
    with doc:
        return FileProbe(
            media_type=media_type,
            page_count=doc.page_count,
            size_bytes=path.stat().st_size,
            is_pdf=doc.is_pdf,
            has_text_layer_hint=doc.is_pdf and len(doc[0].get_text().strip()) >= TEXT_LAYER_MIN_CHARS,
            warnings=warnings,
        )


def take_mupdf_warnings() -> tuple[str, ...]:
    """MuPDF's messages since the last call (they accumulate per process)."""
    text = pymupdf.TOOLS.mupdf_warnings()
    pymupdf.TOOLS.reset_mupdf_warnings()
    return tuple(line for line in text.splitlines() if line.strip())


def _open_checked(path: Path) -> tuple[pymupdf.Document, str, tuple[str, ...]]:
    """Open and validate; returns the document, its media type and MuPDF's warnings."""
    media_type = _sniff_checked(path)
    take_mupdf_warnings()
    try:
        doc = pymupdf.open(path, filetype=_FILETYPES[media_type])
    except _MUPDF_ERRORS as exc:
        reason = RejectReason.DAMAGED if media_type == "application/pdf" else RejectReason.NOT_A_DOCUMENT
        raise UnreadableFile(reason, f"{media_type}: {exc}; {' '.join(take_mupdf_warnings())}") from exc
    try:
        _check_opened(doc)
    except UnreadableFile:
        doc.close()
        raise
    except _MUPDF_ERRORS as exc:  # while loading pages or decoding images
        doc.close()
        raise UnreadableFile(RejectReason.DAMAGED, f"{exc}; {' '.join(take_mupdf_warnings())}") from exc
    return doc, media_type, take_mupdf_warnings()


def _sniff_checked(path: Path) -> str:
    """The media type of a readable, non-empty, not too large file."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UnreadableFile(RejectReason.MISSING, f"not a regular file: {path}")
        media_type = sniff_media_type(path)
    except OSError as exc:
        raise UnreadableFile(RejectReason.MISSING, str(exc)) from exc
    if size == 0:
        raise UnreadableFile(RejectReason.EMPTY, str(path))
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(RejectReason.TOO_LARGE, f"{size} bytes > {MAX_FILE_BYTES}")
    if media_type is None:
        raise UnreadableFile(RejectReason.NOT_A_DOCUMENT, "neither a PDF nor a supported image")
    if media_type != "application/pdf":
        _check_image_size(path)
    return media_type


def _check_image_size(path: Path) -> None:
    """Reject images whose pixel count would exhaust memory (read from the header only)."""
    try:
        with warnings.catch_warnings():  # Pillow's own, lower, limit only warns below ours
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
    except Image.DecompressionBombError as exc:
        raise UnreadableFile(RejectReason.TOO_LARGE, str(exc)) from exc
    except (OSError, ValueError, SyntaxError):
        return  # Pillow cannot read this header; MuPDF decides below
    if width * height > MAX_IMAGE_PIXELS:
        raise UnreadableFile(RejectReason.TOO_LARGE, f"image {width}x{height} px")


def _check_opened(doc: pymupdf.Document) -> None:
    """Reject an opened document that is locked, empty, oversized or damaged."""
    if doc.needs_pass and not doc.authenticate(""):
        raise UnreadableFile(RejectReason.ENCRYPTED, "a password is needed to open it")
    if doc.page_count == 0:
        if doc.is_repaired:
            raise UnreadableFile(RejectReason.DAMAGED, "no page could be recovered")
        raise UnreadableFile(RejectReason.NO_PAGES, "the document holds no page")
    if doc.page_count > MAX_PAGES:
        raise UnreadableFile(RejectReason.TOO_LARGE, f"{doc.page_count} pages > {MAX_PAGES}")
    if doc.is_pdf:
        _check_pages_resolve(doc)
    else:
        _check_images_decode(doc)


def _check_pages_resolve(doc: pymupdf.Document) -> None:
    """Every page loads; in a repaired file, every stream a page draws still exists."""
    for page in doc.pages():  # loading each page is the first check
        if not doc.is_repaired:
            continue
        drawn = page.get_contents() + [image[0] for image in page.get_images(full=True)]
        missing = [xref for xref in drawn if doc.xref_object(xref, compressed=True) == "null"]
        if missing:
            raise UnreadableFile(
                RejectReason.DAMAGED, f"page {page.number + 1}: objects {missing} lost (truncated file?)"
            )


def _check_images_decode(doc: pymupdf.Document) -> None:
    """Decode each image page at a tiny scale: a truncated image shows only here.

    MuPDF draws what it could decode and only warns, at open or at decode time.
    """
    for page in doc.pages():
        scale = 64 / max(page.rect.width, 1.0)
        page.get_pixmap(matrix=pymupdf.Matrix(scale, scale))
    said = pymupdf.TOOLS.mupdf_warnings().splitlines()  # left for take_mupdf_warnings
    cut = [line for line in said if any(word in line for word in ("premature", "truncated", "corrupt"))]
    if cut:
        raise UnreadableFile(RejectReason.DAMAGED, "; ".join(cut))
