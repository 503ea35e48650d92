"""Documents that carry no procedure number: RIB, ID card, passport, cheque, Kbis, bills, blank backs, decoys."""

from __future__ import annotations

import random
from typing import Any

import pymupdf

from tests.fieldset import fonts
from tests.fieldset.canvas import MM, Canvas, Color, ink
from tests.fieldset.people import Customer, date_fr, group4

GREY: Color = (0.55, 0.55, 0.55)
BANK_COLORS: tuple[Color, ...] = ((0.0, 0.3, 0.6), (0.8, 0.3, 0.0), (0.0, 0.5, 0.4), (0.5, 0.0, 0.2))


def _font(rng: random.Random, style: str = "regular") -> fonts.FontRef:
    return fonts.printed(rng.choice(("sans", "serif", "condensed")), style, rng)


def draw_rib(cv: Canvas, cust: Customer, rng: random.Random, params: dict[str, Any]) -> None:
    copies = rng.choice((1, 1, 2, 3))
    font, bold = _font(rng), fonts.printed("sans", "bold", rng)
    color = rng.choice(BANK_COLORS)
    height = 90.0 if copies > 1 else 140.0
    for k in range(copies):
        top = 15 + k * (height + 5)
        cv.rect(15, top, 60, 12, color=None, fill=color)
        cv.text(18, top + 8.5, cust.bank[:24], bold, 10, color=(1, 1, 1))
        cv.text(cv.width - 15, top + 8, "RELEVÉ D'IDENTITÉ BANCAIRE", bold, 11, align="right")
        y = top + 24
        cv.text(18, y, "Titulaire du compte :", font, 9)
        for text in (cust.holder, cust.street, f"{cust.postcode} {cust.city}"):
            cv.text(60, y, text, bold if text == cust.holder else font, 9.5)
            y += 5
        y += 4
        heads = ("Code banque", "Code guichet", "N° de compte", "Clé RIB")
        values = (cust.bank_code, cust.branch, cust.bank_account, cust.rib_key)
        xs = (18, 50, 82, 135)
        for x, head, value in zip(xs, heads, values, strict=True):
            cv.text(x, y, head, font, 8)
            cv.text(x, y + 6, value, bold, 10.5)
        y += 16
        cv.text(18, y, "IBAN", font, 8)
        cv.text(35, y, group4(cust.iban), bold, 11)
        cv.text(18, y + 7, "BIC", font, 8)
        cv.text(35, y + 7, cust.bic, bold, 11)
        cv.text(18, y + 15, f"Domiciliation : {cust.bank.upper()} AGENCE {cust.city.upper()}", font, 8.5)
        if copies > 1:
            cv.line(10, top + height + 2, cv.width - 10, top + height + 2, color=GREY, width=0.3)
    cv.finish()


def _photo(cv: Canvas, x: float, y: float, w: float, h: float) -> None:
    cv.rect(x, y, w, h, color=(0.3, 0.3, 0.3), fill=(0.78, 0.78, 0.78))
    cv.circle(x + w / 2, y + h * 0.38, w * 0.22, fill=(0.35, 0.35, 0.35))
    cv.rect(x + w * 0.18, y + h * 0.62, w * 0.64, h * 0.38, color=None, fill=(0.35, 0.35, 0.35))


def _mrz(cv: Canvas, x: float, y: float, lines: list[str], *, size: float, rng: random.Random) -> None:
    mono = fonts.printed("mono", "regular", rng)
    for k, text in enumerate(lines):
        cv.text(x, y + k * size / 72 * 25.4 * 1.3, text, mono, size)


def _mrz_name(cust: Customer, width: int) -> str:
    name = f"{cust.last.upper()}<<{cust.first.upper()}".replace(" ", "<")
    name = name.translate(str.maketrans("ÉÈÊËÀÂÎÏÔÛÙÇ", "EEEEAAIIOUUC"))
    return (name + "<" * width)[:width]


def draw_id_card(cv: Canvas, cust: Customer, rng: random.Random, params: dict[str, Any]) -> None:
    """A photocopy of both sides of a French identity card on an A4 page."""
    x, y = rng.uniform(20, 60), rng.uniform(20, 60)
    font, bold = fonts.printed("sans", "regular", rng), fonts.printed("sans", "bold", rng)
    card_no = f"{rng.randrange(10**11, 10**12)}"
    for side in range(2):
        top = y + side * rng.uniform(65, 90)
        cv.rect(x, top, 85.6, 54, width=0.5)
        if side == 0:
            cv.text(x + 3, top + 5, "RÉPUBLIQUE FRANÇAISE", bold, 7)
            cv.text(x + 3, top + 9, f"CARTE NATIONALE D'IDENTITÉ N° : {card_no}", font, 5.5)
            _photo(cv, x + 3, top + 12, 22, 28)
            rows = [("Nom :", cust.last.upper()), ("Prénom(s) :", cust.first), ("Sexe :", rng.choice("MF"))]
            rows += [("Né(e) le :", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.19{rng.randint(50, 99)}")]
            for k, (label, value) in enumerate(rows):
                cv.text(x + 28, top + 15 + k * 6, label, font, 5.5)
                cv.text(x + 44, top + 15 + k * 6, value, bold, 6.5)
            line1 = f"IDFRA{_mrz_name(cust, 25)}{rng.randrange(100000, 999999)}"
            line2 = f"{card_no}{_mrz_name(cust, 14).replace('<<', '<')[:14]}{rng.randrange(10**9):09d}M"[:36]
            _mrz(cv, x + 2, top + 46, [line1[:36], line2], size=6.2, rng=rng)
        else:
            cv.text(x + 3, top + 8, f"Adresse : {cust.street}", font, 6)
            cv.text(x + 3, top + 13, f"{cust.postcode} {cust.city.upper()}", font, 6)
            cv.text(x + 3, top + 22, f"Carte valable jusqu'au : {date_fr(rng)[:6]}20{rng.randint(27, 36)}", font, 6)
            cv.text(x + 3, top + 27, f"délivrée le : {date_fr(rng)[:6]}20{rng.randint(12, 25)}", font, 6)
            cv.text(x + 3, top + 32, f"par : PRÉFECTURE DE {cust.city.upper()}", font, 6)
            cv.scribble(x + 40, top + 36, 30, 12, rng, color=(0.1, 0.1, 0.1))
    cv.finish()


def draw_passport(cv: Canvas, cust: Customer, rng: random.Random, params: dict[str, Any]) -> None:
    x, y = rng.uniform(20, 60), rng.uniform(30, 140)
    font, bold = fonts.printed("sans", "regular", rng), fonts.printed("sans", "bold", rng)
    number = f"{rng.randint(10, 29)}{rng.choice('ABCDEFGH')}{rng.choice('KLMNPR')}{rng.randrange(10**5):05d}"
    cv.rect(x, y, 125, 88, width=0.5)
    cv.text(x + 4, y + 7, "RÉPUBLIQUE FRANÇAISE", bold, 8)
    cv.text(x + 70, y + 7, "PASSEPORT / PASSPORT", bold, 8)
    _photo(cv, x + 4, y + 12, 32, 40)
    rows = (
        ("Type / Type", "P"),
        ("Code du pays", "FRA"),
        ("Passeport n°", number),
        ("Nom / Surname", cust.last.upper()),
        ("Prénoms / Given names", cust.first),
        ("Date de naissance", f"{rng.randint(1, 28):02d} {rng.choice(('JAN', 'MARS', 'OCT'))} 19{rng.randint(50, 99)}"),
        ("Date de délivrance", date_fr(rng)),
    )
    for k, (label, value) in enumerate(rows):
        cv.text(x + 40, y + 14 + k * 7.5, label, font, 5.5)
        cv.text(x + 40, y + 17.5 + k * 7.5, value, bold, 7.5)
    line1 = f"P<FRA{_mrz_name(cust, 39)}"
    line2 = f"{number}<{rng.randint(0, 9)}FRA{rng.randrange(10**6):06d}{rng.choice('MF')}{rng.randrange(10**7):07d}"
    _mrz(cv, x + 3, y + 76, [line1[:44], (line2 + "<" * 44)[:44]], size=7.2, rng=rng)
    cv.finish()


AMOUNTS = (("Cent vingt euros", "120,00"), ("Cinquante euros", "50,00"), ("Quatre-vingt-dix euros", "90,00"))


def draw_cheque(cv: Canvas, cust: Customer, rng: random.Random, params: dict[str, Any]) -> None:
    """A crossed cheque, alone on a landscape strip page or copied onto an A4 page (cv decides)."""
    x, y = (5.0, 5.0) if cv.width < 200 else (rng.uniform(15, 25), rng.uniform(20, 150))
    font, bold = _font(rng), fonts.printed("sans", "bold", rng)
    cv.rect(x, y, 165, 70, width=0.4, fill=(0.93, 0.95, 0.97))
    cv.text(x + 4, y + 7, cust.bank, bold, 9)
    cv.text(x + 120, y + 7, f"N° {rng.randrange(10**6, 10**7)}", font, 8)
    words, digits = rng.choice(AMOUNTS)
    cv.text(x + 4, y + 17, "Payez contre ce chèque", font, 7)
    pen = ink(rng)
    hand = fonts.handwriting(rng)
    cv.handwrite(x + 35, y + 17, words, hand, 12, rng=rng, color=pen)
    cv.rect(x + 125, y + 12, 36, 9, width=0.5)
    cv.handwrite(x + 128, y + 19, f"€ {digits}", hand, 12, rng=rng, color=pen)
    cv.text(x + 4, y + 27, "à l'ordre de", font, 7)
    cv.handwrite(x + 25, y + 27, "TELECOM", hand, 12, rng=rng, color=pen)
    cv.text(x + 100, y + 36, "à", font, 7)
    cv.handwrite(x + 104, y + 36, f"{cust.city} le {date_fr(rng)}", hand, 10, rng=rng, color=pen)
    cv.text(x + 4, y + 40, cust.holder, font, 7)
    cv.text(x + 4, y + 44, cust.street, font, 7)
    cv.scribble(x + 110, y + 41, 40, 12, rng, color=pen)
    offset = rng.uniform(20, 60)
    for k in (0, 6):
        cv.line(x + offset + k, y + 68, x + offset + 35 + k, y + 2, color=pen, width=1.0)
    mono = fonts.printed("mono", "regular", rng)
    cmc7 = f"{rng.randrange(10**6, 10**7)}  {rng.randrange(10**11, 10**12)}  {rng.randrange(10**11, 10**12)}"
    cv.text(x + 20, y + 64, cmc7, mono, 10)
    cv.finish()


def draw_kbis(cv: Canvas, cust: Customer, rng: random.Random, params: dict[str, Any]) -> None:
    font, bold = _font(rng), fonts.printed("serif", "bold", rng)
    cv.text(cv.width / 2, 22, f"Greffe du Tribunal de Commerce de {cust.city}", bold, 12, align="center")
    cv.text(cv.width - 18, 30, f"Code de vérification : {rng.randrange(10**9, 10**10)}", font, 7.5, align="right")
    cv.text(cv.width / 2, 45, "Extrait Kbis", bold, 18, align="center")
    cv.text(
        cv.width / 2,
        53,
        "EXTRAIT D'IMMATRICULATION PRINCIPALE AU REGISTRE DU COMMERCE ET DES SOCIÉTÉS",
        font,
        8,
        align="center",
    )
    cv.text(cv.width / 2, 58, f"à jour au {date_fr(rng)}", font, 8, align="center")
    siren = f"{cust.siren[:3]} {cust.siren[3:6]} {cust.siren[6:]}"
    rows = (
        ("Immatriculation au RCS, numéro", f"{siren} R.C.S. {cust.city}"),
        ("Date d'immatriculation", f"{date_fr(rng)[:6]}20{rng.randint(5, 24):02d}"),
        ("Dénomination ou raison sociale", cust.company_name),
        ("Forme juridique", cust.company_name.split()[-1]),
        ("Capital social", f"{rng.choice((1000, 5000, 10000, 37000))},00 Euros"),
        ("Adresse du siège", f"{cust.street} {cust.postcode} {cust.city}"),
        ("Activités principales", "Commerce, prestations de services"),
        ("Gérant / Président", cust.person),
    )
    y = 72.0
    cv.rect(16, y - 5, cv.width - 32, 6, color=None, fill=(0.85, 0.85, 0.85))
    cv.text(18, y - 0.8, "IDENTIFICATION DE LA PERSONNE MORALE", bold, 9)
    y += 8
    for label, value in rows:
        cv.text(18, y, label, font, 9)
        cv.text(90, y, value, font, 9)
        y += 7
    cv.text(cv.width / 2, cv.height - 15, "Page 1 / 1", font, 8, align="center")
    cv.finish()


def draw_proof_of_address(cv: Canvas, cust: Customer, rng: random.Random, params: dict[str, Any]) -> None:
    font, bold = _font(rng), fonts.printed("sans", "bold", rng)
    company = rng.choice(("Énergie Plus", "EauVive", "FibreNet", "Gaz Régional"))
    color = rng.choice(BANK_COLORS)
    cv.rect(15, 15, 55, 16, color=None, fill=color)
    cv.text(19, 26, company, bold, 14, color=(1, 1, 1))
    cv.text(cv.width - 15, 22, "FACTURE", bold, 16, align="right")
    y = 40.0
    for label, value in (
        ("N° de facture", f"{rng.randrange(10**10, 10**11)}"),
        ("Référence client", f"{rng.randrange(10**9, 10**10)}"),
        ("N° de contrat", f"{rng.randrange(10**7, 10**8)}"),
        ("Date", date_fr(rng)),
    ):
        cv.text(cv.width - 80, y, f"{label} : {value}", font, 8.5)
        y += 5
    for k, text in enumerate((cust.holder, cust.street, f"{cust.postcode} {cust.city}")):
        cv.text(110, 75 + k * 5.5, text, bold if k == 0 else font, 10)
    y = 110.0
    cv.rect(15, y - 5, cv.width - 30, 7, color=None, fill=(0.9, 0.9, 0.9))
    cv.text(18, y, "Détail de votre consommation", bold, 9)
    for _row in range(rng.randint(4, 8)):
        y += 7
        cv.text(18, y, rng.choice(("Abonnement", "Consommation", "Taxes", "Contribution")), font, 9)
        cv.text(cv.width - 20, y, f"{rng.randint(2, 80)},{rng.randint(10, 99)} €", font, 9, align="right")
    cv.text(
        cv.width - 20, y + 12, f"Montant TTC : {rng.randint(30, 200)},{rng.randint(10, 99)} €", bold, 11, align="right"
    )
    cv.finish()


def draw_blank(cv: Canvas, cust: Customer | None, rng: random.Random, params: dict[str, Any]) -> None:
    """A duplex back: nothing, or the front's print showing through (mirrored, very faint)."""
    if not params.get("bleed"):
        return
    font = _font(rng)
    shade = rng.uniform(0.86, 0.94)
    writer = pymupdf.TextWriter(cv.page.rect, color=(shade, shade, shade))
    y = rng.uniform(20, 60)
    while y < cv.height - 30:
        length = rng.randint(20, 90)
        text = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz      ") for _ in range(length))
        writer.append(pymupdf.Point(20 * MM, y * MM), text, font=fonts.font_object(font), fontsize=10)
        y += rng.uniform(5, 12)
    pivot = pymupdf.Point(cv.page.rect.width / 2, cv.page.rect.height / 2)
    writer.write_text(cv.page, morph=(pivot, pymupdf.Matrix(-1, 0, 0, 1, 0, 0)))
