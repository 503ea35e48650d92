"""Capture: render each drawn page at the channel's resolution and degrade it like a scanner, fax or phone."""

from __future__ import annotations

import functools
import io
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.fieldset import fonts
from tests.fieldset.letters import fax_header_line
from tests.fieldset.spec import PageSpec

Drawer = Callable[[pymupdf.Document, PageSpec], pymupdf.Page]


@dataclass(frozen=True)
class Profile:
    dpi: tuple[int, int]
    bitonal: bool
    skew: float  # max degrees


PROFILES = {
    "grey300": Profile((300, 300), False, 3.0),
    "grey200": Profile((200, 200), False, 2.0),
    "bw200": Profile((200, 200), True, 2.5),
    "bw300": Profile((300, 300), True, 2.0),
    "fax": Profile((204, 196), True, 1.5),
    "photo": Profile((150, 150), False, 0.0),
}
TRANSPOSE = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


def _render(page: pymupdf.Page, profile: Profile, rng: random.Random, *, rgb: bool = False) -> Image.Image:
    """The page at the profile's resolution, skewed and shifted a little like a sheet on a feeder."""
    sx, sy = profile.dpi[0] / 72, profile.dpi[1] / 72
    width, height = round(page.rect.width * sx), round(page.rect.height * sy)
    angle = rng.uniform(-profile.skew, profile.skew) if rng.random() < 0.8 else 0.0
    matrix = pymupdf.Matrix(sx, sy).prerotate(angle)
    pix = page.get_pixmap(matrix=matrix, colorspace=pymupdf.csRGB if rgb else pymupdf.csGRAY, alpha=False)
    image = Image.frombytes("RGB" if rgb else "L", (pix.width, pix.height), pix.samples)
    dx = (pix.width - width) // 2 + rng.randint(-int(profile.dpi[0] * 0.08), int(profile.dpi[0] * 0.08))
    dy = (pix.height - height) // 2 + rng.randint(-int(profile.dpi[1] * 0.08), int(profile.dpi[1] * 0.08))
    sheet = Image.new(image.mode, (width, height), "white")
    sheet.paste(image, (-dx, -dy))
    return sheet


@functools.cache
def _noise_bank() -> np.ndarray:
    """Unit gaussian noise, generated once per process; each page takes a window at a random offset."""
    return np.random.default_rng(12345).standard_normal((3900, 3900), dtype=np.float32)


def _noise(shape: tuple[int, ...], rng: random.Random) -> np.ndarray:
    bank = _noise_bank()
    height, width = shape[0], shape[1]
    y, x = rng.randrange(bank.shape[0] - height), rng.randrange(bank.shape[1] - width)
    window = bank[y : y + height, x : x + width]
    return window[:, :, None] if len(shape) == 3 else window


def _scanner_grey(image: Image.Image, rng: random.Random, noise: float, *, soften: bool) -> np.ndarray:
    if soften and rng.random() < 0.4:
        image = image.filter(ImageFilter.SMOOTH)
    paper, ink = np.float32(rng.uniform(232, 252)), np.float32(rng.uniform(15, 50))
    array = np.asarray(image, dtype=np.float32) * ((paper - ink) / np.float32(255)) + ink
    gradient = np.linspace(rng.uniform(-6, 0), rng.uniform(0, 6), array.shape[1], dtype=np.float32)
    array += gradient[None, :]
    array += _noise(array.shape, rng) * np.float32(noise)
    return np.clip(array, 0, 255, out=array).astype(np.uint8)


def _threshold(array: np.ndarray, rng: random.Random) -> Image.Image:
    level = rng.uniform(105, 180)
    black = array < level
    gen = np.random.default_rng(rng.randrange(2**32))
    count = int(black.size * rng.uniform(0.00002, 0.0004))
    black[gen.integers(0, black.shape[0], count), gen.integers(0, black.shape[1], count)] = True
    return Image.fromarray(~black)  # mode "1"... built below


def to_bitonal(array: np.ndarray, rng: random.Random) -> Image.Image:
    return _threshold(array, rng).convert("1")


def _fax_marks(array: np.ndarray, rng: random.Random, header: str) -> np.ndarray:
    gen = np.random.default_rng(rng.randrange(2**32))
    for _ in range(rng.randint(0, 6)):
        row = int(gen.integers(0, array.shape[0] - 3))
        thick = int(gen.integers(1, 4))
        array[row : row + thick] = 30 if rng.random() < 0.4 else 255
    image = Image.fromarray(array)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, image.width, 30), fill=255)
    font_ref = fonts.printed("mono", rng.choice(("regular", "bold")), rng)
    font = ImageFont.truetype(font_ref.path, 20) if font_ref.path else ImageFont.load_default()
    draw.text((rng.randint(20, 120), 5), header, fill=0, font=font)
    return np.asarray(image).copy()


def _perspective(image: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo: the sheet in perspective on a desk, uneven light, shadow, blur."""
    out_w, out_h = (1536, 2048) if image.width < image.height else (2048, 1536)
    gen = np.random.default_rng(rng.randrange(2**32))
    desk = np.array(rng.choice(((120, 90, 60), (160, 160, 165), (60, 60, 70), (200, 190, 170))), dtype=np.float32)
    back = desk[None, None, :] + gen.normal(0, 8, (out_h // 8, out_w // 8, 1)).astype(np.float32)
    canvas = Image.fromarray(np.clip(back, 0, 255).astype(np.uint8)).resize((out_w, out_h), Image.Resampling.BILINEAR)
    margin = rng.uniform(0.03, 0.12)
    jitter = 0.06
    corners = [
        (margin + rng.uniform(0, jitter), margin + rng.uniform(0, jitter)),
        (1 - margin - rng.uniform(0, jitter), margin + rng.uniform(0, jitter)),
        (1 - margin - rng.uniform(0, jitter), 1 - margin - rng.uniform(0, jitter)),
        (margin + rng.uniform(0, jitter), 1 - margin - rng.uniform(0, jitter)),
    ]
    dst = [(x * out_w, y * out_h) for x, y in corners]
    src = [(0, 0), (image.width, 0), (image.width, image.height), (0, image.height)]
    coeffs = _coefficients(dst, src)
    warped = image.convert("RGBA").transform(
        (out_w, out_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    canvas.paste(warped, (0, 0), warped)
    light = np.linspace(rng.uniform(0.65, 0.95), rng.uniform(0.95, 1.1), out_w, dtype=np.float32)[None, :, None]
    array = np.asarray(canvas, dtype=np.float32) * light
    if rng.random() < 0.6:
        small_w, small_h = out_w // 16, out_h // 16
        shade = np.full((small_h, small_w), 255, dtype=np.uint8)
        x0, y0 = rng.randrange(small_w // 2), rng.randrange(small_h // 2)
        dark = int(255 * rng.uniform(0.6, 0.85))
        shade[y0 : y0 + rng.randrange(small_h // 4, small_h), x0 : x0 + rng.randrange(small_w // 4, small_w)] = dark
        soft = Image.fromarray(shade).filter(ImageFilter.GaussianBlur(3)).resize((out_w, out_h))
        array *= (np.asarray(soft, dtype=np.float32) / 255)[:, :, None]
    array += _noise(array.shape, rng) * np.float32(rng.uniform(2, 6))
    photo = Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))
    factor = rng.uniform(0.45, 0.8)  # the phone's softness: down and up again is a cheap blur
    small = photo.resize((int(out_w * factor), int(out_h * factor)), Image.Resampling.BILINEAR)
    return small.resize((out_w, out_h), Image.Resampling.BICUBIC)


def _coefficients(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=np.float64)
    b = np.array([c for point in src for c in point], dtype=np.float64)
    return [float(c) for c in np.linalg.solve(a, b)]


def capture(page: pymupdf.Page, spec: PageSpec, profile_name: str, fax: tuple[int, int] | None) -> Image.Image:
    """The page as the channel delivers it (mode L, 1 or RGB); fax: (page, pages) for the fax header line."""
    rng = random.Random(spec.seed * 7 + 1)
    profile = PROFILES[profile_name]
    photo = profile_name == "photo"
    image = _render(page, profile, rng, rgb=photo)
    if spec.orientation in TRANSPOSE:
        image = image.transpose(TRANSPOSE[spec.orientation])
    if photo:
        tint = np.array([rng.uniform(0.93, 1.0), rng.uniform(0.92, 0.99), rng.uniform(0.85, 0.97)], dtype=np.float32)
        image = Image.fromarray((np.asarray(image, dtype=np.float32) * tint).astype(np.uint8))
        return _perspective(image, rng)
    noise = rng.uniform(1.5, 6.0) if not profile.bitonal else rng.uniform(1, 12)
    array = _scanner_grey(image, rng, noise, soften=not profile.bitonal)
    if fax is not None:
        array = _fax_marks(array, rng, fax_header_line(spec.customer, rng, fax))
    if profile.bitonal:
        return to_bitonal(array, rng)
    return Image.fromarray(array)


def encode_for_pdf(image: Image.Image, rng: random.Random) -> bytes:
    """JPEG for grey and colour (as scanners and phones write), PNG (flate) for bitonal."""
    buffer = io.BytesIO()
    if image.mode == "1":
        image.save(buffer, "PNG")
    else:
        image.save(buffer, "JPEG", quality=rng.randint(60, 88))
    return buffer.getvalue()
