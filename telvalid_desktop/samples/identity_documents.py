"""Proofs of identity a customer sends: the ID card photocopy (with its MRZ) and the company Kbis."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pymupdf

from telvalid_desktop.samples.customers import CITIES, STREETS, Customer, digits, fr_date, random_date, random_siren
from telvalid_desktop.samples.drawing import A4, DARK, GREY, INKS, LIGHT, MARGIN, Canvas, Color, Ink, build_pdf, tinted


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


def _card(canvas: Canvas, box: pymupdf.Rect, rng: random.Random, tint: Color) -> None:
    """A plastic card outline with a pale guilloche background."""
    canvas.rect(box, stroke=GREY, fill=tinted(tint, 0.88), width=0.8, radius=0.06)
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
        canvas.shape.finish(color=tinted(tint, 0.65), width=0.3, closePath=False)


def _photo(canvas: Canvas, box: pymupdf.Rect, rng: random.Random) -> None:
    """An ID photo: grey background, a head and shoulders."""
    shade = rng.uniform(0.25, 0.55)
    canvas.rect(box, stroke=DARK, fill=(0.85, 0.85, 0.86), width=0.4)
    cx = (box.x0 + box.x1) / 2
    half_width, rise = box.width * 0.42, box.height * 0.3
    shoulders = [
        pymupdf.Point(cx + half_width * math.cos(t / 20 * math.pi), box.y1 - rise * math.sin(t / 20 * math.pi))
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
        canvas.text(fx + 10 * s, fy + 24 * s, title, size=6 * s, font="sans-bold", color=tinted(tint, -0.4))
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


def kbis_pdf(customer: Customer, rng: random.Random) -> bytes:
    """An "Extrait Kbis" from a commercial court registry (SIREN, RCS, numéro de gestion)."""
    c = customer
    company = c.company or f"EI {c.person}"
    siren = c.siren or random_siren(rng)
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
        ("Date et lieu de naissance", f"Le {fr_date(c.birth_date)} à {rng.choice(CITIES)[1]}"),
        ("Domicile personnel", f"{rng.randint(1, 90)} {rng.choice(STREETS)} {c.city_line}"),
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
        canvas.text(MARGIN, 36, f"Greffe du Tribunal de Commerce de {registry_city}", size=9, font="serif-bold")
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
