"""Drawing on a PyMuPDF page in millimetres: text in real fonts, boxes, barcodes, handwriting, signatures."""

from __future__ import annotations

import math
import random

import numpy as np
import pymupdf
import zxingcpp

from tests.fieldset.fonts import FontRef, font_object, text_width

MM = 72 / 25.4
A4 = (210.0, 297.0)
Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
INKS: tuple[Color, ...] = ((0.05, 0.12, 0.55), (0.1, 0.2, 0.65), (0.02, 0.05, 0.3), (0.08, 0.08, 0.1))

BARCODES = {
    "code39": zxingcpp.BarcodeFormat.Code39,
    "code128": zxingcpp.BarcodeFormat.Code128,
    "qr": zxingcpp.BarcodeFormat.QRCode,
    "datamatrix": zxingcpp.BarcodeFormat.DataMatrix,
}


def new_page(doc: pymupdf.Document, size_mm: tuple[float, float] = A4) -> Canvas:
    page = doc.new_page(width=size_mm[0] * MM, height=size_mm[1] * MM)
    return Canvas(page)


class Canvas:
    """A page with millimetre coordinates from the top-left corner; text positions are baselines."""

    def __init__(self, page: pymupdf.Page) -> None:
        self.page = page
        self.width = page.rect.width / MM
        self.height = page.rect.height / MM
        self._writers: dict[Color, pymupdf.TextWriter] = {}

    def _writer(self, color: Color) -> pymupdf.TextWriter:
        writer = self._writers.get(color)
        if writer is None:
            writer = self._writers[color] = pymupdf.TextWriter(self.page.rect, color=color)
        return writer

    def finish(self) -> None:
        """Writes the text gathered so far (text is drawn above the shapes)."""
        for writer in self._writers.values():
            writer.write_text(self.page)
        self._writers.clear()

    def measure(self, text: str, font: FontRef, size: float) -> float:
        """Width of the text in mm."""
        return text_width(font, text, size) / MM

    def text(
        self,
        x: float,
        y: float,
        text: str,
        font: FontRef,
        size: float,
        *,
        color: Color = BLACK,
        align: str = "left",
        angle: float = 0.0,
    ) -> float:
        """Writes one line; returns its width in mm. align: left, center, right (x is then the centre/right edge)."""
        width = self.measure(text, font, size)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        point = pymupdf.Point(x * MM, y * MM)
        if angle:
            writer = pymupdf.TextWriter(self.page.rect, color=color)
            writer.append(point, text, font=font_object(font), fontsize=size)
            writer.write_text(self.page, morph=(point, pymupdf.Matrix(-angle)))
        else:
            self._writer(color).append(point, text, font=font_object(font), fontsize=size)
        return width

    def paragraph(
        self, x: float, y: float, text: str, font: FontRef, size: float, *, width: float, leading: float = 1.25
    ) -> float:
        """Writes text wrapped to the width; returns the baseline after the last line."""
        line_height = size * leading / MM
        line = ""
        for word in text.split():
            attempt = f"{line} {word}".strip()
            if line and self.measure(attempt, font, size) > width:
                self.text(x, y, line, font, size)
                y += line_height
                line = word
            else:
                line = attempt
        if line:
            self.text(x, y, line, font, size)
            y += line_height
        return y

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        color: Color | None = BLACK,
        fill: Color | None = None,
        width: float = 0.6,
    ) -> None:
        shape = pymupdf.Rect(x * MM, y * MM, (x + w) * MM, (y + h) * MM)
        self.page.draw_rect(shape, color=color, fill=fill, width=width)

    def line(self, x0: float, y0: float, x1: float, y1: float, *, color: Color = BLACK, width: float = 0.6) -> None:
        self.page.draw_line(pymupdf.Point(x0 * MM, y0 * MM), pymupdf.Point(x1 * MM, y1 * MM), color=color, width=width)

    def circle(self, x: float, y: float, r: float, *, color: Color | None = None, fill: Color | None = None) -> None:
        self.page.draw_circle(pymupdf.Point(x * MM, y * MM), r * MM, color=color, fill=fill)

    def polyline(self, points: list[tuple[float, float]], *, color: Color = BLACK, width: float = 0.8) -> None:
        pts = [pymupdf.Point(px * MM, py * MM) for px, py in points]
        self.page.draw_polyline(pts, color=color, width=width)

    def barcode(self, box: tuple[float, float, float, float], content: str, kind: str) -> None:
        """Draws the barcode's dark modules as vector rectangles filling box (x, y, w, h), quiet zone left out."""
        x, y, w, h = box
        image = np.asarray(zxingcpp.create_barcode(content, BARCODES[kind]).to_image(scale=1)) < 128
        rows, cols = np.nonzero(image)
        image = image[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
        linear = kind in {"code39", "code128"}
        if linear:
            image = image[image.shape[0] // 2 : image.shape[0] // 2 + 1]
        module_w = w / image.shape[1]
        module_h = h / image.shape[0]
        shape = self.page.new_shape()
        for r, row in enumerate(image):
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                x0, y0 = x + start * module_w, y + r * module_h
                shape.draw_rect(pymupdf.Rect(x0 * MM, y0 * MM, (x + c * module_w) * MM, (y0 + module_h) * MM))
        shape.finish(color=None, fill=BLACK, width=0)
        shape.commit()

    def handwrite(
        self,
        x: float,
        y: float,
        text: str,
        font: FontRef,
        size: float,
        *,
        rng: random.Random,
        color: Color,
        slope: float = 0.0,
    ) -> float:
        """Writes text letter by letter with jittered size, baseline and spacing, each word at its own angle."""
        drift = 0.0
        glyphs = font_object(font)
        for word in text.split(" "):
            origin = pymupdf.Point(x * MM, (y + (x * math.tan(math.radians(slope)) if slope else 0.0)) * MM)
            writer = pymupdf.TextWriter(self.page.rect, color=color)
            for ch in word:
                ch_size = size * rng.uniform(0.88, 1.14)
                drift = 0.7 * drift + rng.gauss(0, 0.25)
                base_y = y + drift + (x * math.tan(math.radians(slope)) if slope else 0.0)
                writer.append(pymupdf.Point(x * MM, base_y * MM), ch, font=glyphs, fontsize=ch_size)
                x += self.measure(ch, font, ch_size) * rng.uniform(0.92, 1.12) + rng.uniform(-0.1, 0.25)
            writer.write_text(self.page, morph=(origin, pymupdf.Matrix(-(rng.gauss(0, 2.5) + slope))))
            x += self.measure(" ", font, size) * rng.uniform(0.8, 1.4)
        return x

    def scribble(self, x: float, y: float, w: float, h: float, rng: random.Random, *, color: Color) -> None:
        """A signature: a few looping strokes across the box."""
        for _stroke in range(rng.randint(1, 3)):
            count = rng.randint(5, 11)
            anchors = [
                (x + w * i / (count - 1) + rng.uniform(-3, 3), y + rng.uniform(0.1, 0.9) * h) for i in range(count)
            ]
            points: list[tuple[float, float]] = []
            for (ax, ay), (bx, by) in zip(anchors, anchors[1:], strict=False):
                loop = rng.uniform(0.5, 2.5)
                for step in range(8):
                    t = step / 8
                    px = ax + (bx - ax) * t + loop * math.sin(t * math.tau)
                    points.append((px, ay + (by - ay) * t + loop * math.cos(t * 6)))
            self.polyline(points, color=color, width=rng.uniform(0.6, 1.4))


def ink(rng: random.Random) -> Color:
    return rng.choice(INKS)
