"""Broken and hostile input files, built by code, each with what the intake must do with it (issue 8).

``build_corpus(folder)`` writes every case into ``folder`` and returns them with their
expected outcome: imported with its page count, or rejected with a ``RejectReason`` code.
The corpus is built in a few seconds: the bombs are zlib streams of repeated compressed
blocks (a gigabyte of zeros is a megabyte of bytes, written in milliseconds), the
10,000-page files are written object by object, the "real scans" are one two-page form
scanned once and reused. Everything is deterministic but the encrypted PDFs (MuPDF draws
their AES initialisation vectors at random); outcomes never depend on that.

Families (``HostileFile.family``): not_a_document, wrong_extension, truncated, encrypted,
xref, page_size, bomb, page_count, tiff_compression, colour_depth, odd_name.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image

from telvalid_desktop.intake.errors import RejectReason
from telvalid_desktop.samples.procedure_form import form_pdf
from telvalid_desktop.samples.scan_files import image_to_jpeg, image_to_png, images_to_pdf, images_to_tiff
from telvalid_desktop.samples.scans import PROFILES, scan_page

NUMBER = "48151623"  # the procedure number on the form every readable case is made of
BOMB_SIDE = 100_000  # a bomb's declared width and height: 10 gigapixels


@dataclass(frozen=True)
class Expected:
    """What the intake must do with a file: import ``pages`` pages, or reject it with ``reason``."""

    pages: int = 0
    reason: RejectReason | None = None

    @property
    def imported(self) -> bool:
        return self.reason is None

    def __str__(self) -> str:
        return f"imported, {self.pages} page(s)" if self.imported else f"rejected: {self.reason}"


def imported(pages: int) -> Expected:
    return Expected(pages=pages)


def rejected(reason: RejectReason) -> Expected:
    return Expected(reason=reason)


@dataclass(frozen=True)
class HostileFile:
    """One file of the corpus.

    Attributes:
        path: where it was written.
        family: the kind of trouble (see the module docstring).
        expected: what the intake must do with it.
        heavy: a bomb or a page that takes long: to be read by real worker processes.
        why: one line for a person reading a failure.
    """

    path: Path
    family: str
    expected: Expected
    heavy: bool = False
    why: str = ""


@dataclass(frozen=True)
class _Case:
    name: str
    family: str
    data: Callable[[], bytes]
    expected: Expected
    heavy: bool = False
    why: str = ""


def build_corpus(folder: Path) -> list[HostileFile]:
    """Write every case into ``folder`` (created) and return them in a fixed order.

    No two cases hold the same bytes (a second copy would be a duplicate, not a test).
    """
    folder.mkdir(parents=True, exist_ok=True)
    built: list[HostileFile] = []
    seen: dict[str, str] = {}
    for case in _cases():
        data = case.data()
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            raise AssertionError(f"{case.name!r} holds the same bytes as {seen[digest]!r}")
        seen[digest] = case.name
        path = folder / case.name
        path.write_bytes(data)
        built.append(HostileFile(path, case.family, case.expected, case.heavy, case.why))
    built += _undecodable_names(folder)
    return built


def witness(folder: Path, index: int) -> HostileFile:
    """A plain digital form, different bytes each time: what follows a bomb and must still go in."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"temoin-{index}.pdf"
    path.write_bytes(_with_tag(_form(), f"witness {index}"))
    return HostileFile(path, "witness", imported(2), why="the batch goes on")


def _undecodable_names(folder: Path) -> list[HostileFile]:
    """Names in Latin-1 bytes (an old Windows share, a zip file): not valid UTF-8. One goes in,
    one is rejected (its quarantine note holds the name)."""
    cases = [(b"relev\xe9 d'identit\xe9.pdf", _with_tag(_form(), "latin-1 name"), imported(2)),
             (b"re\xe7u vide.pdf", b"", rejected(RejectReason.EMPTY))]
    built = []
    for name, data, expected in cases:
        raw = os.fsencode(folder) + b"/" + name
        with open(raw, "wb") as out:
            out.write(data)
        built.append(HostileFile(Path(os.fsdecode(raw)), "odd_name", expected, why="file name not valid UTF-8"))
    return built


# --- the cases ---------------------------------------------------------------------------------


def _cases() -> list[_Case]:
    return [
        *_not_documents(),
        *_wrong_extensions(),
        *_truncations(),
        *_encrypted(),
        *_xref_troubles(),
        *_page_sizes(),
        *_bombs(),
        *_page_counts(),
        *_tiff_compressions(),
        *_colours_and_depths(),
        *_odd_names(),
    ]


def _not_documents() -> list[_Case]:
    family = "not_a_document"
    html = b"<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>\n"
    return [
        _Case("vide.pdf", family, lambda: b"", rejected(RejectReason.EMPTY), why="zero bytes"),
        _Case("espaces.pdf", family, lambda: b" \r\n" * 40, rejected(RejectReason.NOT_A_DOCUMENT)),
        _Case("page-web.pdf", family, lambda: html, rejected(RejectReason.NOT_A_DOCUMENT), why="a saved error page"),
        _Case("courrier.pdf", family, _zip, rejected(RejectReason.NOT_A_DOCUMENT), why="a .docx named .pdf"),
        _Case("aleatoire.tif", family, lambda: np.random.default_rng(8).bytes(20_000),
              rejected(RejectReason.NOT_A_DOCUMENT)),
        _Case("en-tete-seul.pdf", family, lambda: b"%PDF-1.7\n%%EOF\n", rejected(RejectReason.DAMAGED)),
        _Case("faux.png", family, lambda: b"\x89PNG\r\n\x1a\n" + np.random.default_rng(1).bytes(5000),
              rejected(RejectReason.DAMAGED), why="PNG signature, then noise"),
        _Case("faux.jpg", family, lambda: b"\xff\xd8\xff\xe0" + np.random.default_rng(2).bytes(5000),
              rejected(RejectReason.DAMAGED), why="JPEG signature, then noise"),
        _Case("faux.tif", family, lambda: b"II*\x00" + np.random.default_rng(3).bytes(5000),
              rejected(RejectReason.DAMAGED), why="TIFF signature, then noise"),
    ]


def _wrong_extensions() -> list[_Case]:
    family = "wrong_extension"
    return [
        _Case("formulaire.jpg", family, lambda: _with_tag(_form(), "as jpg"), imported(2), why="a PDF"),
        _Case("scan.pdf", family, lambda: image_to_jpeg(_gray_scan(), quality=60), imported(1), why="a JPEG"),
        _Case("scan-png.tif", family, lambda: image_to_png(_bitonal_scans()[1]), imported(1), why="a PNG"),
        _Case("scan-tiff.png", family, lambda: images_to_tiff(_bitonal_scans()), imported(2), why="a TIFF"),
        _Case("SCAN0001", family, _scan_pdf, imported(2), why="no extension"),
        _Case("avant-entete.pdf", family, lambda: b"Scanner v2.1 " * 40 + _with_tag(_form(), "junk"),
              imported(2), why="junk before %PDF- (offsets all shifted)"),
    ]


def _truncations() -> list[_Case]:
    """Cuts of real small scans; each file format fails in its own place."""
    pdf, tiff, png, jpeg = _scan_pdf(), _scan_tiff(), image_to_png(_bitonal_scans()[0]), _scan_jpeg()
    catalog_end = pdf.rindex(b">>", 0, pdf.rindex(b"endobj")) + 2  # the writer puts the catalog last

    def cut(data: bytes, at: int) -> Callable[[], bytes]:
        return lambda: data[:at]

    cases = [
        _Case("coupe-pdf-1.pdf", "truncated", cut(pdf, 1), rejected(RejectReason.NOT_A_DOCUMENT)),
        _Case("coupe-png-4.png", "truncated", cut(png, 4), rejected(RejectReason.NOT_A_DOCUMENT)),
    ]
    pdf_cuts = [8, 100, 1000, *(len(pdf) * k // 8 for k in range(1, 8)), catalog_end - 1, catalog_end,
                pdf.rindex(b"xref") + 1, pdf.rindex(b"trailer"), len(pdf) - 1]
    for at in sorted(set(pdf_cuts)):
        expected = rejected(RejectReason.DAMAGED) if at < catalog_end else imported(2)
        cases.append(_Case(f"coupe-pdf-{at}.pdf", "truncated", cut(pdf, at), expected,
                           why="objects lost" if at < catalog_end else "only the xref/trailer lost: repaired"))
    # TIFF: the frames' directories are written after their strips, so any cut inside loses one.
    for at in (8, 100, *(len(tiff) * k // 8 for k in range(1, 8)), len(tiff) - 40):
        cases.append(_Case(f"coupe-tiff-{at}.tif", "truncated", cut(tiff, at), rejected(RejectReason.DAMAGED)))
    for at in (8, 33, 200, *(len(png) * k // 4 for k in range(1, 4)), len(png) - 12, len(png) - 1):
        cases.append(_Case(f"coupe-png-{at}.png", "truncated", cut(png, at), rejected(RejectReason.DAMAGED)))
    for at in (3, 200, *(len(jpeg) * k // 4 for k in range(1, 4)), len(jpeg) - 2):
        cases.append(_Case(f"coupe-jpeg-{at}.jpg", "truncated", cut(jpeg, at), rejected(RejectReason.DAMAGED)))
    return cases


def _encrypted() -> list[_Case]:
    family = "encrypted"

    def locked(method: int, user: str, owner: str, tag: str) -> Callable[[], bytes]:
        def build() -> bytes:
            with pymupdf.open(stream=_with_tag(_form(), tag)) as doc:
                return doc.tobytes(encryption=method, user_pw=user, owner_pw=owner, permissions=0)

        return build

    return [
        _Case("protege-aes256.pdf", family, locked(pymupdf.PDF_ENCRYPT_AES_256, "client", "banque", "a"),
              rejected(RejectReason.ENCRYPTED), why="user password"),
        _Case("protege-rc4.pdf", family, locked(pymupdf.PDF_ENCRYPT_RC4_128, "client", "banque", "b"),
              rejected(RejectReason.ENCRYPTED), why="user password, RC4"),
        _Case("protege-meme-mdp.pdf", family, locked(pymupdf.PDF_ENCRYPT_AES_128, "x", "x", "c"),
              rejected(RejectReason.ENCRYPTED), why="user password = owner password"),
        _Case("restrictions.pdf", family, locked(pymupdf.PDF_ENCRYPT_AES_256, "", "banque", "d"),
              imported(2), why="owner password only: opens with the empty password"),
        _Case("chiffrement-inconnu.pdf", family, _unknown_encryption, rejected(RejectReason.ENCRYPTED),
              why="an /Encrypt handler nobody knows"),
    ]


def _xref_troubles() -> list[_Case]:
    family = "xref"
    return [
        _Case("xref-decalee.pdf", family, _shifted_xref, imported(1), why="every xref offset wrong"),
        _Case("startxref-hors-fichier.pdf", family, _startxref_beyond, imported(1)),
        _Case("xref-absente.pdf", family, _no_xref, imported(1), why="no xref, no trailer"),
        _Case("xref-prev-boucle.pdf", family, _prev_loop, rejected(RejectReason.DAMAGED),
              why="/Prev points to its own section: MuPDF sees no page tree, the bytes hold a page"),
        _Case("xref-prev-cycle.pdf", family, _prev_cycle, imported(1), why="two sections /Prev each other"),
        _Case("xref-flux-boucle.pdf", family, _xref_stream_loop, imported(2), why="an xref stream /Prev itself"),
        _Case("arbre-pages-cycle.pdf", family, _page_tree_cycle, rejected(RejectReason.DAMAGED),
              why="a /Pages node among its own /Kids"),
        _Case("count-menteur.pdf", family, _lying_count(10_000_000), rejected(RejectReason.DAMAGED),
              why="/Count says 10 million, one page is there"),
        _Case("count-trop-grand.pdf", family, _lying_count(3), rejected(RejectReason.DAMAGED),
              why="/Count says 3, one page is there"),
        _Case("xobject-recursif.pdf", family, _recursive_form, imported(1), why="a form XObject drawing itself"),
        _Case("longueur-cyclique.pdf", family, _self_length, imported(1), why="a stream /Length is itself"),
        _Case("tableaux-imbriques.pdf", family, _deep_nesting, imported(1), why="100,000 nested arrays"),
    ]


def _page_sizes() -> list[_Case]:
    """Degenerate pages: rendered at absurd scales, handed to tesseract as slivers (heavy: real workers)."""
    family = "page_size"
    return [
        _Case("page-immense.pdf", family, lambda: _text_page(14400, 14400), imported(1), True,
              why="200 x 200 inches, the PDF maximum"),
        _Case("page-minuscule.pdf", family, lambda: _text_page(1, 1), imported(1), True, why="1 x 1 pt"),
        _Case("page-bande.pdf", family, lambda: _text_page(14400, 3), imported(1), True, why="14400 x 3 pt"),
        _Case("mediabox-nulle.pdf", family, _mediabox(b"0 0 0 0"), imported(1), True),
        _Case("mediabox-geante.pdf", family, _mediabox(b"0 0 1000000000 1000000000"), imported(1), True),
        _Case("mediabox-inversee.pdf", family, _mediabox(b"595 842 0 0"), imported(1), True),
        _Case("png-1-pixel-par-metre.png", family, _absurd_png_resolution, imported(1), True,
              why="pHYs says 1 pixel per metre (a page kilometres wide; MuPDF falls back to 72 dpi)"),
        _Case("jpeg-65535-dpi.jpg", family,
              lambda: image_to_jpeg(_gray_scan().resize((400, 566)), quality=70).replace(
                  b"JFIF\x00\x01\x01\x01\x00\xc8\x00\xc8", b"JFIF\x00\x01\x01\x01\xff\xff\xff\xff"),
              imported(1), True, why="JFIF says 65535 dpi (a page 4 points wide; MuPDF falls back to 72 dpi)"),
        _Case("image-1x1.png", family, lambda: image_to_png(Image.new("L", (1, 1), 0)), imported(1), True),
    ]


def _bombs() -> list[_Case]:
    """Decompression bombs, refused before anything is decoded; and one page that never ends."""
    side = BOMB_SIDE

    def too_large(name: str, build: Callable[[], bytes], why: str) -> _Case:
        return _Case(name, "bomb", build, rejected(RejectReason.TOO_LARGE), True, why)

    return [
        too_large("bombe.png", lambda: _png(side, side, 8, 0, zlib.compress(b"\0" * 100_001)),
                  "PNG header says 100k x 100k"),
        too_large("bombe.tif", lambda: _tiff(side, side, (8,), 1, b"\0" * 1024), "TIFF header says 100k x 100k"),
        too_large("bombe.jpg", _jpeg_bomb, "SOF says 65500 x 65500"),
        too_large("bombe-1bit.pdf", lambda: _image_pdf(side, side, 1, b"/DeviceGray", _zeros(side * side // 8)),
                  "a real 1.25 GB Flate bomb in 1.2 MB"),
        too_large("bombe-declaree.pdf",
                  lambda: _image_pdf(50_000, 50_000, 8, b"/DeviceRGB", zlib.compress(b"\0" * 1000)),
                  "50k x 50k RGB declared, 1 KB of data"),
        too_large("bombe-dans-xobject.pdf", _bomb_in_form, "the image hides inside a form XObject"),
        too_large("bombe-masque.pdf", _soft_mask_bomb, "a 64 x 64 image whose soft mask declares 80k x 80k"),
        too_large("bombe-contenu.pdf", _content_bomb, "a page's drawing instructions: 1 GB of rectangles in 2 MB"),
        too_large("bombe-image-en-ligne.pdf", _inline_image_bomb,
                  "inline images (in the content stream, not resources) of 10 gigapixels"),
        too_large("bombe-tiff-page-2.tif", _tiff_bomb_second_frame, "a small first frame, then one of 100k x 100k"),
        _Case("formulaires-imbriques.pdf", "bomb", _nested_forms, rejected(RejectReason.TIMEOUT), True,
              "forms drawing forms: 10^12 rectangles from 2 KB; only the page timeout stops it"),
    ]


def _page_counts() -> list[_Case]:
    family = "page_count"
    return [
        _Case("dix-mille-pages.pdf", family, lambda: _many_pages_pdf(10_000), rejected(RejectReason.TOO_LARGE),
              why="10,000 tiny blank pages"),
        _Case("dix-mille-pages.tif", family, lambda: _many_frames_tiff(10_000), rejected(RejectReason.TOO_LARGE),
              why="10,000 tiny frames"),
        _Case("ifd-boucle.tif", family, _ifd_loop, rejected(RejectReason.DAMAGED),
              why="the first directory says the next is itself"),
    ]


def _tiff_compressions() -> list[_Case]:
    family = "tiff_compression"
    gray = _gray_scan()
    bitonal = _bitonal_scans()

    def tiff(frames: list[Image.Image], compression: str, **options: object) -> Callable[[], bytes]:
        def build() -> bytes:
            out = io.BytesIO()
            frames[0].save(out, "TIFF", compression=compression, save_all=True, append_images=frames[1:],
                           **options)
            return out.getvalue()

        return build

    cases = [
        _Case("tiff-sans-compression.tif", family, tiff([gray], "raw"), imported(1)),
        _Case("tiff-ccitt-g3.tif", family, tiff(bitonal[:1], "group3"), imported(1)),
        _Case("tiff-ccitt-g4-2pages.tif", family, tiff(bitonal, "group4", dpi=(204, 196)), imported(2)),
        _Case("tiff-ccitt-rle.tif", family, tiff(bitonal[1:], "tiff_ccitt"), imported(1)),
        _Case("tiff-lzw.tif", family, tiff([gray], "tiff_lzw"), imported(1)),
        _Case("tiff-jpeg.tif", family, tiff([gray], "tiff_jpeg"), imported(1)),
        _Case("tiff-jpeg-rgb.tif", family, tiff([gray.convert("RGB")], "jpeg"), imported(1)),
        _Case("tiff-packbits.tif", family, tiff([gray], "packbits"), imported(1)),
        _Case("tiff-deflate.tif", family, tiff([gray], "tiff_adobe_deflate"), imported(1)),
        _Case("tiff-lzma.tif", family, tiff([gray], "lzma"), rejected(RejectReason.DAMAGED),
              why="a compression MuPDF cannot decode"),
        _Case("tiff-zstd.tif", family, tiff([gray], "zstd"), rejected(RejectReason.DAMAGED)),
        _Case("tiff-melange-4pages.tif", family, _mixed_tiff, imported(4),
              why="one frame in each of G4, LZW, JPEG, packbits"),
    ]
    return cases


def _colours_and_depths() -> list[_Case]:
    family = "colour_depth"
    gray = _gray_scan()
    rgb = gray.convert("RGB")
    sixteen = Image.fromarray(np.asarray(gray, dtype=np.uint16) * 257)

    def saved(image: Image.Image, kind: str, **options: object) -> Callable[[], bytes]:
        def build() -> bytes:
            out = io.BytesIO()
            image.save(out, kind, **options)
            return out.getvalue()

        return build

    return [
        _Case("cmyk.jpg", family, saved(rgb.convert("CMYK"), "JPEG", quality=80), imported(1)),
        _Case("cmyk.tif", family, saved(rgb.convert("CMYK"), "TIFF", compression="tiff_lzw"), imported(1)),
        _Case("gris-16bits.png", family, saved(sixteen, "PNG"), imported(1)),
        _Case("rgb-16bits.png", family, lambda: _rgb16_png(gray), imported(1)),
        _Case("gris-16bits.tif", family, saved(sixteen, "TIFF", compression="tiff_adobe_deflate"), imported(1)),
        _Case("rgb-16bits.tif", family, lambda: _rgb16_tiff(gray), imported(1)),
        _Case("palette-transparente.png", family, lambda: _palette_png(gray), imported(1)),
        _Case("progressif.jpg", family, saved(rgb, "JPEG", quality=70, progressive=True), imported(1)),
        _Case("exif-tourne.jpg", family, lambda: _exif_rotated_jpeg(gray), imported(1),
              why="EXIF orientation 6 (a phone held sideways)"),
        _Case("png-anime.png", family, _apng, imported(1), why="an animated PNG: its first frame"),
        _Case("1bit.png", family, saved(_bitonal_scans()[0], "PNG", optimize=True), imported(1)),
    ]


def _odd_names() -> list[_Case]:
    family = "odd_name"

    def form(tag: str) -> Callable[[], bytes]:
        return lambda: _with_tag(_form(), tag)

    long_stem = "Relevé d'identité bancaire " * 9  # 250 bytes with the suffix: the longest a name may be
    long_name = long_stem.encode()[: 255 - 4].decode("utf-8", "ignore") + ".pdf"
    return [
        _Case("Relevé d'identité – M. Hervé Lefèvre (copie).pdf", family, form("accents"), imported(2)),
        _Case("  espaces   multiples  .pdf", family, form("spaces"), imported(2)),
        _Case(long_name, family, form("long"), imported(2), why="255 bytes"),
        _Case("Z" * 251 + ".pdf", family, lambda: b"%PDF-1.4\n", rejected(RejectReason.DAMAGED),
              why="255 bytes and rejected: its quarantine copy must not outgrow the limit"),
        _Case("-rf --no-preserve-root.pdf", family, form("dash"), imported(2)),
        _Case("$(reboot);`id`|&.pdf", family, form("shell"), imported(2)),
        _Case("ligne\nsuivante.pdf", family, form("newline"), imported(2)),
        _Case("スキャン 申込書.pdf", family, form("cjk"), imported(2)),
    ]


# --- base material: one form, scanned once -----------------------------------------------------


@functools.cache
def _form() -> bytes:
    return form_pdf(NUMBER, pages=2, rng=random.Random(8))


@functools.cache
def _bitonal_scans() -> tuple[Image.Image, Image.Image]:
    rng = random.Random(9)
    first, second = (scan_page(_form(), i, PROFILES["bitonal200"], rng) for i in range(2))
    return first, second


@functools.cache
def _gray_scan() -> Image.Image:
    return scan_page(_form(), 0, PROFILES["jpeg_low"], random.Random(10))


@functools.cache
def _scan_pdf() -> bytes:
    return images_to_pdf(_bitonal_scans())


@functools.cache
def _scan_tiff() -> bytes:
    out = io.BytesIO()
    first, second = _bitonal_scans()
    first.save(out, "TIFF", compression="group4", save_all=True, append_images=[second], dpi=(300, 300))
    return out.getvalue()


@functools.cache
def _scan_jpeg() -> bytes:
    return image_to_jpeg(_gray_scan(), quality=50)


def _with_tag(pdf: bytes, tag: str) -> bytes:
    """The same PDF with other bytes: a comment after %%EOF (readers ignore it)."""
    return pdf + f"% {tag}\n".encode()


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("word/document.xml", (2026, 1, 5, 9, 0, 0)), "<w:document/>")
    return out.getvalue()


# --- hand-made PDFs ----------------------------------------------------------------------------


def pdf_from_objects(objects: list[bytes], *, trailer: bytes = b"", root: int = 1) -> bytes:
    """A PDF of ``objects`` (numbered from 1) with a correct classic xref table; ``trailer``
    adds entries to the trailer dictionary."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, trailer, xref)
    return bytes(out)


def stream_object(dictionary: bytes, data: bytes) -> bytes:
    """A stream object's body: ``dictionary`` entries plus its /Length, then ``data``."""
    return b"<<%s /Length %d>>stream\n%s\nendstream" % (dictionary, len(data), data)


_LABEL_TEXT = f"BT /F1 14 Tf 40 800 Td (Numero de procedure : {NUMBER}) Tj ET".encode()
_FONT = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"


def _one_page(content: bytes = _LABEL_TEXT, *, mediabox: bytes = b"0 0 595 842", resources: bytes = b"",
              extra: list[bytes] | None = None) -> list[bytes]:
    """Catalog, page tree, one page (object 3), its content (4), a font (5), then ``extra`` (6…)."""
    return [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[%s]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>%s>>>>"
        % (mediabox, resources),
        stream_object(b"", content),
        _FONT,
        *(extra or []),
    ]


def _text_page(width: float, height: float) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=width, height=height)
    size = max(min(width, height) / 40, 0.5)
    page.insert_text((size, size * 2), f"Numéro de procédure : {NUMBER}", fontsize=size)
    return doc.tobytes()


def _mediabox(box: bytes) -> Callable[[], bytes]:
    return lambda: pdf_from_objects(_one_page(mediabox=box))


def _shifted_xref() -> bytes:
    data = pdf_from_objects(_one_page())
    head, _, tail = data.partition(b"xref\n")
    lines = tail.split(b"\n")
    shifted = [b"%010d 00000 n " % (int(line[:10]) + 7) if line.endswith(b" n ") else line for line in lines]
    return head + b"xref\n" + b"\n".join(shifted)


def _startxref_beyond() -> bytes:
    data = pdf_from_objects(_one_page(b"BT /F1 12 Tf 40 800 Td (Procedure number 123456) Tj ET"))
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    return data[:start] + b"99999999\n%%EOF\n"


def _no_xref() -> bytes:
    data = pdf_from_objects(_one_page(b"BT /F1 11 Tf 40 800 Td (N. de procedure 7654321) Tj ET"))
    return data[: data.rindex(b"xref\n")]


def _incremental(data: bytes, *, prev: Callable[[int, int], int]) -> bytes:
    """``data`` plus an update section redefining object 4 whose /Prev is ``prev(old, new)``."""
    old = int(data[data.rindex(b"startxref\n") + 10 :].split(b"\n")[0])
    out = bytearray(data)
    offset = len(out)
    out += b"4 0 obj\n%s\nendobj\n" % stream_object(b"", b"BT /F1 14 Tf 40 780 Td (mise a jour) Tj ET " + _LABEL_TEXT)
    new = len(out)
    out += b"xref\n4 1\n%010d 00000 n \n" % offset
    out += b"trailer\n<</Size 6 /Root 1 0 R /Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (prev(old, new), new)
    return bytes(out)


def _prev_loop() -> bytes:
    return _incremental(pdf_from_objects(_one_page()), prev=lambda old, new: new)


def _prev_cycle() -> bytes:
    """The original section's trailer is rewritten to point forward to the update: A -> B -> A."""
    base = pdf_from_objects(_one_page(b"BT /F1 14 Tf 40 800 Td (Numero de procedure : 99887766) Tj ET"))
    updated = _incremental(base, prev=lambda old, new: old)
    new = int(updated[updated.rindex(b"startxref\n") + 10 :].split(b"\n")[0])
    first_trailer = b"trailer\n<</Size 6 /Root 1 0 R "
    pointer = b"/Prev %010d" % new
    return updated.replace(first_trailer + b">>", first_trailer + pointer + b">>", 1)


def _xref_stream_loop() -> bytes:
    with pymupdf.open(stream=_with_tag(_form(), "objstm")) as doc:
        data = doc.tobytes(use_objstms=1, garbage=1)
    start = int(data[data.rindex(b"startxref") + 9 :].split()[0])
    dictionary = data.index(b"<<", start)
    return data[: dictionary + 2] + b"/Prev %d " % start + data[dictionary + 2 :]


def _page_tree_cycle() -> bytes:
    objects = _one_page()
    objects[1] = b"<</Type/Pages/Kids[2 0 R 3 0 R]/Count 2>>"
    return pdf_from_objects(objects)


def _lying_count(count: int) -> Callable[[], bytes]:
    def build() -> bytes:
        objects = _one_page()
        objects[1] = b"<</Type/Pages/Kids[3 0 R]/Count %d>>" % count
        return pdf_from_objects(objects)

    return build


def _recursive_form() -> bytes:
    dictionary = b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</XObject<</Fm0 6 0 R>>>>"
    return _page_drawing(b"Fm0", 6, [stream_object(dictionary, b"0.5 0 0 0.5 10 10 cm /Fm0 Do")])


def _self_length() -> bytes:
    objects = _one_page()
    objects[3] = b"<</Length 4 0 R>>stream\n%s\nendstream" % _LABEL_TEXT
    return pdf_from_objects(objects)


def _deep_nesting() -> bytes:
    depth = 100_000
    objects = _one_page(extra=[b"[" * depth + b"]" * depth])
    objects[2] = objects[2].replace(b"/Type/Page/", b"/Type/Page/Junk 6 0 R/")
    return pdf_from_objects(objects)


def _many_pages_pdf(count: int) -> bytes:
    """``count`` empty 10 x 10 pt pages, written directly: milliseconds, not PyMuPDF's seconds."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(count))
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[%s]/Count %d>>" % (kids, count)]
    objects += [b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>"] * count
    return pdf_from_objects(objects)


# --- bombs -------------------------------------------------------------------------------------


def _repeated(unit: bytes, total: int) -> bytes:
    """A zlib stream of ``unit`` repeated to ``total`` bytes, built in milliseconds.

    One megabyte of the pattern is compressed once and ended by a full flush, so its block
    does not refer to what precedes it; copies of it then decode to copies of that megabyte.
    """
    chunk = unit * ((1 << 20) // len(unit))
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    copies = total // len(chunk)
    checksum = 1
    for _ in range(copies):
        checksum = zlib.adler32(chunk, checksum)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    return b"\x78\xda" + block * copies + end + struct.pack(">I", checksum)


def _zeros(total: int) -> bytes:
    return _repeated(b"\0", total)


def _image_xobject(width: int, height: int, bits: int, colorspace: bytes, data: bytes) -> bytes:
    dictionary = b"/Type/XObject/Subtype/Image/Width %d/Height %d/BitsPerComponent %d/ColorSpace%s/Filter/FlateDecode"
    return stream_object(dictionary % (width, height, bits, colorspace), data)


def _page_drawing(name: bytes, number: int, extra: list[bytes]) -> bytes:
    """One page with the label, drawing XObject ``number`` (called ``name``) over the whole page;
    ``extra`` are objects 6, 7…"""
    content = _LABEL_TEXT + b" q 595 0 0 842 0 0 cm /%s Do Q" % name
    return pdf_from_objects(_one_page(content, resources=b"/XObject<</%s %d 0 R>>" % (name, number), extra=extra))


def _image_pdf(width: int, height: int, bits: int, colorspace: bytes, data: bytes) -> bytes:
    return _page_drawing(b"Im0", 6, [_image_xobject(width, height, bits, colorspace, data)])


def _bomb_in_form() -> bytes:
    image = _image_xobject(80_000, 80_000, 8, b"/DeviceGray", zlib.compress(b"\0" * 1000))
    form = stream_object(b"/Type/XObject/Subtype/Form/BBox[0 0 1 1]/Resources<</XObject<</Im0 6 0 R>>>>", b"/Im0 Do")
    return _page_drawing(b"Fm0", 7, [image, form])


def _soft_mask_bomb() -> bytes:
    mask = stream_object(
        b"/Type/XObject/Subtype/Image/Width 80000/Height 80000/BitsPerComponent 8/ColorSpace/DeviceGray"
        b"/Filter/FlateDecode",
        zlib.compress(b"\0" * 1000),
    )
    image = stream_object(
        b"/Type/XObject/Subtype/Image/Width 64/Height 64/BitsPerComponent 8/ColorSpace/DeviceGray/SMask 7 0 R",
        b"\x80" * 4096,
    )
    return _page_drawing(b"Im0", 6, [image, mask])


def _content_bomb() -> bytes:
    content = _repeated(b"0 0 1 1 re f\n", 1 << 30)
    objects = _one_page()
    objects[3] = b"<</Filter/FlateDecode/Length %d>>stream\n%s\nendstream" % (len(content), content)
    return pdf_from_objects(objects)


def _inline_image_bomb() -> bytes:
    """Ten inline images of 100k x 100k 1-bit zeros, each 1.2 MB of Flate data inside the content stream.

    Inline images are not resources: nothing lists them before the page is drawn.
    """
    image = _zeros(BOMB_SIDE * BOMB_SIDE // 8)
    one = b"q 595 0 0 842 0 0 cm BI /W %d /H %d /BPC 1 /CS /G /F /Fl ID\n%s\nEI Q\n" % (BOMB_SIDE, BOMB_SIDE, image)
    objects = _one_page()
    objects[3] = stream_object(b"", _LABEL_TEXT + b"\n" + one * 10)
    return pdf_from_objects(objects)


def _png(width: int, height: int, bits: int, color_type: int, idat: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, bits, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _jpeg_bomb() -> bytes:
    """A real small JPEG whose frame header is rewritten to claim 65500 x 65500 pixels."""
    data = image_to_jpeg(Image.new("L", (64, 64), 255), quality=50)
    sof = data.index(b"\xff\xc0")
    return data[: sof + 5] + struct.pack(">HH", 65500, 65500) + data[sof + 9 :]


def _tiff(width: int, height: int, bits: tuple[int, ...], photometric: int, strip: bytes) -> bytes:
    """A one-frame little-endian TIFF, uncompressed, in one strip."""
    return _tiff_frames([(width, height, bits, photometric)], strip)


def _tiff_frames(frames: list[tuple[int, int, tuple[int, ...], int]], strip: bytes, *, loop: bool = False) -> bytes:
    """A little-endian TIFF whose frames (width, height, bits per sample, photometric) all
    point to the same uncompressed strip; ``loop``: the last directory names the first as next."""
    out = bytearray(b"II*\x00\0\0\0\0" + strip + b"\0" * (len(strip) % 2))
    struct.pack_into("<I", out, 4, len(out))
    first = len(out)
    for index, (width, height, bits, photometric) in enumerate(frames):
        entries = [(256, 4, [width]), (257, 4, [height]), (258, 3, list(bits)), (259, 3, [1]),
                   (262, 3, [photometric]), (273, 4, [8]), (277, 3, [len(bits)]), (278, 4, [height]),
                   (279, 4, [len(strip)])]
        here = len(out)
        extra_at = here + 2 + 12 * len(entries) + 4
        body, extra = bytearray(struct.pack("<H", len(entries))), bytearray()
        for tag, kind, values in entries:
            packed = struct.pack(f"<{len(values)}{'H' if kind == 3 else 'I'}", *values)
            if len(packed) > 4:
                body += struct.pack("<HHII", tag, kind, len(values), extra_at + len(extra))
                extra += packed
            else:
                body += struct.pack("<HHI", tag, kind, len(values)) + packed.ljust(4, b"\0")
        last = index == len(frames) - 1
        following = (first if loop else 0) if last else extra_at + len(extra) + len(extra) % 2
        body += struct.pack("<I", following)
        out += body + extra + b"\0" * (len(extra) % 2)
    return bytes(out)


def _ifd_loop() -> bytes:
    return _tiff_frames([(64, 64, (8,), 1)], bytes(range(64)) * 64, loop=True)


def _tiff_bomb_second_frame() -> bytes:
    return _tiff_frames([(64, 64, (8,), 1), (BOMB_SIDE, BOMB_SIDE, (8,), 1)], b"\x80" * 4096)


def _many_frames_tiff(count: int) -> bytes:
    """``count`` 8 x 8 white frames sharing one strip."""
    return _tiff_frames([(8, 8, (8,), 1)] * count, b"\xff" * 64)


def _mixed_tiff() -> bytes:
    from PIL import TiffImagePlugin  # noqa: PLC0415 - only this case appends frames one by one

    gray = _gray_scan()
    frames = [(_bitonal_scans()[0], "group4"), (gray, "tiff_lzw"), (gray.convert("RGB"), "tiff_jpeg"),
              (gray.resize((800, 1131)), "packbits")]
    out = io.BytesIO()
    with TiffImagePlugin.AppendingTiffWriter(out, new=True) as tiff:
        for image, compression in frames:
            image.save(tiff, "TIFF", compression=compression)
            tiff.newFrame()
    return out.getvalue()


def _rgb16_png(gray: Image.Image) -> bytes:
    small = np.asarray(gray.resize((827, 1170)), dtype=np.uint16) * 257
    pixels = np.repeat(small[:, :, None], 3, axis=2).astype(">u2")
    rows = b"".join(b"\0" + row.tobytes() for row in pixels)
    return _png(small.shape[1], small.shape[0], 16, 2, zlib.compress(rows, 6))


def _rgb16_tiff(gray: Image.Image) -> bytes:
    small = np.asarray(gray.resize((827, 1170)), dtype=np.uint16) * 257
    pixels = np.repeat(small[:, :, None], 3, axis=2).astype("<u2")
    return _tiff(small.shape[1], small.shape[0], (16, 16, 16), 2, pixels.tobytes())


def _palette_png(gray: Image.Image) -> bytes:
    palette = gray.convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    out = io.BytesIO()
    palette.save(out, "PNG", transparency=0)
    return out.getvalue()


def _absurd_png_resolution() -> bytes:
    data = image_to_png(_bitonal_scans()[0].resize((827, 1170)))
    physical = struct.pack(">IIB", 1, 1, 1)  # 1 pixel per metre
    chunk = struct.pack(">I", 9) + b"pHYs" + physical + struct.pack(">I", zlib.crc32(b"pHYs" + physical))
    start = data.find(b"pHYs")
    if start >= 0:
        return data[: start - 4] + chunk + data[start + 4 + 9 + 4 :]
    end_of_header = 8 + 8 + 13 + 4
    return data[:end_of_header] + chunk + data[end_of_header:]


def _exif_rotated_jpeg(gray: Image.Image) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    gray.transpose(Image.Transpose.ROTATE_90).save(out, "JPEG", quality=60, exif=exif.tobytes())
    return out.getvalue()


def _apng() -> bytes:
    gray = _gray_scan().resize((827, 1170))
    out = io.BytesIO()
    gray.save(out, "PNG", save_all=True, append_images=[gray.rotate(180), gray.point(lambda v: 255 - v)])
    return out.getvalue()


def _unknown_encryption() -> bytes:
    objects = _one_page(extra=[b"<</Filter/TelValidSecret/V 9/R 9/Length 512>>"])
    return pdf_from_objects(objects, trailer=b"/Encrypt 6 0 R /ID[<00112233445566778899aabbccddeeff><00>]")


def _nested_forms(depth: int = 12, fanout: int = 10) -> bytes:
    """Form XObjects each drawing the one below ``fanout`` times: ``fanout ** depth`` rectangles.

    Every object is small and declares nothing large; only drawing the page shows the cost.
    """
    extra = [stream_object(b"/Type/XObject/Subtype/Form/BBox[0 0 1 1]", b"0 0 1 1 re f")]
    for level in range(1, depth + 1):
        below = 6 + level - 1
        draws = b" ".join([b"/F Do"] * fanout)
        dictionary = b"/Type/XObject/Subtype/Form/BBox[0 0 1 1]/Resources<</XObject<</F %d 0 R>>>>" % below
        extra.append(stream_object(dictionary, draws))
    return _page_drawing(b"F", 6 + depth, extra)
