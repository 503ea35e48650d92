"""What travels with the documents: the customer's cover letter and blank backs of sheets."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from telvalid_desktop.samples.customers import Customer, digits, fr_date, random_date
from telvalid_desktop.samples.drawing import A4, MARGIN, Canvas, Ink, build_pdf
from telvalid_desktop.samples.procedure_form import LABELS, OPERATOR, OPERATOR_ADDRESS

_COVER_OPENINGS = (
    "Suite à votre courrier du {date}, je vous prie de trouver ci-joint les pièces manquantes pour "
    "compléter mon dossier.",
    "Comme demandé par votre technicien, vous trouverez ci-joint les documents qui manquaient à mon envoi du {date}.",
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
    body.append(f"Pour toute question, vous pouvez me joindre au {c.phone}. Ma dernière facture porte le n° {invoice}.")
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
        y = ink.paragraph(80, y + 48, A4[0] - 110, " ".join(["Madame, Monsieur,", *body]), size=12.5, leading=24 / 12.5)
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
