"""Complement cover letters (typed, French or English), handwritten notes and fax cover sheets."""

from __future__ import annotations

import random
from typing import Any

from tests.fieldset import fonts
from tests.fieldset.canvas import Canvas, Color, ink
from tests.fieldset.people import Customer, date_fr, pairs

RECIPIENTS = (
    ("TELECOM SAS", "Service Validation Téléphonie", "2 rue Kellermann", "BP 80157", "59053 Roubaix Cedex 1"),
    ("TELECOM", "Service prélèvements - Téléphonie", "2 rue Kellermann", "59100 Roubaix"),
    ("Service Client TELECOM", "Validation des comptes", "CS 70001", "59100 Roubaix"),
)
SUBJECTS_FR = (
    "Objet : Complément de dossier - procédure n° {n}",
    "Objet : complément dossier procédure {n}",
    "Objet : Procédure n° {n} - pièces manquantes",
    "OBJET : VALIDATION TÉLÉPHONIE - N° DE PROCÉDURE {n}",
    "Objet : Envoi des documents (procédure {n})",
)
SUBJECTS_EN = ("Subject: Additional documents - procedure number {n}", "Re: procedure {n} - missing documents")
BODY_NUMBER_FR = (
    "Veuillez trouver ci-joint les pièces manquantes concernant mon dossier n° {n}.",
    "Suite à votre courrier, je vous adresse les documents demandés concernant la procédure {n}.",
    "Je vous prie de trouver ci-joint le complément de mon dossier. N° de procédure : {p}.",
    "Comme convenu par téléphone, voici le RIB et la pièce d'identité pour la procédure {n} de notre société.",
)
BODY_NUMBER_EN = (
    "Please find enclosed the missing documents for my file, procedure number {n}.",
    "As requested, I am sending you the documents regarding procedure {n}.",
)
FILLER_FR = (
    "Je reste à votre disposition pour tout renseignement complémentaire au {phone}.",
    "Mon identifiant client est {account} et le groupe concerné est {group}.",
    "Je vous remercie de bien vouloir valider mon groupe téléphonie dans les meilleurs délais.",
    "Le chèque barré demandé est également joint à ce courrier.",
    "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    "Nous vous remercions par avance pour le traitement de notre demande.",
)
FILLER_EN = (
    "My customer account is {account}; you can reach me on {phone}.",
    "Thank you in advance for validating my telephony group.",
    "Kind regards,",
)


def _fill(text: str, cust: Customer) -> str:
    return text.format(n=cust.number, p=pairs(cust.number), phone=cust.phone, account=cust.account, group=cust.group)


def draw_cover_letter(cv: Canvas, cust: Customer, rng: random.Random, params: dict[str, Any]) -> None:
    """params: where ('subject' or 'body'), english (bool), old_number (a superseded number quoted, or '')."""
    english = bool(params.get("english"))
    where = str(params.get("where", "subject"))
    family = rng.choice(("serif", "sans", "sans", "condensed", "mono"))
    font = fonts.printed(family, "regular", rng)
    bold = fonts.printed(family, "bold", rng)
    size = rng.uniform(10, 12)
    line = size / 72 * 25.4 * 1.35
    left = rng.uniform(18, 28)
    y = rng.uniform(18, 30)
    sender = [cust.holder, cust.street, f"{cust.postcode} {cust.city}"]
    if rng.random() < 0.6:
        sender.append(("Tél. " if not english else "Phone ") + cust.phone)
    if rng.random() < 0.4:
        sender.append(("Réf. client : " if not english else "Customer id: ") + cust.account)
    for text in sender:
        cv.text(left, y, text, font, size)
        y += line
    y += line
    for text in rng.choice(RECIPIENTS):
        cv.text(cv.width * 0.55, y, text, font, size)
        y += line
    y += line
    place = f"{cust.city}, {'le ' if not english else ''}{date_fr(rng)}"
    cv.text(cv.width - 22, y, place, font, size, align="right")
    y += 2.5 * line
    if where == "subject":
        subject = rng.choice(SUBJECTS_EN if english else SUBJECTS_FR)
        cv.text(left, y, _fill(subject, cust), bold, size)
        y += 2 * line
    elif rng.random() < 0.6:
        cv.text(left, y, "Subject: Telephony validation" if english else "Objet : Complément de dossier", bold, size)
        y += 2 * line
    cv.text(left, y, "Dear Sir or Madam," if english else "Madame, Monsieur,", font, size)
    y += 2 * line
    body: list[str] = []
    if where == "body":
        body.append(rng.choice(BODY_NUMBER_EN if english else BODY_NUMBER_FR))
    else:
        body.append(
            "Please find enclosed the documents you asked for."
            if english
            else "Veuillez trouver ci-joint les documents demandés pour la validation de mon groupe téléphonie."
        )
    if params.get("old_number"):
        body.append(f"Ma précédente procédure n° {params['old_number']} comportait une erreur et a été remplacée.")
    body += rng.sample(FILLER_EN if english else FILLER_FR, 2 if english else rng.randint(2, 4))
    for paragraph in body:
        y = cv.paragraph(left, y, _fill(paragraph, cust), font, size, width=cv.width - left - 22) + line * 0.6
    y += line
    cv.text(cv.width * 0.55, y, cust.person, font, size)
    cv.scribble(cv.width * 0.55, y + 3, 45, 16, rng, color=ink(rng))
    cv.finish()


HAND_TEXTS = (
    ("dossier {n} - RIB joint",),
    ("Procédure n° {n}", "Ci-joint mon RIB", "Merci"),
    ("Complément dossier {n}", "copie CNI + RIB", "{name}"),
    ("N° procédure : {p}", "voici les pièces manquantes", "cordialement"),
    ("Bonjour,", "ci-joint le chèque barré", "pour la procédure {n}", "{name}"),
    ("Réf. {n}", "Kbis + RIB", "Merci de valider", "{name} {phone}"),
)


def draw_handwritten(cv: Canvas, cust: Customer, rng: random.Random, params: dict[str, Any]) -> None:
    """A note on plain or lined paper, in blue or black ink; the number is handwritten."""
    lined = rng.random() < 0.5
    left = rng.uniform(15, 40)
    top = rng.uniform(20, 80)
    gap = rng.uniform(9, 13)
    if lined:
        for k in range(int((cv.height - 20) / 8)):
            cv.line(10, 20 + k * 8, cv.width - 10, 20 + k * 8, color=(0.6, 0.75, 0.9), width=0.3)
        cv.line(30, 10, 30, cv.height - 10, color=(0.9, 0.5, 0.5), width=0.4)
        gap = 16.0
        top = 20 + 8 * rng.randint(2, 8) - 1
        left = 34.0
    pen: Color = ink(rng)
    hand = fonts.handwriting(rng)
    size = rng.uniform(16, 24)
    slope = rng.uniform(-3, 3)
    lines = rng.choice(HAND_TEXTS)
    name = cust.person if rng.random() < 0.5 else cust.last.upper()
    y = top
    for text in lines:
        filled = text.format(n=cust.number, p=pairs(cust.number), name=name, phone=cust.phone)
        cv.handwrite(left + rng.uniform(-3, 6), y, filled, hand, size, rng=rng, color=pen, slope=slope)
        y += gap
    if rng.random() < 0.6:
        cv.scribble(left + 40, y, 40, 14, rng, color=pen)
    cv.finish()


def fax_header_line(cust: Customer | None, rng: random.Random, page: tuple[int, int]) -> str:
    sender = cust.phone if cust is not None else "01 23 45 67 89"
    number = "+33 " + sender[1:] if rng.random() < 0.6 else sender
    when = f"{date_fr(rng)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    name = (cust.holder.upper()[:22] if cust is not None else "") if rng.random() < 0.5 else ""
    return f"DE: {number}  {name}  {when}  P.{page[0]:03d}/{page[1]:03d}".replace("    ", "  ")


def draw_fax_cover(cv: Canvas, cust: Customer, rng: random.Random, params: dict[str, Any]) -> None:
    """A fax cover sheet whose Objet / Réf quotes the number; params: pages (count including this one)."""
    family = rng.choice(("sans", "serif", "condensed"))
    font = fonts.printed(family, "regular", rng)
    bold = fonts.printed(family, "bold", rng)
    y = rng.uniform(25, 40)
    title = rng.choice(("TÉLÉCOPIE", "FAX", "Télécopie", "BORDEREAU DE TÉLÉCOPIE"))
    cv.text(20, y, title, bold, rng.uniform(20, 30))
    y += 16
    ref = rng.choice(
        (
            ("Objet", f"Complément procédure {cust.number}"),
            ("Réf.", cust.number),
            ("Votre réf.", f"procédure n° {cust.number}"),
            ("Objet", f"Dossier n° {pairs(cust.number)} - documents"),
        )
    )
    rows = [
        ("À", "TELECOM - Service validation"),
        ("Fax", "03 20 00 00 00"),
        ("De", cust.holder),
        ("Fax / Tél.", cust.phone),
        ("Date", date_fr(rng)),
        ("Pages", f"{params.get('pages', 3)} (y compris celle-ci)"),
    ]
    rows.insert(rng.randint(3, len(rows)), ref)
    for label, value in rows:
        cv.rect(18, y - 5.5, cv.width - 36, 8.5, width=0.4)
        cv.text(21, y, f"{label} :", bold, 11)
        cv.text(60, y, value, font, 11)
        y += 8.5
    y += 10
    cv.text(20, y, "Message :", bold, 11)
    cv.rect(18, y + 3, cv.width - 36, 70, width=0.4)
    hand = fonts.handwriting(rng)
    note = rng.choice(("Voici les pièces manquantes.", "Ci-joint RIB et CNI", "Merci de compléter mon dossier"))
    if rng.random() < 0.6:
        cv.handwrite(24, y + 16, note, hand, 16, rng=rng, color=(0.05, 0.05, 0.08))
    else:
        cv.text(24, y + 12, note, font, 11)
    cv.finish()
