"""Tell the blank back of a duplex scan from a page that carries something.

A page dropped as blank is a page lost, so the test leans to "not blank": a single
line of text, a header alone or a signature is enough to keep a page. What it ignores
is what scanners add to an empty sheet: a dark border or edge shadow, punch holes in
the side margins, paper tint and uneven lighting, speckle and fax noise, JPEG ringing,
and the faint mirror image of the other side showing through.

It works on the ~400-px-wide grey thumbnail rendered with ``render_region``: at that
scale a dust speck or a noise pixel of the scan averages out to a faint grey, while
strokes of text or ink remain dark and come in chains of neighbouring cells.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

# Left/right margins (punch holes, feeder edges) and top/bottom ones ignored, as page
# fractions. Kept small at the top: a form header starts 10 mm below the edge.
SIDE_MARGIN = 0.07
END_MARGIN = 0.03
# A border line (row or column at the edge) that is mostly dark is scanner background.
BORDER_DARK_SHARE = 0.5
BORDER_MAX_DEPTH = 0.15
# Grey levels below the local paper for a pixel to count as ink: show-through and
# noise stay above, ballpoint and pencil at thumbnail scale go below.
INK_CONTRAST = 40
# Paper level is taken per block (uneven light, tinted or yellowed paper).
PAPER_BLOCK_FRACTION = 0.08
# Cells of about 2 mm: a cell is inked with 2+ ink pixels and counts only with an
# inked neighbour, so isolated specks do not.
CELLS_ACROSS = 100
MIN_INK_PIXELS_PER_CELL = 2
# Share of content cells that may be inked on a blank page: less than two touching cells
# of ~12 000, so any mark over ~4 mm keeps the page (the word "Vu" inks 2, a line 15+).
# Every blank variant in the tests scores 0.
BLANK_MAX_INK_RATIO = 0.0001


# A first look (~0.3 ms, where ``is_blank`` takes ~7): a page with more pixels than this share much
# darker than its paper is written on (a two-line note has ~0.15 %, a blank back with no dark
# border none). Only a page under it is worth testing before the header search.
FIRST_LOOK_DARK_SHARE = 0.001
FIRST_LOOK_CONTRAST = 80


def may_be_blank(image: Image.Image) -> bool:
    """Cheap test that lets a written page skip ``is_blank``; a blank back with a dark scanner
    border fails it too, and is found blank only after its header search."""
    grey = np.asarray(image.convert("L"))
    histogram = np.bincount(grey.ravel(), minlength=256)
    cumulative = np.cumsum(histogram)
    paper = int(np.searchsorted(cumulative, 0.9 * cumulative[-1]))
    dark = int(histogram[: max(0, paper - FIRST_LOOK_CONTRAST)].sum())
    return dark <= FIRST_LOOK_DARK_SHARE * grey.size


def is_blank(image: Image.Image) -> bool:
    """True if the page thumbnail shows nothing a person would need to see."""
    return ink_ratio(image) < BLANK_MAX_INK_RATIO


def ink_ratio(image: Image.Image) -> float:
    """Share of the content area (margins and scanner border excluded) covered by ink.

    Counted in ~2 mm cells that hold ink and touch another such cell, so the value is
    about the area of strokes, text lines and drawings, not of scattered specks.
    """
    grey = _content_area(np.asarray(image.convert("L"), dtype=np.int16))
    if grey.size == 0:
        return 0.0
    ink = grey < _local_paper(grey) - INK_CONTRAST
    cell = max(2, image.width // CELLS_ACROSS)
    rows, cols = ink.shape[0] // cell, ink.shape[1] // cell
    if rows < 3 or cols < 3:
        return float(ink.mean())
    counts = ink[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).sum(axis=(1, 3))
    inked = np.pad(counts >= MIN_INK_PIXELS_PER_CELL, 1)
    neighbours = sum(
        inked[1 + dy : rows + 1 + dy, 1 + dx : cols + 1 + dx] for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx
    )
    clustered = inked[1:-1, 1:-1] & (neighbours > 0)
    return float(clustered.mean())


def _content_area(grey: np.ndarray) -> np.ndarray:
    """The page without its margins and without a dark scanner border at any edge."""
    h, w = grey.shape
    dark = grey < np.percentile(grey, 90) - INK_CONTRAST
    top = _border_depth(dark.mean(axis=1), h)
    bottom = _border_depth(dark.mean(axis=1)[::-1], h)
    left = _border_depth(dark.mean(axis=0), w)
    right = _border_depth(dark.mean(axis=0)[::-1], w)
    y0, y1 = max(top, int(h * END_MARGIN)), h - max(bottom, int(h * END_MARGIN))
    x0, x1 = max(left, int(w * SIDE_MARGIN)), w - max(right, int(w * SIDE_MARGIN))
    return grey[y0:y1, x0:x1]


def _border_depth(dark_share: np.ndarray, length: int) -> int:
    """Lines from the edge inwards that are mostly dark, plus as much again for the
    shadow and the skewed edge that follow them."""
    limit = int(length * BORDER_MAX_DEPTH)
    depth = 0
    while depth < limit and dark_share[depth] > BORDER_DARK_SHARE:
        depth += 1
    return min(2 * depth, limit) if depth else 0


def _local_paper(grey: np.ndarray) -> np.ndarray:
    """Paper brightness around each pixel: the 90th percentile of its block."""
    h, w = grey.shape
    block = max(8, int(max(h, w) * PAPER_BLOCK_FRACTION))
    rows, cols = -(-h // block), -(-w // block)
    padded = np.pad(grey, ((0, rows * block - h), (0, cols * block - w)), mode="edge")
    blocks = padded.reshape(rows, block, cols, block).transpose(0, 2, 1, 3).reshape(rows, cols, -1)
    paper = np.percentile(blocks, 90, axis=2)
    return np.repeat(np.repeat(paper, block, axis=0), block, axis=1)[:h, :w]
