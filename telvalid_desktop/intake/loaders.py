"""Open an incoming file as one kind of document, or reject it with a reason.

Scanners, fax servers, phones and mail clients hand us PDFs and images, some broken.
Everything is opened as a PyMuPDF document, so later stages see only pages; images go
through ``image_pages``, which falls back on Pillow where MuPDF cannot read a frame.
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
image pixel limits below, checked before anything is decoded (tests/intake/
test_hostile_files.py feeds decompression bombs and the like):

- an image file's frame count and each frame's pixels, from its headers (Pillow), and
  from each page MuPDF opens;
- on each PDF page, the decoded size the images it draws declare (resources, form
  XObjects and inline images): a 1.2 MB Flate stream of zeros declares a 1.25 GB
  bitonal image that takes MuPDF 18 s to draw, and inline images are decoded whole
  (a 30000x30000 grey one costs 900 MB);
- on each PDF page, the decoded size of its drawing instructions (content streams and
  form XObjects), read through MuPDF's filters but never past the limit: 2 MB of Flate
  data holding 1 GB of rectangles took 26 s to extract text from and 73 s and 3 GB to draw.

Nothing here draws a PDF page (the text-layer hint is read from the page's fonts):
what a page does when drawn (forms drawing forms a billion times) is only bounded by
the page worker's timeout, which kills the worker, not the batch.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from telvalid_desktop.intake.errors import RejectReason, UnreadableFile
from telvalid_desktop.intake.image_pages import CUT_SHORT, MUPDF_ERRORS, ImageDocument, open_image

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 500 * 1024 * 1024
MAX_PAGES = 2000
# Decompression-bomb guard for each frame of an image file: 200 MP is an A3 page at 1200 dpi.
# (Pillow, which reads the headers first, refuses from 179 MP: twice its own default limit.)
MAX_IMAGE_PIXELS = 200_000_000
# The same guard for PDF pages, in decoded bytes of the images one page draws: 512 MiB is
# an A4 page at 1200 dpi in colour; the largest real scans we know take 153 MB (35000 x
# 35000 bitonal) and 243 MB (9000 x 9000 colour).
MAX_PAGE_IMAGE_BYTES = 512 * 1024 * 1024
# Decoded drawing instructions of one PDF page: a generated form is under 200 KB, a
# vector-heavy page a few MB.
MAX_PAGE_CONTENT_BYTES = 32 * 1024 * 1024
# PDF writers may put junk before the header; readers look for it in the first KB.
PDF_HEADER_WINDOW = 1024
# Where an /Encrypt entry is looked for when MuPDF cannot open a PDF at all.
TRAILER_WINDOW = 64 * 1024

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)

# Signatures too short to prove anything: such a file that does not open is not a document.
_WEAK_MAGIC = frozenset({"image/bmp"})
# Components per colour space name of an inline image (anything else counts as colour).
_INLINE_COMPONENTS = {b"G": 1, b"DeviceGray": 1, b"I": 1, b"Indexed": 1, b"CMYK": 4, b"DeviceCMYK": 4}
_INLINE_IMAGE = re.compile(rb"(?<![A-Za-z])BI\s(.{0,2000}?)\sID[\s]", re.DOTALL)
_INLINE_KEY = re.compile(rb"/(W|Width|H|Height|BPC|BitsPerComponent|CS|ColorSpace|IM|ImageMask)\s*/?([A-Za-z0-9.]+)")
_INLINE_ALIASES = {
    b"Width": b"W",
    b"Height": b"H",
    b"BitsPerComponent": b"BPC",
    b"ColorSpace": b"CS",
    b"ImageMask": b"IM",
}
_INLINE_SIZE = ((b"W", b"0"), (b"H", b"0"), (b"BPC", b"8"))
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"II+\x00", "image/tiff"),  # BigTIFF
    (b"MM\x00+", "image/tiff"),
    (b"BM", "image/bmp"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "image/jp2"),
    (b"\xff\x4f\xff\x51", "image/jp2"),  # bare JPEG 2000 codestream
)
# ISO base media files (bytes 4-8 "ftyp", then a brand): HEIC/HEIF from phones, AVIF.
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
# Formats recognised but not taken: named in the rejection's detail (the clerk's sentence says
# "a format we do not read", and how to send it instead).
_REFUSED_MAGIC = (
    (b"\xff\x0a", "image JPEG XL"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "image JPEG XL"),
    (b"8BPS", "image Photoshop (PSD)"),
    (b"PK\x03\x04", "archive ZIP ou document bureautique (Word .docx, Excel .xlsx, OpenDocument)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "document Office ancien (.doc, .xls) ou message Outlook (.msg)"),
    (b"{\\rtf", "texte RTF"),
    (b"AT&TFORM", "document DjVu"),
    (b"%!PS", "PostScript (.ps, .eps)"),
)


@dataclass(frozen=True)
class FileProbe:
    """What can be said about a file before any page is analysed.

    Attributes:
        media_type: sniffed from the bytes, e.g. ``application/pdf``.
        page_count: pages the intake will produce.
        size_bytes: file size.
        is_pdf: a PDF (may carry a text layer) rather than an image.
        has_text_layer_hint: the first page uses fonts, so it probably has a text layer (a
            digital PDF or an OCR'd scan); only a hint, read from the page's resources
            without drawing it (a hostile page can take minutes to draw); other pages may differ.
        warnings: MuPDF's messages while opening (repairs, odd objects), for the log.
        missing_pages: pages (1-based) of an image file whose frame no library could decode;
            the others are taken (a page stands in for each, saying so).
    """

    media_type: str
    page_count: int
    size_bytes: int
    is_pdf: bool
    has_text_layer_hint: bool
    warnings: tuple[str, ...] = ()
    missing_pages: tuple[int, ...] = ()


def sniff_media_type(path: Path) -> str | None:
    """The media type told by the first bytes of ``path``, or None if not one we open."""
    with path.open("rb") as f:
        head = f.read(PDF_HEADER_WINDOW)
    if b"%PDF-" in head:
        return "application/pdf"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(int.from_bytes(head[:4]), 64), 4)}
        if brands & _AVIF_BRANDS:
            return "image/avif"
        if brands & _HEIF_BRANDS:
            return "image/heic"
    return next((media for magic, media in _MAGIC if head.startswith(magic)), None)


def refused_format(path: Path) -> str | None:
    """The name of a format recognised by its first bytes that the intake does not take."""
    with path.open("rb") as f:
        head = f.read(16)
    return next((name for magic, name in _REFUSED_MAGIC if head.startswith(magic)), None)


def open_document(path: Path) -> pymupdf.Document:
    """Open ``path`` as a document whose every page can be loaded.

    Raises:
        UnreadableFile: with the reason the whole file is rejected.
    """
    doc, _, warnings, _ = _open_checked(path)
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
    if media_type != "application/pdf":
        return _open_image(path, media_type).document
    try:
        doc = _open_pdf(path)
    except MUPDF_ERRORS as exc:
        raise UnreadableFile(RejectReason.DAMAGED, str(exc)) from exc
    if doc.needs_pass:
        doc.authenticate("")  # an owner password only: the checks accepted it that way
    return doc


def probe(path: Path) -> FileProbe:
    """Open ``path`` just long enough to report its kind and page count.

    Raises:
        UnreadableFile: as ``open_document``.
    """
    doc, media_type, warnings, missing = _open_checked(path)
    is_pdf = media_type == "application/pdf"
    with doc:
        try:
            has_fonts = is_pdf and bool(doc[0].get_fonts())
        except MUPDF_ERRORS as exc:
            raise UnreadableFile(RejectReason.DAMAGED, f"page 1: {exc}") from exc
        return FileProbe(
            media_type=media_type,
            page_count=doc.page_count,
            size_bytes=path.stat().st_size,
            is_pdf=is_pdf,
            has_text_layer_hint=has_fonts,
            warnings=warnings,
            missing_pages=missing,
        )


def take_mupdf_warnings() -> tuple[str, ...]:
    """MuPDF's messages since the last call (they accumulate per process)."""
    text = pymupdf.TOOLS.mupdf_warnings()
    pymupdf.TOOLS.reset_mupdf_warnings()
    return tuple(line for line in text.splitlines() if line.strip())


def _open_checked(path: Path) -> tuple[pymupdf.Document, str, tuple[str, ...], tuple[int, ...]]:
    """Open and validate; returns the document, its media type, MuPDF's warnings and the
    pages (1-based) of an image file that could not be decoded."""
    media_type = _sniff_checked(path)
    take_mupdf_warnings()
    image = None
    try:
        if media_type == "application/pdf":
            doc = _open_pdf(path)
        else:
            image = _open_image(path, media_type)
            doc = image.document
    except MUPDF_ERRORS as exc:
        raise UnreadableFile(_unopenable(path, media_type, exc), _detail(media_type, exc)) from exc
    except UnreadableFile as unread:
        if unread.reason is RejectReason.DAMAGED and media_type in _WEAK_MAGIC:  # two letters that happened to match
            raise UnreadableFile(RejectReason.NOT_A_DOCUMENT, unread.detail) from unread
        raise
    try:
        missing = _check_opened(doc, path, image)
    except UnreadableFile:
        doc.close()
        raise
    except MUPDF_ERRORS as exc:  # while loading pages or decoding images
        doc.close()
        reason = RejectReason.TOO_LARGE if _over_mupdf_limit(exc) else RejectReason.DAMAGED
        raise UnreadableFile(reason, _detail(media_type, exc)) from exc
    return doc, media_type, take_mupdf_warnings(), missing


def _open_pdf(path: Path) -> pymupdf.Document:
    """MuPDF takes file names in UTF-8: a name in another encoding is opened from its bytes."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return pymupdf.open(stream=path.read_bytes(), filetype="pdf")
    return pymupdf.open(path, filetype="pdf")


def _open_image(path: Path, media_type: str) -> ImageDocument:
    """Every frame, by MuPDF or Pillow, within this module's limits (read at each call: tests lower them)."""
    return open_image(path, media_type, max_pixels=MAX_IMAGE_PIXELS, max_frames=MAX_PAGES)


def _detail(media_type: str, exc: BaseException) -> str:
    cause = f" ({exc.__cause__})" if exc.__cause__ is not None else ""
    return f"{media_type}: {exc}{cause}; {' '.join(take_mupdf_warnings())}"


def _over_mupdf_limit(exc: BaseException) -> bool:
    """MuPDF refused to decode something too large for it ("Overly large image")."""
    return any(isinstance(e, pymupdf.mupdf.FzErrorLimit) for e in (exc, exc.__cause__))


def _unopenable(path: Path, media_type: str, exc: BaseException) -> RejectReason:
    """Why a file whose first bytes name a format MuPDF reads could not be opened at all."""
    if _over_mupdf_limit(exc):
        return RejectReason.TOO_LARGE
    if media_type in _WEAK_MAGIC:
        return RejectReason.NOT_A_DOCUMENT  # two letters that happened to match
    if media_type == "application/pdf":
        with path.open("rb") as f:
            f.seek(max(0, path.stat().st_size - TRAILER_WINDOW))
            if b"/Encrypt" in f.read():
                return RejectReason.ENCRYPTED  # a security handler MuPDF does not know
    return RejectReason.DAMAGED


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
        refused = refused_format(path)
        if refused is not None:
            raise UnreadableFile(RejectReason.UNSUPPORTED_FORMAT, refused)
        raise UnreadableFile(RejectReason.NOT_A_DOCUMENT, "neither a PDF nor a supported image")
    return media_type


def _check_opened(doc: pymupdf.Document, path: Path, image: ImageDocument | None) -> tuple[int, ...]:
    """Reject an opened document (``image``: an image file's) that is locked, empty, oversized or
    damaged; returns the pages of an image file that could not be decoded (all of them: damaged)."""
    if doc.needs_pass and not doc.authenticate(""):
        raise UnreadableFile(RejectReason.ENCRYPTED, "a password is needed to open it")
    if doc.page_count == 0:
        if doc.is_repaired or (doc.is_pdf and _holds_page_objects(path)):
            raise UnreadableFile(RejectReason.DAMAGED, "no page could be recovered")
        raise UnreadableFile(RejectReason.NO_PAGES, "the document holds no page")
    if doc.page_count > MAX_PAGES:
        raise UnreadableFile(RejectReason.TOO_LARGE, f"{doc.page_count} pages > {MAX_PAGES}")
    if image is None:
        _check_pages_resolve(doc)
        return ()
    _check_image_pages(doc)
    missing = image.missing  # built from decoded frames: the others are known good
    if image.decoder == "mupdf":
        missing = tuple(_undecoded_pages(doc))
    if len(missing) == doc.page_count:
        raise UnreadableFile(RejectReason.DAMAGED, f"no page of {doc.page_count} could be decoded")
    return missing


def _holds_page_objects(path: Path) -> bool:
    """The bytes hold page objects that MuPDF's page tree does not reach (a broken xref chain)."""
    overlap = b""
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            if _PAGE_OBJECT.search(overlap + chunk):
                return True
            overlap = chunk[-32:]
    return False


def _check_pages_resolve(doc: pymupdf.Document) -> None:
    """Every page loads and stays within the limits; in a repaired file, every stream a
    page draws still exists."""
    streams = _StreamSizes(doc)
    for page in doc.pages():  # loading each page is the first check
        images = page.get_images(full=True)
        if doc.is_repaired:
            drawn = page.get_contents() + [image[0] for image in images]
            missing = [xref for xref in drawn if doc.xref_object(xref, compressed=True) == "null"]
            if missing:
                raise UnreadableFile(
                    RejectReason.DAMAGED, f"page {page.number + 1}: objects {missing} lost (truncated file?)"
                )
        _check_page_size(page, images, streams)


def _check_page_size(page: pymupdf.Page, images: list[tuple], streams: _StreamSizes) -> None:
    """What drawing ``page`` would decode, from what its objects declare: refused over the limits."""
    content, inline_bytes = 0, 0
    for xref in page.get_contents() + [form[0] for form in page.get_xobjects()]:
        size, inline = streams.measure(xref)
        content += size
        inline_bytes += inline
        if content > MAX_PAGE_CONTENT_BYTES:
            raise UnreadableFile(
                RejectReason.TOO_LARGE, f"page {page.number + 1}: drawing instructions > {MAX_PAGE_CONTENT_BYTES} bytes"
            )
    distinct = {image[0]: image for image in images}.values()
    declared = inline_bytes + sum(_image_bytes(*image[2:6]) + streams.mask_bytes(image[1]) for image in distinct)
    if declared > MAX_PAGE_IMAGE_BYTES:
        raise UnreadableFile(RejectReason.TOO_LARGE, f"page {page.number + 1}: images of {declared} bytes once decoded")


# Components per colour space name of an image XObject (anything else counts as CMYK).
_COMPONENTS = {
    "DeviceGray": 1,
    "CalGray": 1,
    "Indexed": 1,
    "Separation": 1,
    "": 1,  # "": an image mask
    "DeviceRGB": 3,
    "CalRGB": 3,
    "Lab": 3,
    "ICCBased": 3,
}


def _image_bytes(width: int, height: int, bits: int, colorspace: str) -> int:
    """Decoded size of an image from what its dictionary declares."""
    return max(width, 0) * max(height, 0) * _COMPONENTS.get(colorspace, 4) * max(bits, 1) // 8


class _StreamSizes:
    """Decoded sizes of a document's content streams (each read once, never past the limit)
    and of its soft masks (declared)."""

    def __init__(self, doc: pymupdf.Document) -> None:
        self._doc = doc
        self._pdf = pymupdf._as_pdf_document(doc)  # noqa: SLF001 - the low-level handle MuPDF's streams need
        self._known: dict[int, tuple[int, int]] = {}

    def measure(self, xref: int) -> tuple[int, int]:
        """(decoded bytes, decoded bytes of the inline images it holds) of stream ``xref``.

        A stream that cannot be decoded makes the page damaged: drawn, it would look blank.
        """
        if xref not in self._known:
            try:
                stream = pymupdf.mupdf.pdf_open_stream_number(self._pdf, xref)
                window = pymupdf.mupdf.fz_open_null_filter(stream, MAX_PAGE_CONTENT_BYTES, 0)
                data = pymupdf.mupdf.fz_read_all(window, 0).fz_buffer_extract()
                size = len(data) + pymupdf.mupdf.fz_skip(stream, 1)  # one byte more: over the limit
            except MUPDF_ERRORS as exc:
                raise UnreadableFile(RejectReason.DAMAGED, f"stream {xref}: {exc}") from exc
            self._known[xref] = (size, sum(_inline_images(data)))
        return self._known[xref]

    def mask_bytes(self, xref: int) -> int:
        """Decoded size of a soft mask (one grey component), 0 for none."""
        if xref <= 0:
            return 0
        doc = self._doc
        declared = [doc.xref_get_key(xref, key)[1] for key in ("Width", "Height", "BitsPerComponent")]
        try:
            width, height, bits = (int(value) for value in declared)
        except ValueError:
            return 0
        return _image_bytes(width, height, bits, "DeviceGray")


def _inline_images(content: bytes) -> Iterator[int]:
    """Decoded bytes of each inline image (``BI … ID``) in a content stream, from its dictionary."""
    for match in _INLINE_IMAGE.finditer(content):
        keys = {_INLINE_ALIASES.get(key, key): value for key, value in _INLINE_KEY.findall(match.group(1))}
        try:
            width, height, bits = (int(keys.get(key, default)) for key, default in _INLINE_SIZE)
        except ValueError:
            continue
        if keys.get(b"IM") == b"true":
            bits = 1
        components = _INLINE_COMPONENTS.get(keys.get(b"CS", b"G"), 3)
        yield max(width, 0) * max(height, 0) * components * max(bits, 1) // 8


def _check_image_pages(doc: pymupdf.Document) -> None:
    """Every frame of an image file within the pixel limit (its header is read, not its pixels)."""
    for number in range(doc.page_count):
        try:
            page = doc.load_page(number)
        except MUPDF_ERRORS:
            continue  # not decoded either: ``_undecoded_pages`` says so
        pixels = sum(info["width"] * info["height"] for info in page.get_image_info())
        if pixels > MAX_IMAGE_PIXELS:
            raise UnreadableFile(RejectReason.TOO_LARGE, f"page {number + 1}: {pixels} px")


def _undecoded_pages(doc: pymupdf.Document) -> Iterator[int]:
    """Pages (1-based) of an image file that fail to decode, drawn at a tiny scale: a truncated
    image shows only here (MuPDF draws what it could decode and only warns)."""
    seen = 0  # what MuPDF said while opening counts for page 1 (it decodes a PNG there)
    for number in range(doc.page_count):
        try:
            page = doc.load_page(number)
            scale = 64 / max(page.rect.width, 1.0)
            page.get_pixmap(matrix=pymupdf.Matrix(scale, scale))
        except MUPDF_ERRORS as exc:
            if _over_mupdf_limit(exc):
                raise
            log.warning("page %d does not decode: %s", number + 1, exc)
            seen = len(pymupdf.TOOLS.mupdf_warnings())
            yield number + 1
            continue
        said_so_far = pymupdf.TOOLS.mupdf_warnings()  # left for take_mupdf_warnings
        said, seen = said_so_far[seen:], len(said_so_far)
        if any(word in said for word in CUT_SHORT):
            log.warning("page %d is cut short: %s", number + 1, said.strip())
            yield number + 1
