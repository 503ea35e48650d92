"""Read the procedure number printed after its label at the top of a page.

Cheapest first: the text layer of a digital PDF (exact, ~1 ms); otherwise OCR of the
header band only (a full page costs 30-60x more), turned the ways a page arrives in
the mailroom. An OCR read is re-read from the same pixels prepared differently and
loses most of its confidence when the two reads disagree, because tesseract's own
confidence lets wrong digits through; a wrong number is worse than no number.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from dataclasses import dataclass, field

import pymupdf
from PIL import Image

from telvalid_desktop.intake import imageops
from telvalid_desktop.intake.ocr import OcrEngine, OcrResult
from telvalid_desktop.intake.page_kind import looks_like_document
from telvalid_desktop.intake.patterns import (
    LabelledNumber,
    find_labelled_numbers,
    find_quoted_numbers,
    has_label,
    normalise_digits,
)
from telvalid_desktop.intake.rendering import HEADER_WIDTH_PX, page_clip, render_region
from telvalid_desktop.intake.sheet import sheet_box
from telvalid_desktop.intake.types import Box, NumberReading, ReadMethod

TEXT_BAND = 0.15  # the text layer is exact: a slightly taller band costs nothing
OCR_BAND = 0.12  # what a flat scan needs; skew up to 5 degrees stays inside
LOWER_BAND = (0.05, 0.25)  # photos with margins put the header lower: tried only when the first fails
PROBE_DICTIONARY_SHARE = 0.4  # fewer known words in a line: probably upside down
UPRIGHT_DICTIONARY_SHARE = 0.6  # this many: surely the right way up (an upside-down line scores near 0)
HEADER_TEXT_KEPT = 600  # characters of the header lines kept to tell what kind of page it is
BLOCK_FRACTION = 0.25  # an ink block this tall touching the band's edge holds whole lines
MIN_LINE_PX = 10  # at 200 dpi: thinner ink rows are rules or specks, not text
LINE_MARGIN_PX = 6
CROP_WIDTH_PX = 1200
OCR_MARGIN_PX = 16
# A text layer under a page-sized image is some scanner's OCR: a hint, not the truth.
SCAN_IMAGE_COVER = 0.5
HINT_AGREES = 0.9
DISAGREE_FACTOR = 0.25
UNVERIFIED_FACTOR = 0.5
AMBIGUOUS_CAP = 0.2
# A photographed sheet: its bands (a share of its height, from its top edge or first ink, with a
# little room above) and how much larger than a scanned page it may be rendered.
SHEET_BAND = 0.16
SHEET_PAD = 0.02
MAX_SHEET_ZOOM = 2.5
GHOST_PITCH = 0.5  # two digit centres closer than this share of the usual pitch: one glyph read twice


@dataclass(frozen=True)
class _View:
    """One region of the page turned upright, its skew and text lines, and the way back to the page.

    Attributes:
        image: the region rendered and turned upright (not yet straightened), grey.
        region: the part of the displayed page it shows.
        rotation: clockwise degrees the page was turned to make it upright (0/90/180/270).
        skew: the straightening angle and the text lines of the straightened image.
    """

    image: Image.Image
    region: Box
    rotation: int
    skew: imageops.Skew

    def rows(self, top: int, bottom: int) -> Image.Image:
        """Rows [top, bottom) of the straightened image, ready for OCR: the paper evened out (shadows,
        tinted grounds), frames, rules and solid blocks removed, the contrast stretched."""
        rows = imageops.straightened_rows(self.image, self.skew.angle, top, bottom)
        return imageops.normalise(imageops.without_rules(imageops.flattened(rows)))

    def preview(self, top: int, bottom: int, width: int, left: int = 0, right: int | None = None) -> Image.Image:
        """Rows [top, bottom) and columns [left, right), scaled so the whole view would be at
        most ``width`` px wide, in 16 greys, for a person to look at.

        Scaled before straightening (cheaper), and a skew under a degree is left as is.
        """
        factor = min(1.0, width / self.image.width)
        small = imageops.scaled(self.image, factor)
        angle = self.skew.angle if abs(self.skew.angle) >= 1.0 else 0.0
        rows = imageops.straightened_rows(small, angle, round(top * factor), round(bottom * factor))
        right_px = rows.width if right is None else min(rows.width, round(right * factor))
        rows = rows.crop((max(0, round(left * factor)), 0, right_px, rows.height))
        return rows.point(lambda level: level & 0xF0)  # 16 greys: the PNG is half the size and time

    def to_page(self, box: tuple[int, int, int, int], top: int) -> Box:
        """Page fractions of a pixel ``box`` of the rows starting at ``top``."""
        width, height = self.image.size
        corners = [(box[0], box[1] + top), (box[2], box[1] + top), (box[0], box[3] + top), (box[2], box[3] + top)]
        points = [self._unturn(*_rotate_point(x, y, width, height, -self.skew.angle)) for x, y in corners]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        region_w, region_h = self.region.x1 - self.region.x0, self.region.y1 - self.region.y0
        return Box(
            _clamp(self.region.x0 + min(xs) * region_w),
            _clamp(self.region.y0 + min(ys) * region_h),
            _clamp(self.region.x0 + max(xs) * region_w),
            _clamp(self.region.y0 + max(ys) * region_h),
        )

    def _unturn(self, x: float, y: float) -> tuple[float, float]:
        """Fractions (0..1) of the region, as rendered, of the upright point (x, y)."""
        u, v = x / self.image.width, y / self.image.height
        return {0: (u, v), 180: (1 - u, 1 - v), 90: (v, 1 - u), 270: (1 - v, u)}[self.rotation]


def _rotate_point(x: float, y: float, width: int, height: int, degrees: float) -> tuple[float, float]:
    """(x, y) turned counter-clockwise by ``degrees`` about the image centre (y pointing down)."""
    angle = math.radians(degrees)
    cx, cy = width / 2, height / 2
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(angle) + dy * math.sin(angle), cy - dx * math.sin(angle) + dy * math.cos(angle)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


_TRANSPOSE = {
    0: None,
    90: Image.Transpose.ROTATE_270,  # PIL turns counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def _upright_view(page: pymupdf.Page, region: Box, rotation: int, *, upright_width_px: int) -> _View:
    """Render ``region``, turn it by ``rotation`` and measure its skew and lines (±5 degrees)."""
    rect = page.rect
    # The upright page is upright_width_px wide; turned a quarter, that is the displayed height.
    page_width_px = upright_width_px
    if rotation in (90, 270):
        page_width_px = round(upright_width_px * rect.width / max(rect.height, 1.0))
    image = render_region(page, region, page_width_px=page_width_px)
    transpose = _TRANSPOSE[rotation]
    if transpose is not None:
        image = image.transpose(transpose)
    return _View(image, region, rotation, imageops.estimate_skew(image))


def _edge_bands(page: pymupdf.Page, depth: float) -> list[tuple[Box, int]]:
    """(region, rotation) of the page edges where a header may stand, likeliest first.

    A portrait page is upright or upside down; a landscape one is an A4 fed sideways
    (tried first) or a landscape page.
    """
    rect = page.rect
    top, bottom = (Box(0, 0, 1, depth), 0), (Box(0, 1 - depth, 1, 1), 180)
    if rect.width <= rect.height:
        return [top, bottom]
    return [(Box(1 - depth, 0, 1, 1), 270), (Box(0, 0, depth, 1), 90), top, bottom]


def _sheet_bands(page: pymupdf.Page, sheet: Box) -> tuple[list[tuple[Box, int]], int]:
    """The edge bands of the sheet in a photo, and the page width in pixels that renders the
    sheet as wide as a scanned page's header band (the header is small in a photo)."""
    rect = page.rect
    width, height = (sheet.x1 - sheet.x0) * rect.width, (sheet.y1 - sheet.y0) * rect.height
    pad = SHEET_PAD

    def clamped(x0: float, y0: float, x1: float, y1: float) -> Box:
        return Box(_clamp(x0), _clamp(y0), _clamp(x1), _clamp(y1))

    if width <= height:
        depth = SHEET_BAND * (sheet.y1 - sheet.y0)
        bands = [
            (clamped(sheet.x0, sheet.y0 - pad, sheet.x1, sheet.y0 + depth), 0),
            (clamped(sheet.x0, sheet.y1 - depth, sheet.x1, sheet.y1 + pad), 180),
        ]
        scale = rect.width / max(width, 1.0)
    else:
        depth = SHEET_BAND * (sheet.x1 - sheet.x0)
        bands = [
            (clamped(sheet.x1 - depth, sheet.y0, sheet.x1 + pad, sheet.y1), 270),
            (clamped(sheet.x0 - pad, sheet.y0, sheet.x0 + depth, sheet.y1), 90),
        ]
        scale = rect.height / max(height, 1.0)
    return bands, round(HEADER_WIDTH_PX * min(scale, MAX_SHEET_ZOOM))


def _lower_bands(page: pymupdf.Page) -> list[tuple[Box, int]]:
    """The edge bands moved inwards, for photos whose margins push the header down."""
    low0, low1 = LOWER_BAND
    bands = {
        0: Box(0, low0, 1, low1),
        180: Box(0, 1 - low1, 1, 1 - low0),
        270: Box(1 - low1, 0, 1 - low0, 1),
        90: Box(low0, 0, low1, 1),
    }
    return [(bands[rotation], rotation) for _, rotation in _edge_bands(page, OCR_BAND)]


# --- reading one view --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """A labelled number read by OCR in some rows of a view, with its evidence."""

    view: _View
    top: int  # first row of the OCR'd rows in the straightened view
    result: OcrResult
    match: LabelledNumber
    confidence: float


def _ocr(ocr: OcrEngine, image: Image.Image, psm: int) -> OcrResult:
    """OCR with a white margin (glyphs touching the edge are misread); boxes stay in ``image`` pixels."""
    result = ocr.recognize(imageops.pad(image, OCR_MARGIN_PX), psm=psm)
    m = OCR_MARGIN_PX
    boxes = tuple(None if b is None else (b[0] - m, b[1] - m, b[2] - m, b[3] - m) for b in result.boxes)
    return OcrResult(result.text, result.confidences, boxes, result.dictionary_share)


def _header_lines(view: _View) -> list[tuple[int, int]]:
    """Row ranges to OCR one at a time, likeliest to hold the number first.

    OCR time grows with the text read, so reading line by line and stopping at the
    label costs about half the band. Complete lines come first, tallest first (the
    number is printed large); a short line cut by the band's edge is left out (the
    next band down reads it whole), but a tall block touching the edge (lines merged
    with the desk around a photo) is read last. Rules and specks are too thin for text.
    """
    height = view.image.height
    lines = [(top, bottom) for top, bottom in view.skew.lines if bottom - top >= MIN_LINE_PX]
    complete = sorted((line for line in lines if 0 < line[0] and line[1] < height), key=lambda r: r[0] - r[1])
    blocks = [line for line in lines if line not in complete and line[1] - line[0] >= BLOCK_FRACTION * height]
    return [(max(0, top - LINE_MARGIN_PX), min(height, bottom + LINE_MARGIN_PX)) for top, bottom in complete + blocks]


@dataclass
class _LabelWatch:
    """What the header search saw besides a number: a procedure label (with or without its
    number), and the text of the lines it read (what kind of page this is)."""

    seen: bool = False
    texts: list[str] = field(default_factory=list)
    document: bool = False  # a line named a document that never carries the number: stop searching

    def read(self, text: str, *, labelled: bool) -> None:
        self.seen |= labelled
        self.texts.append(text)
        self.document = not self.seen and looks_like_document("\n".join(self.texts))


def _find_in_view(
    view: _View, ocr: OcrEngine, psm: int, rows: list[tuple[int, int]], watch: _LabelWatch | None = None
) -> _Found | None:
    """OCR ``rows`` of ``view`` in turn and verify the first labelled number found.

    When no single range holds the label and its number but their texts together do
    (lines cut apart oddly), all of them are read again as one block.
    """
    texts = []
    for top, bottom in rows:
        if watch is not None and watch.document:
            return None
        found, line = _read_line(view, ocr, psm, (top, bottom), watch)
        if found is not None:
            return found
        texts.append((top, line.text))
    joined = "\n".join(text for _, text in sorted(texts))
    if len(rows) > 1 and find_labelled_numbers(joined):
        top, bottom = min(r[0] for r in rows), max(r[1] for r in rows)
        return _find_in_view(view, ocr, psm, [(top, bottom)], watch)
    return None


def _read_line(
    view: _View, ocr: OcrEngine, psm: int, line: tuple[int, int], watch: _LabelWatch | None = None
) -> tuple[_Found | None, OcrResult]:
    """OCR the rows ``line`` (top, bottom) of ``view``: the labelled number there, and what was read.

    A line holding the label alone (the number stacked under it) is read again together
    with the line below it, as one block, so the label finds the number under it.
    """
    top, bottom = line
    image = view.rows(top, bottom)
    result = _ocr(ocr, image, psm)
    matches = find_labelled_numbers(result.text, result.boxes)
    if matches:
        return _found(view, top, image, result, matches, ocr=ocr), result
    labelled = has_label(result.text)
    if watch is not None:
        watch.read(result.text, labelled=labelled)
    below = _line_below(view, bottom) if labelled else None
    if below is not None:
        image = view.rows(top, below)
        block = _ocr(ocr, image, 6)
        matches = find_labelled_numbers(block.text, block.boxes)
        if matches:
            return _found(view, top, image, block, matches, ocr=ocr), result
    return None, result


def _line_below(view: _View, bottom: int) -> int | None:
    """The bottom row of the text line that starts just below row ``bottom``, if any."""
    for top, end in view.skew.lines:
        if bottom - LINE_MARGIN_PX <= top and end - top >= MIN_LINE_PX and top - bottom < 4 * (end - top):
            return min(view.image.height, end + LINE_MARGIN_PX)
    return None


def _found(
    view: _View,
    top: int,
    image: Image.Image,
    result: OcrResult,
    matches: list[LabelledNumber],
    *,
    ocr: OcrEngine,
    quoted: bool = False,
) -> _Found:
    """Score the first of ``matches``: digit confidences, checked against a second read.

    ``quoted``: found in a letter's words ("mon dossier ..."), so re-read the same way.
    """
    match = matches[0]
    confidence = result.confidence_of(*match.span) / 100
    verified = _reread_number(image, result, match, ocr, quoted=quoted)
    if verified is None:
        confidence *= UNVERIFIED_FACTOR
    elif verified[0] != match.number:
        confidence = min(confidence, verified[1]) * DISAGREE_FACTOR
    else:
        confidence = min(confidence, verified[1])
    if not _evenly_spaced(result, match.span):  # a digit seen twice (or two merged) by the LSTM
        confidence *= DISAGREE_FACTOR
    if len({m.number for m in matches}) > 1:  # two different labelled numbers: a person decides
        confidence = min(confidence, AMBIGUOUS_CAP)
    return _Found(view, top, result, match, confidence)


def _evenly_spaced(result: OcrResult, span: tuple[int, int]) -> bool:
    """False when two digits of ``span`` stand (almost) on top of each other.

    Printed digits share one advance width, so their centres are evenly spaced. The
    LSTM sometimes emits a digit twice from the same glyph (359887953 -> 3599887953),
    sure of both and confirmed by a re-read of the same pixels; the boxes betray it.
    """
    boxes = [
        box
        for char, box in zip(result.text[span[0] : span[1]], result.boxes[span[0] : span[1]], strict=True)
        if box is not None and char.isalnum()
    ]
    if len(set(boxes)) < 3:  # an engine with word boxes only (pytesseract): nothing to check
        return True
    centres = [(box[0] + box[2]) / 2 for box in boxes]
    steps = [b - a for a, b in zip(centres, centres[1:], strict=False)]
    pitch = sorted(steps)[len(steps) // 2]
    return min(steps) >= GHOST_PITCH * pitch


def _reread_number(
    image: Image.Image, result: OcrResult, match: LabelledNumber, ocr: OcrEngine, *, quoted: bool = False
) -> tuple[str, float] | None:
    """Read the number again from the same pixels prepared differently: (number, confidence 0..1).

    First the whole labelled phrase, binarised, as one line (cut around the digits alone,
    or through a neighbouring word, the LSTM tends to see a digit twice); a number stacked
    under its label is re-read alone. When that second read finds no number at all (a
    frame's stroke, a glued colon), the digits alone are read once more at twice the scale:
    a third opinion that agrees or not, never a number of its own.
    """
    stacked = "\n" in result.text[match.label_start : match.span[0]]
    box = result.box_of(*match.span) if stacked else result.box_of(match.label_start, match.span[1])
    if box is None:
        return None
    reread = _ocr(ocr, imageops.binarize(_around(image, box, alone=stacked)), psm=7)
    if stacked:
        verified = _bare_number(reread)
    else:
        numbers = (find_quoted_numbers if quoted else find_labelled_numbers)(reread.text)
        verified = (numbers[0].number, reread.confidence_of(*numbers[0].span) / 100) if len(numbers) == 1 else None
    digits = result.box_of(*match.span)
    if verified is None and digits is not None:
        enlarged = imageops.scaled(_around(image, digits, alone=True), 2.0)
        verified = _bare_number(_ocr(ocr, enlarged, psm=7))
    return verified


def _around(image: Image.Image, box: tuple[int, int, int, int], *, alone: bool) -> Image.Image:
    """``box`` of ``image`` with a margin: a line's height on the sides and a third of it above and
    below for a number read alone (clear of the label's line above it), half a line all round otherwise."""
    height = max(box[3] - box[1], 8)
    side, vertical = (height, height // 3) if alone else (height // 2, height // 2)
    return image.crop(
        (
            max(box[0] - side, 0),
            max(box[1] - vertical, 0),
            min(box[2] + side, image.width),
            min(box[3] + vertical, image.height),
        )
    )


def _bare_number(reread: OcrResult) -> tuple[str, float] | None:
    """The number read alone on a line (a frame's strokes around it allowed): (number, confidence 0..1)."""
    text = reread.text.strip()
    core = text.strip(" |[]():.-")
    number = normalise_digits(core)
    if number is None:
        return None
    start = reread.text.index(core)
    return number, reread.confidence_of(start, start + len(core)) / 100


def _reading(found: _Found, *, where: str, text_hint: str | None) -> NumberReading:
    """The public record for ``found``, with the band crop and the page box."""
    result, match, view = found.result, found.match, found.view
    confidence = found.confidence
    if text_hint is not None:
        confidence = max(confidence, HINT_AGREES) if text_hint == match.number else min(confidence, 0.3)
    box = result.box_of(match.label_start, match.span[1])
    top, bottom, left, right = 0, view.image.height, 0, None
    if box is not None:  # the label, the number and a little around them: what a person checks
        margin = box[3] - box[1]
        top, bottom = max(0, found.top + box[1] - margin), min(bottom, found.top + box[3] + margin)
        left, right = max(0, box[0] - 3 * margin), box[2] + 3 * margin
    line_start = result.text.rfind("\n", 0, match.label_start) + 1
    line_end = result.text.find("\n", match.span[1])
    return NumberReading(
        number=match.number,
        method=ReadMethod.OCR,
        confidence=round(confidence, 3),
        box=view.to_page(box, found.top) if box else None,
        rotation=view.rotation,
        crop_png=_png(view.preview(top, bottom, CROP_WIDTH_PX, left, right)),
        where=where,
        text=result.text[line_start : line_end if line_end >= 0 else None],
    )


def _png(image: Image.Image) -> bytes:
    """PNG bytes, compressed fast (the crop is shown once, stored small)."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


# --- text layer --------------------------------------------------------------------------------


def _text_layer_lines(page: pymupdf.Page, region: Box, rotation: int) -> OcrResult:
    """Words of the text layer in ``region`` of the displayed page, as lines of the page turned
    upright, with each character's box (the word's), so a stacked label finds its number."""
    clip = page_clip(page, region) * page.derotation_matrix  # get_text works in unrotated coordinates
    upright = page.rotation_matrix * pymupdf.Matrix(rotation)
    words = []
    for x0, y0, x1, y1, word, *_ in page.get_text("words", clip=clip):
        shown = pymupdf.Rect(x0, y0, x1, y1) * upright
        box = (round(shown.x0 * 4), round(shown.y0 * 4), round(shown.x1 * 4), round(shown.y1 * 4))  # 288 dpi
        words.append((shown.y0, shown.y1, shown.x0, word, box))
    words.sort(key=lambda w: ((w[0] + w[1]) / 2, w[2]))
    lines: list[list[tuple[float, float, float, str, tuple[int, int, int, int]]]] = []
    for word in words:
        middle = (word[0] + word[1]) / 2
        if lines and abs(middle - (lines[-1][0][0] + lines[-1][0][1]) / 2) < (word[1] - word[0]) / 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    chars: list[str] = []
    boxes: list[tuple[int, int, int, int] | None] = []
    for number, line in enumerate(lines):
        if number:
            chars.append("\n")
            boxes.append(None)
        for position, (*_, text, box) in enumerate(sorted(line, key=lambda w: w[2])):
            if position:
                chars.append(" ")
                boxes.append(None)
            chars.extend(text)
            boxes.extend([box] * len(text))
    return OcrResult("".join(chars), (100.0,) * len(chars), tuple(boxes))


def _is_scan(page: pymupdf.Page) -> bool:
    """True when one image covers most of the page: any text layer on it is some scanner's OCR."""
    enough = SCAN_IMAGE_COVER * abs(page.rect)
    return any(abs(pymupdf.Rect(info["bbox"]) & page.rect) >= enough for info in page.get_image_info())


def _text_layer_has_label(page: pymupdf.Page) -> bool:
    return any(
        has_label(_text_layer_lines(page, region, rotation).text) for region, rotation in _edge_bands(page, TEXT_BAND)
    )


def _read_text_layer(page: pymupdf.Page) -> tuple[LabelledNumber, str, int] | None:
    """The labelled number in the text layer of the header (any edge), its lines and rotation."""
    for region, rotation in _edge_bands(page, TEXT_BAND):
        lines = _text_layer_lines(page, region, rotation)
        matches = find_labelled_numbers(lines.text, lines.boxes)
        if len({m.number for m in matches}) == 1:
            return matches[0], lines.text, rotation
    return None


# --- public API --------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeaderRead:
    """What the header search found: the number, and whether a procedure label was seen at all.

    A label with no readable number marks the page of a form whose number could not be
    read: it must not be taken for the next page of whatever envelope came before.
    """

    reading: NumberReading | None
    label_seen: bool
    text: str = ""  # the lines read in the header bands, when no number was found


def read_header(page: pymupdf.Page, ocr: OcrEngine | None) -> NumberReading | None:
    """The procedure number in the header of ``page``, or None when it cannot be read safely.

    Args:
        page: an open page (PDF or image document).
        ocr: engine for scanned pages; None reads the text layer only.
    """
    return read_header_band(page, ocr).reading


def read_header_band(
    page: pymupdf.Page, ocr: OcrEngine | None, thumbnail: Image.Image | None = None, *, text_body: bool = False
) -> HeaderRead:
    """``read_header``, also telling whether a procedure label stood in the header without its number.

    Args:
        page: an open page.
        ocr: engine for scanned pages; None reads the text layer only.
        thumbnail: the page in grey, 400 px wide, if already rendered; on a phone photo it
            tells where the sheet lies, whose own bands are then searched before the lower bands.
        text_body: on a digital page with no number in its head, search its whole text layer for
            a quoted one (an e-mailed letter) before any OCR.
    """
    text_hint = None
    from_text = _read_text_layer(page)
    if from_text is not None:
        match, text, rotation = from_text
        if not _is_scan(page):
            return HeaderRead(
                NumberReading(match.number, ReadMethod.TEXT_LAYER, 1.0, rotation=rotation, text=text), True
            )
        text_hint = match.number
    watch = _LabelWatch(seen=_text_layer_has_label(page))
    if text_body and text_hint is None and page.get_text("text").strip() and not _is_scan(page):
        numbers, text = _text_body_numbers(page)
        if len(numbers) == 1:  # an e-mailed letter quoting it: exact
            reading = NumberReading(numbers.pop(), ReadMethod.TEXT_LAYER, 1.0, where="body", text=text[:200])
            return HeaderRead(reading, watch.seen)
        if numbers:  # it quotes several: the exact text says a person must choose, OCR would not know better
            return HeaderRead(None, True, text[:HEADER_TEXT_KEPT])
    if ocr is None:
        return HeaderRead(None, watch.seen)
    for first, second, width_px in _band_pairs(page, thumbnail):
        if watch.document:  # a RIB, an ID card, a Kbis: its head said so, the rest of the search is vain
            break
        found = _search_pair(page, first, second, ocr, watch, width_px=width_px)
        if found is not None:
            return HeaderRead(_reading(found, where="header", text_hint=text_hint), True)
    return HeaderRead(None, watch.seen, "\n".join(watch.texts)[:HEADER_TEXT_KEPT])


def _band_pairs(
    page: pymupdf.Page, thumbnail: Image.Image | None
) -> Iterator[tuple[tuple[Box, int], tuple[Box, int], int]]:
    """Pairs of opposite bands to search in turn, with the page width to render them at:
    the page's edges, the photographed sheet's edges, then the page's edges moved inwards."""
    bands = _edge_bands(page, OCR_BAND)
    for first, second in zip(bands[::2], bands[1::2], strict=True):
        yield first, second, HEADER_WIDTH_PX
    sheet = sheet_box(thumbnail) if thumbnail is not None else None
    if sheet is not None:
        sheet_bands, width_px = _sheet_bands(page, sheet)
        yield sheet_bands[0], sheet_bands[1], width_px
    lower = _lower_bands(page)
    for first, second in zip(lower[::2], lower[1::2], strict=True):
        yield first, second, HEADER_WIDTH_PX


def _search_pair(
    page: pymupdf.Page,
    first: tuple[Box, int],
    second: tuple[Box, int],
    ocr: OcrEngine,
    watch: _LabelWatch,
    *,
    width_px: int = HEADER_WIDTH_PX,
) -> _Found | None:
    """Search two opposite bands, ``first`` first unless its likeliest line reads as garbage.

    Tesseract reads a line upside down with high confidence but hardly a dictionary
    word: when the first line read of ``first`` holds almost no known word, the page is
    probably turned, and ``second`` is read before the rest of ``first``. This costs
    one line, not a whole band.
    """
    view = _upright_view(page, *first, upright_width_px=width_px)
    rows = _header_lines(view)
    readable = upright = True
    if rows:
        found, result = _read_line(view, ocr, 6, rows[0], watch)
        if found is not None:
            return found
        readable = result.dictionary_share is None or result.dictionary_share >= PROBE_DICTIONARY_SHARE
        upright = result.dictionary_share is not None and result.dictionary_share >= UPRIGHT_DICTIONARY_SHARE

    def rest_of_first() -> _Found | None:
        return _find_in_view(view, ocr, 6, rows[1:], watch)

    def all_of_second() -> _Found | None:
        other = _upright_view(page, *second, upright_width_px=width_px)
        return _find_in_view(other, ocr, 6, _header_lines(other), watch)

    if watch.document:
        return None
    if upright and rows:  # the page reads the right way up: the opposite band is its foot, not its head
        return rest_of_first()
    for search in (rest_of_first, all_of_second) if readable else (all_of_second, rest_of_first):
        found = search()
        if found is not None:
            return found
    return None


def read_body(page: pymupdf.Page, ocr: OcrEngine) -> NumberReading | None:
    """A procedure number quoted anywhere on ``page`` (a complement's letter), by full-page OCR.

    Costs about a second: called for a few pages of an envelope with no header number.
    A page that reads as text upright and quotes no number is not tried turned; otherwise
    upside-down and sideways pages are retried turned, most likely orientation first.
    """
    rect = page.rect
    rotations = (270, 90, 0, 180) if rect.width > rect.height else (0, 180)
    for rotation in rotations:
        view = _upright_view(page, Box(0, 0, 1, 1), rotation, upright_width_px=HEADER_WIDTH_PX)
        if not view.skew.lines:
            continue
        image = view.rows(0, view.image.height)
        result = _ocr(ocr, image, 3)
        matches = find_quoted_numbers(result.text) or find_labelled_numbers(result.text, result.boxes)
        if matches:
            found = _found(view, 0, image, result, matches, ocr=ocr, quoted=True)
            return _reading(found, where="body", text_hint=None)
        if result.dictionary_share is not None and result.dictionary_share >= PROBE_DICTIONARY_SHARE:
            return None
    return None


def _text_body_numbers(page: pymupdf.Page) -> tuple[set[str], str]:
    """The procedure numbers a digital page's text layer quotes anywhere (an e-mailed letter), exactly."""
    lines = _text_layer_lines(page, Box(0, 0, 1, 1), 0)
    found = find_quoted_numbers(lines.text) + find_labelled_numbers(lines.text, lines.boxes)
    return {match.number for match in found}, lines.text
