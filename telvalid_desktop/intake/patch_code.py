"""Recognise the Kodak Patch T bar pattern, as a production scanner's patch reader does.

A patch is four black bars parallel to the leading edge of the sheet: read from that
edge, Patch T is narrow, wide, narrow, wide (0.08 in and 0.20 in), each followed by a
0.08 in space. A patch reader is a sensor at a fixed position across the sheet that
measures those run lengths as the sheet passes; this module does the same on several
scan lines of an image, from each of its four edges (a sheet fed upside down or
sideways shows its patch from another edge), comparing the runs with each other rather
than with a resolution (phone photos and faxes have none worth trusting).

The pattern must be found on scan lines spread over at least two inches of the bar
length and at the same depth, as four bars would be: the ratios alone also occur in
text and tables, their repetition along a line does not. Patch 2, 3 and the others have
other orders of narrow and wide bars and are not separators.
"""

from __future__ import annotations

import numpy as np

# Share of the image, from each edge, where the patch may start (the spec says 6-94 mm from
# the leading edge of an A4; a phone photo's desk margin pushes it further in).
EDGE_DEPTH = 0.45
# Scan lines across the image (every ~1 % of its width).
SCAN_LINES = 96
# Share of the width the pattern must span on agreeing scan lines (2 in of 8.3 in is 24 %).
MIN_SPAN = 0.2
MIN_AGREEING_LINES = 6
# Relative tolerances around the ideal ratios (wide bar = 2.5 narrow units).
NARROW_RANGE = (0.55, 1.6)
WIDE_RANGE = (1.8, 3.6)
MIN_UNIT_PX = 1.5  # a narrow bar thinner than this is noise, whatever the ratios
# Depths of the pattern on agreeing lines may differ by this many units (skew up to ~5 deg).
DEPTH_TOLERANCE_UNITS = 12


def has_patch_t(grey: np.ndarray) -> bool:
    """True when the Patch T pattern stands near one of the edges of ``grey`` (a 2-D uint8 array)."""
    dark = _dark(grey)
    if dark is None:
        return False
    # Each view puts one edge at row 0, scanned downwards: top, bottom, left, right.
    views = (dark, dark[::-1], dark.T, dark.T[::-1])
    return any(_edge_has_patch(view) for view in views)


def _dark(grey: np.ndarray) -> np.ndarray | None:
    """Ink as booleans (nearer the darkest ink than the paper), or None on a page with no contrast."""
    paper, ink = np.percentile(grey, (90, 1))
    if paper - ink < 40:
        return None
    return np.asarray(grey < (paper + ink) / 2)


def _edge_has_patch(view: np.ndarray) -> bool:
    """Is the pattern found, read downwards from row 0, on enough scan lines across the view?"""
    height, width = view.shape
    depth = max(8, int(height * EDGE_DEPTH))
    columns = np.linspace(0, width - 1, SCAN_LINES).astype(int)
    hits = _first_patterns(view[:depth, columns])
    if len(hits) < MIN_AGREEING_LINES:
        return False
    return _agreeing_span([(int(columns[line]), start, unit) for line, start, unit in hits]) >= MIN_SPAN * width


def _first_patterns(lines: np.ndarray) -> list[tuple[int, float, float]]:
    """(scan line, start, unit) of the first narrow-wide-narrow-wide sequence on each scan line.

    ``lines`` holds one scan line per column. Every run of every line is listed at once
    (numpy, no loop per line: this runs on every scanned page): a candidate is a dark
    run followed by seven more runs on the same line, bar, space, bar, space, bar, space, bar.
    """
    depth, count = lines.shape
    changed = lines[1:] != lines[:-1]
    line_of, row_of = np.nonzero(changed.T)  # sorted by line, then row
    line_ids = np.concatenate((line_of, np.arange(count), np.arange(count)))
    starts = np.concatenate((row_of + 1, np.zeros(count, int), np.full(count, depth)))
    order = np.lexsort((starts, line_ids))
    line_ids, starts = line_ids[order], starts[order]
    if line_ids.size < 9:
        return []
    lengths = np.diff(starts)
    window = np.arange(line_ids.size - 8)
    same_line = line_ids[window] == line_ids[window + 8]  # 8 runs, the 8th one's end included
    dark = lines[np.minimum(starts[window], depth - 1), line_ids[window]]
    candidates = window[same_line & dark & (lengths[window] > 0)]
    if candidates.size == 0:
        return []
    runs = lengths[candidates[:, None] + np.arange(7)].astype(float)
    unit = (runs[:, 0] + runs[:, 1] + runs[:, 3] + runs[:, 4] + runs[:, 5]) / 5
    narrow = runs[:, [0, 1, 3, 4, 5]] / unit[:, None]  # bars 1 and 3 and the three spaces
    wide = runs[:, [2, 6]] / unit[:, None]  # bars 2 and 4
    ok = (
        (unit >= MIN_UNIT_PX)
        & np.all((narrow >= NARROW_RANGE[0]) & (narrow <= NARROW_RANGE[1]), axis=1)
        & np.all((wide >= WIDE_RANGE[0]) & (wide <= WIDE_RANGE[1]), axis=1)
    )
    hits: dict[int, tuple[float, float]] = {}
    for index, unit_px in zip(candidates[ok], unit[ok], strict=True):
        hits.setdefault(int(line_ids[index]), (float(starts[index]), float(unit_px)))
    return [(line, start, unit_px) for line, (start, unit_px) in hits.items()]


def _within(values: np.ndarray, bounds: tuple[float, float]) -> bool:
    return bool(np.all((values >= bounds[0]) & (values <= bounds[1])))


def _agreeing_span(hits: list[tuple[int, float, float]]) -> float:
    """Width covered by the largest group of hits at about the same depth and unit.

    Hits are grouped around each hit in turn (there are few): a skewed bar drifts in
    depth across the page, hence the tolerance in units rather than a fixed row.
    """
    best = 0.0
    for _, depth, unit in hits:
        group = [
            column
            for column, other_depth, other_unit in hits
            if abs(other_depth - depth) <= DEPTH_TOLERANCE_UNITS * unit and 0.7 <= other_unit / unit <= 1.4
        ]
        if len(group) >= MIN_AGREEING_LINES:
            best = max(best, float(max(group) - min(group)))
    return best
