"""Small image operations for reading a header band: deskew, contrast, binarisation.

All functions take and return 8-bit grey Pillow images (mode "L", dark text on a
light background) and never modify their input.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter, ImageOps

WHITE = 255
# A dark run this many times the band's height is a frame's or a table's rule, not a glyph.
RULE_LENGTH = 3.0
# A dark column run over this share of a one-line band is a frame's side, not a letter's stroke.
FRAME_SIDE = 0.75
# Share of ink around a pixel above which it lies in a solid block (a logo's ground), not a stroke.
BLOCK_DENSITY = 0.75
SKEW_BLOCK_RADIUS = 4  # pixels, on the downscaled copy the skew is measured on (~78 dpi)


def to_grey(image: Image.Image) -> Image.Image:
    """The image as 8-bit grey (bitonal and colour scans alike)."""
    return image if image.mode == "L" else image.convert("L")


def scaled(image: Image.Image, factor: float) -> Image.Image:
    """``image`` resized by ``factor`` (box filter down, bicubic up)."""
    if factor == 1.0:
        return image
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.BOX if factor < 1 else Image.Resampling.BICUBIC)


def ink_mask(image: Image.Image, *, radius: int = 8, offset: int = 24) -> np.ndarray:
    """Boolean array, True where a pixel is ink: ``offset`` levels darker than its surroundings.

    A local threshold, not a global one: a shadow across a photo, a grey desk or pale
    print would fool one threshold for the whole band.
    """
    grey = to_grey(image)
    local_mean = np.asarray(grey.filter(ImageFilter.BoxBlur(radius)), dtype=np.int16)
    return np.asarray(grey, dtype=np.int16) < local_mean - offset


def text_ink(image: Image.Image) -> np.ndarray:
    """Ink mask without the columns and rows that are mostly dark (desk around a photo, scanner lid).

    Those are not text, and left in they would join every row into one line.
    """
    mask = ink_mask(image)
    mask[mask.mean(axis=1) > 0.5, :] = False  # rows first: a band may be mostly desk above the sheet
    mask[:, mask.mean(axis=0) > 0.5] = False
    mask[_solid_blocks(image, SKEW_BLOCK_RADIUS)] = False  # a logo's block: its outline is no text line
    return mask


def _solid_blocks(image: Image.Image, radius: int) -> np.ndarray:
    """Where the picture is a solid block of ink (a logo's ground), grown by ``radius``.

    A pixel lies in a block when most of its (2 radius + 1)-wide neighbourhood is darker
    than halfway between paper and ink, which no stroke of text is.
    """
    grey = to_grey(image)
    factor = max(1, radius // 8)  # blocks are large: a reduced copy finds them as well, far cheaper
    small = np.asarray(scaled(grey, 1 / factor)) if factor > 1 else np.asarray(grey)
    paper, ink = np.percentile(small, (90, 1))
    dark = (small < (paper + ink) / 2).astype(np.uint8) * 255
    reach = max(1, radius // factor)
    density = np.asarray(Image.fromarray(dark).filter(ImageFilter.BoxBlur(reach)))
    dense = density > BLOCK_DENSITY * 255
    if not dense.any():
        return np.zeros((grey.height, grey.width), dtype=bool)
    blocks = Image.fromarray(_grown(dense, reach).astype(np.uint8) * 255)
    return np.asarray(blocks.resize(grey.size, Image.Resampling.NEAREST)) > 0


@dataclass(frozen=True)
class Skew:
    """The skew of a band and the text lines it holds once straightened.

    Attributes:
        angle: degrees to turn the band counter-clockwise to make its lines horizontal.
        lines: row ranges [top, bottom) of the straightened band holding ink, top to bottom.
    """

    angle: float
    lines: tuple[tuple[int, int], ...]


def estimate_skew(image: Image.Image, *, max_angle: float = 5.0, work_width: int = 640, precision: float = 0.1) -> Skew:
    """Skew angle and text lines of ``image`` by projection profile, on a downscaled copy.

    The ink pixels are sheared by each candidate slope and the slope whose row histogram
    is the most peaked (sum of squares) wins: a coarse 0.5 degree sweep over ±max_angle,
    refined down to ``precision``. The winning histogram gives the lines for free.
    """
    factor = min(1.0, work_width / max(image.width, 1))
    small = scaled(to_grey(image), factor)
    ys, xs = np.nonzero(text_ink(small))
    if len(xs) < 20:
        return Skew(0.0, ())
    centred_xs = xs - small.width / 2.0  # floats, where xs are the ink's integer columns
    height = small.height

    def histogram(degrees: float) -> np.ndarray:
        shifted = np.round(ys - centred_xs * math.tan(math.radians(degrees))).astype(np.int64)
        shifted = shifted[(shifted >= 0) & (shifted < height)]
        return np.bincount(shifted, minlength=height).astype(np.float64)

    def peakedness(degrees: float) -> float:
        counts = histogram(degrees)
        return float(np.dot(counts, counts))

    best, step = 0.0, 0.5
    candidates = np.arange(-max_angle, max_angle + 1e-9, step)
    while True:
        best = float(max(candidates, key=peakedness))
        if step <= precision:
            break
        candidates = np.arange(best - step, best + step + 1e-9, step / 5)
        step /= 5
    rows = histogram(best) > max(1.0, 0.003 * small.width)
    return Skew(round(best, 2), _runs(rows, scale=1 / factor, limit=image.height))


def _runs(rows: np.ndarray, *, scale: float, limit: int) -> tuple[tuple[int, int], ...]:
    """Runs of True in ``rows`` (gaps of one row bridged), scaled to full-size rows."""
    runs: list[list[int]] = []
    for y in np.flatnonzero(rows):
        if runs and y - runs[-1][1] <= 1:
            runs[-1][1] = int(y) + 1
        else:
            runs.append([int(y), int(y) + 1])
    return tuple((max(0, math.floor(a * scale)), min(limit, math.ceil(b * scale))) for a, b in runs)


def straightened_rows(image: Image.Image, angle: float, top: int, bottom: int) -> Image.Image:
    """Rows [top, bottom) of ``image`` turned counter-clockwise by ``angle`` about its centre.

    Same pixels as ``image.rotate(angle).crop(...)``, but only the rows asked for are
    computed: a text line costs a fraction of the whole band.
    """
    if abs(angle) < 0.05:
        return image.crop((0, top, image.width, bottom))
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    cx, cy = image.width / 2, image.height / 2
    # output (x, y) -> source point: the row offset and the inverse rotation about the centre
    coefficients = (cos, -sin, cx - cx * cos - (top - cy) * sin, sin, cos, cy - cx * sin + (top - cy) * cos)
    return image.transform(
        (image.width, bottom - top),
        Image.Transform.AFFINE,
        coefficients,
        resample=Image.Resampling.BILINEAR,
        fillcolor=WHITE,
    )


def normalise(image: Image.Image) -> Image.Image:
    """Stretch the grey levels so the darkest ink is black and paper is white (light scans)."""
    return ImageOps.autocontrast(to_grey(image), cutoff=(0.5, 2))


def binarize(image: Image.Image) -> Image.Image:
    """Black text on white by a local threshold (see :func:`ink_mask`): a second opinion for OCR."""
    return Image.fromarray(np.where(ink_mask(image, radius=12, offset=12), 0, WHITE).astype(np.uint8), mode="L")


def pad(image: Image.Image, margin: int) -> Image.Image:
    """``image`` with a white border: tesseract misreads glyphs that touch the edge."""
    return ImageOps.expand(image, border=margin, fill=WHITE)


def without_rules(image: Image.Image) -> Image.Image:
    """``image`` with long rules, frame sides and solid blocks turned to paper.

    A number printed in a box, or beside a logo on a solid block, is read as nothing at
    all by tesseract, which takes the whole framed line for a picture. Rules are runs of
    ink much longer than a line of text is tall; a frame's sides run almost the band's
    full height, which no glyph of a one-line band does; a block is mostly ink over a
    third of the line's height, which no stroke is.
    """
    grey = np.asarray(to_grey(image))
    paper, ink = np.percentile(grey, (90, 1))
    dark = grey < (paper + ink) / 2
    height = grey.shape[0]
    blocks = _solid_blocks(image, max(2, height // 3))
    rules = (
        _long_runs(dark, max(int(RULE_LENGTH * height), 24))
        | _long_runs(dark.T, int(FRAME_SIDE * height)).T
        | (blocks & dark)
    )
    if not rules.any():
        return image
    # The rule's grey fringe goes too (a faint line left behind is still a frame to tesseract).
    return Image.fromarray(np.where(_grown(rules, 2), WHITE, grey).astype(np.uint8), mode="L")


def _grown(mask: np.ndarray, reach: int) -> np.ndarray:
    """``mask`` dilated by ``reach`` pixels up, down, left and right."""
    grown = mask.copy()
    for shift in range(1, reach + 1):
        grown[shift:] |= mask[:-shift]
        grown[:-shift] |= mask[shift:]
        grown[:, shift:] |= mask[:, :-shift]
        grown[:, :-shift] |= mask[:, shift:]
    return grown


def _long_runs(dark: np.ndarray, length: int) -> np.ndarray:
    """Pixels belonging to runs of at least ``length`` dark pixels along each row."""
    runs = np.zeros_like(dark, dtype=bool)
    rows = np.flatnonzero(dark.sum(axis=1) >= max(length, 2))  # only rows with that much ink at all
    if rows.size == 0 or dark.shape[1] < length:
        return runs
    counts = np.cumsum(np.pad(dark[rows], ((0, 0), (1, 0))).astype(np.int32), axis=1)
    starts = (counts[:, length:] - counts[:, :-length]) == length  # a full run begins at this column
    marks = np.zeros((rows.size, dark.shape[1] + 1), dtype=np.int32)
    marks[:, : starts.shape[1]] += starts
    marks[:, length : length + starts.shape[1]] -= starts
    runs[rows] = np.cumsum(marks, axis=1)[:, : dark.shape[1]] > 0
    return runs


def flattened(image: Image.Image) -> Image.Image:
    """``image`` with its paper made evenly white: each pixel divided by the local paper level.

    A photo's paper is grey in a shadow and white in the light, and a framed header may sit
    on a tinted ground; one threshold for the whole band then loses the text in one of them.
    The paper level is the brightest grey around each pixel (a max filter on a reduced copy,
    wider than a glyph), smoothed back to full size.
    """
    grey = to_grey(image)
    factor = 8
    small = grey.resize((max(1, grey.width // factor), max(1, grey.height // factor)), Image.Resampling.BOX)
    background = small.filter(ImageFilter.MaxFilter(5)).resize(grey.size, Image.Resampling.BILINEAR)
    level = np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    flat = np.asarray(grey, dtype=np.float32) * (255.0 / level)
    return Image.fromarray(np.clip(flat, 0, 255).astype(np.uint8), mode="L")
