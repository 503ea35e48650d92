"""A team mailbox's worth of customer e-mails, as raw bytes to APPEND to a test IMAP server, each
with what its fetch must give: the procedure number filed, or the quarantine.

The forms carry a text layer (no OCR needed to read them); the phone photos are the costly part.
"""

from __future__ import annotations

import base64
import random
from dataclasses import dataclass
from email.message import EmailMessage

from telvalid_desktop.samples.bank_documents import rib_pdf
from telvalid_desktop.samples.customers import random_customer
from telvalid_desktop.samples.identity_documents import id_card_pdf
from telvalid_desktop.samples.procedure_form import form_pdf
from tests.core.test_hot_folder_batches import distinct_numbers
from tests.generator.emails import Attached, eml, pdf, photo_of, reply_subject, scans_zip


@dataclass(frozen=True)
class Sent:
    """One message of the mailbox and what its fetch must give."""

    raw: bytes
    message_id: str
    number: str | None  # the procedure number its one submission is filed under (None: to sort)
    quarantined: bool = False  # refused whole: moved to "Quarantaine"


def _sent(message: EmailMessage, number: str | None, *, quarantined: bool = False) -> Sent:
    return Sent(message.as_bytes(), str(message["Message-ID"]), number, quarantined)


def _with_subject(message: EmailMessage, encoded: str) -> bytes:
    """``message`` (its subject "PLACEHOLDER") with a subject encoded by hand (Q or B, any charset)."""
    return message.as_bytes().replace(b"Subject: PLACEHOLDER", f"Subject: {encoded}".encode())


def _program_only(message_id: str) -> EmailMessage:
    """Nothing to import: no text, a program attached."""
    message = EmailMessage()
    message["From"], message["Subject"], message["Message-ID"] = "promo@example.com", "", message_id
    message.add_attachment(b"MZ\x90\x00" + b"\0" * 64, "application", "octet-stream", filename="setup.exe")
    return message


def sample_mailbox(seed: int = 18) -> list[Sent]:
    """Eight e-mails, one of each kind a mailroom receives."""
    rng = random.Random(seed)
    first, second, third = distinct_numbers(3, seed=seed)
    customer = random_customer(rng)
    form, rib, card = form_pdf(first, customer=customer, rng=rng), rib_pdf(customer, rng), id_card_pdf(customer, rng)
    other_form = form_pdf(second, pages=1, rng=rng)
    latin1 = eml("PLACEHOLDER", "Voici le formulaire signé.", [pdf("formulaire.pdf", other_form)], message_id="<l1@x>")
    latin1_raw = _with_subject(latin1, f"=?iso-8859-1?q?Dossier_n=B0_{second}_-_pi=E8ces_jointes?=")
    forwarded = eml("Mon RIB", "Voici le RIB.", [pdf("RIB banque.pdf", rib)], message_id="<inner@x>")
    return [
        _sent(eml(reply_subject(first), "Bonjour, voici le formulaire.", [pdf("formulaire.pdf", form)]), first),
        _sent(
            eml(
                f"Réf. {first} – photo carte d'identité",
                "Photo prise avec mon téléphone.",
                [photo_of(card, "IMG_2041.jpg", seed=1)],
                message_id="<photo@x>",
            ),
            first,
        ),
        _sent(eml("Documents", "Ci-joint.", [pdf("scan.pdf", other_form)], message_id="<text-layer@x>"), second),
        Sent(
            _with_subject(
                eml("PLACEHOLDER", "Je transfère.", [forwarded], message_id="<fwd@x>"),
                "=?utf-8?b?" + base64.b64encode(f"TR: dossier {third} – pièces".encode()).decode() + "?=",
            ),
            "<fwd@x>",
            third,
        ),
        _sent(
            eml(f"Dossier {third} scans", "Les scans.", [scans_zip("scans.zip", rib, seed=2)], message_id="<zip@x>"),
            third,
        ),
        _sent(eml("Gagnez un voyage !", "Cliquez ici pour gagner.", message_id="<spam@x>"), None),
        _sent(
            eml(
                f"Dossier {second}: 日本語 — «pièces»",
                "Le fichier est peut-être abîmé.",
                [Attached("relevé cassé.pdf", form[: len(form) // 3], "application/pdf"), pdf("ok.pdf", other_form)],
                message_id="<broken@x>",
            ),
            second,
        ),
        Sent(latin1_raw, "<l1@x>", second),
        _sent(_program_only("<program@x>"), None, quarantined=True),
    ]


def bulk_mailbox(
    count: int, seed: int, *, numbers: int = 20, photo_every: int = 10, refused_every: int = 25
) -> list[Sent]:
    """``count`` e-mails: replies with a form (text layer), every ``photo_every``-th a phone photo of an
    ID card, every ``refused_every``-th nothing to import (quarantined)."""
    rng = random.Random(seed)
    pool = distinct_numbers(numbers, seed=seed)
    forms = {number: form_pdf(number, pages=1, rng=rng) for number in pool}
    card = id_card_pdf(random_customer(rng), rng)
    photo = photo_of(card, "IMG_0001.jpg", seed=seed)
    mailbox = []
    for index in range(count):
        message_id = f"<bulk-{seed}-{index}@example.fr>"
        number = pool[index % numbers]
        if index % refused_every == refused_every - 1:
            mailbox.append(_sent(_program_only(message_id), None, quarantined=True))
            continue
        attached = photo if index % photo_every == photo_every - 1 else pdf(f"formulaire-{index}.pdf", forms[number])
        message = eml(reply_subject(number), f"Bonjour, voici la pièce {index}.", [attached], message_id=message_id)
        mailbox.append(_sent(message, number))
    return mailbox
