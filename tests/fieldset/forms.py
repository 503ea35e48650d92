"""The manager's form, 'validation du groupe téléphonie / prélèvement', in the header layouts of its versions."""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from typing import Any

from tests.fieldset import fonts
from tests.fieldset.canvas import BLACK, Canvas, Color, ink
from tests.fieldset.people import Customer, date_fr, group4

LABELS = ("Numéro de procédure", "N° de procédure", "No de procédure", "Procédure n°", "Procedure number")
FAMILIES = ("serif", "sans", "mono", "condensed")
STYLES = ("regular", "bold", "italic")
LOGO_COLORS: tuple[Color, ...] = ((0.0, 0.2, 0.55), (0.75, 0.1, 0.1), (0.1, 0.45, 0.3), (0.15, 0.15, 0.2))
SMALL_PRINT = (
    "En signant ce formulaire de mandat, vous autorisez le créancier à envoyer des instructions à votre banque "
    "pour débiter votre compte, et votre banque à débiter votre compte conformément aux instructions du créancier. "
    "Vous bénéficiez du droit d'être remboursé par votre banque selon les conditions décrites dans la convention "
    "que vous avez passée avec elle. Une demande de remboursement doit être présentée dans les 8 semaines suivant "
    "la date de débit de votre compte pour un prélèvement autorisé. Le renouvellement du service téléphonie est "
    "automatique chaque mois après validation du dossier ; le groupe peut consommer jusqu'à 150 euros HT de hors "
    "forfait par mois. Les informations recueillies font l'objet d'un traitement informatique destiné à la gestion "
    "de votre compte. Conformément à la réglementation, vous disposez d'un droit d'accès et de rectification."
)


@dataclass(frozen=True)
class FormLayout:
    """One manager version's header (what the truth records) and its body style."""

    label: str
    case: str  # as_is | upper | lower
    colon: bool
    stacked: bool
    boxed: bool
    logo: bool
    position: str  # left | center | right
    font: str  # family-style
    size_pt: float
    top_mm: float
    body_family: str
    section_style: str  # bar | rule | plain

    def truth(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("top_mm", "body_family", "section_style"):
            data.pop(key)
        return data


def random_layout(rng: random.Random) -> FormLayout:
    return FormLayout(
        label=rng.choice(LABELS),
        case=rng.choices(("as_is", "upper", "lower"), (0.6, 0.3, 0.1))[0],
        colon=rng.random() < 0.6,
        stacked=rng.random() < 0.35,
        boxed=rng.random() < 0.35,
        logo=rng.random() < 0.5,
        position=rng.choice(("left", "center", "right")),
        font=f"{rng.choice(FAMILIES)}-{rng.choices(STYLES, (0.5, 0.3, 0.2))[0]}",
        size_pt=float(rng.randint(8, 14)),
        top_mm=rng.uniform(7, 20),
        body_family=rng.choice(("serif", "sans", "sans", "condensed")),
        section_style=rng.choice(("bar", "rule", "plain")),
    )


def _label_text(layout: FormLayout) -> str:
    text = layout.label
    if layout.case == "upper":
        text = text.upper()
    elif layout.case == "lower":
        text = text.lower()
    return text + (" :" if layout.colon and layout.label != "Procedure number" else (":" if layout.colon else ""))


def _logo(cv: Canvas, x: float, y: float, rng: random.Random) -> float:
    """A wordmark; returns its width."""
    color = rng.choice(LOGO_COLORS)
    bold = fonts.printed("sans", "bold", rng)
    word = rng.choice(("TELECOM", "TéléCom", "TELECOM PRO", "VOXNET", "TELECOM SAS"))
    size = rng.uniform(11, 16)
    width = cv.measure(word, bold, size) + 6
    height = size / 72 * 25.4 + 4
    shape = rng.choice(("box", "circle", "plain"))
    if shape == "box":
        cv.rect(x, y, width, height, color=None, fill=color)
        cv.text(x + 3, y + height - 2.6, word, bold, size, color=(1, 1, 1))
        return width
    if shape == "circle":
        cv.circle(x + height / 2, y + height / 2, height / 2, fill=color)
        cv.text(x + height + 2, y + height - 2.6, word, bold, size, color=color)
        return width + height
    cv.text(x, y + height - 2.6, word, bold, size, color=color)
    cv.line(x, y + height - 1, x + width - 6, y + height - 1, color=color, width=1.5)
    return width


def _number_block(cv: Canvas, number: str, layout: FormLayout, rng: random.Random) -> tuple[float, float, float]:
    """Draws the label and the number; returns (x_left, x_right, bottom) of the block."""
    family, style = layout.font.split("-")
    font = fonts.printed(family, style, rng)
    number_font = fonts.printed(family, "bold", rng) if rng.random() < 0.4 else font
    size = layout.size_pt
    label = _label_text(layout)
    if layout.stacked:
        lines = [(label, font, size), (number, number_font, size * rng.uniform(1.0, 1.3))]
    else:
        lines = [(f"{label} {number}", font, size)]
    width = max(cv.measure(text, f, s) for text, f, s in lines)
    pad = rng.uniform(1.5, 3.5) if layout.boxed else 0.0
    margin = rng.uniform(14, 24)
    x = {"left": margin, "center": (cv.width - width) / 2, "right": cv.width - margin - width}[layout.position]
    y = layout.top_mm + pad
    for text, f, s in lines:
        y += s / 72 * 25.4
        cv.text(x, y, text, f, s)
        y += s / 72 * 25.4 * 0.35
    if layout.boxed:
        cv.rect(x - pad, layout.top_mm, width + 2 * pad, y - layout.top_mm + pad * 0.6, width=rng.uniform(0.5, 1.4))
    return x - pad, x + width + pad, y + pad


def header_decoys(cust: Customer, page_no: int, pages: int, rng: random.Random) -> list[str]:
    candidates = [
        f"Réf. client {rng.randrange(1_000_000, 9_999_999)}",
        f"RUM FR{rng.randint(10, 99)}ZZZ{rng.randrange(100000, 999999)}-2026-{rng.randint(1, 9999):04d}",
        f"ICS FR{rng.randint(10, 99)}ZZZ{rng.randrange(100000, 999999)}",
        f"Facture n° 2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
        f"Tél. {cust.phone}",
        f"Édité le {date_fr(rng)}" + (f" à {rng.randint(8, 19)}:{rng.randint(10, 59)}" if rng.random() < 0.5 else ""),
        f"Compte client : {cust.account}",
        f"Groupe téléphonie : {cust.group}",
        f"IBAN {group4(cust.iban)}",
    ]
    if cust.decoys:
        candidates.append(rng.choice(("Réf. ", "Réf. client ", "Dossier ", "Commande n° ")) + rng.choice(cust.decoys))
    chosen = rng.sample(candidates, rng.randint(1, 3))
    if rng.random() < 0.7:
        chosen.append(f"Page {page_no}/{pages}")
    return chosen


def _header(cv: Canvas, cust: Customer, layout: FormLayout, rng: random.Random, page: tuple[int, int]) -> float:
    left, right, bottom = _number_block(cv, cust.number, layout, rng)
    if layout.logo:
        if layout.position == "left":
            _logo(cv, right + rng.uniform(6, 30), layout.top_mm, rng)
        else:
            _logo(cv, rng.uniform(14, 22), layout.top_mm, rng)
    small = fonts.printed(layout.body_family, "regular", rng)
    size = rng.uniform(7, 9)
    decoys = header_decoys(cust, page[0], page[1], rng)
    y = layout.top_mm + 3 + (14 if layout.logo else 0)  # below the logo, never over it
    side_right = layout.position != "right"
    for text in decoys:
        x = cv.width - 16 if side_right else 16.0
        cv.text(x, y, text, small, size, align="right" if side_right else "left")
        y += size / 72 * 25.4 * 1.35
    bottom = max(bottom, y) + rng.uniform(3, 7)
    if rng.random() < 0.6:
        cv.line(14, bottom, cv.width - 14, bottom, width=rng.choice((0.4, 0.8, 2.0)))
    return bottom + 8


def _section(cv: Canvas, y: float, title: str, layout: FormLayout, rng: random.Random) -> float:
    bold = fonts.printed(layout.body_family, "bold", rng)
    if layout.section_style == "bar":
        cv.rect(16, y - 4.5, cv.width - 32, 6.5, color=None, fill=(0.1, 0.1, 0.12))
        cv.text(18, y, title.upper(), bold, 10, color=(1, 1, 1))
    else:
        cv.text(16, y, title, bold, 11)
        if layout.section_style == "rule":
            cv.line(16, y + 1.5, cv.width - 16, y + 1.5, width=1.8)
    return y + 8


def _fields(cv: Canvas, y: float, rows: list[tuple[str, str]], layout: FormLayout, rng: random.Random) -> float:
    font = fonts.printed(layout.body_family, "regular", rng)
    bold = fonts.printed(layout.body_family, "bold", rng)
    for label, value in rows:
        cv.text(18, y, f"{label} :", font, 9.5)
        cv.text(70, y, value, bold, 9.5)
        y += 6
    return y + 3


def _signature(cv: Canvas, y: float, cust: Customer, layout: FormLayout, *, rng: random.Random, signed: bool) -> float:
    font = fonts.printed(layout.body_family, "regular", rng)
    cv.text(18, y, "Fait à ................................  le ....../....../..........", font, 9.5)
    cv.text(120, y + 8, "Signature du titulaire du compte :", font, 9)
    cv.rect(118, y + 10, 72, 30, width=0.5)
    if signed:
        pen = ink(rng)
        hand = fonts.handwriting(rng)
        cv.handwrite(30, y - 1, cust.city, hand, rng.uniform(11, 14), rng=rng, color=pen)
        cv.handwrite(82, y - 1, date_fr(rng), hand, rng.uniform(10, 13), rng=rng, color=pen)
        cv.scribble(125, y + 15, 55, 20, rng, color=pen)
    return y + 46


def _body(cv: Canvas, y: float, cust: Customer, layout: FormLayout, *, rng: random.Random, part: str) -> float:
    font = fonts.printed(layout.body_family, "regular", rng)
    if part == "identity":
        title_font = fonts.printed(layout.body_family, "bold", rng)
        cv.text(cv.width / 2, y, "Validation du groupe téléphonie", title_font, 15, align="center")
        cv.text(cv.width / 2, y + 7, "Autorisation de prélèvement SEPA", font, 11, align="center")
        y = _section(cv, y + 18, "Titulaire du compte", layout, rng)
        rows = [("Nom / Raison sociale", cust.holder), ("Adresse", cust.street)]
        rows.append(("Ville", f"{cust.postcode} {cust.city}"))
        if cust.company:
            rows += [("SIREN", cust.siren), ("Représentant", cust.person)]
        y = _fields(cv, y, rows, layout, rng)
        y = _section(cv, y, "Service concerné", layout, rng)
        payment = "Prélèvement automatique" if cust.payment == "direct_debit" else "Chèque"
        rows = [("Groupe téléphonie", cust.group), ("Identifiant client", cust.account), ("Mode de paiement", payment)]
        return _fields(cv, y, rows, layout, rng)
    if part == "bank":
        y = _section(cv, y, "Coordonnées bancaires", layout, rng)
        rows = [("IBAN", group4(cust.iban)), ("BIC", cust.bic), ("Banque", cust.bank)]
        y = _fields(cv, y, rows, layout, rng)
        y = _section(cv, y, "Mandat de prélèvement SEPA", layout, rng)
        return cv.paragraph(18, y, SMALL_PRINT[: rng.randint(300, len(SMALL_PRINT))], font, 8, width=cv.width - 36) + 4
    y = _section(cv, y, "Pièces à joindre", layout, rng)
    items = ["copie recto verso d'une pièce d'identité", "relevé d'identité bancaire (RIB)"]
    if cust.company:
        items.append("extrait Kbis de moins de 3 mois")
    if cust.payment == "cheque":
        items.append("un chèque barré")
    for item in items:
        cv.rect(18, y - 3, 3, 3, width=0.4)
        cv.text(24, y, item, font, 9.5)
        y += 6
    y = _section(cv, y + 4, "Conditions", layout, rng)
    return cv.paragraph(18, y, SMALL_PRINT, font, 7.5, width=cv.width - 36) + 4


def draw_form_page(cv: Canvas, cust: Customer, layout: FormLayout, rng: random.Random, params: dict[str, Any]) -> None:
    """Page page_no of pages; params: page_no, pages, signed."""
    page_no, pages = int(params["page_no"]), int(params["pages"])
    parts = {1: [["identity", "bank", "sign"]], 2: [["identity", "bank"], ["terms", "sign"]]}.get(
        pages, [["identity"], ["bank"], ["terms", "sign"]]
    )[page_no - 1]
    y = _header(cv, cust, layout, rng, (page_no, pages))
    for part in parts:
        if part == "sign":
            y = _signature(cv, y + 4, cust, layout, rng=rng, signed=bool(params.get("signed", True)))
        else:
            y = _body(cv, y, cust, layout, rng=rng, part=part)
    footer = fonts.printed(layout.body_family, "regular", rng)
    cv.text(
        cv.width / 2,
        cv.height - 10,
        "TELECOM SAS au capital de 10 174 560 € - RCS Lille Métropole 424 761 419 - 2 rue Kellermann 59100 Roubaix",
        footer,
        6.5,
        align="center",
        color=BLACK,
    )
    cv.finish()
