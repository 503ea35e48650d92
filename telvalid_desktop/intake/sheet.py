"""Where the sheet of paper lies in a phone photo, so its header is searched where it is.

A flatbed scan or a fax is the sheet, edge to edge. A phone photo shows the sheet on a
desk or a wall, often in the middle 60-80 % of the picture: the header then stands
lower than the page's top band and smaller than the reader expects. The paper is the
large bright area of the picture; its extent, found on the grey thumbnail the page
analysis already has (~1 ms), gives the box the header bands are cut from.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from telvalid_desktop.intake.types import Box

# The picture's outer frame, as a share of its smaller side, and how much darker than the paper
# it must be, on three sides at least, for the sheet not to reach the picture's edges.
FRAME = 0.03
MIN_CONTRAST = 25
# A step between neighbouring pixels this large is an edge (ink, or the sheet's border).
EDGE_STEP = 40
# Rows and columns with edges on at least this share of their pixels hold the sheet.
EDGE_SHARE = 0.02
# A sheet smaller than this share of the picture is not trusted (a label, a window behind).
MIN_SHEET = 0.3
WHOLE_PAGE = 0.9


def sheet_box(thumbnail: Image.Image) -> Box | None:
    """The sheet's extent in page fractions, or None when the sheet reaches the picture's edges (a scan)."""
    grey = np.asarray(thumbnail.convert("L"), dtype=np.int16)
    height, width = grey.shape
    paper = float(np.percentile(grey, 95))
    frame = max(2, int(min(height, width) * FRAME))
    sides = (grey[:frame], grey[-frame:], grey[:, :frame], grey[:, -frame:])
    if sum(paper - float(side.mean()) > MIN_CONTRAST for side in sides) < 3:
        return None
    edges = (np.abs(np.diff(grey, axis=1))[:-1, :] > EDGE_STEP) | (np.abs(np.diff(grey, axis=0))[:, :-1] > EDGE_STEP)
    rows = np.flatnonzero(edges.mean(axis=1) >= EDGE_SHARE)
    columns = np.flatnonzero(edges.mean(axis=0) >= EDGE_SHARE)
    if rows.size == 0 or columns.size == 0:
        return None
    box = Box(
        float(columns[0] / width),
        float(rows[0] / height),
        float((columns[-1] + 1) / width),
        float((rows[-1] + 1) / height),
    )
    box_width, box_height = box.x1 - box.x0, box.y1 - box.y0
    if (box_width >= WHOLE_PAGE and box_height >= WHOLE_PAGE) or min(box_width, box_height) < MIN_SHEET:
        return None
    return box
