"""Bank papers a customer sends: the RIB and the crossed cheque (with its amount in words)."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pymupdf

from telvalid_desktop.samples.customers import Customer, digits, fr_date, grouped_iban, phone_number, random_date
from telvalid_desktop.samples.drawing import A4, DARK, GREY, MARGIN, WHITE, Canvas, Color, Ink, build_pdf, tinted
from telvalid_desktop.samples.procedure_form import OPERATOR


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
            y = _rib_copy(canvas, c, y, codes=(bank_code, branch, account, key), agency=agency, accent=accent) + 24
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
        canvas.rect(box, stroke=GREY, fill=tinted(tint, 0.8), width=0.6)
        bx, by = box.x0, box.y0
        canvas.text(bx + 12, by + 20, c.bank, size=11, font="sans-bold", color=tinted(tint, -0.6))
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
