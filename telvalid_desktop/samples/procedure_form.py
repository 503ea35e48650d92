"""The procedure form the manager generates, with the operator it comes from and the traps in its header."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from telvalid_desktop.samples.customers import (
    Customer,
    digits,
    fr_date,
    grouped_iban,
    phone_number,
    random_customer,
    random_date,
)
from telvalid_desktop.samples.drawing import (
    A4,
    DARK,
    GREY,
    INKS,
    LIGHT,
    MARGIN,
    WHITE,
    Canvas,
    Color,
    Drawing,
    Ink,
    build_pdf,
    text_width,
    wrap_words,
)

# The header band of the generated form ends above this y (10 % of the page height).
HEADER_BAND_PT = 84.0

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

_OFFERS = ("Pack Voix Pro", "Trunk SIP Essentiel", "Standard cloud PME", "Lignes fixes Entreprise")


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
            canvas.text(right, 56, f"Assistance : {traps.support}", size=7, font=style.font, color=GREY, align="right")
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
            canvas.text(A4[0] / 2, 70, f"Support {traps.support}", size=7, font=style.font, color=GREY, align="center")
    canvas.line(MARGIN, 77, right, 77, width=0.8, color=style.accent)


def _form_footer(canvas: Canvas, style: _FormStyle, version: str) -> None:
    y = A4[1] - 30
    canvas.line(MARGIN, y - 10, A4[0] - MARGIN, y - 10, width=0.4, color=GREY)
    for line in wrap_words(OPERATOR_LEGAL, A4[0] - 2 * MARGIN, 6, style.font):
        canvas.text(A4[0] / 2, y, line, size=6, font=style.font, color=GREY, align="center")
        y += 7.5
    canvas.text(A4[0] - MARGIN, A4[1] - 12, version, size=5.5, font=style.font, color=GREY, align="right")


def _signature_box(canvas: Canvas, ink: Ink, y: float, customer: Customer, *, signed_on: date, title: str) -> float:
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
    canvas.text(x0, 104, "Procédure de validation de compte — Groupe téléphonie", size=14, font=f"{font}-bold")
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
    canvas.field(x0 + half + 8, y, half - 16, "SIREN" if c.siren else "Né(e) le", c.siren or fr_date(c.birth_date))
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
    canvas.field(x0 + 8, y + 52, half - 16, "Dernière facture", f"Facture n° {form.invoice} du {form.invoice_date}")
    canvas.field(x0 + half + 8, y + 52, half - 16, "Contrat", f"CT-{form.contract}")
    y = canvas.section(y + 70, "3. Coordonnées bancaires (RIB)", accent=style.accent, height=78)
    canvas.text(x0 + 8, y - 6, "IBAN", size=6.5, color=GREY)
    canvas.cells(x0 + 8, y + 8, c.iban, cell=13.2, size=9, group=4)
    canvas.text(x0 + 8, y + 25, "BIC", size=6.5, color=GREY)
    end = canvas.cells(x0 + 8, y + 39, c.bic, cell=13.2, size=9)
    canvas.field(end + 20, y + 39, x1 - end - 28, "Domiciliation", c.bank)
    y = canvas.section(y + 56, "4. Mode de paiement", accent=style.accent, height=64)
    cheque = c.payment_method == "cheque"
    canvas.checkbox(x0 + 10, y - 4, "Prélèvement SEPA automatique (renouvellement mensuel)", checked=not cheque)
    canvas.checkbox(x0 + 10, y + 10, "Chèque à l'ordre de Nuvéa Télécom (joindre un chèque barré)", checked=cheque)
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
    bottom = _signature_box(canvas, ink, y + 40, c, signed_on=form.signed, title="Signature du titulaire du compte")
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
    canvas.field(x0 + 8, y + 52, half - 16, "Groupe téléphonie / compte", f"{c.telephony_group} / {c.account}")
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
