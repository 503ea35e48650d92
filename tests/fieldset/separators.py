"""Separator sheets the mailroom slips between envelopes, and customer pages whose barcodes are not separators."""

from __future__ import annotations

import functools
import random
from typing import Any

import pymupdf

from tests.fieldset import fonts
from tests.fieldset.canvas import Canvas
from tests.fieldset.people import Customer, date_fr

INCH = 25.4
NARROW, WIDE, SPACE = 0.08 * INCH, 0.20 * INCH, 0.08 * INCH
PATCH_T = (NARROW, WIDE, NARROW, WIDE)  # bars from the edge, each followed by a space


def patch_bars(cv: Canvas, rng: random.Random, *, from_bottom: bool) -> None:
    """The Patch T pattern: four bars parallel to the edge, narrow-space-wide-space-narrow-space-wide."""
    offset = rng.uniform(8, 40)
    length = rng.uniform(2.2 * INCH, min(7.0 * INCH, cv.width - 20))
    x = rng.uniform(8, cv.width - 8 - length)
    edge = offset
    for bar in PATCH_T:
        top = cv.height - edge - bar if from_bottom else edge
        cv.rect(x, top, length, bar, color=None, fill=(0, 0, 0))
        edge += bar + SPACE


def draw_separator(cv: Canvas, cust: Customer | None, rng: random.Random, params: dict[str, Any]) -> None:
    """params: separator_kind (patcht_code39 | qr | patch_bars | app_sheet), app_pdf (path of the app's sheet)."""
    kind = str(params["separator_kind"])
    if kind == "app_sheet":
        source = _app_sheet(str(params["app_pdf"]))
        cv.page.show_pdf_page(cv.page.rect, source, 0)
        return
    if kind == "qr":
        side = rng.uniform(35, 90)
        cv.barcode(
            (rng.uniform(15, cv.width - side - 15), rng.uniform(20, cv.height - side - 30), side, side), "PATCHT", "qr"
        )
        return
    patch_bars(cv, rng, from_bottom=False)
    if rng.random() < 0.7:
        patch_bars(cv, rng, from_bottom=True)
    if kind == "patch_bars":
        return
    width = rng.uniform(110, 175)
    height = rng.uniform(30, 60)
    top = cv.height / 2 - height / 2 + rng.uniform(-20, 20)
    cv.barcode(((cv.width - width) / 2, top, width, height), "PATCHT", "code39")
    bold = fonts.printed("sans", "bold", rng)
    cv.text(cv.width / 2, top - 12, "PATCH T", bold, rng.uniform(28, 54), align="center")
    if rng.random() < 0.6:
        cv.text(cv.width / 2, top + height + 10, "*PATCHT*", fonts.printed("mono", "regular", rng), 14, align="center")
    cv.finish()


@functools.cache
def _app_sheet(path: str) -> pymupdf.Document:
    return pymupdf.open(path)


def _letter_body(cv: Canvas, rng: random.Random, top: float, lines: int) -> float:
    font = fonts.printed(rng.choice(("sans", "serif")), "regular", rng)
    words = (
        "contrat client service montant période référence conditions livraison merci document "
        "règlement échéance votre commande prestation adresse"
    ).split()
    y = top
    for _ in range(lines):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(6, 14)))
        cv.text(20, y, text.capitalize(), font, 9.5)
        y += 5.2
    return y


def draw_decoy_barcode(cv: Canvas, cust: Customer, rng: random.Random, params: dict[str, Any]) -> None:
    """A customer page with a barcode or black rules that is no separator; params: decoy (asn | qr | code39 | rules)."""
    decoy = str(params["decoy"])
    bold = fonts.printed("sans", "bold", rng)
    font = fonts.printed("sans", "regular", rng)
    if decoy == "rules":
        cv.text(20, 25, rng.choice(("ATTESTATION D'ASSURANCE", "BORDEREAU DE REMISE", "ÉCHÉANCIER")), bold, 14)
        y = 40.0
        for _block in range(rng.randint(3, 5)):
            cv.rect(15, y, cv.width - 30, rng.uniform(6, 10), color=None, fill=(0, 0, 0))
            cv.text(18, y + 5.5, rng.choice(("DÉSIGNATION", "MONTANT", "DATE", "ÉCHÉANCES")), bold, 9, color=(1, 1, 1))
            y += 14
            for _row in range(rng.randint(2, 5)):
                cv.text(18, y, f"{rng.choice(('Ligne', 'Échéance', 'Article'))} {rng.randint(1, 99)}", font, 9)
                cv.text(cv.width - 20, y, f"{rng.randint(10, 999)},{rng.randint(10, 99)} €", font, 9, align="right")
                cv.line(15, y + 2, cv.width - 15, y + 2, width=rng.choice((0.3, 1.5, 2.5)))
                y += 8
            y += 6
        cv.finish()
        return
    cv.text(20, 25, cust.holder, bold, 11)
    cv.text(20, 31, f"{cust.street}, {cust.postcode} {cust.city}", font, 9)
    cv.text(cv.width - 20, 40, date_fr(rng), font, 9, align="right")
    _letter_body(cv, rng, 55, rng.randint(8, 25))
    if decoy == "asn":
        x, y = rng.choice(((cv.width - 75, 10.0), (cv.width - 75, cv.height - 35), (15.0, cv.height - 35)))
        cv.rect(x, y, 60, 25, width=0.4)
        text = f"ASN{rng.randrange(10**6):06d}"
        cv.barcode((x + 4, y + 3, 52, 14), text, "code128")
        cv.text(x + 30, y + 22, text, font, 8, align="center")
    elif decoy == "qr":
        side = rng.uniform(18, 35)
        content = rng.choice(
            (
                f"https://www.example-energie.fr/facture?ref={rng.randrange(10**8)}",
                f"BCD\n002\n1\nSCT\n{cust.bic}\n{cust.holder}\n{cust.iban}\nEUR{rng.randint(10, 99)}.00",
                f"SEPA-PAYMENT {cust.iban} EUR {rng.randint(10, 99)}.00",
            )
        )
        cv.barcode((cv.width - side - 20, cv.height - side - 25, side, side), content, "qr")
        cv.text(cv.width - 20, cv.height - 20, "Payez en ligne", font, 7, align="right")
    else:
        text = rng.choice(("COLIS", "CMD", "LOT")) + f"{rng.randrange(10**5, 10**6)}"
        cv.barcode((20, cv.height - 60, rng.uniform(60, 110), 18), text, "code39")
        cv.text(20, cv.height - 36, text, font, 9)
    cv.finish()
