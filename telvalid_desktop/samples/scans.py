"""Turn digital pages into what a scanner, a fax machine or a phone camera produces.

A page is rasterised by MuPDF directly at the scan resolution, already skewed and (for a
fax) anisotropic, then degraded with Pillow and numpy: paper and toner tone, thin strokes,
uneven light, blur, sensor noise, dust, threshold to 1 bit, JPEG artefacts, a sheet fed
sideways or upside down, a phone photo's perspective over a desk.

``scan_files`` writes the images as the files a mailroom receives.
"""

from __future__ import annotations

import functools
import io
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pymupdf
from PIL import Image, ImageChops, ImageDraw, ImageFont

Dpi = tuple[float, float]


@dataclass(frozen=True)
class ScanProfile:
    """How a page is captured. Amounts are 0..1 unless a unit is given.

    Attributes:
        name: key in ``PROFILES``.
        dpi: sampling resolution (x, y); a standard fax is 204 x 98.
        mode: "gray" (8-bit), "bitonal" (1-bit) or "color" (RGB).
        skew_deg: largest skew of the sheet; each page draws 50-100 % of it, either way.
        rotation: clockwise degrees the sheet was turned when fed (90/180/270 = sideways or
            upside down); reading it upright needs the opposite turn.
        noise: sensor noise plus salt-and-pepper.
        blur: Gaussian radius in pixels at the scan resolution.
        jpeg_quality: JPEG compression applied (artefacts baked into the image), or None.
        perspective: phone photo: largest corner displacement, fraction of the sheet size.
        light_gradient: darkening from one side or corner (lamp, shadow, vignetting).
        erosion: pixels of stroke thinning (worn toner, light print).
        fade: how pale the ink is (0 black, 1 invisible).
        stretch: extra vertical scale of the content (fax paper feed).
        threshold: grey level under which a pixel becomes black in bitonal mode.
        dither: Floyd-Steinberg instead of a threshold in bitonal mode.
        fax_header: print a fax transmission line (date, sender number, page) at the very top.
        background: phone photo: margin of desk around the sheet, fraction of the sheet size.
        file_dpi: resolution written in the file when it lies (phone photos say 72).
        specks: largest number of dust specks on the glass.
        shift_mm: largest misplacement of the sheet on the glass, in mm.
    """

    name: str
    dpi: Dpi = (300, 300)
    mode: Literal["gray", "bitonal", "color"] = "gray"
    skew_deg: float = 0.0
    rotation: int = 0
    noise: float = 0.0
    blur: float = 0.0
    jpeg_quality: int | None = None
    perspective: float = 0.0
    light_gradient: float = 0.0
    erosion: int = 0
    fade: float = 0.0
    stretch: float = 0.0
    threshold: int = 150
    dither: bool = False
    fax_header: bool = False
    background: float = 0.0
    file_dpi: Dpi | None = None
    specks: int = 2
    shift_mm: float = 1.5


_PROFILE_LIST = (
    ScanProfile("clean300", dpi=(300, 300), mode="gray", skew_deg=0.2, jpeg_quality=None, specks=1),
    ScanProfile("bitonal200", dpi=(200, 200), mode="bitonal", skew_deg=0.8, noise=0.05, threshold=150),
    ScanProfile(
        "fax",
        dpi=(204, 98),
        mode="bitonal",
        skew_deg=1.0,
        noise=0.3,
        stretch=0.02,
        threshold=140,
        fax_header=True,
        specks=4,
        shift_mm=2.5,
    ),
    ScanProfile(
        "photo",
        dpi=(150, 150),
        mode="color",
        skew_deg=3.0,
        noise=0.25,
        blur=0.7,
        jpeg_quality=70,
        perspective=0.035,
        light_gradient=0.35,
        background=0.06,
        file_dpi=(72, 72),
        specks=0,
        shift_mm=0,
    ),
    ScanProfile("skew3", dpi=(300, 300), mode="gray", skew_deg=3.0, jpeg_quality=85),
    ScanProfile("upside_down", dpi=(200, 200), mode="gray", skew_deg=0.5, rotation=180, jpeg_quality=85),
    ScanProfile("sideways", dpi=(200, 200), mode="gray", skew_deg=0.5, rotation=90, jpeg_quality=85),
    ScanProfile("bitonal_upside_down", dpi=(200, 200), mode="bitonal", skew_deg=0.8, rotation=180, noise=0.05),
    ScanProfile("sideways270", dpi=(200, 200), mode="bitonal", skew_deg=0.5, rotation=270, noise=0.05),
    ScanProfile("noisy", dpi=(200, 200), mode="gray", skew_deg=1.0, noise=0.6, blur=1.1, jpeg_quality=80, specks=8),
    ScanProfile("light", dpi=(200, 200), mode="gray", skew_deg=0.8, erosion=1, fade=0.45, blur=0.4, jpeg_quality=85),
    ScanProfile("jpeg_low", dpi=(200, 200), mode="gray", skew_deg=0.5, noise=0.1, jpeg_quality=35),
    ScanProfile("bitonal_dither", dpi=(200, 200), mode="bitonal", skew_deg=0.6, dither=True, noise=0.05),
    ScanProfile(
        "degraded",
        dpi=(200, 200),
        mode="bitonal",
        skew_deg=2.0,
        noise=0.5,
        blur=0.8,
        erosion=1,
        threshold=115,
        specks=6,
    ),
    ScanProfile("color200", dpi=(200, 200), mode="color", skew_deg=0.6, noise=0.1, jpeg_quality=80),
)
PROFILES: dict[str, ScanProfile] = {profile.name: profile for profile in _PROFILE_LIST}

_MONO_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
)
_FAX_SENDERS = ("ACCUEIL", "SECRETARIAT", "COMPTABILITE", "CABINET MEDICAL", "MAIRIE", "AGENCE", "DIRECTION")
_DESKS = ((92, 70, 52), (128, 126, 122), (60, 62, 66), (170, 150, 120), (205, 205, 200))


def fax_header_line(rng: random.Random, page: int, pages: int | None = None) -> str:
    """A fax transmission line: ``12/03/2026 10:42  FAX 0145678912  ACCUEIL   P.001/003``."""
    day, month = rng.randint(1, 28), rng.randint(1, 3)
    number = "0" + str(rng.randint(1, 5)) + "".join(rng.choice("0123456789") for _ in range(8))
    total = f"/{pages:03d}" if pages else ""
    return (
        f"{day:02d}/{month:02d}/2026 {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  FAX {number}  "
        f"{rng.choice(_FAX_SENDERS):<14}  P.{page:03d}{total}"
    )


def scan_page(
    pdf_bytes: bytes,
    page_index: int,
    profile: ScanProfile,
    rng: random.Random,
    *,
    fax_line: str | None = None,
) -> Image.Image:
    """Scan page ``page_index`` of a PDF with ``profile``.

    Returns a Pillow image ("L", "1" or "RGB") whose ``info["dpi"]`` is the resolution the
    file would declare. ``fax_line`` replaces the random fax transmission line, so all pages
    of one fax can share it.
    """
    with pymupdf.open(stream=pdf_bytes, filetype="pdf") as doc:
        return scan_document_page(doc[page_index], profile, rng, fax_line=fax_line)


def scan_document_page(
    page: pymupdf.Page, profile: ScanProfile, rng: random.Random, *, fax_line: str | None = None
) -> Image.Image:
    """Like ``scan_page`` for a page that is already open."""
    nprng = np.random.default_rng(rng.getrandbits(64))
    # A phone photo is captured smaller and enlarged by the perspective warp: that is its blur.
    photo_scale = 1 / (1 + profile.blur) if profile.background else 1.0
    image = _capture(page, profile, rng, scale=photo_scale)
    image = _tone(image, profile, rng)
    if profile.erosion:
        image = _thin_strokes(image, profile.erosion)
    if profile.background:
        image = _photograph(image, profile, rng, page.rect)
    elif profile.blur:
        image = _soften(image, profile.blur)
    if profile.light_gradient:
        image = _light(image, profile.light_gradient, rng)
    image = _dust(image, profile, rng)
    if profile.noise:
        image = _noise(image, profile.noise, nprng)
    if profile.fax_header:
        image = _fax_header(image, profile, fax_line or fax_header_line(rng, page.number + 1))
    if profile.mode == "bitonal":
        image = image.convert("1") if profile.dither else image.point(_threshold_table(profile.threshold), "1")
    dpi = profile.file_dpi or profile.dpi
    if profile.rotation:
        image = image.rotate(-profile.rotation, expand=True)
        if profile.rotation in (90, 270):
            dpi = (dpi[1], dpi[0])
    if profile.jpeg_quality:
        image = _jpeg_roundtrip(image, profile.jpeg_quality)
    image.info["dpi"] = dpi
    return image


def _capture(page: pymupdf.Page, profile: ScanProfile, rng: random.Random, *, scale: float = 1.0) -> Image.Image:
    """Rasterise the page skewed, at the scan resolution (times ``scale``), framed like the glass."""
    sx, sy = profile.dpi[0] / 72 * scale, profile.dpi[1] / 72 * scale
    angle = profile.skew_deg * rng.uniform(0.5, 1.0) * rng.choice((-1, 1)) if profile.skew_deg else 0.0
    matrix = pymupdf.Matrix(angle) * pymupdf.Matrix(sx, sy * (1 + profile.stretch))
    colorspace = pymupdf.csRGB if profile.mode == "color" else pymupdf.csGRAY
    pix = page.get_pixmap(matrix=matrix, colorspace=colorspace, alpha=False)
    image = Image.frombytes("RGB" if pix.n == 3 else "L", (pix.width, pix.height), pix.samples)
    width, height = round(page.rect.width * sx), round(page.rect.height * sy)
    shift = profile.shift_mm / 25.4
    dx = rng.uniform(-shift, shift) * profile.dpi[0]
    dy = rng.uniform(-shift, shift) * profile.dpi[1]
    # The frame is centred horizontally; a stretched page runs off the bottom, not the top.
    left = (image.width - width) / 2 + dx
    top = (image.height - height * (1 + profile.stretch)) / 2 + dy
    if image.size == (width, height) and not (dx or dy):
        return image
    framed = Image.new(image.mode, (width, height), "white")
    framed.paste(image, (-round(left), -round(top)))
    return framed


def _tone(image: Image.Image, profile: ScanProfile, rng: random.Random) -> Image.Image:
    """Paper is not white and toner not black; faded ink is paler."""
    paper = rng.uniform(236, 250) if profile.mode != "bitonal" else 255
    ink = 18 + profile.fade * (paper - 18) * rng.uniform(0.85, 1.0)
    table = [round(ink + (paper - ink) * v / 255) for v in range(256)]
    if image.mode == "RGB":
        warm = (table, [min(255, round(v * 0.99)) for v in table], [round(v * 0.95) for v in table])
        return image.point([v for channel in warm for v in channel])
    return image.point(table)


def _thin_strokes(image: Image.Image, pixels: int) -> Image.Image:
    """Erode dark strokes by ``pixels`` (a running maximum over right and lower neighbours)."""
    array = np.asarray(image).copy()
    for _ in range(pixels):
        np.maximum(array[:, :-1], array[:, 1:], out=array[:, :-1])
        np.maximum(array[:-1], array[1:], out=array[:-1])
    return Image.fromarray(array, image.mode)


def _light(image: Image.Image, amount: float, rng: random.Random) -> Image.Image:
    """Uneven lighting: a smooth darkening towards a random side or corner, with vignetting."""
    ys, xs = np.mgrid[0:1:48j, 0:1:34j]
    c00, c01, c10, c11 = (rng.uniform(1 - amount, 1.0) for _ in range(4))
    light = c00 * (1 - xs) * (1 - ys) + c01 * xs * (1 - ys) + c10 * (1 - xs) * ys + c11 * xs * ys
    light *= 1 - amount * 0.7 * ((xs - 0.5) ** 2 + (ys - 0.5) ** 2)
    small = Image.fromarray(np.clip(light * 255, 0, 255).astype(np.uint8), "L")
    large = small.resize(image.size, Image.Resampling.BILINEAR)
    if image.mode == "RGB":
        large = Image.merge("RGB", (large, large, large))
    return ImageChops.multiply(image, large)


def _soften(image: Image.Image, radius: float) -> Image.Image:
    """Optical blur of about ``radius`` pixels: down-sample and back (5x faster than a Gaussian)."""
    factor = 1.0 + radius
    small = image.resize((round(image.width / factor), round(image.height / factor)), Image.Resampling.BOX)
    return small.resize(image.size, Image.Resampling.BILINEAR)


def _dust(image: Image.Image, profile: ScanProfile, rng: random.Random) -> Image.Image:
    """A few dark specks (dust on the glass, toner dots)."""
    count = rng.randint(0, profile.specks) if profile.specks else 0
    if not count:
        return image
    draw = ImageDraw.Draw(image)
    scale = profile.dpi[0] / 200
    for _ in range(count):
        x, y = rng.uniform(0, image.width), rng.uniform(0, image.height)
        radius = rng.uniform(0.8, 2.5) * scale
        shade = rng.randint(20, 120)
        draw.ellipse(
            (x - radius, y - radius * rng.uniform(0.5, 1.2), x + radius, y + radius),
            fill=shade if image.mode == "L" else (shade, shade, shade),
        )
    return image


def _noise(image: Image.Image, amount: float, nprng: np.random.Generator) -> Image.Image:
    """Sensor noise (triangular, close to Gaussian, sigma ~ 22 x amount) plus salt-and-pepper pixels."""
    array = np.asarray(image, dtype=np.int16)
    shape = array.shape[:2]
    # The sum of two uniform bytes is triangular with sigma ~104: 6x faster than normal().
    raw = nprng.integers(0, 256, size=shape, dtype=np.uint8).astype(np.int16)
    raw += nprng.integers(0, 256, size=shape, dtype=np.uint8)
    raw -= 255
    raw *= round(22.0 * amount * 256 / 104)
    raw >>= 8
    array += raw[:, :, None] if array.ndim == 3 else raw
    count = int(shape[0] * shape[1] * 0.002 * amount)
    rows = nprng.integers(0, shape[0], count)
    cols = nprng.integers(0, shape[1], count)
    values = nprng.choice(np.array([0, 255], dtype=np.int16), count)
    array[rows, cols] = values[:, None] if array.ndim == 3 else values
    return Image.fromarray(np.clip(array, 0, 255).astype(np.uint8), image.mode)


@functools.cache
def _threshold_table(threshold: int) -> list[int]:
    return [255 if v >= threshold else 0 for v in range(256)]


@functools.cache
def _mono_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in _MONO_FONTS:
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def _fax_header(image: Image.Image, profile: ScanProfile, line: str) -> Image.Image:
    """Print the fax transmission line in the top 4 mm, squashed like the fax resolution."""
    xdpi, ydpi = profile.dpi
    strip = Image.new("L", (image.width, round(4.2 / 25.4 * xdpi)), 255)
    draw = ImageDraw.Draw(strip)
    draw.text(
        (round(6 / 25.4 * xdpi), round(0.5 / 25.4 * xdpi)),
        line,
        font=_mono_font(round(8.5 / 72 * xdpi)),
        fill=0,
    )
    strip = strip.resize((image.width, max(1, round(strip.height * ydpi / xdpi))), Image.Resampling.BILINEAR)
    if image.mode == "RGB":
        strip = strip.convert("RGB")
    image.paste(ImageChops.darker(image.crop((0, 0, *strip.size)), strip), (0, 0))
    return image


def _perspective_coefficients(
    source: Sequence[tuple[float, float]], target: Sequence[tuple[float, float]]
) -> list[float]:
    """Coefficients for ``Image.transform(PERSPECTIVE)`` mapping ``target`` corners to ``source``."""
    rows = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    rhs = np.array([c for point in source for c in point], dtype=np.float64)
    return list(np.linalg.solve(np.array(rows, dtype=np.float64), rhs))


def _photograph(sheet: Image.Image, profile: ScanProfile, rng: random.Random, page: pymupdf.Rect) -> Image.Image:
    """The sheet lying on a desk, shot slightly off-axis: perspective, a margin of desk around it."""
    w, h = page.width * profile.dpi[0] / 72, page.height * profile.dpi[1] / 72
    margin_x, margin_y = w * profile.background, h * profile.background
    size = (round(w + 2 * margin_x), round(h + 2 * margin_y))
    jitter = profile.perspective
    target = [
        (
            margin_x + (cx + rng.uniform(-jitter, jitter)) * w,
            margin_y + (cy + rng.uniform(-jitter, jitter)) * h,
        )
        for cx, cy in ((0, 0), (1, 0), (1, 1), (0, 1))
    ]
    source = [(0, 0), (sheet.width, 0), (sheet.width, sheet.height), (0, sheet.height)]
    coefficients = _perspective_coefficients(source, target)
    return sheet.convert("RGB").transform(
        size,
        Image.Transform.PERSPECTIVE,
        coefficients,
        Image.Resampling.BILINEAR,
        fillcolor=rng.choice(_DESKS),
    )


def _jpeg_roundtrip(image: Image.Image, quality: int) -> Image.Image:
    """Bake JPEG artefacts in; writers re-encode at the same quality (``info["jpeg_quality"]``)."""
    if image.mode == "1":
        return image
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    decoded = Image.open(buffer)
    decoded.load()
    decoded.info["jpeg_quality"] = quality
    return decoded
