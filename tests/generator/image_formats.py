"""Every kind of image file a scanner, a fax server or a phone writes, each carrying a form page
with a known procedure number (issue 22).

``variants()`` builds them in memory: TIFFs with separate colour planes (strips and tiles, 8 and
16 bits, raw and LZW, with an extra sample), 16-bit grey, palette with alpha, LZMA, old-style
JPEG, BigTIFF, G3/G4 fax in both fill orders, WebP, HEIC, AVIF, and the PNG they are compared
with. Pillow cannot write separate planes or palette with alpha, and tifffile's LZW needs imagecodecs: ``tiff_file``
lays out the directories and data itself, each LZW strip or tile compressed by Pillow's libtiff
(a one-strip grey TIFF's data is that plane's LZW stream). tifffile writes the BigTIFF and the
big-endian 16-bit file, pillow-heif (an encoder: tests only) the HEIC. Nothing writes old-style
JPEG any more: that frame is put together by hand, as the fax servers of the 1990s did (the whole
JFIF stream in one strip, pointed at by JPEGInterchangeFormat).
"""

from __future__ import annotations

import functools
import io
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import pymupdf
from PIL import Image, TiffImagePlugin

NUMBER = "31415926"  # the procedure number in every variant's header
DPI = 150  # the variants' resolution: the header reads at it, and files stay small
TILE = 256


@dataclass(frozen=True)
class Variant:
    """One file: its name (the extension a sender would give it), its bytes, its page count."""

    name: str
    data: bytes
    pages: int = 1
    why: str = ""


@functools.cache
def form_page(page: int = 0) -> Image.Image:
    """A clean grey form page at ``DPI``: the header with the number, a title, some lines."""
    doc = pymupdf.open()
    sheet = doc.new_page(width=595, height=842)
    sheet.insert_text((60, 52), f"N° de procédure : {NUMBER}", fontsize=11, fontname="heit")
    sheet.insert_text((180, 120), "Validation du groupe téléphonie", fontsize=16, fontname="hebo")
    for line in range(24):
        sheet.insert_text((60, 160 + 18 * line), f"Page {page + 1}, ligne {line} du mandat SEPA", fontsize=9)
    sheet.draw_rect(pymupdf.Rect(300, 620, 540, 760), fill=(0.85, 0.9, 1.0), color=(0.1, 0.2, 0.6))
    pix = sheet.get_pixmap(dpi=DPI)
    return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def grey(page: int = 0) -> np.ndarray:
    return np.asarray(form_page(page).convert("L"))


def colour(page: int = 0) -> np.ndarray:
    return np.asarray(form_page(page))


def bitonal(page: int = 0) -> Image.Image:
    return form_page(page).convert("L").point(lambda value: 255 if value > 160 else 0).convert("1")


def saved(image: Image.Image, kind: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def png() -> bytes:
    """The reference: what each variant's number is compared with."""
    return saved(form_page(), "PNG", dpi=(DPI, DPI))


# --- separate colour planes (PlanarConfiguration 2) ------------------------------------------


def lzw_stream(plane: np.ndarray) -> bytes:
    """The LZW stream of one 2-D block of samples, as libtiff writes it (no predictor)."""
    mode = "I;16" if plane.dtype == np.uint16 else "L"
    image = Image.frombuffer(mode, (plane.shape[1], plane.shape[0]), np.ascontiguousarray(plane).tobytes())
    out = io.BytesIO()
    image.save(out, "TIFF", compression="tiff_lzw", strip_size=plane.nbytes + 1)
    out.seek(0)
    with Image.open(out) as written:
        assert isinstance(written, TiffImagePlugin.TiffImageFile)
        offsets, counts = written.tag_v2[TiffImagePlugin.STRIPOFFSETS], written.tag_v2[TiffImagePlugin.STRIPBYTECOUNTS]
    offset = offsets[0] if isinstance(offsets, tuple) else offsets
    count = counts[0] if isinstance(counts, tuple) else counts
    return out.getvalue()[offset : offset + count]


def planar_chunks(planes: np.ndarray, tiled: bool) -> Iterator[np.ndarray]:
    """Each plane's strips (one per plane) or tiles (padded to full tiles), in file order."""
    for plane in planes:
        if not tiled:
            yield plane
            continue
        height, width = plane.shape
        for top in range(0, height, TILE):
            for left in range(0, width, TILE):
                block = np.zeros((TILE, TILE), plane.dtype)
                part = plane[top : top + TILE, left : left + TILE]
                block[: part.shape[0], : part.shape[1]] = part
                yield block


Frame = tuple[list[tuple[int, int, list[int]]], list[bytes], bool]  # directory entries, data, tiled?


def planar_tiff(*, bits: int, lzw: bool, tiled: bool, extra: bool = False, pages: int = 1) -> bytes:
    """RGB (+ one extra sample, an unassociated alpha) in separate planes."""
    return tiff_file([planar_frame(bits=bits, lzw=lzw, tiled=tiled, extra=extra, page=page) for page in range(pages)])


def planar_frame(*, bits: int, lzw: bool, tiled: bool, extra: bool = False, page: int = 0) -> Frame:
    """One frame of ``planar_tiff``."""
    pixels = colour(page).astype("<u2") * 257 if bits == 16 else colour(page)
    if extra:
        pixels = np.dstack([pixels, np.full(pixels.shape[:2], (1 << bits) - 1, pixels.dtype)])
    planes = np.moveaxis(pixels, 2, 0)
    samples, height, width = planes.shape
    chunks = [lzw_stream(chunk) if lzw else chunk.tobytes() for chunk in planar_chunks(planes, tiled)]
    layout = [(322, 4, [TILE]), (323, 4, [TILE])] if tiled else [(278, 4, [height])]
    entries = [
        (256, 4, [width]),
        (257, 4, [height]),
        (258, 3, [bits] * samples),
        (259, 3, [5 if lzw else 1]),
        (262, 3, [2]),
        (277, 3, [samples]),
        (282, 5, [DPI, 1]),
        (283, 5, [DPI, 1]),
        (284, 3, [2]),
        (296, 3, [2]),
        *layout,
        *([(338, 3, [2])] if extra else []),
    ]
    return entries, chunks, tiled


def tiff_file(frames: list[Frame]) -> bytes:
    """A little-endian TIFF of frames (directory entries, strip or tile data, tiled?): the data
    offsets and byte counts are filled in here."""
    out = bytearray(b"II*\x00\0\0\0\0")
    link = 4  # where the next directory's offset goes
    for entries, chunks, tiled in frames:
        offsets = []
        for chunk in chunks:
            offsets.append(len(out))
            out += chunk + b"\0" * (len(chunk) % 2)
        places = (
            [(324, 4, offsets), (325, 4, [len(c) for c in chunks])]
            if tiled
            else [(273, 4, offsets), (279, 4, [len(c) for c in chunks])]
        )
        listed = sorted(entries + places)
        here = len(out)
        struct.pack_into("<I", out, link, here)
        extra_at = here + 2 + 12 * len(listed) + 4
        body, extra = bytearray(struct.pack("<H", len(listed))), bytearray()
        for tag, kind, values in listed:
            packed = struct.pack(f"<{len(values)}{ {3: 'H', 4: 'I', 5: 'I'}[kind] }", *values)
            count = len(values) // 2 if kind == 5 else len(values)
            if len(packed) > 4:
                body += struct.pack("<HHII", tag, kind, count, extra_at + len(extra))
                extra += packed
            else:
                body += struct.pack("<HHI", tag, kind, count) + packed.ljust(4, b"\0")
        link = here + len(body)
        out += body + struct.pack("<I", 0) + extra + b"\0" * (len(extra) % 2)
    return bytes(out)


# --- other TIFFs ------------------------------------------------------------------------------


def grey16_tiff(*, big_endian: bool) -> bytes:
    import tifffile  # noqa: PLC0415

    out = io.BytesIO()
    tifffile.imwrite(
        out,
        grey().astype(np.uint16) * 257,
        byteorder=">" if big_endian else "<",
        photometric="minisblack",
        resolution=(DPI, DPI),
        resolutionunit="inch",
    )
    return out.getvalue()


def palette_alpha_tiff() -> bytes:
    """A palette image with an alpha sample (what a screenshot tool may save): index, then alpha."""
    quantised = form_page().quantize(64)
    palette = (quantised.getpalette() or []) + [0] * 768
    colormap = [value * 257 for channel in range(3) for value in palette[channel:768:3]]
    pixels = np.dstack([np.asarray(quantised), np.full((quantised.height, quantised.width), 255, np.uint8)])
    entries = [
        (256, 4, [quantised.width]),
        (257, 4, [quantised.height]),
        (258, 3, [8, 8]),
        (259, 3, [1]),
        (262, 3, [3]),
        (277, 3, [2]),
        (278, 4, [quantised.height]),
        (282, 5, [DPI, 1]),
        (283, 5, [DPI, 1]),
        (296, 3, [2]),
        (320, 3, colormap),
        (338, 3, [2]),
    ]
    return tiff_file([(entries, [pixels.tobytes()], False)])


def bigtiff() -> bytes:
    import tifffile  # noqa: PLC0415

    out = io.BytesIO()
    tifffile.imwrite(out, grey(), bigtiff=True, compression="zlib", resolution=(DPI, DPI), resolutionunit="inch")
    return out.getvalue()


def fax_tiff(compression: str, fill_order: int, pages: int = 2) -> bytes:
    """CCITT G3 or G4 as a fax server writes it, bits in either order (FillOrder 1 or 2)."""
    out = io.BytesIO()
    frames = [bitonal(page) for page in range(pages)]
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[TiffImagePlugin.FILLORDER] = fill_order
    frames[0].save(
        out, "TIFF", compression=compression, save_all=True, append_images=frames[1:], dpi=(204, 196), tiffinfo=info
    )
    return out.getvalue()


def old_style_jpeg_tiff() -> bytes:
    """Compression 6: the JFIF stream whole in one strip, JPEGInterchangeFormat pointing at it."""
    return tiff_file([old_style_jpeg_frame()])


def old_style_jpeg_frame() -> Frame:
    """The frame of ``old_style_jpeg_tiff``; first in its file (its pointer is the first data's offset)."""
    image = form_page().convert("L")
    jpeg = saved(image, "JPEG", quality=85)
    entries = [
        (256, 4, [image.width]),
        (257, 4, [image.height]),
        (258, 3, [8]),
        (259, 3, [6]),
        (262, 3, [1]),
        (277, 3, [1]),
        (278, 4, [image.height]),
        (282, 5, [DPI, 1]),
        (283, 5, [DPI, 1]),
        (296, 3, [2]),
    ]
    pointer = [(513, 4, [8]), (514, 4, [len(jpeg)])]  # the strip is the first thing after the header
    return entries + pointer, [jpeg], False


# --- phone formats ----------------------------------------------------------------------------


def webp(*, lossless: bool = False, orientation: int = 1) -> bytes:
    """A WebP; ``orientation`` 6: a phone held sideways (the pixels lie on their side, EXIF says so)."""
    image = form_page()
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
        image = image.transpose(Image.Transpose.ROTATE_90)  # what EXIF 6 turns back clockwise
    return saved(image, "WEBP", lossless=lossless, quality=85, exif=exif.tobytes())


def heic() -> bytes:
    import pillow_heif  # noqa: PLC0415 - a test-only encoder (the application only decodes)

    out = io.BytesIO()
    pillow_heif.from_pillow(form_page()).save(out, format="HEIF", quality=85, enc_params={"preset": "ultrafast"})
    return out.getvalue()


def avif() -> bytes:
    return saved(form_page(), "AVIF", quality=85, speed=10)


# name, how its bytes are made, its page count
MAKERS: list[tuple[str, Callable[[], bytes], int]] = [
    ("plans-bandes-8bits.tif", lambda: planar_tiff(bits=8, lzw=False, tiled=False, pages=2), 2),
    ("plans-bandes-8bits-lzw.tif", lambda: planar_tiff(bits=8, lzw=True, tiled=False), 1),
    ("plans-tuiles-8bits.tif", lambda: planar_tiff(bits=8, lzw=False, tiled=True), 1),
    ("plans-tuiles-8bits-lzw.tif", lambda: planar_tiff(bits=8, lzw=True, tiled=True), 1),
    ("plans-bandes-16bits.tif", lambda: planar_tiff(bits=16, lzw=False, tiled=False), 1),
    ("plans-bandes-16bits-lzw.tif", lambda: planar_tiff(bits=16, lzw=True, tiled=False), 1),
    ("plans-tuiles-16bits-lzw.tif", lambda: planar_tiff(bits=16, lzw=True, tiled=True), 1),
    ("plans-bandes-8bits-alpha.tif", lambda: planar_tiff(bits=8, lzw=False, tiled=False, extra=True), 1),
    ("plans-tuiles-16bits-alpha-lzw.tif", lambda: planar_tiff(bits=16, lzw=True, tiled=True, extra=True), 1),
    ("gris-16bits.tif", lambda: grey16_tiff(big_endian=False), 1),
    ("gris-16bits-mm.tif", lambda: grey16_tiff(big_endian=True), 1),
    ("palette-alpha.tif", palette_alpha_tiff, 1),
    ("lzma.tif", lambda: saved(form_page().convert("L"), "TIFF", compression="lzma", dpi=(DPI, DPI)), 1),
    ("jpeg-ancien.tif", old_style_jpeg_tiff, 1),
    ("bigtiff.tif", bigtiff, 1),
    ("fax-g3.tif", lambda: fax_tiff("group3", 1), 2),
    ("fax-g3-lsb.tif", lambda: fax_tiff("group3", 2), 2),
    ("fax-g4.tif", lambda: fax_tiff("group4", 1), 2),
    ("fax-g4-lsb.tif", lambda: fax_tiff("group4", 2), 2),
    ("photo.webp", webp, 1),
    ("photo-sans-perte.webp", lambda: webp(lossless=True), 1),
    ("photo-tournee.webp", lambda: webp(orientation=6), 1),
    ("photo.heic", heic, 1),
    ("photo.avif", avif, 1),
]


def variants() -> list[Variant]:
    """Every variant, each a form page with ``NUMBER`` in its header (a few seconds: build once)."""
    return [Variant(name, make(), pages) for name, make, pages in MAKERS]
