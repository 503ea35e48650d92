"""Digital PDFs of what customers send: the generated form and the supporting documents.

Every function returns the bytes of a small A4 PDF built with PyMuPDF. The content is
random but seeded: the same ``random.Random`` state gives the same bytes. Pages are full
of digit strings that are *not* the procedure number (customer reference, page numbers,
dates, IBAN, RUM, invoice numbers, phone numbers, MRZ, SIREN...): they are traps for the
reader, which must only take the number that follows a procedure-number label.

Handwriting (signatures, "Fait à ... le ...", handwritten letters) is drawn on a scratch
page and stamped as an image, so it never appears in the text layer, as on paper.
"""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

import pymupdf

A4 = (595.0, 842.0)
MARGIN = 42.0
# The header band of the generated form ends above this y (10 % of the page height).
HEADER_BAND_PT = 84.0

Color = tuple[float, float, float]
RectLike = Sequence[float] | pymupdf.Rect
BLACK: Color = (0.0, 0.0, 0.0)
DARK: Color = (0.2, 0.2, 0.22)
GREY: Color = (0.45, 0.45, 0.47)
LIGHT: Color = (0.9, 0.9, 0.91)
WHITE: Color = (1.0, 1.0, 1.0)
INKS: tuple[Color, ...] = ((0.05, 0.1, 0.45), (0.08, 0.08, 0.1), (0.1, 0.15, 0.55))

# Labels the generated form has used over the years (the reader must accept them all).
LABELS: tuple[str, ...] = (
    "Numéro de procédure",
    "N° de procédure",
    "No de procédure",
    "Procédure n°",
    "Procedure number",
    "NUMERO DE PROCEDURE",
)

OPERATOR = "Nuvéa Télécom"
OPERATOR_ADDRESS = (
    "Service Validation Téléphonie",
    "2 rue des Frères Lumière",
    "BP 80157",
    "59053 Roubaix Cedex 1",
)
OPERATOR_LEGAL = (
    "Nuvéa Télécom SAS au capital de 10 174 560 € – 2 rue des Frères Lumière 59100 Roubaix – "
    "RCS Lille Métropole 512 340 987 – TVA FR 22 512 340 987 – Code APE 6110Z"
)
OPERATOR_ICS = "FR47ZZZ481516"
SUPPORT_PHONE = "09 72 10 10 07"

# ---------------------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------------------

# font key -> (DejaVu file, base-14 fallback)
_FONT_FILES: dict[str, tuple[str, str]] = {
    "sans": ("DejaVuSans.ttf", "helv"),
    "sans-bold": ("DejaVuSans-Bold.ttf", "hebo"),
    "cond": ("DejaVuSansCondensed.ttf", "helv"),
    "cond-bold": ("DejaVuSansCondensed-Bold.ttf", "hebo"),
    "serif": ("DejaVuSerif.ttf", "tiro"),
    "serif-bold": ("DejaVuSerif-Bold.ttf", "tibo"),
    "serif-italic": ("DejaVuSerif-Italic.ttf", "tiit"),
    "oblique": ("DejaVuSans-Oblique.ttf", "heit"),
    "cond-oblique": ("DejaVuSansCondensed-Oblique.ttf", "heit"),
    "mono": ("DejaVuSansMono.ttf", "cour"),
    "mono-bold": ("DejaVuSansMono-Bold.ttf", "cobo"),
}
_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF")
# Characters the base-14 fonts (Latin-1) cannot show.
_LATIN1_FALLBACK = str.maketrans({"—": "-", "–": "-", "’": "'", "€": "EUR", "…": "...", "\u202f": " "})


@functools.cache
def _font_buffer(key: str) -> bytes | None:
    """The TTF bytes for a font key, or None when DejaVu is not installed (base-14 fallback)."""
    filename = _FONT_FILES[key][0]
    for folder in _FONT_DIRS:
        path = Path(folder) / filename
        if path.is_file():
            return path.read_bytes()
    found = (
        next(Path("/usr/share/fonts").rglob(filename), None) if Path("/usr/share/fonts").is_dir() else None
    )
    return found.read_bytes() if found else None


@functools.cache
def _font(key: str) -> pymupdf.Font:
    """A PyMuPDF Font object, for measuring text."""
    buffer = _font_buffer(key)
    return pymupdf.Font(fontbuffer=buffer) if buffer else pymupdf.Font(_FONT_FILES[key][1])


def _printable(key: str, text: str) -> str:
    """``text`` with the characters a base-14 fallback font lacks replaced."""
    return text if _font_buffer(key) else text.translate(_LATIN1_FALLBACK)


@functools.cache
def _advance(font: str, char: str) -> float:
    """Advance width of one character at size 1."""
    return _font(font).glyph_advance(ord(char))


def text_width(text: str, size: float, font: str = "sans") -> float:
    """Width in points of ``text`` set in ``font`` at ``size`` (no kerning, like the writer)."""
    return size * sum(_advance(font, char) for char in _printable(font, text))


# ---------------------------------------------------------------------------------------
# Drawing helpers
# ---------------------------------------------------------------------------------------


class Canvas:
    """Draws on one page: text (with a text layer) and vector graphics kept under the text."""

    def __init__(self, page: pymupdf.Page) -> None:
        self.page = page
        self.shape = page.new_shape()
        self._writers: dict[Color, pymupdf.TextWriter] = {}

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float = 9.0,
        font: str = "sans",
        color: Color = BLACK,
        align: Literal["left", "right", "center"] = "left",
    ) -> float:
        """Write one line with its baseline at ``y``; ``x`` is the left, right or centre point.

        Returns the x where the text ends.
        """
        width = text_width(text, size, font)
        left = {"left": x, "right": x - width, "center": x - width / 2}[align]
        writer = self._writers.get(color)
        if writer is None:
            writer = self._writers[color] = pymupdf.TextWriter(self.page.rect)
        writer.append((left, y), _printable(font, text), font=_font(font), fontsize=size)
        return left + width

    def paragraph(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        *,
        size: float = 8.0,
        font: str = "sans",
        color: Color = BLACK,
        leading: float = 1.3,
    ) -> float:
        """Word-wrap ``text`` into ``width`` from baseline ``y``; returns the y under the last line."""
        for line in wrap_words(text, width, size, font):
            self.text(x, y, line, size=size, font=font, color=color)
            y += size * leading
        return y

    def rect(
        self,
        rect: RectLike,
        *,
        stroke: Color | None = BLACK,
        fill: Color | None = None,
        width: float = 0.6,
        radius: float | None = None,
        dashes: str | None = None,
    ) -> None:
        """A rectangle (x0, y0, x1, y1), optionally filled and rounded."""
        self.shape.draw_rect(pymupdf.Rect(rect), radius=radius)
        self.shape.finish(color=stroke, fill=fill, width=width, dashes=dashes)

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        *,
        width: float = 0.5,
        color: Color = BLACK,
        dashes: str | None = None,
    ) -> None:
        """A straight line."""
        self.shape.draw_line((x0, y0), (x1, y1))
        self.shape.finish(color=color, width=width, dashes=dashes)

    def ellipse(self, rect: RectLike, *, fill: Color, stroke: Color | None = None) -> None:
        """A filled ellipse inside ``rect``."""
        self.shape.draw_oval(pymupdf.Rect(rect))
        self.shape.finish(color=stroke, fill=fill, width=0.5)

    def checkbox(self, x: float, y: float, label: str, *, checked: bool = False, size: float = 8.0) -> float:
        """A square box with ``label`` on its right, baseline ``y``; a cross when ``checked``."""
        box = (x, y - size + 1, x + size, y + 1)
        self.rect(box, width=0.7)
        if checked:
            self.line(box[0] + 1.5, box[1] + 1.5, box[2] - 1.5, box[3] - 1.5, width=1.1)
            self.line(box[0] + 1.5, box[3] - 1.5, box[2] - 1.5, box[1] + 1.5, width=1.1)
        return self.text(x + size + 4, y, label, size=size)

    def cells(
        self, x: float, y: float, text: str, *, cell: float = 11.0, size: float = 9.0, group: int = 0
    ) -> float:
        """One character per box (IBAN, BIC); a gap after every ``group`` characters."""
        for i, char in enumerate(text):
            if group and i and i % group == 0:
                x += cell * 0.4
            self.rect((x, y - size - 2.5, x + cell, y + 3.5), width=0.5, stroke=GREY)
            self.text(x + cell / 2, y, char, size=size, font="mono", align="center")
            x += cell
        return x

    def field(
        self,
        x: float,
        y: float,
        width: float,
        label: str,
        value: str,
        *,
        size: float = 9.0,
        font: str = "sans",
    ) -> None:
        """A form field: small grey label above a dotted line carrying the value."""
        self.text(x, y - size - 3, label, size=6.5, color=GREY)
        self.text(x + 2, y, value, size=size, font=font)
        self.line(x, y + 2.5, x + width, y + 2.5, width=0.4, color=GREY, dashes="[1 1.5] 0")

    def section(self, y: float, title: str, *, accent: Color, height: float) -> float:
        """A framed section with a tinted title bar; returns the first baseline inside it."""
        x0, x1 = MARGIN, A4[0] - MARGIN
        self.rect((x0, y, x1, y + height), stroke=GREY, width=0.6)
        self.rect((x0, y, x1, y + 13), stroke=None, fill=_tint(accent, 0.85))
        self.text(x0 + 5, y + 9.5, title, size=8.5, font="sans-bold", color=_tint(accent, -0.3))
        return y + 32

    def finish(self) -> None:
        """Write everything drawn so far into the page: graphics first, text on top."""
        self.shape.commit()
        for color, writer in self._writers.items():
            writer.write_text(self.page, color=color)
        self._writers.clear()


def wrap_words(text: str, width: float, size: float, font: str) -> Iterator[str]:
    """Split ``text`` into lines no wider than ``width``."""
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, size, font) > width:
            yield line
            line = word
        else:
            line = candidate
    if line:
        yield line


def _tint(color: Color, amount: float) -> Color:
    """Mix ``color`` with white (amount > 0) or black (amount < 0)."""
    if amount >= 0:
        return tuple(c + (1 - c) * amount for c in color)  # type: ignore[return-value]
    return tuple(c * (1 + amount) for c in color)  # type: ignore[return-value]


class Ink:
    """Handwriting and signatures: drawn on a scratch page, stamped on the real page as an image.

    Characters are set one by one with a slant, a small rotation, baseline and size jitter,
    so the result looks written rather than typed, and no text layer is produced.
    """

    def __init__(self, rng: random.Random, *, color: Color | None = None, font: str | None = None) -> None:
        self.rng = rng
        self.color = color or rng.choice(INKS)
        self.font = font or rng.choice(("serif-italic", "oblique", "cond-oblique"))
        self.slant = rng.uniform(0.12, 0.32)
        self.doc = pymupdf.open()
        self.scratch = self.doc.new_page(width=A4[0], height=A4[1])
        self.canvas = Canvas(self.scratch)
        self.areas: list[pymupdf.Rect] = []

    def _grow(self, rect: pymupdf.Rect) -> None:
        """Remember where ink was put, merging overlapping areas."""
        rect = rect & self.scratch.rect
        for i, area in enumerate(self.areas):
            if area.intersects(rect):
                self.areas.pop(i)
                self._grow(area | rect)
                return
        self.areas.append(rect)

    def write(self, x: float, y: float, text: str, *, size: float = 12.0) -> float:
        """Handwrite one line from (x, baseline y); returns the x where it ends."""
        rng = self.rng
        drift = rng.uniform(-0.03, 0.03)  # lines go slightly up or down
        start, font = x, _font(self.font)
        for word in text.split(" "):
            writer = pymupdf.TextWriter(self.scratch.rect)
            origin = pymupdf.Point(x, y + (x - start) * drift)
            for char in _printable(self.font, word):
                char_size = size * rng.uniform(0.92, 1.08)
                writer.append((x, origin.y + rng.uniform(-0.6, 0.6)), char, font=font, fontsize=char_size)
                x += _advance(self.font, char) * char_size * rng.uniform(0.9, 1.1)
            tilt = pymupdf.Matrix(1, 0, -self.slant, 1, 0, 0) * pymupdf.Matrix(rng.uniform(-3, 3))
            writer.write_text(self.scratch, color=self.color, morph=(origin, tilt))
            x += size * rng.uniform(0.28, 0.42)
        self._grow(
            pymupdf.Rect(start - 4, y - size * 1.4, x + size, y + size * 0.7 + abs(drift) * (x - start))
        )
        return x

    def paragraph(
        self, x: float, y: float, width: float, text: str, *, size: float = 12.0, leading: float = 1.55
    ) -> float:
        """Handwrite ``text`` wrapped into ``width``; returns the baseline after the last line."""
        for line in wrap_words(text, width * 0.9, size, self.font):
            self.write(x + self.rng.uniform(-2, 2), y, line, size=size)
            y += size * leading
        return y

    def signature(self, rect: RectLike) -> None:
        """A signature: a looping cursive scrawl across ``rect`` and an underline flourish."""
        rng = self.rng
        box = pymupdf.Rect(rect)
        shape = self.canvas.shape
        mid, amp = box.y0 + box.height * 0.55, box.height * 0.32
        point = pymupdf.Point(box.x0 + box.width * rng.uniform(0.02, 0.12), mid + amp * rng.uniform(0, 0.6))
        # a capital: one tall loop
        top = pymupdf.Point(point.x + box.width * 0.06, box.y0 + box.height * rng.uniform(0.02, 0.2))
        shape.draw_bezier(point, point + (-10, -amp), top + (-14, 0), top)
        shape.draw_bezier(top, top + (10, 0), point + (12, amp * 0.8), point + (box.width * 0.08, 0))
        point = point + (box.width * 0.08, 0)
        while point.x < box.x0 + box.width * rng.uniform(0.7, 0.85):
            step = box.width * rng.uniform(0.04, 0.1)
            nxt = pymupdf.Point(point.x + step, mid + amp * rng.uniform(-0.4, 0.5))
            loop = rng.uniform(0.4, 1.6)  # control points pulled backwards make loops
            shape.draw_bezier(
                point, point + (step * 0.6, -amp * loop), nxt + (-step * loop, -amp * loop * 0.8), nxt
            )
            point = nxt
        y_flourish = box.y0 + box.height * rng.uniform(0.75, 0.95)
        shape.draw_bezier(
            point,
            point + (box.width * 0.1, amp),
            (box.x0 + box.width * 0.5, y_flourish + rng.uniform(-4, 6)),
            (box.x0 + box.width * rng.uniform(0.05, 0.25), y_flourish + rng.uniform(-3, 3)),
        )
        shape.finish(color=self.color, width=rng.uniform(0.7, 1.3), closePath=False, lineCap=1, lineJoin=1)
        self._grow(box + (-30, -30, 30, 30))

    def stamp(self, page: pymupdf.Page, *, dpi: int = 200) -> None:
        """Rasterise the ink (transparent background) and place it on ``page``."""
        self.canvas.finish()
        for clip in self.areas:
            pix = self.scratch.get_pixmap(dpi=dpi, clip=clip, alpha=True)
            page.insert_image(clip, pixmap=pix)


# ---------------------------------------------------------------------------------------
# Random data
# ---------------------------------------------------------------------------------------

_FIRST_NAMES = {
    "M": (
        "Jean",
        "Pierre",
        "Nicolas",
        "Thomas",
        "Julien",
        "Laurent",
        "Stéphane",
        "Philippe",
        "Karim",
        "Mehdi",
        "Antoine",
        "Mathieu",
        "François",
        "Olivier",
        "Sébastien",
        "Yannick",
        "Jean-Marc",
    ),
    "F": (
        "Marie",
        "Nathalie",
        "Isabelle",
        "Sophie",
        "Camille",
        "Émilie",
        "Céline",
        "Aurélie",
        "Sandrine",
        "Fatima",
        "Julie",
        "Hélène",
        "Chloé",
        "Léa",
        "Manon",
        "Anne-Sophie",
        "Françoise",
    ),
}
_LAST_NAMES = (
    "Martin",
    "Bernard",
    "Dubois",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Guérin",
    "Muller",
    "Roussel",
    "Perrin",
    "Morin",
    "Clément",
    "Gauthier",
    "Fontaine",
    "Chevalier",
    "N'Diaye",
    "Benali",
    "Le Goff",
    "Da Silva",
    "Nguyen",
    "Lemaître",
    "Deschamps-Moreau",
)
_STREETS = (
    "rue des Lilas",
    "avenue Victor Hugo",
    "rue de la République",
    "boulevard Jean Jaurès",
    "avenue du Général de Gaulle",
    "rue Pasteur",
    "rue des Écoles",
    "place de la Gare",
    "chemin du Moulin",
    "rue Saint-Michel",
    "quai de Verdun",
    "allée des Acacias",
    "rue Gambetta",
    "impasse Voltaire",
    "boulevard Émile Zola",
    "rue des Tanneurs",
    "quai du Port",
    "route de Paris",
)
_CITIES = (
    ("75011", "Paris"),
    ("69003", "Lyon"),
    ("13008", "Marseille"),
    ("31000", "Toulouse"),
    ("33000", "Bordeaux"),
    ("59000", "Lille"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("34000", "Montpellier"),
    ("35000", "Rennes"),
    ("06000", "Nice"),
    ("21000", "Dijon"),
    ("29200", "Brest"),
    ("38000", "Grenoble"),
    ("51100", "Reims"),
    ("76000", "Rouen"),
    ("87000", "Limoges"),
    ("63000", "Clermont-Ferrand"),
    ("97400", "Saint-Denis"),
    ("92100", "Boulogne-Billancourt"),
)
_COMPANIES = (
    "Boulangerie {last}",
    "Cabinet {last} & Associés",
    "Garage du Centre",
    "Transports {last}",
    "Pharmacie de la Gare",
    "Agence ImmoPlus",
    "Menuiserie {last}",
    "Clinique vétérinaire des Acacias",
    "Studio Pixel",
    "Café des Sports",
    "Atelier Numérique",
    "Plomberie {last}",
    "Expertise Comptable {last}",
    "Auto-École du Parc",
    "Hôtel Beau Rivage",
    "Cabinet dentaire {last}",
)
_LEGAL_FORMS = ("SARL", "SAS", "SASU", "EURL", "SA", "SNC")
# (bank, bank code, BIC8)
_BANKS = (
    ("BNP Paribas", "30004", "BNPAFRPP"),
    ("Société Générale", "30003", "SOGEFRPP"),
    ("Crédit Agricole Centre-Est", "17806", "AGRIFRPP"),
    ("LCL", "30002", "CRLYFRPP"),
    ("La Banque Postale", "20041", "PSSTFRPP"),
    ("Caisse d'Épargne Île-de-France", "17515", "CEPAFRPP"),
    ("CIC", "30066", "CMCIFRPP"),
    ("Crédit Mutuel", "10278", "CMCIFR2A"),
    ("Boursorama", "40618", "BOUSFRPP"),
)
_OFFERS = ("Pack Voix Pro", "Trunk SIP Essentiel", "Standard cloud PME", "Lignes fixes Entreprise")


def random_procedure_number(rng: random.Random, length: int | None = None) -> str:
    """A procedure number: 6 to 10 digits (mostly 8), never starting with 0."""
    if length is None:
        length = rng.choices((6, 7, 8, 9, 10), weights=(1, 2, 14, 2, 1))[0]
    if not 6 <= length <= 10:
        raise ValueError(f"procedure numbers have 6 to 10 digits, not {length}")
    return str(rng.randint(1, 9)) + digits(rng, length - 1)


def digits(rng: random.Random, count: int, *, avoid: str = "") -> str:
    """``count`` random digits, never equal to (or containing) ``avoid``."""
    while True:
        value = "".join(rng.choice("0123456789") for _ in range(count))
        if not avoid or avoid not in value:
            return value


def phone_number(rng: random.Random, *, mobile: bool | None = None) -> str:
    """A French phone number written in pairs: ``01 84 88 12 34``."""
    if mobile is None:
        mobile = rng.random() < 0.4
    prefix = rng.choice("67") if mobile else rng.choice("123459")
    return "0" + prefix + " " + " ".join(digits(rng, 2) for _ in range(4))


def random_date(rng: random.Random, *, start: date = date(2026, 1, 5), days: int = 80) -> date:
    """A date in the first quarter of 2026 (by default)."""
    return start + timedelta(days=rng.randrange(days))


def fr_date(day: date) -> str:
    """``12/03/2026``."""
    return day.strftime("%d/%m/%Y")


def _iban(rng: random.Random, bank_code: str) -> str:
    """A French IBAN with a valid RIB key and valid check digits."""
    branch, account = digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank_code) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank_code}{branch}{account}{key:02d}"
    check = 98 - int(bban + "152700") % 97
    return f"FR{check:02d}{bban}"


def grouped_iban(iban: str) -> str:
    """``FR76 3000 6000 0112 3456 7890 189``."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _siren(rng: random.Random) -> str:
    """A 9-digit SIREN passing the Luhn check, as real ones do."""
    while True:
        body = str(rng.randint(3, 9)) + digits(rng, 8)
        total = 0
        for i, char in enumerate(reversed(body)):
            value = int(char) * (2 if i % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return body


@dataclass(frozen=True)
class Customer:
    """A telephony customer: an individual or a company, with its group, account and bank."""

    name: str  # holder as printed: "M. Jean Dupont" or "SARL Boulangerie Martin"
    first_name: str  # the person (holder, or the company's legal representative)
    last_name: str
    sex: Literal["M", "F"]
    birth_date: date
    address: str  # street line
    postcode: str
    city: str
    company: str | None  # None for an individual
    siren: str | None
    telephony_group: str  # grp-tel-483921
    account: str  # ab12345-ovh
    bank: str
    iban: str
    bic: str
    phone: str
    payment_method: Literal["direct_debit", "cheque"]

    @property
    def is_company(self) -> bool:
        """True for a company (a Kbis is then required)."""
        return self.company is not None

    @property
    def person(self) -> str:
        """``Jean DUPONT``."""
        return f"{self.first_name} {self.last_name.upper()}"

    @property
    def city_line(self) -> str:
        """``69003 Lyon``."""
        return f"{self.postcode} {self.city}"


def random_customer(
    rng: random.Random, *, company: bool | None = None, payment_method: str | None = None
) -> Customer:
    """A random customer; about a third are companies and a quarter pay by cheque."""
    sex: Literal["M", "F"] = rng.choice(("M", "F"))
    first, last = rng.choice(_FIRST_NAMES[sex]), rng.choice(_LAST_NAMES)
    is_company = rng.random() < 0.35 if company is None else company
    company_name = None
    if is_company:
        company_name = f"{rng.choice(_LEGAL_FORMS)} {rng.choice(_COMPANIES).format(last=last)}"
    bank, bank_code, bic8 = rng.choice(_BANKS)
    postcode, city = rng.choice(_CITIES)
    method = payment_method or ("cheque" if rng.random() < 0.25 else "direct_debit")
    letters = "abcdefghijklmnopqrstuvwxyz"
    return Customer(
        name=company_name or f"{'M.' if sex == 'M' else 'Mme'} {first} {last}",
        first_name=first,
        last_name=last,
        sex=sex,
        birth_date=date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 50)),
        address=f"{rng.randint(1, 180)}{rng.choice(['', '', '', ' bis'])} {rng.choice(_STREETS)}",
        postcode=postcode,
        city=city,
        company=company_name,
        siren=_siren(rng) if is_company else None,
        telephony_group=f"grp-tel-{digits(rng, 6)}",
        account=f"{rng.choice(letters)}{rng.choice(letters)}{digits(rng, 5)}-ovh",
        bank=bank,
        iban=_iban(rng, bank_code),
        bic=bic8 + rng.choice(("XXX", "XXX", "PAR", "LYO", "282")),
        phone=phone_number(rng),
        payment_method=method,  # type: ignore[arg-type]
    )


Drawing = Callable[[Canvas, Ink], None]


def build_pdf(pages: Sequence[Drawing], rng: random.Random, *, ink_color: Color | None = None) -> bytes:
    """An A4 PDF with one page per drawing function; each gets a canvas and a hand (ink).

    Fonts are subset and no random file ID is written, so the bytes are deterministic.
    """
    doc = pymupdf.open()
    for draw in pages:
        page = doc.new_page(width=A4[0], height=A4[1])
        canvas = Canvas(page)
        ink = Ink(rng, color=ink_color)
        draw(canvas, ink)
        canvas.finish()
        ink.stamp(page)
    doc.subset_fonts()
    doc.set_metadata(
        {"producer": "telvalid test generator", "creator": "", "creationDate": "", "modDate": ""}
    )
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


# ---------------------------------------------------------------------------------------
# The generated form
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _FormStyle:
    """What varies between versions of the manager's form template."""

    font: str  # "sans" or "cond"
    accent: Color
    header_layout: int  # 0: number on the left, 1: number boxed top right, 2: number centred
    number_size: float
    separator: str  # between label and number


def _form_style(rng: random.Random) -> _FormStyle:
    return _FormStyle(
        font=rng.choice(("sans", "sans", "cond")),
        accent=rng.choice(((0.0, 0.32, 0.6), (0.05, 0.45, 0.45), (0.45, 0.1, 0.35), (0.1, 0.1, 0.1))),
        header_layout=rng.randrange(3),
        number_size=rng.uniform(11.0, 13.5),
        separator=rng.choice((" : ", " : ", ": ", " ", "  :  ", "\u00a0: ", " :\u00a0")),
    )


@dataclass(frozen=True)
class _HeaderTraps:
    """Digit strings printed in the form's header band that are not the procedure number."""

    edited: str
    customer_ref: str
    support: str | None


def _logo(canvas: Canvas, x: float, y: float, accent: Color, *, small: bool = False) -> float:
    """The operator's logo at (x, top y); returns its right edge."""
    scale = 0.8 if small else 1.0
    w, h = 96 * scale, 24 * scale
    canvas.rect((x, y, x + w, y + h), stroke=None, fill=accent, radius=0.25)
    canvas.text(x + 8 * scale, y + 17 * scale, "nuvéa", size=15 * scale, font="sans-bold", color=WHITE)
    canvas.text(x + w + 5, y + 10 * scale, "télécom", size=8 * scale, font="sans-bold", color=accent)
    canvas.text(x + w + 5, y + 19 * scale, "Entreprises", size=7 * scale, color=GREY)
    return x + w + 60 * scale


def _form_header(
    canvas: Canvas, style: _FormStyle, label: str, number: str, traps: _HeaderTraps, *, page: int, pages: int
) -> None:
    """The header band (top 10 %): the labelled number and the traps around it."""
    right = A4[0] - MARGIN
    bold = f"{style.font}-bold"
    numbered = f"{label}{style.separator}{number}"
    page_text = f"Page {page}/{pages}"
    ref_text = f"Réf. client : {traps.customer_ref}"
    edited_text = f"Édité le {traps.edited}"
    size = style.number_size
    if style.header_layout == 0:
        _logo(canvas, MARGIN, 24, style.accent)
        canvas.text(right, 32, edited_text, size=7.5, font=style.font, align="right")
        canvas.text(right, 43, page_text, size=7.5, font=style.font, align="right")
        canvas.text(MARGIN, 68, numbered, size=size, font=bold)
        canvas.text(right, 68, ref_text, size=8, font=style.font, align="right")
        if traps.support:
            canvas.text(
                right, 56, f"Assistance : {traps.support}", size=7, font=style.font, color=GREY, align="right"
            )
    elif style.header_layout == 1:
        _logo(canvas, MARGIN, 22, style.accent, small=True)
        width = text_width(numbered, size, bold) + 16
        canvas.rect((right - width, 20, right, 42), stroke=style.accent, width=1.0)
        canvas.text(right - 8, 36, numbered, size=size, font=bold, align="right")
        line = f"{ref_text}     {edited_text}     {page_text}"
        canvas.text(MARGIN, 62, line, size=8, font=style.font)
        if traps.support:
            canvas.text(right, 62, f"Tél. {traps.support}", size=7.5, font=style.font, align="right")
    else:
        canvas.text(MARGIN, 30, f"{OPERATOR} – Espace client", size=8, font=bold, color=style.accent)
        canvas.text(right, 30, page_text, size=8, font=style.font, align="right")
        canvas.text(A4[0] / 2, 52, numbered, size=size + 0.5, font=bold, align="center")
        canvas.text(MARGIN, 70, edited_text, size=7.5, font=style.font)
        canvas.text(right, 70, ref_text, size=7.5, font=style.font, align="right")
        if traps.support:
            canvas.text(
                A4[0] / 2, 70, f"Support {traps.support}", size=7, font=style.font, color=GREY, align="center"
            )
    canvas.line(MARGIN, 77, right, 77, width=0.8, color=style.accent)


def _form_footer(canvas: Canvas, style: _FormStyle, version: str) -> None:
    y = A4[1] - 30
    canvas.line(MARGIN, y - 10, A4[0] - MARGIN, y - 10, width=0.4, color=GREY)
    for line in wrap_words(OPERATOR_LEGAL, A4[0] - 2 * MARGIN, 6, style.font):
        canvas.text(A4[0] / 2, y, line, size=6, font=style.font, color=GREY, align="center")
        y += 7.5
    canvas.text(A4[0] - MARGIN, A4[1] - 12, version, size=5.5, font=style.font, color=GREY, align="right")


def _signature_box(
    canvas: Canvas, ink: Ink, y: float, customer: Customer, *, signed_on: date, title: str
) -> float:
    """Framed "Fait à ... le ..." and signature area, filled in by hand; returns its bottom."""
    x0, x1 = MARGIN, A4[0] - MARGIN
    height = 92
    canvas.rect((x0, y, x1, y + height), stroke=GREY, width=0.6)
    canvas.text(x0 + 6, y + 18, "Fait à", size=9)
    canvas.line(x0 + 36, y + 20, x0 + 170, y + 20, width=0.4, color=GREY, dashes="[1 1.5] 0")
    canvas.text(x0 + 175, y + 18, "le", size=9)
    canvas.line(x0 + 188, y + 20, x0 + 270, y + 20, width=0.4, color=GREY, dashes="[1 1.5] 0")
    canvas.text(x0 + 300, y + 14, title, size=7.5, color=GREY)
    canvas.text(x0 + 300, y + 24, "précédée de la mention « Lu et approuvé »", size=6.5, color=GREY)
    canvas.rect((x0 + 296, y + 30, x1 - 6, y + height - 6), stroke=LIGHT, width=0.5)
    ink.write(x0 + 42, y + 17, customer.city, size=11)
    ink.write(x0 + 192, y + 17, fr_date(signed_on), size=10.5)
    ink.write(x0 + 304, y + 44, "Lu et approuvé", size=10)
    ink.signature((x0 + 320, y + 44, x1 - 30, y + height - 8))
    return y + height


def _form_page_details(canvas: Canvas, ink: Ink, style: _FormStyle, form: _FormData) -> None:
    """Page 1 body: holder, telephony group, bank details, payment method, checklist, signature."""
    c, font = form.customer, style.font
    x0, x1 = MARGIN, A4[0] - MARGIN
    half = (x1 - x0) / 2
    canvas.text(
        x0, 104, "Procédure de validation de compte — Groupe téléphonie", size=14, font=f"{font}-bold"
    )
    y = canvas.paragraph(
        x0,
        119,
        x1 - x0,
        f"Ce document a été généré depuis votre espace client le {form.edited} à {form.time}. Imprimez-le, "
        "vérifiez les informations, datez et signez les deux pages, puis renvoyez-le avec les pièces "
        f"justificatives à {OPERATOR}, {', '.join(OPERATOR_ADDRESS)}, en rappelant le numéro de procédure "
        "dans toute correspondance.",
        size=7.5,
        font=font,
        color=DARK,
    )
    y = canvas.section(y + 2, "1. Titulaire du compte", accent=style.accent, height=92)
    canvas.field(x0 + 8, y, half - 16, "Nom / Raison sociale", c.name)
    canvas.field(
        x0 + half + 8, y, half - 16, "SIREN" if c.siren else "Né(e) le", c.siren or fr_date(c.birth_date)
    )
    canvas.field(x0 + 8, y + 26, half - 16, "Adresse", c.address)
    canvas.field(x0 + half + 8, y + 26, half - 16, "Code postal / Ville", c.city_line)
    canvas.field(x0 + 8, y + 52, half - 16, "Téléphone de contact", c.phone)
    canvas.field(
        x0 + half + 8,
        y + 52,
        half - 16,
        "Représentant légal" if c.company else "E-mail",
        c.person if c.company else f"{c.first_name.lower()}.{c.last_name.lower()}@exemple.fr",
    )
    y = canvas.section(y + 70, "2. Groupe téléphonie", accent=style.accent, height=92)
    canvas.field(x0 + 8, y, half - 16, "Nom du groupe", c.telephony_group, font="mono")
    canvas.field(x0 + half + 8, y, half - 16, "Identifiant client", c.account, font="mono")
    canvas.field(x0 + 8, y + 26, half - 16, "Offre", f"{form.offer} – {form.lines} lignes")
    canvas.field(x0 + half + 8, y + 26, half - 16, "Lignes du groupe", ", ".join(form.line_numbers))
    canvas.field(
        x0 + 8, y + 52, half - 16, "Dernière facture", f"Facture n° {form.invoice} du {form.invoice_date}"
    )
    canvas.field(x0 + half + 8, y + 52, half - 16, "Contrat", f"CT-{form.contract}")
    y = canvas.section(y + 70, "3. Coordonnées bancaires (RIB)", accent=style.accent, height=78)
    canvas.text(x0 + 8, y - 6, "IBAN", size=6.5, color=GREY)
    canvas.cells(x0 + 8, y + 8, c.iban, cell=13.2, size=9, group=4)
    canvas.text(x0 + 8, y + 25, "BIC", size=6.5, color=GREY)
    end = canvas.cells(x0 + 8, y + 39, c.bic, cell=13.2, size=9)
    canvas.field(end + 20, y + 39, x1 - end - 28, "Domiciliation", c.bank)
    y = canvas.section(y + 56, "4. Mode de paiement", accent=style.accent, height=64)
    cheque = c.payment_method == "cheque"
    canvas.checkbox(
        x0 + 10, y - 4, "Prélèvement SEPA automatique (renouvellement mensuel)", checked=not cheque
    )
    canvas.checkbox(
        x0 + 10, y + 10, "Chèque à l'ordre de Nuvéa Télécom (joindre un chèque barré)", checked=cheque
    )
    canvas.text(
        x0 + 10,
        y + 25,
        "Après validation, le groupe peut consommer jusqu'à 150 € HT par mois hors forfait.",
        size=7,
        color=GREY,
    )
    y += 44
    canvas.text(x0, y, "Pièces à joindre :", size=8, font=f"{font}-bold")
    pieces = ["Copie recto verso d'une pièce d'identité du titulaire", "Relevé d'identité bancaire (RIB)"]
    if c.company:
        pieces.append("Extrait Kbis de moins de 3 mois")
    if cheque:
        pieces.append("Chèque barré")
    for i, piece in enumerate(pieces):
        canvas.checkbox(x0 + 8 + (i % 2) * half, y + 13 + (i // 2) * 12, piece, size=7.5)
    bottom = _signature_box(
        canvas, ink, y + 40, c, signed_on=form.signed, title="Signature du titulaire du compte"
    )
    _office_box(canvas, bottom + 14, style)


def _office_box(canvas: Canvas, y: float, style: _FormStyle) -> None:
    """The dashed "reserved for the operator" box that technicians fill in."""
    x0, x1 = MARGIN, A4[0] - MARGIN
    canvas.rect((x0, y, x1, y + 52), stroke=GREY, width=0.5, dashes="[3 2] 0")
    canvas.text(x0 + 6, y + 11, f"Cadre réservé à {OPERATOR}", size=7, font=f"{style.font}-bold", color=GREY)
    canvas.text(x0 + 6, y + 27, "Dossier reçu le : ____ / ____ / ________", size=7.5, color=GREY)
    canvas.text(x0 + 220, y + 27, "Technicien : ______________", size=7.5, color=GREY)
    canvas.checkbox(x0 + 6, y + 43, "Complet", size=7)
    canvas.checkbox(x0 + 80, y + 43, "Mis en attente – pièces manquantes : ______________________", size=7)


def _form_page_mandate(canvas: Canvas, ink: Ink, style: _FormStyle, form: _FormData) -> None:
    """Page 2 body: the SEPA direct debit mandate and the conditions."""
    c, font = form.customer, style.font
    x0, x1 = MARGIN, A4[0] - MARGIN
    half = (x1 - x0) / 2
    canvas.text(x0, 104, "Mandat de prélèvement SEPA", size=14, font=f"{font}-bold")
    canvas.text(x1, 104, "Paiement récurrent", size=8, font=font, align="right", color=GREY)
    y = canvas.section(116, "Référence unique du mandat (RUM)", accent=style.accent, height=40)
    canvas.text(x0 + 8, y - 3, f"RUM : {form.rum}", size=10, font="mono-bold")
    canvas.text(x0 + half + 8, y - 3, f"Identifiant créancier SEPA (ICS) : {OPERATOR_ICS}", size=8, font=font)
    y = canvas.section(y + 14, "Créancier", accent=style.accent, height=50)
    canvas.text(x0 + 8, y - 4, OPERATOR, size=9, font=f"{font}-bold")
    canvas.text(x0 + 8, y + 8, ", ".join(OPERATOR_ADDRESS), size=8, font=font)
    y = canvas.section(y + 24, "Débiteur", accent=style.accent, height=96)
    canvas.field(x0 + 8, y, half - 16, "Nom du débiteur", c.name)
    canvas.field(x0 + half + 8, y, half - 16, "Adresse", f"{c.address}, {c.city_line}")
    canvas.field(x0 + 8, y + 26, half - 16, "IBAN", grouped_iban(c.iban), font="mono")
    canvas.field(x0 + half + 8, y + 26, half - 16, "BIC", c.bic, font="mono")
    canvas.field(
        x0 + 8, y + 52, half - 16, "Groupe téléphonie / compte", f"{c.telephony_group} / {c.account}"
    )
    canvas.field(x0 + half + 8, y + 52, half - 16, "Téléphone", c.phone)
    y += 84
    legal = (
        f"En signant ce formulaire de mandat, vous autorisez (A) {OPERATOR} à envoyer des instructions à "
        "votre banque pour débiter votre compte, et (B) votre banque à débiter votre compte conformément "
        f"aux instructions de {OPERATOR}. Vous bénéficiez du droit d'être remboursé par votre banque selon "
        "les conditions décrites dans la convention que vous avez passée avec elle. Une demande de "
        "remboursement doit être présentée dans les 8 semaines suivant la date de débit de votre compte "
        "pour un prélèvement autorisé."
    )
    y = canvas.paragraph(x0, y, x1 - x0, legal, size=7.5, font=font)
    conditions = (
        "Conditions de la procédure. Le dossier n'est validé qu'à réception de toutes les pièces demandées. "
        "Un dossier incomplet est mis en attente par un technicien : envoyez le complément en rappelant le "
        "numéro de procédure figurant en haut de chaque page. Une fois le dossier validé, le service du "
        "groupe se renouvelle automatiquement chaque mois par prélèvement et le groupe peut "
        "consommer jusqu'à "
        f"150 € HT par mois hors forfait. Pour toute question : {SUPPORT_PHONE} (du lundi au vendredi, "
        f"9 h – 18 h) en indiquant votre facture n° {form.invoice}."
    )
    y = canvas.paragraph(x0, y + 6, x1 - x0, conditions, size=7.5, font=font, color=DARK)
    canvas.text(
        x0,
        y + 4,
        "Note : vos droits concernant le présent mandat sont expliqués dans un document que "
        "vous pouvez obtenir auprès de votre banque.",
        size=6.5,
        font=font,
        color=GREY,
    )
    _signature_box(canvas, ink, y + 16, c, signed_on=form.signed, title="Signature du débiteur")


def _form_page_conditions(canvas: Canvas, ink: Ink, style: _FormStyle, form: _FormData) -> None:
    """Extra pages: general conditions in small print, two columns."""
    rng = form.rng
    x0, x1 = MARGIN, A4[0] - MARGIN
    canvas.text(
        x0,
        104,
        "Conditions générales de la procédure de validation (extrait)",
        size=12,
        font=f"{style.font}-bold",
    )
    col = (x1 - x0 - 16) / 2
    x, y = x0, 124.0
    for article in range(1, 13):
        if y > A4[1] - 90:
            if x > x0:
                break
            x, y = x0 + col + 16, 124.0
        canvas.text(x, y, f"Article {article}", size=7.5, font=f"{style.font}-bold")
        text = " ".join(rng.choice(_CONDITION_SENTENCES) for _ in range(rng.randint(3, 6)))
        y = canvas.paragraph(x, y + 10, col, text, size=6.5, font=style.font, color=DARK) + 6


_CONDITION_SENTENCES = (
    "Le client garantit l'exactitude des informations communiquées lors de la génération du formulaire.",
    "Chaque génération du formulaire crée un nouveau numéro de procédure ; seul le plus récent est traité.",
    "Les pièces justificatives doivent être lisibles et en cours de validité à la date de réception.",
    "Le prélèvement intervient le 5 de chaque mois pour la période à venir.",
    "Tout rejet de prélèvement entraîne des frais de 7,50 € HT et la suspension du plafond hors forfait.",
    "Le plafond de consommation hors forfait est fixé à 150 € HT par mois et par groupe téléphonie.",
    "Le client peut révoquer le mandat à tout moment en écrivant au service client.",
    "Les données personnelles sont traitées conformément au règlement (UE) 2016/679.",
    "Les délais de traitement sont de 5 jours ouvrés à compter de la réception du dossier complet.",
    "Un dossier incomplet est conservé 90 jours dans l'attente des pièces manquantes.",
)


@dataclass
class _FormData:
    """Everything printed on the form, drawn once so every page agrees."""

    rng: random.Random
    customer: Customer
    edited: str
    time: str
    signed: date
    traps: _HeaderTraps
    rum: str
    invoice: str
    invoice_date: str
    contract: str
    offer: str
    lines: int
    line_numbers: list[str]


def form_pdf(
    number: str,
    *,
    label: str = "Numéro de procédure",
    pages: int = 2,
    customer: Customer | None = None,
    rng: random.Random | None = None,
) -> bytes:
    """The form generated by the manager, "Procédure de validation de compte — Groupe téléphonie".

    Every page carries ``label`` + ``number`` in its header band (top 10 %), among traps:
    page number, edition date, an 8-digit customer reference and often the support phone.
    Page 1 holds the holder, group and bank details and the signature; page 2 the SEPA
    mandate (RUM, ICS, IBAN, BIC) and conditions; further pages are general conditions.
    """
    rng = rng or random.Random(number)
    customer = customer or random_customer(rng)
    style = _form_style(rng)
    edited = random_date(rng)
    invoice_day = edited - timedelta(days=rng.randint(5, 40))
    form = _FormData(
        rng=rng,
        customer=customer,
        edited=fr_date(edited),
        time=f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
        signed=edited + timedelta(days=rng.randint(0, 6)),
        traps=_HeaderTraps(
            edited=fr_date(edited),
            customer_ref=digits(rng, 8, avoid=number),
            support=SUPPORT_PHONE if rng.random() < 0.7 else None,
        ),
        rum=(
            f"TEL-{number}-0{rng.randint(1, 3)}"
            if rng.random() < 0.5
            else f"{digits(rng, 6, avoid=number)}{digits(rng, 12, avoid=number)}"
        ),
        invoice=f"{invoice_day.year}-{digits(rng, 7, avoid=number)}",
        invoice_date=fr_date(invoice_day),
        contract=digits(rng, 9, avoid=number),
        offer=rng.choice(_OFFERS),
        lines=rng.randint(2, 40),
        line_numbers=[phone_number(rng, mobile=False) for _ in range(2)],
    )
    version = f"VAL-TEL v{rng.choice(['3.1', '3.2', '4.0'])} – {rng.choice(['A', 'B'])}"
    bodies = (_form_page_details, _form_page_mandate)
    ink_color = rng.choice(INKS)

    def draw(index: int) -> Drawing:
        def page(canvas: Canvas, ink: Ink) -> None:
            _form_header(canvas, style, label, number, form.traps, page=index + 1, pages=pages)
            body = bodies[index] if index < len(bodies) else _form_page_conditions
            body(canvas, ink, style, form)
            _form_footer(canvas, style, version)

        return page

    return build_pdf([draw(i) for i in range(pages)], rng, ink_color=ink_color)


def _mrz_check(data: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1)."""
    total = 0
    for i, char in enumerate(data):
        if char.isdigit():
            value = int(char)
        elif char.isalpha():
            value = ord(char) - 55
        else:
            value = 0
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def _mrz_name(text: str) -> str:
    """Upper-case ASCII for a machine-readable zone: accents dropped, spaces and hyphens as ``<``."""
    plain = text.upper()
    for accented, ascii_char in (
        ("ÉÈÊË", "E"),
        ("ÀÂÄ", "A"),
        ("ÎÏ", "I"),
        ("ÔÖ", "O"),
        ("ÙÛÜ", "U"),
        ("Ç", "C"),
    ):
        for char in accented:
            plain = plain.replace(char, ascii_char)
    return "".join(char if char.isalnum() else "<" for char in plain)


def mrz_lines(customer: Customer, rng: random.Random) -> list[str]:
    """The MRZ of a French ID card: old 2 x 36 format or the 2021 TD1 3 x 30 format."""
    last, first = _mrz_name(customer.last_name), _mrz_name(customer.first_name)
    birth = customer.birth_date.strftime("%y%m%d")
    if rng.random() < 0.5:
        card = f"{rng.randint(10, 19):02d}{rng.randint(1, 12):02d}{customer.postcode[:2]}{rng.randint(1, 9)}"
        card += digits(rng, 5)
        line1 = f"IDFRA{last[:25]:<<25}{customer.postcode[:3]}{digits(rng, 3)}"
        body = f"{card}{_mrz_check(card)}{first[:14]:<<14}{birth}{_mrz_check(birth)}{customer.sex}"
        return [line1, body + _mrz_check(line1 + body)]
    number = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    expiry = (date(2026, 1, 1) + timedelta(days=rng.randrange(3650))).strftime("%y%m%d")
    line1 = f"IDFRA{number}{_mrz_check(number)}{'':<<15}"
    line2 = f"{birth}{_mrz_check(birth)}{customer.sex}{expiry}{_mrz_check(expiry)}FRA{'':<<11}"
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    line3 = f"{last}<<{first}"[:30]
    return [line1, line2 + _mrz_check(composite), f"{line3:<<30}"]


# ---------------------------------------------------------------------------------------
# Supporting documents
# ---------------------------------------------------------------------------------------


def rib_pdf(customer: Customer, rng: random.Random) -> bytes:
    """A bank's "Relevé d'identité bancaire", printed from online banking (1 to 3 copies)."""
    c = customer
    bank_code, branch, account, key = c.iban[4:9], c.iban[9:14], c.iban[14:25], c.iban[25:27]
    accent = rng.choice(((0.0, 0.45, 0.3), (0.8, 0.1, 0.15), (0.0, 0.2, 0.5), (0.1, 0.1, 0.1)))
    printed = random_date(rng)
    agency = f"AGENCE {c.city.upper()} {rng.choice(['CENTRE', 'GARE', 'REPUBLIQUE', 'NORD', 'PORT'])}"
    copies = rng.choice((1, 1, 2, 3))

    def draw(canvas: Canvas, ink: Ink) -> None:
        right = A4[0] - MARGIN
        canvas.text(MARGIN, 40, c.bank, size=15, font="sans-bold", color=accent)
        canvas.text(right, 34, f"Édité le {fr_date(printed)}", size=7.5, align="right")
        canvas.text(right, 44, f"Espace client n° {digits(rng, 10)}", size=7.5, align="right", color=GREY)
        canvas.text(MARGIN, 54, f"{agency} – {phone_number(rng, mobile=False)}", size=7.5, color=GREY)
        canvas.line(MARGIN, 62, right, 62, width=1.2, color=accent)
        y = 96.0
        for _ in range(copies):
            y = (
                _rib_copy(canvas, c, y, codes=(bank_code, branch, account, key), agency=agency, accent=accent)
                + 24
            )
            canvas.line(MARGIN, y - 12, right, y - 12, width=0.4, color=GREY, dashes="[4 3] 0")
        canvas.paragraph(
            MARGIN,
            y + 4,
            right - MARGIN,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
            "appelés à faire inscrire des opérations à votre compte (virements, paiements de "
            "quittances, etc.). Son utilisation vous garantit le bon enregistrement des opérations en "
            "cause et vous évite ainsi des réclamations pour erreurs ou retards d'imputation.",
            size=7,
            color=GREY,
        )

    return build_pdf([draw], rng)


def _rib_copy(
    canvas: Canvas, c: Customer, y: float, *, codes: tuple[str, str, str, str], agency: str, accent: Color
) -> float:
    """One RIB block; returns its bottom."""
    x0, x1 = MARGIN, A4[0] - MARGIN
    canvas.rect((x0, y, x1, y + 150), stroke=accent, width=0.8)
    canvas.text(A4[0] / 2, y + 16, "RELEVÉ D'IDENTITÉ BANCAIRE", size=11, font="sans-bold", align="center")
    canvas.text(x0 + 10, y + 34, "Titulaire du compte", size=7, color=GREY)
    canvas.text(x0 + 10, y + 46, c.name.upper(), size=9, font="sans-bold")
    canvas.text(x0 + 10, y + 57, f"{c.address}, {c.city_line}".upper(), size=8)
    canvas.text(x0 + 290, y + 34, "Domiciliation", size=7, color=GREY)
    canvas.text(x0 + 290, y + 46, agency, size=8.5)
    headers = ("Code banque", "Code guichet", "Numéro de compte", "Clé RIB", "Devise")
    widths = (80, 80, 150, 60, 60)
    x = x0 + 10
    for header, value, width in zip(headers, (*codes, "EUR"), widths, strict=True):
        canvas.rect((x, y + 66, x + width, y + 96), stroke=GREY, width=0.5)
        canvas.text(x + width / 2, y + 76, header, size=6.5, color=GREY, align="center")
        canvas.text(x + width / 2, y + 91, value, size=9.5, font="mono", align="center")
        x += width
    canvas.text(x0 + 10, y + 114, "IBAN (International Bank Account Number)", size=6.5, color=GREY)
    canvas.text(x0 + 10, y + 127, grouped_iban(c.iban), size=10.5, font="mono-bold")
    canvas.text(x0 + 330, y + 114, "BIC (Bank Identifier Code)", size=6.5, color=GREY)
    canvas.text(x0 + 330, y + 127, c.bic, size=10.5, font="mono-bold")
    return y + 150


def _card(canvas: Canvas, box: pymupdf.Rect, rng: random.Random, tint: Color) -> None:
    """A plastic card outline with a pale guilloche background."""
    canvas.rect(box, stroke=GREY, fill=_tint(tint, 0.88), width=0.8, radius=0.06)
    for k in range(7):
        phase, amp = rng.uniform(0, 6.3), rng.uniform(3, 8)
        points = [
            pymupdf.Point(
                box.x0 + 6 + i * (box.width - 12) / 40,
                box.y0 + 20 + k * (box.height - 30) / 7 + amp * math.sin(phase + i / 3),
            )
            for i in range(41)
        ]
        canvas.shape.draw_polyline(points)
        canvas.shape.finish(color=_tint(tint, 0.65), width=0.3, closePath=False)


def _photo(canvas: Canvas, box: pymupdf.Rect, rng: random.Random) -> None:
    """An ID photo: grey background, a head and shoulders."""
    shade = rng.uniform(0.25, 0.55)
    canvas.rect(box, stroke=DARK, fill=(0.85, 0.85, 0.86), width=0.4)
    cx = (box.x0 + box.x1) / 2
    half_width, rise = box.width * 0.42, box.height * 0.3
    shoulders = [
        pymupdf.Point(
            cx + half_width * math.cos(t / 20 * math.pi), box.y1 - rise * math.sin(t / 20 * math.pi)
        )
        for t in range(21)
    ]
    canvas.shape.draw_polyline(shoulders)
    canvas.shape.finish(color=None, fill=(shade, shade, shade + 0.05), closePath=True)
    canvas.ellipse(
        (cx - box.width * 0.2, box.y0 + box.height * 0.14, cx + box.width * 0.2, box.y0 + box.height * 0.68),
        fill=(min(1, shade + 0.35), shade + 0.28, shade + 0.2),
    )


def id_card_pdf(customer: Customer, rng: random.Random) -> bytes:
    """A photocopy of a French ID card, front and back on one page, with its MRZ."""
    c = customer
    mrz = mrz_lines(c, rng)
    new_format = len(mrz) == 3
    x = MARGIN + rng.uniform(0, 120)
    y = rng.uniform(28, 160)
    scale = rng.uniform(1.0, 1.25)
    width, height = 243 * scale, 153 * scale
    front = pymupdf.Rect(x, y, x + width, y + height)
    back = front + (rng.uniform(-20, 20), height + rng.uniform(25, 60)) * 2
    tint = (0.2, 0.45, 0.75) if new_format else (0.75, 0.45, 0.55)
    born = c.birth_date

    def draw(canvas: Canvas, ink: Ink) -> None:
        for box in (front, back):
            _card(canvas, box, rng, tint)
        s = scale
        fx, fy = front.x0, front.y0
        canvas.text(fx + 10 * s, fy + 14 * s, "RÉPUBLIQUE FRANÇAISE", size=8 * s, font="sans-bold")
        title = "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD" if new_format else "CARTE NATIONALE D'IDENTITÉ"
        canvas.text(fx + 10 * s, fy + 24 * s, title, size=6 * s, font="sans-bold", color=_tint(tint, -0.4))
        photo = pymupdf.Rect(fx + 10 * s, fy + 32 * s, fx + 72 * s, fy + 110 * s)
        _photo(canvas, photo, rng)
        labels = [
            ("Nom / Surname" if new_format else "Nom :", c.last_name.upper()),
            ("Prénoms / Given names" if new_format else "Prénom(s) :", c.first_name),
            ("Sexe / Sex", c.sex),
            ("Né(e) le / Date of birth" if new_format else "Né(e) le :", born.strftime("%d %m %Y")),
        ]
        if new_format:
            labels.append(("N° du document / Document No", mrz[0][5:14]))
        else:
            labels.insert(0, ("N° :", mrz[1][:12]))
        ty = fy + 38 * s
        for label, value in labels:
            canvas.text(fx + 80 * s, ty, label, size=5 * s, color=GREY)
            canvas.text(fx + 80 * s, ty + 9 * s, value, size=7.5 * s, font="sans-bold")
            ty += 17 * s
        ink.signature((fx + 150 * s, fy + 95 * s, fx + 230 * s, fy + 118 * s))
        mrz_box, mrz_lines_here = (back, mrz) if new_format else (front, mrz)
        bx, by = back.x0, back.y0
        canvas.text(
            bx + 10 * s,
            by + 16 * s,
            "Adresse / Address" if new_format else "Adresse :",
            size=5 * s,
            color=GREY,
        )
        canvas.text(bx + 10 * s, by + 26 * s, c.address.upper(), size=7 * s, font="sans-bold")
        canvas.text(bx + 10 * s, by + 35 * s, c.city_line.upper(), size=7 * s, font="sans-bold")
        issued = date(2026, 1, 1) - timedelta(days=rng.randrange(3000))
        canvas.text(
            bx + 10 * s,
            by + 50 * s,
            f"Délivrée le {issued.strftime('%d.%m.%Y')} par Préfecture ({c.postcode[:2]})",
            size=6 * s,
        )
        canvas.text(
            bx + 10 * s,
            by + 60 * s,
            f"Valable jusqu'au {fr_date(issued + timedelta(days=3652)).replace('/', '.')}",
            size=6 * s,
        )
        line_y = mrz_box.y1 - (len(mrz_lines_here) * 9.5 + 4) * s
        mrz_size = (6.9 if new_format else 5.8) * s
        for line in mrz_lines_here:
            canvas.text(mrz_box.x0 + 6 * s, line_y + 8 * s, line, size=mrz_size, font="mono")
            line_y += 9.5 * s

    return build_pdf([draw], rng)


_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf"
).split()
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre-vingt"}


def amount_in_words(value: int) -> str:
    """A whole amount below 10 000 in French words (``cent cinquante``), as written on cheques."""
    if value < 20:
        return _UNITS[value]
    if value < 100:
        tens, unit = divmod(value, 10)
        if tens in (7, 9):
            return f"{_TENS[tens - 1]}-{'et-' if value == 71 else ''}{_UNITS[10 + unit]}"
        word = _TENS[tens]
        if unit == 0:
            return word + ("s" if tens == 8 else "")
        return f"{word}-{'et-' if unit == 1 and tens != 8 else ''}{_UNITS[unit]}"
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent{'s' if rest == 0 else ''}"
        return head + (f" {amount_in_words(rest)}" if rest else "")
    thousands, rest = divmod(value, 1000)
    head = "mille" if thousands == 1 else f"{amount_in_words(thousands)} mille"
    return head + (f" {amount_in_words(rest)}" if rest else "")


def _cmc7(canvas: Canvas, x: float, y: float, groups: Sequence[str], size: float = 10.0) -> None:
    """A CMC7-like line: digit groups, each followed by a symbol made of vertical bars."""
    for group in groups:
        x = canvas.text(x, y, group, size=size, font="mono") + 2
        for bar in range(3):
            canvas.line(x + bar * 1.6, y - size * 0.7, x + bar * 1.6, y, width=0.6 if bar != 1 else 1.2)
        x += 10


def cheque_pdf(customer: Customer, rng: random.Random) -> bytes:
    """A crossed ("barré") French cheque to the operator, scanned on an A4 sheet."""
    c = customer
    amount = rng.choice((50, 120, 150, 180, 240, 300, 450))
    cents = rng.choice((0, 0, 0, 50))
    number = digits(rng, 7)
    written = random_date(rng)
    x0 = MARGIN + rng.uniform(-20, 20)
    y0 = rng.uniform(30, 120)
    box = pymupdf.Rect(x0, y0, x0 + 496, y0 + 227)
    tint = rng.choice(((0.55, 0.7, 0.85), (0.85, 0.75, 0.55), (0.7, 0.85, 0.7)))

    def draw(canvas: Canvas, ink: Ink) -> None:
        canvas.rect(box, stroke=GREY, fill=_tint(tint, 0.8), width=0.6)
        bx, by = box.x0, box.y0
        canvas.text(bx + 12, by + 20, c.bank, size=11, font="sans-bold", color=_tint(tint, -0.6))
        canvas.text(bx + 200, by + 14, f"Chèque n° {number}", size=7, color=DARK)
        canvas.rect((bx + 360, by + 10, bx + 486, by + 34), stroke=DARK, fill=WHITE, width=0.6)
        canvas.text(bx + 366, by + 26, "€", size=11, font="sans-bold")
        ink.write(bx + 382, by + 27, f"#{amount},{cents:02d}#", size=13)
        canvas.text(bx + 12, by + 44, "Payez contre ce chèque", size=7)
        words = f"{amount_in_words(amount)} euros" + (f" {amount_in_words(cents)} centimes" if cents else "")
        canvas.line(bx + 95, by + 46, bx + 486, by + 46, width=0.4, color=GREY)
        canvas.line(bx + 12, by + 66, bx + 486, by + 66, width=0.4, color=GREY)
        ink.write(bx + 100, by + 43, words.capitalize(), size=12)
        canvas.text(bx + 12, by + 86, "à", size=8)
        canvas.line(bx + 24, by + 88, bx + 330, by + 88, width=0.4, color=GREY)
        ink.write(bx + 40, by + 85, rng.choice((OPERATOR, "Nuvéa Télécom SAS", "NUVEA TELECOM")), size=12)
        canvas.text(bx + 340, by + 86, "à", size=8)
        ink.write(bx + 352, by + 85, c.city, size=11)
        canvas.text(bx + 340, by + 104, "le", size=8)
        ink.write(bx + 356, by + 103, fr_date(written), size=11)
        canvas.text(bx + 12, by + 110, "Payable à", size=6.5, color=GREY)
        canvas.text(bx + 12, by + 119, f"{c.bank} – {c.city.upper()}", size=7)
        canvas.text(bx + 12, by + 128, f"Tél. {phone_number(rng, mobile=False)}", size=6.5)
        canvas.text(bx + 12, by + 146, "Compte", size=6.5, color=GREY)
        canvas.text(bx + 12, by + 156, c.name.upper(), size=7.5, font="sans-bold")
        canvas.text(bx + 12, by + 165, f"{c.address}, {c.city_line}".upper(), size=6.5)
        canvas.text(
            bx + 200,
            by + 186,
            "non endossable sauf au profit d'une banque ou d'un établissement assimilé",
            size=5.5,
            color=DARK,
        )
        # crossed cheque: two parallel diagonal bars across the face
        for offset in (0, 9):
            canvas.line(bx + 150 + offset, by + 180, bx + 240 + offset, by + 4, width=1.1, color=DARK)
        ink.signature((bx + 340, by + 120, bx + 480, by + 175))
        _cmc7(canvas, bx + 40, by + 214, (number, digits(rng, 12), c.iban[14:25] + c.iban[25]))

    return build_pdf([draw], rng)


def kbis_pdf(customer: Customer, rng: random.Random) -> bytes:
    """An "Extrait Kbis" from a commercial court registry (SIREN, RCS, numéro de gestion)."""
    c = customer
    company = c.company or f"EI {c.person}"
    siren = c.siren or _siren(rng)
    spaced = f"{siren[:3]} {siren[3:6]} {siren[6:]}"
    registry_city = c.city if c.city != "Saint-Denis" else "Saint-Denis de La Réunion"
    updated = random_date(rng)
    registered = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
    management = f"{registered.year} B {digits(rng, 5)}"
    form_name = company.split()[0]
    capital = rng.choice(("1 000", "5 000", "10 000", "37 000", "100 000"))
    rows = (
        ("IDENTIFICATION DE LA PERSONNE MORALE", None),
        ("Immatriculation au RCS, numéro", f"{spaced} R.C.S. {registry_city}"),
        ("Date d'immatriculation", fr_date(registered)),
        ("Dénomination ou raison sociale", company.split(maxsplit=1)[-1].upper()),
        (
            "Forme juridique",
            {
                "SARL": "Société à responsabilité limitée",
                "SAS": "Société par actions simplifiée",
                "SASU": "Société par actions simplifiée unipersonnelle",
                "EURL": "Entreprise unipersonnelle à responsabilité limitée",
                "SA": "Société anonyme",
                "SNC": "Société en nom collectif",
            }.get(form_name, "Entreprise individuelle"),
        ),
        ("Capital social", f"{capital},00 Euros"),
        ("Adresse du siège", f"{c.address} {c.city_line}"),
        ("Durée de la personne morale", f"Jusqu'au {fr_date(registered + timedelta(days=36159))}"),
        ("GESTION, DIRECTION, ADMINISTRATION, CONTRÔLE", None),
        ("Gérant" if form_name in ("SARL", "EURL", "SNC") else "Président", c.person),
        ("Date et lieu de naissance", f"Le {fr_date(c.birth_date)} à {rng.choice(_CITIES)[1]}"),
        ("Domicile personnel", f"{rng.randint(1, 90)} {rng.choice(_STREETS)} {c.city_line}"),
        ("RENSEIGNEMENTS RELATIFS À L'ACTIVITÉ ET À L'ÉTABLISSEMENT PRINCIPAL", None),
        ("Adresse de l'établissement", f"{c.address} {c.city_line}"),
        (
            "Activité(s) exercée(s)",
            rng.choice(
                (
                    "Boulangerie, pâtisserie",
                    "Conseil en gestion",
                    "Transport routier de marchandises",
                    "Commerce de détail",
                    "Services informatiques",
                    "Restauration traditionnelle",
                )
            ),
        ),
        ("Date de commencement d'activité", fr_date(registered + timedelta(days=rng.randint(0, 30)))),
        ("Origine du fonds ou de l'activité", "Création"),
        ("Mode d'exploitation", "Exploitation directe"),
    )

    def draw(canvas: Canvas, ink: Ink) -> None:
        right = A4[0] - MARGIN
        canvas.text(
            MARGIN, 36, f"Greffe du Tribunal de Commerce de {registry_city}", size=9, font="serif-bold"
        )
        canvas.text(
            MARGIN,
            47,
            f"{rng.randint(1, 40)} rue du Palais – {c.postcode[:2]}000 {c.city}",
            size=7,
            font="serif",
        )
        canvas.text(
            right,
            36,
            f"Code de vérification : {''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(10))}",
            size=7,
            font="serif",
            align="right",
        )
        canvas.text(right, 47, f"N° de gestion {management}", size=7, font="serif", align="right")
        canvas.text(A4[0] / 2, 96, "Extrait Kbis", size=16, font="serif-bold", align="center")
        canvas.text(
            A4[0] / 2,
            114,
            "EXTRAIT D'IMMATRICULATION PRINCIPALE AU REGISTRE DU COMMERCE ET DES SOCIÉTÉS",
            size=8,
            font="serif-bold",
            align="center",
        )
        canvas.text(A4[0] / 2, 126, f"à jour au {fr_date(updated)}", size=8, font="serif", align="center")
        y = 152.0
        for label, value in rows:
            if value is None:
                y += 6
                canvas.rect((MARGIN, y - 10, right, y + 4), stroke=None, fill=LIGHT)
                canvas.text(MARGIN + 4, y, label, size=7.5, font="serif-bold")
                y += 18
                continue
            canvas.text(MARGIN + 4, y, label, size=8, font="serif")
            y = canvas.paragraph(MARGIN + 200, y, right - MARGIN - 200, value, size=8, font="serif-bold") + 4
        y += 16
        canvas.text(MARGIN, y, f"Le Greffier, le {fr_date(updated)}", size=8, font="serif")
        ink.signature((MARGIN + 150, y - 10, MARGIN + 260, y + 30))
        canvas.text(A4[0] / 2, A4[1] - 30, "FIN DE L'EXTRAIT", size=8, font="serif-bold", align="center")
        canvas.text(right, A4[1] - 18, "Page 1/1", size=7, font="serif", align="right")

    return build_pdf([draw], rng, ink_color=INKS[1])


_COVER_OPENINGS = (
    "Suite à votre courrier du {date}, je vous prie de trouver ci-joint les pièces manquantes pour "
    "compléter mon dossier.",
    "Comme demandé par votre technicien, vous trouverez ci-joint les documents qui manquaient à "
    "mon envoi du {date}.",
    "Je vous adresse en complément les justificatifs que j'avais oublié de joindre à mon premier envoi.",
)


_PIECES = {
    "rib": "mon RIB",
    "id": "la copie de ma pièce d'identité",
    "cheque": "un chèque barré",
    "kbis": "l'extrait Kbis",
    "form": "le formulaire signé",
}


def cover_letter_pdf(
    number: str | None,
    customer: Customer,
    rng: random.Random,
    *,
    handwritten: bool = False,
    documents: Sequence[str] | None = None,
) -> bytes:
    """A customer's cover letter for a complement: "Objet : Complément de dossier – procédure n° ...".

    The number (when given) is quoted in the subject line and sometimes again in the body,
    among a phone number, an invoice number and dates. ``number=None``: the customer forgot
    it. ``handwritten``: written by hand on lined paper (no text layer at all).
    ``documents`` (kinds: rib, id, cheque, kbis, form) are the enclosures the letter lists.
    """
    c = customer
    written = random_date(rng, start=date(2026, 2, 1))
    previous = written - timedelta(days=rng.randint(5, 25))
    invoice = f"2026-{digits(rng, 7, avoid=number or '')}"
    label = rng.choice(("procédure n°", *LABELS))
    if number:
        subject = rng.choice(
            (
                f"Complément de dossier – {label} {number}",
                f"{label} {number} – pièces manquantes",
                f"Dossier {c.telephony_group} – {label} : {number}",
            )
        )
    else:
        subject = rng.choice(
            (
                "Complément de dossier",
                f"Pièces justificatives – groupe {c.telephony_group}",
                "Validation de mon compte téléphonie",
            )
        )
    kinds = list(documents) if documents else rng.sample(sorted(_PIECES), k=2)
    pieces = [_PIECES[kind] for kind in kinds]
    listed = pieces[0] if len(pieces) == 1 else f"{', '.join(pieces[:-1])} et {pieces[-1]}"
    body = [
        rng.choice(_COVER_OPENINGS).format(date=fr_date(previous)),
        f"Vous trouverez donc {listed} concernant le groupe {c.telephony_group} (compte {c.account}).",
    ]
    if number and rng.random() < 0.5:
        body.append(f"Je vous rappelle mon numéro de procédure : {number}.")
    body.append(
        f"Pour toute question, vous pouvez me joindre au {c.phone}. "
        f"Ma dernière facture porte le n° {invoice}."
    )
    body.append("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.")
    place = f"À {c.city}, le {fr_date(written)}"
    sender = [c.name, c.address, c.city_line, f"Tél. {c.phone}"]
    recipient = [OPERATOR, *OPERATOR_ADDRESS]

    def typed(canvas: Canvas, ink: Ink) -> None:
        y = 48.0
        for i, line in enumerate(sender):
            canvas.text(MARGIN, y, line, size=9.5, font="sans-bold" if i == 0 else "sans")
            y += 12
        y = 140.0
        for line in recipient:
            canvas.text(330, y, line, size=9.5)
            y += 12
        canvas.text(330, y + 24, place, size=9.5)
        canvas.text(MARGIN, y + 62, f"Objet : {subject}", size=10, font="sans-bold")
        y += 96
        canvas.text(MARGIN, y, "Madame, Monsieur,", size=10)
        y += 24
        for paragraph in body:
            y = (
                canvas.paragraph(
                    MARGIN + rng.choice((0, 24)), y, A4[0] - 2 * MARGIN - 24, paragraph, size=10, leading=1.45
                )
                + 10
            )
        canvas.text(360, y + 20, c.person, size=10)
        ink.signature((350, y + 30, 500, y + 85))

    def by_hand(canvas: Canvas, ink: Ink) -> None:
        for line_y in range(60, int(A4[1]) - 30, 24):
            canvas.line(20, line_y + 2, A4[0] - 20, line_y + 2, width=0.4, color=(0.7, 0.8, 0.95))
        canvas.line(70, 20, 70, A4[1] - 20, width=0.6, color=(0.95, 0.6, 0.6))
        y = 60.0
        for line in sender:
            ink.write(80, y, line, size=12)
            y += 24
        y = 180.0
        for line in recipient[:2]:
            ink.write(320, y, line, size=12)
            y += 24
        ink.write(320, y, place, size=12)
        y += 48
        ink.write(80, y, f"Objet : {subject}", size=13)
        y = ink.paragraph(
            80, y + 48, A4[0] - 110, " ".join(["Madame, Monsieur,", *body]), size=12.5, leading=24 / 12.5
        )
        ink.signature((330, y, 500, y + 60))

    return build_pdf([by_hand if handwritten else typed], rng)


def blank_pdf(rng: random.Random | None = None) -> bytes:
    """A blank A4 page (back of a single-sided sheet); with ``rng``, a few very faint specks."""

    def draw(canvas: Canvas, ink: Ink) -> None:
        if rng is None:
            return
        for _ in range(rng.randint(1, 6)):
            x, y, r = rng.uniform(20, 575), rng.uniform(20, 822), rng.uniform(0.3, 0.9)
            shade = rng.uniform(0.75, 0.92)
            canvas.ellipse((x - r, y - r, x + r, y + r), fill=(shade, shade, shade))

    return build_pdf([draw], rng or random.Random(0))
