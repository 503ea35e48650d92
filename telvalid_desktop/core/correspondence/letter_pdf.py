"""Draw letters to customers as PDF: the letter itself, then its return cover sheet.

The cover sheet's header copies the manager's form (its "boxed, top right" layout): the
label and the number at the same place and size, so the intake's header reader finds
it like a form page's. Under it, on the left, a Data Matrix holds the number for the
intake's code reader (``intake.cover_code``); it sits below the number's text line so
the OCR reads that line on its own. Fonts are PDF base-14 Helvetica (always available,
accents included) written with a text layer, so the letter is searchable and testable.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import pymupdf

from telvalid_desktop.core.correspondence.letter_content import (
    NUMBER_LABEL,
    LetterContent,
    intro,
    long_date,
    refused_line,
)
from telvalid_desktop.intake.cover_code import MODULE_MM, cover_code_modules, cover_code_png

Color = tuple[float, float, float]

WIDTH, HEIGHT = 595.0, 842.0  # A4 in points
MARGIN = 56.0  # the letter's text
FORM_MARGIN = 42.0  # the manager's form: its header box ends there on the right
BLACK: Color = (0.0, 0.0, 0.0)
GREY: Color = (0.4, 0.4, 0.42)
ACCENT: Color = (0.0, 0.32, 0.6)
TINT: Color = (0.92, 0.95, 0.98)
NUMBER_SIZE = 13.0  # the form prints its number at 11-13.5 pt
BOTTOM = HEIGHT - 56.0  # text never goes lower (the footer is under it)
_MM = 72 / 25.4

# The customer's address shows through the window of a French window envelope, DL (220 x 110 mm) or
# C5/6 (229 x 114 mm), whose 100 x 45 mm window is 20 mm from the right edge and 15 mm from the bottom
# (La Poste's standard window). The A4 sheet folded in three (99 mm) slides inside: whatever its
# position, 110-190 mm from the left and 55-84 mm from the top stay in the window (the 85 x 33 mm
# address zone French mailing guides place at 110 mm from the left and 55 mm from the top, made
# narrower and shorter by that play). Nothing else is printed there.
ADDRESS_ZONE = (110 * _MM, 55 * _MM, 190 * _MM, 84 * _MM)
ADDRESS_SIZE = 10.0  # La Poste reads 9 to 12 pt; a long line is set smaller, down to 8 pt
ADDRESS_LEADING = 12.0


@cache
def _font(bold: bool) -> pymupdf.Font:
    return pymupdf.Font("hebo" if bold else "helv")


@cache
def _advance(character: str, bold: bool) -> float:
    return float(_font(bold).glyph_advance(ord(character)))


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width ``Font.text_length`` gives, summed from cached glyph advances: ten times faster, and
    a letter measures thousands of words (its preview is drawn again as the technician ticks)."""
    return size * sum(_advance(character, bold) for character in text)


# French punctuation and quotes stay on the line of the word they follow or precede.
_GLUED = ((" :", "\u00a0:"), (" ;", "\u00a0;"), (" ?", "\u00a0?"), (" !", "\u00a0!"), ("« ", "«\u00a0"),
          (" »", "\u00a0»"))  # fmt: skip


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Words of ``text`` in lines no wider than ``width`` (a word too long stays whole).

    Lines break at ordinary spaces only: a no-break space (in a date, before a colon) holds.
    """
    for loose, glued in _GLUED:
        text = text.replace(loose, glued)
    lines: list[str] = []
    current = ""
    for word in (word for word in text.replace("\n", " ").split(" ") if word):
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold=bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


class _Sheet:
    """One page being drawn: vector graphics first, text on top (one writer per colour)."""

    def __init__(self, document: pymupdf.Document) -> None:
        self.page = document.new_page(width=WIDTH, height=HEIGHT)
        self.shape = self.page.new_shape()
        self._writers: dict[Color, pymupdf.TextWriter] = {}

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float = 10.0,
        bold: bool = False,
        color: Color = BLACK,
        align: str = "left",
    ) -> float:
        """One line, baseline at ``y``; ``x`` is its left, right or centre. Returns its right end."""
        width = text_width(text, size, bold=bold)
        left = {"left": x, "right": x - width, "center": x - width / 2}[align]
        writer = self._writers.setdefault(color, pymupdf.TextWriter(self.page.rect, color=color))
        writer.append((left, y), text, font=_font(bold), fontsize=size)
        return left + width

    def paragraph(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        *,
        size: float = 10.0,
        bold: bool = False,
        color: Color = BLACK,
        leading: float = 1.4,
    ) -> float:
        """``text`` wrapped into ``width`` from baseline ``y``; returns the baseline after the last line."""
        for line in wrap(text, width, size, bold=bold):
            self.text(x, y, line, size=size, bold=bold, color=color)
            y += size * leading
        return y

    def rect(self, rect: tuple[float, float, float, float], *, stroke: Color | None = BLACK,
             fill: Color | None = None, width: float = 0.8) -> None:  # fmt: skip
        self.shape.draw_rect(pymupdf.Rect(rect))
        self.shape.finish(color=stroke, fill=fill, width=width)

    def line(self, x0: float, y0: float, x1: float, y1: float, *, color: Color = ACCENT, width: float = 0.8) -> None:
        self.shape.draw_line((x0, y0), (x1, y1))
        self.shape.finish(color=color, width=width)

    def image(self, rect: tuple[float, float, float, float], png: bytes) -> None:
        self.page.insert_image(pymupdf.Rect(rect), stream=png, keep_proportion=False)

    def finish(self) -> None:
        self.shape.commit()
        for color, writer in self._writers.items():
            writer.write_text(self.page, color=color)


def _mark(sheet: _Sheet, company: str, right: float) -> None:
    """The company's name where the form prints its logo, smaller if it would reach the number's box."""
    size = 13.0
    while size > 7 and text_width(company, size, bold=True) > right - FORM_MARGIN:
        size -= 0.5
    sheet.text(FORM_MARGIN, 36, company, size=size, bold=True, color=ACCENT)


def _number_header(sheet: _Sheet, content: LetterContent) -> None:
    """The company left, and the labelled number boxed top right: the manager form's header, same place."""
    right = WIDTH - FORM_MARGIN
    numbered = f"{NUMBER_LABEL} : {content.procedure_number}"
    box_width = text_width(numbered, NUMBER_SIZE, bold=True) + 16
    _mark(sheet, content.sender.company, right - box_width - 16)
    sheet.rect((right - box_width, 20, right, 42), stroke=ACCENT, width=1.0)
    sheet.text(right - 8, 36, numbered, size=NUMBER_SIZE, bold=True, align="right")


def _footer(sheet: _Sheet, legal: str) -> None:
    sheet.line(MARGIN, HEIGHT - 38, WIDTH - MARGIN, HEIGHT - 38, color=GREY, width=0.4)
    for index, line in enumerate(wrap(legal, WIDTH - 2 * MARGIN, 6.5)):
        sheet.text(WIDTH / 2, HEIGHT - 28 + index * 8, line, size=6.5, color=GREY, align="center")


def _big_number(sheet: _Sheet, content: LetterContent, top: float, *, size: float) -> float:
    """The number in large type in a tinted box, labelled in the letter's language; returns its bottom."""
    text = content.text("number_line")
    height = size * 2.0
    sheet.rect((MARGIN, top, WIDTH - MARGIN, top + height), stroke=ACCENT, fill=TINT, width=1.2)
    sheet.text(WIDTH / 2, top + height / 2 + size * 0.36, text, size=size, bold=True, align="center")
    return top + height


class _Flow:
    """The letter's pages: text flows down and continues on a new page (same header) when full."""

    def __init__(self, document: pymupdf.Document, content: LetterContent) -> None:
        self.document = document
        self.content = content
        self.sheet = self._new_sheet()
        self.y = 0.0

    def _new_sheet(self) -> _Sheet:
        sheet = _Sheet(self.document)
        _number_header(sheet, self.content)
        _footer(sheet, self.content.sender.legal)
        return sheet

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit above the footer."""
        if self.y + height > BOTTOM:
            self.sheet.finish()
            self.sheet = self._new_sheet()
            self.y = 80.0

    def paragraph(self, text: str, *, x: float = MARGIN, size: float = 10.0, bold: bool = False,
                  color: Color = BLACK, after: float = 6.0) -> None:  # fmt: skip
        lines = wrap(text, WIDTH - MARGIN - x, size, bold=bold)
        for line in lines:
            self.need(size * 1.4)
            self.sheet.text(x, self.y, line, size=size, bold=bold, color=color)
            self.y += size * 1.4
        self.y += after

    def bullet(self, text: str, *, detail: str = "", size: float = 10.0) -> None:
        self.need(size * 2.8 if detail else size * 1.4)
        self.sheet.text(MARGIN + 8, self.y, "•", size=size, color=ACCENT)
        self.paragraph(text, x=MARGIN + 20, size=size, after=1.0)
        if detail:
            self.paragraph(detail, x=MARGIN + 20, size=size - 1, color=GREY, after=1.0)
        self.y += 2.0

    def heading(self, text: str) -> None:
        self.need(11 * 1.4 + 30)  # never alone at the foot of a page
        self.y += 6
        self.paragraph(text, size=11, bold=True, color=ACCENT, after=3.0)

    def finish(self) -> None:
        self.sheet.finish()


def _window_address(sheet: _Sheet, lines: Sequence[str]) -> None:
    """The customer's address in the window's zone, from its top left, smaller if a line is too long."""
    left, top, right, _ = ADDRESS_ZONE
    size = ADDRESS_SIZE
    while size > 8 and max(text_width(line, size) for line in lines) > right - left:
        size -= 0.5
    for index, line in enumerate(lines):
        sheet.text(left, top + 1.2 * size + index * ADDRESS_LEADING, line, size=size)  # glyphs inside the zone


def _references(content: LetterContent) -> list[str]:
    """The customer's account and group (and name, when no address shows it in the window)."""
    references = []
    if content.customer_name and not content.postal_address:
        references.append(content.text("cover_customer", name=content.customer_name))
    if content.account:
        references.append(content.text("customer_account", account=content.account))
    if content.telephony_group:
        references.append(content.text("customer_group", group=content.telephony_group))
    return references


def _draw_letter(document: pymupdf.Document, content: LetterContent) -> None:
    flow = _Flow(document, content)
    sheet = flow.sheet
    y = 95.0
    sender = content.sender
    sheet.text(MARGIN, y, sender.company, size=9.5, bold=True)
    for line in (*sender.address, sender.email):
        y += 12
        sheet.text(MARGIN, y, line, size=9)
    if content.postal_address:
        _window_address(sheet, content.postal_address)
    y += 24
    for text in _references(content):  # on the left, under the sender: never in the window
        y = sheet.paragraph(MARGIN, y, ADDRESS_ZONE[0] - MARGIN - 16, text, size=9.5, leading=1.3)
    column, place_y = ADDRESS_ZONE[0], ADDRESS_ZONE[3] + 24
    place = content.text("place_date", city=sender.city, date=long_date(content.written_on, content.language))
    sheet.text(column, place_y, place, size=10)
    flow.y = max(y, place_y) + 36
    subject_key = "subject_reminder" if content.kind == "reminder" else "subject_hold"
    flow.paragraph(content.text(subject_key), size=11, bold=True, after=8)
    flow.y = _big_number(sheet, content, flow.y - 6, size=20) + 30
    flow.paragraph(content.text("salutation"), after=4)
    flow.paragraph(intro(content), after=2)
    if content.missing:
        flow.heading(content.text("missing_heading"))
        for item in content.missing:
            flow.bullet(item.label)
    if content.refused:
        flow.heading(content.text("refused_heading"))
        for item in content.refused:
            detail = content.text("refusal_note", note=item.note) if item.note else ""
            flow.bullet(refused_line(content, item), detail=detail)
    flow.heading(content.text("how_heading"))
    flow.bullet(content.text("how_post"))
    flow.bullet(content.text("how_email"))
    flow.y += 6
    flow.paragraph(content.text("quote_number"), bold=True, after=10)
    flow.paragraph(content.text("closing"), after=14)
    flow.need(12)
    flow.sheet.text(WIDTH - MARGIN, flow.y, sender.signature, size=10, bold=True, align="right")
    flow.finish()


def _draw_cover_sheet(document: pymupdf.Document, content: LetterContent) -> None:
    sheet = _Sheet(document)
    number = content.procedure_number
    _number_header(sheet, content)
    side = cover_code_modules(number) * MODULE_MM * _MM
    code_top = 50.0
    sheet.image((FORM_MARGIN, code_top, FORM_MARGIN + side, code_top + side), cover_code_png(number))
    x = FORM_MARGIN + side + 14
    sheet.text(x, code_top + 30, content.text("cover_title"), size=20, bold=True, color=ACCENT)
    sheet.paragraph(x, code_top + 52, WIDTH - FORM_MARGIN - x, content.text("cover_subtitle"), size=10.5)
    rule = code_top + side + 10
    sheet.line(FORM_MARGIN, rule, WIDTH - FORM_MARGIN, rule, width=1.0)

    y = _big_number(sheet, content, rule + 34, size=24) + 30
    who = [content.text("cover_customer", name=content.customer_name)] if content.customer_name else []
    if content.telephony_group:
        who.append(content.text("customer_group", group=content.telephony_group))
    if who:
        y = sheet.paragraph(MARGIN, y, WIDTH - 2 * MARGIN, " – ".join(who), size=11) + 12
    sheet.text(MARGIN, y, content.text("cover_behind"), size=13, bold=True)
    y += 28
    for item in content.items:
        sheet.rect((MARGIN + 10, y - 11, MARGIN + 23, y + 2), stroke=BLACK, width=1.0)
        label = f"{item.label} – {content.text('cover_again')}" if item.refused else item.label
        y = sheet.paragraph(MARGIN + 34, y, WIDTH - 2 * MARGIN - 34, label, size=13, leading=1.3) + 10
    y += 16
    sheet.text(MARGIN, y, content.text("cover_send_to"), size=12, bold=True)
    y += 20
    for index, line in enumerate((content.sender.company, *content.sender.address)):
        sheet.text(MARGIN + 34, y, line, size=12, bold=index == 0)
        y += 16
    y += 6
    sheet.paragraph(MARGIN, y, WIDTH - 2 * MARGIN, content.text("cover_email"), size=10)
    box_top = BOTTOM - 62
    sheet.rect((MARGIN, box_top, WIDTH - MARGIN, BOTTOM - 8), stroke=None, fill=(0.94, 0.94, 0.94))
    sheet.paragraph(MARGIN + 12, box_top + 20, WIDTH - 2 * MARGIN - 24, content.text("cover_keep_header"),
                    size=9.5, leading=1.35)  # fmt: skip
    _footer(sheet, content.sender.legal)
    sheet.finish()


def letters_pdf(contents: Sequence[LetterContent], *, title: str = "") -> bytes:
    """One PDF holding, for each content, its letter then its return cover sheet."""
    document = pymupdf.open()
    for content in contents:
        _draw_letter(document, content)
        _draw_cover_sheet(document, content)
    document.set_metadata({"title": title, "creator": "TelValid Desktop", "producer": "", "creationDate": "",
                           "modDate": ""})  # fmt: skip
    data = document.tobytes(garbage=3, deflate=True, no_new_id=True)
    document.close()
    return data


def letter_pdf(content: LetterContent) -> bytes:
    """The letter and its cover sheet."""
    return letters_pdf([content], title=f"{NUMBER_LABEL} {content.procedure_number}")
