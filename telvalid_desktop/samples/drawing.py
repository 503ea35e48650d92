"""Drawing primitives shared by the sample PDFs: fonts, the Canvas, handwriting Ink and build_pdf."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Literal

import pymupdf

A4 = (595.0, 842.0)
MARGIN = 42.0

Color = tuple[float, float, float]
RectLike = Sequence[float] | pymupdf.Rect
BLACK: Color = (0.0, 0.0, 0.0)
DARK: Color = (0.2, 0.2, 0.22)
GREY: Color = (0.45, 0.45, 0.47)
LIGHT: Color = (0.9, 0.9, 0.91)
WHITE: Color = (1.0, 1.0, 1.0)
INKS: tuple[Color, ...] = ((0.05, 0.1, 0.45), (0.08, 0.08, 0.1), (0.1, 0.15, 0.55))

# ---------------------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------------------

# font key -> (DejaVu file, base-14 fallback)
_FONT_FILES: dict[str, tuple[str, str]] = {
    "sans": ("DejaVuSans.ttf", "helv"),
    "sans-bold": ("DejaVuSans-Bold.ttf", "hebo"),
    "cond": ("DejaVuSansCondensed.ttf", "helv"),
    "cond-bold": ("DejaVuSansCondensed-Bold.ttf", "hebo"),
    "serif": ("DejaVuSerif.ttf", "tiro"),
    "serif-bold": ("DejaVuSerif-Bold.ttf", "tibo"),
    "serif-italic": ("DejaVuSerif-Italic.ttf", "tiit"),
    "oblique": ("DejaVuSans-Oblique.ttf", "heit"),
    "cond-oblique": ("DejaVuSansCondensed-Oblique.ttf", "heit"),
    "mono": ("DejaVuSansMono.ttf", "cour"),
    "mono-bold": ("DejaVuSansMono-Bold.ttf", "cobo"),
}
_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF")
# Characters the base-14 fonts (Latin-1) cannot show.
_LATIN1_FALLBACK = str.maketrans({"—": "-", "–": "-", "’": "'", "€": "EUR", "…": "...", "\u202f": " "})


@functools.cache
def _font_buffer(key: str) -> bytes | None:
    """The TTF bytes for a font key, or None when DejaVu is not installed (base-14 fallback)."""
    filename = _FONT_FILES[key][0]
    for folder in _FONT_DIRS:
        path = Path(folder) / filename
        if path.is_file():
            return path.read_bytes()
    found = next(Path("/usr/share/fonts").rglob(filename), None) if Path("/usr/share/fonts").is_dir() else None
    return found.read_bytes() if found else None


@functools.cache
def _font(key: str) -> pymupdf.Font:
    """A PyMuPDF Font object, for measuring text."""
    buffer = _font_buffer(key)
    return pymupdf.Font(fontbuffer=buffer) if buffer else pymupdf.Font(_FONT_FILES[key][1])


def _printable(key: str, text: str) -> str:
    """``text`` with the characters a base-14 fallback font lacks replaced."""
    return text if _font_buffer(key) else text.translate(_LATIN1_FALLBACK)


@functools.cache
def _advance(font: str, char: str) -> float:
    """Advance width of one character at size 1."""
    return _font(font).glyph_advance(ord(char))


def text_width(text: str, size: float, font: str = "sans") -> float:
    """Width in points of ``text`` set in ``font`` at ``size`` (no kerning, like the writer)."""
    return size * sum(_advance(font, char) for char in _printable(font, text))


# ---------------------------------------------------------------------------------------
# Drawing helpers
# ---------------------------------------------------------------------------------------


class Canvas:
    """Draws on one page: text (with a text layer) and vector graphics kept under the text."""

    def __init__(self, page: pymupdf.Page) -> None:
        self.page = page
        self.shape = page.new_shape()
        self._writers: dict[Color, pymupdf.TextWriter] = {}

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float = 9.0,
        font: str = "sans",
        color: Color = BLACK,
        align: Literal["left", "right", "center"] = "left",
    ) -> float:
        """Write one line with its baseline at ``y``; ``x`` is the left, right or centre point.

        Returns the x where the text ends.
        """
        width = text_width(text, size, font)
        left = {"left": x, "right": x - width, "center": x - width / 2}[align]
        writer = self._writers.get(color)
        if writer is None:
            writer = self._writers[color] = pymupdf.TextWriter(self.page.rect)
        writer.append((left, y), _printable(font, text), font=_font(font), fontsize=size)
        return left + width

    def paragraph(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        *,
        size: float = 8.0,
        font: str = "sans",
        color: Color = BLACK,
        leading: float = 1.3,
    ) -> float:
        """Word-wrap ``text`` into ``width`` from baseline ``y``; returns the y under the last line."""
        for line in wrap_words(text, width, size, font):
            self.text(x, y, line, size=size, font=font, color=color)
            y += size * leading
        return y

    def rect(
        self,
        rect: RectLike,
        *,
        stroke: Color | None = BLACK,
        fill: Color | None = None,
        width: float = 0.6,
        radius: float | None = None,
        dashes: str | None = None,
    ) -> None:
        """A rectangle (x0, y0, x1, y1), optionally filled and rounded."""
        self.shape.draw_rect(pymupdf.Rect(rect), radius=radius)
        self.shape.finish(color=stroke, fill=fill, width=width, dashes=dashes)

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        *,
        width: float = 0.5,
        color: Color = BLACK,
        dashes: str | None = None,
    ) -> None:
        """A straight line."""
        self.shape.draw_line((x0, y0), (x1, y1))
        self.shape.finish(color=color, width=width, dashes=dashes)

    def ellipse(self, rect: RectLike, *, fill: Color, stroke: Color | None = None) -> None:
        """A filled ellipse inside ``rect``."""
        self.shape.draw_oval(pymupdf.Rect(rect))
        self.shape.finish(color=stroke, fill=fill, width=0.5)

    def checkbox(self, x: float, y: float, label: str, *, checked: bool = False, size: float = 8.0) -> float:
        """A square box with ``label`` on its right, baseline ``y``; a cross when ``checked``."""
        box = (x, y - size + 1, x + size, y + 1)
        self.rect(box, width=0.7)
        if checked:
            self.line(box[0] + 1.5, box[1] + 1.5, box[2] - 1.5, box[3] - 1.5, width=1.1)
            self.line(box[0] + 1.5, box[3] - 1.5, box[2] - 1.5, box[1] + 1.5, width=1.1)
        return self.text(x + size + 4, y, label, size=size)

    def cells(self, x: float, y: float, text: str, *, cell: float = 11.0, size: float = 9.0, group: int = 0) -> float:
        """One character per box (IBAN, BIC); a gap after every ``group`` characters."""
        for i, char in enumerate(text):
            if group and i and i % group == 0:
                x += cell * 0.4
            self.rect((x, y - size - 2.5, x + cell, y + 3.5), width=0.5, stroke=GREY)
            self.text(x + cell / 2, y, char, size=size, font="mono", align="center")
            x += cell
        return x

    def field(
        self,
        x: float,
        y: float,
        width: float,
        label: str,
        value: str,
        *,
        size: float = 9.0,
        font: str = "sans",
    ) -> None:
        """A form field: small grey label above a dotted line carrying the value."""
        self.text(x, y - size - 3, label, size=6.5, color=GREY)
        self.text(x + 2, y, value, size=size, font=font)
        self.line(x, y + 2.5, x + width, y + 2.5, width=0.4, color=GREY, dashes="[1 1.5] 0")

    def section(self, y: float, title: str, *, accent: Color, height: float) -> float:
        """A framed section with a tinted title bar; returns the first baseline inside it."""
        x0, x1 = MARGIN, A4[0] - MARGIN
        self.rect((x0, y, x1, y + height), stroke=GREY, width=0.6)
        self.rect((x0, y, x1, y + 13), stroke=None, fill=tinted(accent, 0.85))
        self.text(x0 + 5, y + 9.5, title, size=8.5, font="sans-bold", color=tinted(accent, -0.3))
        return y + 32

    def finish(self) -> None:
        """Write everything drawn so far into the page: graphics first, text on top."""
        self.shape.commit()
        for color, writer in self._writers.items():
            writer.write_text(self.page, color=color)
        self._writers.clear()


def wrap_words(text: str, width: float, size: float, font: str) -> Iterator[str]:
    """Split ``text`` into lines no wider than ``width``."""
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, size, font) > width:
            yield line
            line = word
        else:
            line = candidate
    if line:
        yield line


def tinted(color: Color, amount: float) -> Color:
    """Mix ``color`` with white (amount > 0) or black (amount < 0)."""
    if amount >= 0:
        return tuple(c + (1 - c) * amount for c in color)  # type: ignore[return-value]
    return tuple(c * (1 + amount) for c in color)  # type: ignore[return-value]


class Ink:
    """Handwriting and signatures: drawn on a scratch page, stamped on the real page as an image.

    Characters are set one by one with a slant, a small rotation, baseline and size jitter,
    so the result looks written rather than typed, and no text layer is produced.
    """

    def __init__(self, rng: random.Random, *, color: Color | None = None, font: str | None = None) -> None:
        self.rng = rng
        self.color = color or rng.choice(INKS)
        self.font = font or rng.choice(("serif-italic", "oblique", "cond-oblique"))
        self.slant = rng.uniform(0.12, 0.32)
        self.doc = pymupdf.open()
        self.scratch = self.doc.new_page(width=A4[0], height=A4[1])
        self.canvas = Canvas(self.scratch)
        self.areas: list[pymupdf.Rect] = []

    def _grow(self, rect: pymupdf.Rect) -> None:
        """Remember where ink was put, merging overlapping areas."""
        rect = rect & self.scratch.rect
        for i, area in enumerate(self.areas):
            if area.intersects(rect):
                self.areas.pop(i)
                self._grow(area | rect)
                return
        self.areas.append(rect)

    def write(self, x: float, y: float, text: str, *, size: float = 12.0) -> float:
        """Handwrite one line from (x, baseline y); returns the x where it ends."""
        rng = self.rng
        drift = rng.uniform(-0.03, 0.03)  # lines go slightly up or down
        start, font = x, _font(self.font)
        for word in text.split(" "):
            writer = pymupdf.TextWriter(self.scratch.rect)
            origin = pymupdf.Point(x, y + (x - start) * drift)
            for char in _printable(self.font, word):
                char_size = size * rng.uniform(0.92, 1.08)
                writer.append((x, origin.y + rng.uniform(-0.6, 0.6)), char, font=font, fontsize=char_size)
                x += _advance(self.font, char) * char_size * rng.uniform(0.9, 1.1)
            tilt = pymupdf.Matrix(1, 0, -self.slant, 1, 0, 0) * pymupdf.Matrix(rng.uniform(-3, 3))
            writer.write_text(self.scratch, color=self.color, morph=(origin, tilt))
            x += size * rng.uniform(0.28, 0.42)
        self._grow(pymupdf.Rect(start - 4, y - size * 1.4, x + size, y + size * 0.7 + abs(drift) * (x - start)))
        return x

    def paragraph(
        self, x: float, y: float, width: float, text: str, *, size: float = 12.0, leading: float = 1.55
    ) -> float:
        """Handwrite ``text`` wrapped into ``width``; returns the baseline after the last line."""
        for line in wrap_words(text, width * 0.9, size, self.font):
            self.write(x + self.rng.uniform(-2, 2), y, line, size=size)
            y += size * leading
        return y

    def signature(self, rect: RectLike) -> None:
        """A signature: a looping cursive scrawl across ``rect`` and an underline flourish."""
        rng = self.rng
        box = pymupdf.Rect(rect)
        shape = self.canvas.shape
        mid, amp = box.y0 + box.height * 0.55, box.height * 0.32
        point = pymupdf.Point(box.x0 + box.width * rng.uniform(0.02, 0.12), mid + amp * rng.uniform(0, 0.6))
        # a capital: one tall loop
        top = pymupdf.Point(point.x + box.width * 0.06, box.y0 + box.height * rng.uniform(0.02, 0.2))
        shape.draw_bezier(point, point + (-10, -amp), top + (-14, 0), top)
        shape.draw_bezier(top, top + (10, 0), point + (12, amp * 0.8), point + (box.width * 0.08, 0))
        point = point + (box.width * 0.08, 0)
        while point.x < box.x0 + box.width * rng.uniform(0.7, 0.85):
            step = box.width * rng.uniform(0.04, 0.1)
            nxt = pymupdf.Point(point.x + step, mid + amp * rng.uniform(-0.4, 0.5))
            loop = rng.uniform(0.4, 1.6)  # control points pulled backwards make loops
            shape.draw_bezier(point, point + (step * 0.6, -amp * loop), nxt + (-step * loop, -amp * loop * 0.8), nxt)
            point = nxt
        y_flourish = box.y0 + box.height * rng.uniform(0.75, 0.95)
        shape.draw_bezier(
            point,
            point + (box.width * 0.1, amp),
            (box.x0 + box.width * 0.5, y_flourish + rng.uniform(-4, 6)),
            (box.x0 + box.width * rng.uniform(0.05, 0.25), y_flourish + rng.uniform(-3, 3)),
        )
        shape.finish(color=self.color, width=rng.uniform(0.7, 1.3), closePath=False, lineCap=1, lineJoin=1)
        self._grow(box + (-30, -30, 30, 30))

    def stamp(self, page: pymupdf.Page, *, dpi: int = 200) -> None:
        """Rasterise the ink (transparent background) and place it on ``page``."""
        self.canvas.finish()
        for clip in self.areas:
            pix = self.scratch.get_pixmap(dpi=dpi, clip=clip, alpha=True)
            page.insert_image(clip, pixmap=pix)


Drawing = Callable[[Canvas, Ink], None]


def build_pdf(pages: Sequence[Drawing], rng: random.Random, *, ink_color: Color | None = None) -> bytes:
    """An A4 PDF with one page per drawing function; each gets a canvas and a hand (ink).

    Fonts are subset and no random file ID is written, so the bytes are deterministic.
    """
    doc = pymupdf.open()
    for draw in pages:
        page = doc.new_page(width=A4[0], height=A4[1])
        canvas = Canvas(page)
        ink = Ink(rng, color=ink_color)
        draw(canvas, ink)
        canvas.finish()
        ink.stamp(page)
    doc.subset_fonts()
    doc.set_metadata({"producer": "telvalid test generator", "creator": "", "creationDate": "", "modDate": ""})
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data
