"""Every frame of an image file as a page of a ``pymupdf.Document``: the one way images are opened.

The intake's probe, its page workers and the window's viewer and thumbnails all open images
through ``open_image`` (by way of ``loaders``), so page N is the same picture everywhere.

Two libraries read images here. MuPDF reads the common files fast and keeps them compressed
until a page is drawn, but refuses TIFFs with separate colour planes, palette with alpha, LZMA
or ZSTD data, BigTIFF, and every WebP, HEIC and AVIF. Pillow (libtiff, libwebp, libavif, and
libheif through pi-heif) reads those. The choice is made per file, from headers only, so that
the probe and every later reopening take the same road without decoding a pixel:

- MuPDF, when it opens the file, sees as many frames as Pillow and every TIFF frame is of a
  kind it decodes (``_mupdf_decodes_frame``, from the frame's tags);
- otherwise each frame is decoded by Pillow, made 8-bit grey or RGB (16 bits scaled, alpha
  laid on white, CMYK converted, EXIF orientation applied) and drawn on a page of an in-memory
  PDF at its physical size (from the file's resolution, or an A4 page's when it has none or an
  absurd one); a frame Pillow cannot decode is taken from MuPDF when MuPDF draws it, else it
  becomes a page saying, in words a clerk understands, that this frame of the file is missing.

Limits are checked on headers before anything is decoded: the frame count and each frame's
pixels (decompression bombs, whatever the container), lower for the frames Pillow decodes whole
(``MAX_DECODED_PIXELS``). Frames over ``MAX_BUILT_PIXELS`` are reduced right after decoding.

A file MuPDF takes whose data then proves cut or corrupt (its pages are drawn at the probe) is
not handed to Pillow: the road must be known without decoding, or every page worker and the
viewer would decode the whole file again to find it. Its bad pages are reported as missing.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image, ImageOps, TiffImagePlugin

from telvalid_desktop.intake.errors import RejectReason, UnreadableFile

log = logging.getLogger(__name__)

try:  # HEIC/HEIF (iPhone photos): libheif + libde265, LGPL-3, decoding only (see README)
    from pi_heif import register_heif_opener

    register_heif_opener()
    HEIC_READABLE = True
except ImportError:  # pragma: no cover - an installation without it refuses HEIC with a true message
    HEIC_READABLE = False

# Every TIFF Pillow reads goes through libtiff: Pillow's own reader of uncompressed files takes
# 16-bit separate planes for 8-bit ones and returns a garbled page without a word (Pillow 13).
TiffImagePlugin.READ_LIBTIFF = True

# media type -> the ``filetype`` MuPDF needs (it would otherwise trust the extension)
MUPDF_FILETYPES = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/tiff": "tiff",
    "image/bmp": "bmp",
    "image/gif": "gif",
    "image/jp2": "jp2",
}
# What MuPDF raises on bad data: FileDataError (a RuntimeError) when opening, its low-level
# FzError* classes when a page or image fails to decode.
MUPDF_ERRORS = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)
# What Pillow and its plugins raise on data they cannot decode: libtiff OSError, a bad header
# SyntaxError, pi-heif ValueError or RuntimeError, and a malformed directory whatever it makes
# the plugin trip on (KeyError, IndexError, struct.error, ZeroDivisionError… found by fuzzing).
_PILLOW_ERRORS = (Exception,)
# TIFF compressions MuPDF 1.28 decodes: none, CCITT RLE/G3/G4, LZW, old-style and new JPEG,
# Deflate (both codes), PackBits. Not LZMA (34925), ZSTD (50000), WebP (50001), JPEG 2000…
_MUPDF_TIFF_COMPRESSIONS = frozenset({1, 2, 3, 4, 5, 6, 7, 8, 32773, 32946})
# Pillow decodes a frame whole (MuPDF subsamples while decoding): a frame it decodes is held to
# 64 MP, which keeps one page under 1 GB and 10 s (measured: tests/bench/bench_image_formats.py
# --large). 64 MP is an A3 page at 550 dpi, or a 50 MP phone photo.
MAX_DECODED_PIXELS = 64_000_000
# Frames larger than this are reduced after decoding: 40 MP is an A4 page at 600 dpi.
MAX_BUILT_PIXELS = 40_000_000
# A resolution outside this range is a writer's mistake (phones write 72 or nothing).
_PLAUSIBLE_DPI = (50.0, 2400.0)
_A4_LONG_INCHES = 297 / 25.4
_A0_LONG_INCHES = 1189 / 25.4
_MISSING_WIDTH_PT, _MISSING_HEIGHT_PT = 595.0, 842.0
# What MuPDF says (a warning, not an error) when it drew only part of an image.
CUT_SHORT = ("premature", "truncated", "corrupt")


@dataclass(frozen=True)
class FrameHeaders:
    """What Pillow reads of an image file's pages without decoding them."""

    sizes: list[tuple[int, int]]  # (width, height) of each page; (0, 0) for a directory named but broken
    mupdf_decodes: bool  # every page is of a kind MuPDF decodes (a TIFF's tags tell; other formats: yes)


@dataclass(frozen=True)
class ImageDocument:
    """An opened image file.

    Attributes:
        document: one page per frame, in the file's order.
        missing: frames (1-based) no library could decode: their page says so.
        decoder: "mupdf" (the file as MuPDF reads it) or "pillow" (pages built from decoded frames).
    """

    document: pymupdf.Document
    missing: tuple[int, ...] = ()
    decoder: str = "mupdf"


def open_image(path: Path, media_type: str, *, max_pixels: int, max_frames: int) -> ImageDocument:
    """Open every frame of the image at ``path`` (its media type sniffed from its bytes).

    Raises:
        UnreadableFile: TOO_LARGE over the limits, UNSUPPORTED_FORMAT for HEIC without its
            library, DAMAGED when no frame can be decoded.
    """
    if media_type == "image/heic" and not HEIC_READABLE:
        raise UnreadableFile(RejectReason.UNSUPPORTED_FORMAT, "HEIC/HEIF photo (pi-heif is not installed)")
    mupdf = _mupdf_open(path, media_type)
    try:
        if mupdf is not None and mupdf.page_count > max_frames:  # before walking 10,000 directories
            raise UnreadableFile(RejectReason.TOO_LARGE, f"{mupdf.page_count} frames > {max_frames}")
        headers = frame_headers(path, max_pixels=max_pixels, max_frames=max_frames)
        if mupdf is not None and (
            headers is None or (mupdf.page_count == len(headers.sizes) and headers.mupdf_decodes)
        ):
            taken, mupdf = mupdf, None
            return ImageDocument(taken)
        if headers is None:  # neither reads the header
            raise UnreadableFile(RejectReason.DAMAGED, f"{media_type}: no library reads this image")
        largest = max(width * height for width, height in headers.sizes)
        if largest > MAX_DECODED_PIXELS:
            raise UnreadableFile(RejectReason.TOO_LARGE, f"a frame of {largest} px for Pillow > {MAX_DECODED_PIXELS}")
        return _built(path, len(headers.sizes), mupdf)
    finally:
        if mupdf is not None:
            mupdf.close()


def frame_headers(path: Path, *, max_pixels: int, max_frames: int) -> FrameHeaders | None:
    """What Pillow reads of each page's headers; None when Pillow cannot read the file.
    Over the limits: TOO_LARGE (a frame's pixels, the frame count)."""
    sizes: list[tuple[int, int]] = []
    mupdf_decodes = True
    try:
        with _silenced(), Image.open(path) as image:
            for _ in _frames(image, max_frames + 1):
                sizes.append(image.size)
                if isinstance(image, TiffImagePlugin.TiffImageFile):
                    mupdf_decodes = mupdf_decodes and _mupdf_decodes_frame(image.tag_v2)
                if image.width * image.height > max_pixels:
                    raise UnreadableFile(
                        RejectReason.TOO_LARGE, f"frame {len(sizes)}: image {image.width}x{image.height} px"
                    )
    except UnreadableFile:
        raise
    except Image.DecompressionBombError as exc:
        raise UnreadableFile(RejectReason.TOO_LARGE, str(exc)) from exc
    except _PILLOW_ERRORS:
        if not sizes:
            return None
        if isinstance(image, TiffImagePlugin.TiffImageFile):  # a directory is named but broken (a cut file):
            sizes.append((0, 0))  # one page more, which no decoder will read, named missing
            mupdf_decodes = False
    if len(sizes) > max_frames:
        raise UnreadableFile(RejectReason.TOO_LARGE, f"more than {max_frames} frames")
    return FrameHeaders(sizes, mupdf_decodes)


def _frames(image: Image.Image, limit: int) -> Iterator[int]:
    """Seek to each page in turn (at most ``limit``). Only a TIFF's frames are pages: those of
    an animated PNG, GIF or WebP, or a HEIC burst, are moments of one picture (its first is taken)."""
    paged = isinstance(image, TiffImagePlugin.TiffImageFile)
    index = 0
    while index < limit:  # not n_frames: it walks every directory first
        yield index
        index += 1
        if not paged:
            return
        try:
            image.seek(index)
        except EOFError:
            return


@contextmanager
def _silenced() -> Iterator[None]:
    """Pillow's own, lower, bomb limit only warns below ours; a broken header's complaints are not news."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _mupdf_document(path: Path, media_type: str) -> pymupdf.Document | None:
    """The file as MuPDF opens it, or None (a format or a variant MuPDF does not read)."""
    filetype = MUPDF_FILETYPES.get(media_type)
    if filetype is None:
        return None
    try:
        try:
            str(path).encode("utf-8")
        except UnicodeEncodeError:  # MuPDF takes file names in UTF-8: open it from its bytes
            return pymupdf.open(stream=path.read_bytes(), filetype=filetype)
        return pymupdf.open(path, filetype=filetype)
    except MUPDF_ERRORS as exc:
        if any(isinstance(e, pymupdf.mupdf.FzErrorLimit) for e in (exc, exc.__cause__)):
            raise UnreadableFile(RejectReason.TOO_LARGE, f"{media_type}: {exc}") from exc
        log.info("MuPDF does not open %s (%s): Pillow will", path, exc)
        return None


def _mupdf_open(path: Path, media_type: str) -> pymupdf.Document | None:
    """The file as MuPDF opens it, its first page loaded (MuPDF opens some files it cannot
    read, BigTIFF for one, and fails only there), or None."""
    document = _mupdf_document(path, media_type)
    if document is None:
        return None
    try:
        document.load_page(0)
    except MUPDF_ERRORS as exc:
        log.info("MuPDF opens %s but not its first page (%s): Pillow will", path, exc)
        document.close()
        return None
    return document


def _mupdf_decodes_frame(tags: TiffImagePlugin.ImageFileDirectory_v2) -> bool:
    samples = tags.get(TiffImagePlugin.SAMPLESPERPIXEL, 1)
    photometric = tags.get(TiffImagePlugin.PHOTOMETRIC_INTERPRETATION, 1)
    return (
        tags.get(TiffImagePlugin.COMPRESSION, 1) in _MUPDF_TIFF_COMPRESSIONS
        and (tags.get(TiffImagePlugin.PLANAR_CONFIGURATION, 1) == 1 or samples == 1)
        and not (photometric == 3 and samples > 1)  # palette with alpha
        and tags.get(0x0112, 1) == 1  # MuPDF ignores a TIFF's orientation
        and tags.get(TiffImagePlugin.SAMPLEFORMAT, 1) in (1, (1,) * samples)  # no floats, no signed
    )


def _built(path: Path, count: int, mupdf: pymupdf.Document | None) -> ImageDocument:
    """An in-memory PDF, one page per frame, from Pillow's decoding (MuPDF's where Pillow fails)."""
    document = pymupdf.open()
    missing: list[int] = []
    with _silenced(), Image.open(path) as image:
        for index in range(count):
            try:
                image.seek(index)
                frame, dpi = normalised(image)
            except _PILLOW_ERRORS as failure:
                log.info("Pillow cannot decode frame %d of %s: %s", index + 1, path, failure)
                if not _copy_mupdf_page(document, mupdf, index):
                    missing.append(index + 1)
                    _missing_page(document, index + 1, count, f"{type(failure).__name__}: {failure}")
                continue
            _add_frame(document, frame, dpi)
    if len(missing) == count:
        document.close()
        raise UnreadableFile(RejectReason.DAMAGED, f"no frame of {count} could be decoded")
    return ImageDocument(document, tuple(missing), "pillow")


def normalised(image: Image.Image) -> tuple[Image.Image, tuple[float, float]]:
    """The current frame decoded as 8-bit grey or RGB, upright, with its resolution (x, y dpi)."""
    image.load()
    dpi = _resolution(image)
    frame = ImageOps.exif_transpose(image) or image
    if frame is not image and frame.size != image.size:  # turned a quarter: so is the resolution
        dpi = (dpi[1], dpi[0])
    if _has_alpha(frame):
        frame = _on_white(frame)
    if frame.width * frame.height > MAX_BUILT_PIXELS:  # reduced first: each conversion copies the frame
        factor = int(np.ceil(np.sqrt(frame.width * frame.height / MAX_BUILT_PIXELS)))
        frame = (frame if frame.mode in _REDUCIBLE else _eight_bit(frame)).reduce(factor)
        dpi = (dpi[0] / factor, dpi[1] / factor)
    return _eight_bit(frame), _plausible(frame, dpi)


def _has_alpha(frame: Image.Image) -> bool:
    return "A" in frame.mode or "a" in frame.mode or (frame.mode == "P" and "transparency" in frame.info)


def _on_white(frame: Image.Image) -> Image.Image:
    """The frame laid on white paper, a band of rows at a time: done whole, a 100 MP RGBA frame
    costs three more copies of itself (measured: +1 GB and 4 s)."""
    grey = frame.mode in ("LA", "La")
    out = Image.new("L" if grey else "RGB", frame.size, 255 if grey else (255, 255, 255))
    for top in range(0, frame.height, _ROWS_AT_ONCE):
        band = frame.crop((0, top, frame.width, min(top + _ROWS_AT_ONCE, frame.height))).convert("RGBA")
        paper = Image.new("RGBA", band.size, (255, 255, 255, 255))
        flat = Image.alpha_composite(paper, band)
        out.paste(flat.convert("L" if grey else "RGB"), (0, top))
    return out


def _plausible(frame: Image.Image, dpi: tuple[float, float]) -> tuple[float, float]:
    """``dpi``, unless it makes a page no sheet is (over A0, or under 2 inches): then an A4's."""
    long_side = max(frame.width / dpi[0], frame.height / dpi[1])
    if 2.0 <= long_side <= _A0_LONG_INCHES:
        return dpi
    estimated = max(frame.width, frame.height) / _A4_LONG_INCHES
    return estimated, estimated


# Modes ``Image.reduce`` averages correctly (not palette indices, not 1-bit, not 16-bit grey).
_REDUCIBLE = frozenset({"L", "LA", "La", "RGB", "RGBA", "RGBa", "I", "F", "CMYK", "YCbCr"})
_ROWS_AT_ONCE = 512  # 16-bit frames are scaled a band at a time: a float copy of 200 MP is 1.6 GB


def _eight_bit(frame: Image.Image) -> Image.Image:
    """8-bit grey or RGB: what the rest of the intake draws and reads."""
    mode = frame.mode
    if mode in ("L", "RGB"):
        return frame
    if mode == "1":
        return frame.convert("L")
    if mode.startswith("I") or mode == "F":  # 16-bit grey (I;16, I;16B…), 32-bit integers, floats
        return _scaled_to_eight_bits(frame)
    if _has_alpha(frame):
        return _on_white(frame)
    return frame.convert("RGB")  # palette, CMYK, YCbCr, LAB, HSV


def _scaled_to_eight_bits(frame: Image.Image) -> Image.Image:
    """A 16-bit (or 32-bit, or float) grey frame scaled to 0-255, a band of rows at a time."""
    pixels = np.asarray(frame)
    top = 65535.0 if frame.mode.startswith("I;16") else max(float(pixels.max(initial=0)), 1.0)
    if not frame.mode.startswith("I;16") and top <= 65535:
        top = 65535.0 if top > 255 else 255.0  # 16-bit values in a 32-bit frame, or already 8-bit ones
    out = np.empty(pixels.shape, np.uint8)
    for row in range(0, pixels.shape[0], _ROWS_AT_ONCE):
        band = pixels[row : row + _ROWS_AT_ONCE].astype(np.float32)
        out[row : row + _ROWS_AT_ONCE] = np.clip(band * (255.0 / top), 0, 255)
    return Image.fromarray(out)


def _resolution(image: Image.Image) -> tuple[float, float]:
    """The frame's dpi from its tags; an A4 page's when it has none or an absurd one."""
    declared = image.info.get("dpi")
    try:
        x, y = (float(value) for value in declared) if declared else (0.0, 0.0)
    except (TypeError, ValueError):
        x, y = 0.0, 0.0
    low, high = _PLAUSIBLE_DPI
    if low <= x <= high and low <= y <= high:
        return x, y
    estimated = max(image.width, image.height) / _A4_LONG_INCHES
    return estimated, estimated


def _add_frame(document: pymupdf.Document, frame: Image.Image, dpi: tuple[float, float]) -> None:
    width_pt, height_pt = frame.width * 72 / dpi[0], frame.height * 72 / dpi[1]
    page = document.new_page(width=width_pt, height=height_pt)
    space = pymupdf.csGRAY if frame.mode == "L" else pymupdf.csRGB
    pixmap = pymupdf.Pixmap(space, frame.width, frame.height, frame.tobytes(), False)
    page.insert_image(page.rect, pixmap=pixmap)


def _copy_mupdf_page(document: pymupdf.Document, mupdf: pymupdf.Document | None, index: int) -> bool:
    """Frame ``index`` as MuPDF draws it (Pillow could not), added to ``document``; False if MuPDF cannot either."""
    if mupdf is None or index >= mupdf.page_count:
        return False
    pymupdf.TOOLS.reset_mupdf_warnings()
    try:
        page = pymupdf.open("pdf", mupdf.convert_to_pdf(index, index))
        page[0].get_pixmap(matrix=pymupdf.Matrix(0.1, 0.1))  # drawn: a frame cut short says so only now
    except MUPDF_ERRORS as failure:
        log.info("MuPDF cannot decode frame %d either: %s", index + 1, failure)
        return False
    if any(word in pymupdf.TOOLS.mupdf_warnings() for word in CUT_SHORT):
        return False
    document.insert_pdf(page)
    return True


def _missing_page(document: pymupdf.Document, frame: int, count: int, detail: str) -> None:
    """A page in place of a frame no library decodes: the clerk sees why, page numbers stay the file's."""
    page = document.new_page(width=_MISSING_WIDTH_PT, height=_MISSING_HEIGHT_PT)
    lines = [
        (f"Page {frame} sur {count} de ce fichier : image illisible.", 16),
        ("Cette image du fichier est abîmée ; les autres pages ont été importées.", 11),
        ("Demandez une nouvelle copie de cette page à l'expéditeur.", 11),
        (f"Détail technique : {detail[:120]}", 7),
    ]
    y = 120.0
    for text, size in lines:
        page.insert_text((60, y), text, fontsize=size, fontname="helv")
        y += size * 2.2
