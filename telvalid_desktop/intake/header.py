"""Read the procedure number printed after its label at the top of a page.

Cheapest first: the text layer of a digital PDF (exact, ~1 ms); otherwise OCR of the
header band only (a full page costs 30-60x more), turned the ways a page arrives in
the mailroom, line by line, stopping at the label or as soon as the page's head names a
document that never carries the number. Every read is checked (``verify``): a wrong
number is worse than no number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pymupdf
from PIL import Image

from telvalid_desktop.intake.bands import BandPair, band_pairs
from telvalid_desktop.intake.ocr import OcrEngine, OcrResult
from telvalid_desktop.intake.page_kind import looks_like_document
from telvalid_desktop.intake.patterns import (
    LabelledNumber,
    find_labelled_numbers,
    find_quoted_numbers,
    has_label,
    numbers_it_is_about,
)
from telvalid_desktop.intake.rendering import HEADER_WIDTH_PX
from telvalid_desktop.intake.text_layer import is_scan, read_text_layer, text_body_numbers
from telvalid_desktop.intake.types import Box, NumberReading, ReadMethod
from telvalid_desktop.intake.verify import Found, padded_ocr, score_match, to_reading
from telvalid_desktop.intake.view import LINE_MARGIN_PX, MIN_LINE_PX, View, header_lines, upright_view

PROBE_DICTIONARY_SHARE = 0.4  # fewer known words in a line: probably upside down
UPRIGHT_DICTIONARY_SHARE = 0.6  # this many: surely the right way up (an upside-down line scores near 0)
HEADER_TEXT_KEPT = 600  # characters of the header lines kept to tell what kind of page it is
SAME_LINE_SHARE = 0.7  # of a line's height within a line read before (in a band it overlaps): read already


@dataclass
class _LabelWatch:
    """What the header search saw besides a number: a procedure label (with or without its
    number), the text of the lines it read (what kind of page this is), and where they stand
    on the page (the lower bands overlap the edge bands: a line read once is not read again)."""

    seen: bool = False
    texts: list[str] = field(default_factory=list)
    document: bool = False  # a line named a document that never carries the number: stop searching
    places: list[tuple[int, int, tuple[float, float]]] = field(default_factory=list)  # rotation, scale, extent
    judged: dict[int, tuple[bool, bool]] = field(default_factory=dict)  # rotation -> (readable, upright)

    def read(self, text: str, *, labelled: bool, view: View, line: tuple[int, int]) -> None:
        """Note what ``line`` of ``view`` said; a line without the label need not be read again elsewhere
        (one with it may give its number in another band's light and skew)."""
        self.seen |= labelled
        self.texts.append(text)
        self.document = not self.seen and looks_like_document("\n".join(self.texts))
        if not labelled:
            self.places.append((view.rotation, view.page_width_px, view.line_on_page(*line)))

    def read_before(self, view: View, line: tuple[int, int]) -> bool:
        """Whether ``line`` of ``view`` is (mostly) a line already read on this page without a label, the
        same way up and at the same scale (a photographed sheet's band is read larger on purpose)."""
        start, end = view.line_on_page(*line)
        way = view.rotation, view.page_width_px
        for rotation, scale, (seen_start, seen_end) in self.places:
            shared = min(end, seen_end) - max(start, seen_start)
            if (rotation, scale) == way and shared >= SAME_LINE_SHARE * (end - start):
                return True
        return False


def _find_in_view(
    view: View, ocr: OcrEngine, psm: int, rows: list[tuple[int, int]], watch: _LabelWatch, *, again: bool = False
) -> Found | None:
    """OCR ``rows`` of ``view`` in turn (``again``: even those read before) and verify the first
    labelled number found.

    When no single range holds the label and its number but their texts together do
    (lines cut apart oddly), all of them are read again as one block.
    """
    texts = []
    for top, bottom in rows:
        if watch.document:
            return None
        if not again and watch.read_before(view, (top, bottom)):
            continue
        found, line = _read_line(view, ocr, psm, (top, bottom), watch)
        if found is not None:
            return found
        texts.append((top, line.text))
    joined = "\n".join(text for _, text in sorted(texts))
    if len(rows) > 1 and find_labelled_numbers(joined):
        top, bottom = min(r[0] for r in rows), max(r[1] for r in rows)
        return _find_in_view(view, ocr, psm, [(top, bottom)], watch, again=True)
    return None


def _read_line(
    view: View, ocr: OcrEngine, psm: int, line: tuple[int, int], watch: _LabelWatch
) -> tuple[Found | None, OcrResult]:
    """OCR the rows ``line`` (top, bottom) of ``view``: the labelled number there, and what was read.

    A line holding the label alone (the number stacked under it) is read again together
    with the line below it, as one block, so the label finds the number under it.
    """
    top, bottom = line
    image = view.rows(top, bottom)
    result = padded_ocr(ocr, image, psm)
    matches = find_labelled_numbers(result.text, result.boxes)
    if matches:
        return score_match(view, top, image, result, matches, ocr=ocr), result
    labelled = has_label(result.text)
    watch.read(result.text, labelled=labelled, view=view, line=line)
    below = _line_below(view, bottom) if labelled else None
    if below is not None:
        image = view.rows(top, below)
        block = padded_ocr(ocr, image, 6)
        matches = find_labelled_numbers(block.text, block.boxes)
        if matches:
            return score_match(view, top, image, block, matches, ocr=ocr), result
    return None, result


def _line_below(view: View, bottom: int) -> int | None:
    """The bottom row of the text line that starts just below row ``bottom``, if any."""
    for top, end in view.skew.lines:
        if bottom - LINE_MARGIN_PX <= top and end - top >= MIN_LINE_PX and top - bottom < 4 * (end - top):
            return min(view.image.height, end + LINE_MARGIN_PX)
    return None


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
        text_body: the page has a text layer (the caller has looked): when it is a digital page
            with no number in its head, search its whole text for a quoted one (an e-mailed
            letter) before any OCR.
    """
    text_hint = None
    head = read_text_layer(page)
    scanned = (head.match is not None or text_body) and is_scan(page)  # a scanner's OCR layer: a hint only
    if head.match is not None:
        if not scanned:
            exact = NumberReading(head.match.number, ReadMethod.TEXT_LAYER, 1.0, rotation=head.rotation, text=head.text)
            return HeaderRead(exact, True)
        text_hint = head.match.number
    watch = _LabelWatch(seen=head.label_seen)
    if text_body and text_hint is None and not scanned:
        quotes, text = text_body_numbers(page)
        numbers = {quote.number for quote in quotes}
        if len(numbers) == 1:  # an e-mailed letter quoting it: exact
            reference = all(quote.reference for quote in quotes)
            reading = NumberReading(
                numbers.pop(), ReadMethod.TEXT_LAYER, 1.0, where="body", text=text[:200], reference=reference
            )
            return HeaderRead(reading, watch.seen)
        if numbers:  # it quotes several: the exact text says a person must choose, OCR would not know better
            return HeaderRead(None, True, text[:HEADER_TEXT_KEPT])
    if ocr is None:
        return HeaderRead(None, watch.seen)
    for pair in band_pairs(page, thumbnail):
        if watch.document:  # a RIB, an ID card, a Kbis: its head said so, the rest of the search is vain
            break
        found = _search_pair(page, pair, ocr, watch)
        if found is not None:
            return HeaderRead(to_reading(found, where="header", text_hint=text_hint), True)
    return HeaderRead(None, watch.seen, "\n".join(watch.texts)[:HEADER_TEXT_KEPT])


def _search_pair(page: pymupdf.Page, pair: BandPair, ocr: OcrEngine, watch: _LabelWatch) -> Found | None:
    """Search two opposite bands, the first first unless its likeliest line reads as garbage.

    Tesseract reads a line upside down with high confidence but hardly a dictionary
    word: when the first line read of the first band holds almost no known word, the page is
    probably turned, and the second is read before the rest of the first. This costs
    one line, not a whole band. A line of mostly known words says a scan is the right way
    up (its foot need not be searched), but not a photo: a footer read upside down on a
    photographed sheet lying sideways scored 0.7 ("SEEN MATE SON HOTEL"), and its header was never read.
    """
    width_px, second = pair.width_px, pair.second
    view = upright_view(page, *pair.first, upright_width_px=width_px)
    rows = header_lines(view)
    readable = upright = True
    if rows and not watch.read_before(view, rows[0]):
        found, result = _read_line(view, ocr, 6, rows[0], watch)
        if found is not None:
            return found
        readable = result.dictionary_share is None or result.dictionary_share >= PROBE_DICTIONARY_SHARE
        upright = result.dictionary_share is not None and result.dictionary_share >= UPRIGHT_DICTIONARY_SHARE
        watch.judged[view.rotation] = readable, upright
    elif rows:  # its likeliest line was read in an overlapping band: judged then, or not known
        readable, upright = watch.judged.get(view.rotation, (True, False))

    def rest_of_first() -> Found | None:
        return _find_in_view(view, ocr, 6, rows[1:], watch)

    def all_of_second() -> Found | None:
        other = upright_view(page, *second, upright_width_px=width_px)
        return _find_in_view(other, ocr, 6, header_lines(other), watch)

    if watch.document:
        return None
    if upright and rows and not pair.in_photo:  # the scan reads the right way up: the opposite band is its foot
        return rest_of_first()
    for search in (rest_of_first, all_of_second) if readable else (all_of_second, rest_of_first):
        found = search()
        if found is not None:
            return found
    return None


def _the_one_it_is_about(text: str, quoted: list[LabelledNumber]) -> list[LabelledNumber]:
    """The numbers a letter quotes; of several, only the one it is about, if it tells which."""
    about = numbers_it_is_about(text, quoted)
    return [match for match in quoted if match.number in about]


def read_body(page: pymupdf.Page, ocr: OcrEngine) -> NumberReading | None:
    """A procedure number quoted anywhere on ``page`` (a complement's letter), by full-page OCR.

    Costs about a second: called for a few pages of an envelope with no header number.
    A page that reads as text upright and quotes no number is not tried turned; otherwise
    upside-down and sideways pages are retried turned, most likely orientation first.
    """
    rect = page.rect
    rotations = (270, 90, 0, 180) if rect.width > rect.height else (0, 180)
    for rotation in rotations:
        view = upright_view(page, Box(0, 0, 1, 1), rotation, upright_width_px=HEADER_WIDTH_PX)
        if not view.skew.lines:
            continue
        image = view.rows(0, view.image.height)
        result = padded_ocr(ocr, image, 3)
        matches = _the_one_it_is_about(result.text, find_quoted_numbers(result.text)) or find_labelled_numbers(
            result.text, result.boxes
        )
        if matches:
            found = score_match(view, 0, image, result, matches, ocr=ocr, quoted=True)
            return to_reading(found, where="body", text_hint=None)
        if result.dictionary_share is not None and result.dictionary_share >= PROBE_DICTIONARY_SHARE:
            return None
    return None
