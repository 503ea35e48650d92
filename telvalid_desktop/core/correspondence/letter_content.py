"""What a letter to the customer says, in French (default) or English, without any drawing.

A hold letter tells the customer which documents are missing and which were refused,
and why; how to send the complement (by post behind the enclosed return cover sheet, or
by e-mail); and to quote the procedure number again. A reminder says the same, counting
the days the dossier has waited. The same content becomes the printed PDF
(``letter_pdf``) and the plain e-mail text (``email_text``). Both are signed with the team's
letterhead (``letterhead.py``), which also says where the customer sends the documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from telvalid_desktop.core.correspondence.letterhead import Letterhead
from telvalid_desktop.domain import RefusalReason

LANGUAGES = ("fr", "en")

# Printed exactly as the manager's form prints it: the intake reads it back from the header.
NUMBER_LABEL = "Numéro de procédure"


class LetterKind(StrEnum):
    HOLD = "hold"
    REMINDER = "reminder"


@dataclass(frozen=True)
class RequestedItem:
    """One document the customer is asked for: missing, or refused with its reason."""

    code: str
    label: str
    refused: bool = False
    reason: str = ""  # the refusal explained, in the letter's language ("" when missing)
    note: str = ""  # the technician's precision on the refusal


@dataclass(frozen=True)
class LetterContent:
    """Everything a letter states, already in its language."""

    kind: LetterKind
    language: str
    procedure_number: str
    written_on: date
    sender: Letterhead  # the team's letterhead: who writes, and where the customer answers
    customer_name: str = ""
    postal_address: tuple[str, ...] = ()  # the lines shown in the envelope's window (none: no address known)
    account: str = ""
    telephony_group: str = ""
    items: tuple[RequestedItem, ...] = ()
    held_on: date | None = None  # reminders: when the dossier was put on hold
    days_on_hold: int = 0
    reply_address: str = ""  # where customers send documents by e-mail (team policy); empty: the letterhead's

    @property
    def reply_to(self) -> str:
        """The address customers answer to: the team's reply address, else the letterhead's e-mail."""
        return self.reply_address or self.sender.email

    @property
    def missing(self) -> tuple[RequestedItem, ...]:
        return tuple(item for item in self.items if not item.refused)

    @property
    def refused(self) -> tuple[RequestedItem, ...]:
        return tuple(item for item in self.items if item.refused)

    @property
    def item_codes(self) -> list[str]:
        return [item.code for item in self.items]

    def text(self, key: str, **values: object) -> str:
        return phrase(
            key,
            self.language,
            number=self.procedure_number,
            email=self.reply_to,
            postal=self.sender.postal_line,
            **values,
        )


REFUSAL_SENTENCES: dict[RefusalReason, dict[str, str]] = {
    RefusalReason.ILLEGIBLE: {
        "fr": "le document est illisible (copie trop pâle, floue ou coupée)",
        "en": "the document cannot be read (copy too pale, blurred or cut off)",
    },
    RefusalReason.EXPIRED: {
        "fr": "le document n'est plus valable (date de validité dépassée ou document trop ancien)",
        "en": "the document is no longer valid (expired or too old)",
    },
    RefusalReason.NAME_MISMATCH: {
        "fr": "le nom sur le document ne correspond pas à celui du titulaire du compte",
        "en": "the name on the document does not match the account holder's",
    },
    RefusalReason.UNSIGNED: {
        "fr": "le document n'est pas signé",
        "en": "the document is not signed",
    },
    RefusalReason.OTHER: {
        "fr": "le document ne peut pas être accepté",
        "en": "the document cannot be accepted",
    },
}

_MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

PHRASES: dict[str, dict[str, str]] = {
    "place_date": {"fr": "{city}, le {date}", "en": "{city}, {date}"},
    "subject_hold": {
        "fr": "Objet : votre dossier est incomplet – pièces à nous envoyer",
        "en": "Subject: your file is incomplete – documents to send us",
    },
    "subject_reminder": {
        "fr": "Objet : relance – votre dossier attend toujours des pièces",
        "en": "Subject: reminder – your file is still waiting for documents",
    },
    "email_subject_hold": {
        "fr": "Dossier incomplet – numéro de procédure {number}",
        "en": "Incomplete file – procedure number {number}",
    },
    "email_subject_reminder": {
        "fr": "Relance : dossier incomplet – numéro de procédure {number}",
        "en": "Reminder: incomplete file – procedure number {number}",
    },
    "email_subject": {"fr": "Objet : {subject}", "en": "Subject: {subject}"},
    "email_reply_to": {"fr": "Répondre à : {email}", "en": "Reply-To: {email}"},
    "customer_account": {"fr": "Compte client : {account}", "en": "Customer account: {account}"},
    "customer_group": {"fr": "Groupe téléphonie : {group}", "en": "Telephony group: {group}"},
    "number_line": {"fr": NUMBER_LABEL + " : {number}", "en": "Procedure number: {number}"},
    "salutation": {"fr": "Madame, Monsieur,", "en": "Dear Sir or Madam,"},
    "for_group": {"fr": " pour le groupe téléphonie « {group} »", "en": " for the telephony group “{group}”"},
    "intro_hold": {
        "fr": (
            "Nous avons bien reçu votre dossier de validation de compte{for_group}. Nous ne pouvons pas "
            "encore le valider : il est mis en attente jusqu'à la réception des pièces ci-dessous."
        ),
        "en": (
            "We have received your account validation file{for_group}. We cannot validate it yet: it is "
            "on hold until we receive the documents below."
        ),
    },
    "intro_reminder": {
        "fr": (
            "Votre dossier de validation de compte{for_group} est en attente depuis le {held} ({days} jours). "
            "Nous n'avons toujours pas reçu les pièces ci-dessous : sans elles, nous ne pouvons pas le valider."
        ),
        "en": (
            "Your account validation file{for_group} has been on hold since {held} ({days} days). We still "
            "have not received the documents below: without them we cannot validate it."
        ),
    },
    "missing_heading": {"fr": "Pièces manquantes", "en": "Missing documents"},
    "refused_heading": {
        "fr": "Pièces refusées, à nous renvoyer",
        "en": "Documents refused, to send again",
    },
    "refused_item": {"fr": "{label} : {reason}.", "en": "{label}: {reason}."},
    "refusal_note": {"fr": "Précision : {note}", "en": "Details: {note}"},
    "how_heading": {"fr": "Comment nous envoyer le complément", "en": "How to send us the documents"},
    "how_post": {
        "fr": (
            "Par courrier : placez la feuille de retour jointe sur le dessus de vos documents et envoyez "
            "le tout à l'adresse : {postal}."
        ),
        "en": ("By post: put the enclosed return cover sheet on top of your documents and send them all to: {postal}."),
    },
    "how_email": {
        "fr": "Par e-mail : à {email}, en indiquant le numéro de procédure {number} dans l'objet.",
        "en": "By e-mail: to {email}, with the procedure number {number} in the subject.",
    },
    "quote_number": {
        "fr": (
            "Rappelez toujours votre numéro de procédure {number} : c'est lui qui nous permet de rattacher "
            "vos documents à votre dossier. Votre dossier sera repris dès leur réception."
        ),
        "en": (
            "Always quote your procedure number {number}: it is how we match your documents to your file. "
            "We will resume your file as soon as they arrive."
        ),
    },
    "closing": {
        "fr": "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "en": "Yours faithfully,",
    },
    "page_of": {"fr": "Page {page}/{pages}", "en": "Page {page}/{pages}"},
    # the return cover sheet
    "cover_title": {"fr": "FEUILLE DE RETOUR", "en": "RETURN COVER SHEET"},
    "cover_subtitle": {
        "fr": "Complément de dossier – à placer sur le dessus de vos documents",
        "en": "Documents for your file – put this sheet on top of them",
    },
    "cover_customer": {"fr": "Client : {name}", "en": "Customer: {name}"},
    "cover_behind": {
        "fr": "Placez derrière cette feuille :",
        "en": "Put behind this sheet:",
    },
    "cover_again": {"fr": "nouvel exemplaire", "en": "new copy"},
    "cover_send_to": {"fr": "Envoyez le tout à :", "en": "Send them all to:"},
    "cover_email": {
        "fr": "ou par e-mail à {email} (numéro de procédure {number} dans l'objet).",
        "en": "or by e-mail to {email} (procedure number {number} in the subject).",
    },
    "cover_keep_header": {
        "fr": (
            "Ne pliez pas cette feuille et n'écrivez pas dans son en-tête : le numéro et le code imprimés "
            "en haut nous permettent de rattacher votre envoi à votre dossier sans erreur."
        ),
        "en": (
            "Do not fold this sheet or write in its header: the number and the code printed at the top "
            "let us match your documents to your file without error."
        ),
    },
    # the e-mail
    "email_post": {
        "fr": (
            "Par courrier, à l'adresse : {postal}, en rappelant le numéro de procédure {number} "
            "(ou avec la feuille de retour sur le dessus, si vous l'avez imprimée)."
        ),
        "en": (
            "By post, to: {postal}, quoting the procedure number {number} "
            "(or with the return cover sheet on top, if you printed it)."
        ),
    },
    "email_reply": {
        "fr": "Par e-mail, en répondant à ce message avec les pièces jointes (PDF ou photos lisibles) ;",
        "en": "By e-mail, replying to this message with the documents attached (PDF or readable photos);",
    },
}


_HOME_COUNTRIES = frozenset({"", "france", "fr", "fra"})


def window_address(
    name: str, *, line1: str, line2: str = "", postal_code: str, city: str, country: str = ""
) -> tuple[str, ...]:
    """The customer's address as La Poste reads it in a window: name, street lines, then
    ``POSTCODE TOWN`` in capitals, then the country (in capitals, only when not France).

    Empty when the export gave no street and no town: the letter then shows no address at all
    rather than an incomplete or made-up one.
    """
    if not (line1.strip() or postal_code.strip() or city.strip()):
        return ()
    town = " ".join(part for part in (postal_code.strip(), city.strip().upper()) if part)
    abroad = "" if country.strip().lower() in _HOME_COUNTRIES else country.strip().upper()
    return tuple(line for line in (name.strip(), line1.strip(), line2.strip(), town, abroad) if line)


_SAMPLE_ITEMS = {
    "fr": (("rib", "RIB"), ("holder_id", "Pièce d'identité du titulaire")),
    "en": (("rib", "Bank details (RIB)"), ("holder_id", "Holder's identity document")),
}


def sample_letter(sender: Letterhead, language: str, written_on: date) -> LetterContent:
    """A hold letter to a fictitious customer signed with ``sender``: what a lead sees while filling
    in the letterhead (one document missing, one refused, an address in the window)."""
    (missing_code, missing), (refused_code, refused) = _SAMPLE_ITEMS[check_language(language)]
    return LetterContent(
        kind=LetterKind.HOLD,
        language=language,
        procedure_number="12345678",
        written_on=written_on,
        sender=sender,
        customer_name="Camille Exemple",
        postal_address=window_address("Camille Exemple", line1="8 rue de l'Exemple", postal_code="75010", city="Paris"),
        account="ab12345-ovh",
        telephony_group="grp-tel-000000",
        items=(
            RequestedItem(missing_code, missing),
            RequestedItem(
                refused_code, refused, refused=True, reason=refusal_sentence(RefusalReason.EXPIRED, language)
            ),
        ),
    )


def phrase(key: str, language: str, **values: object) -> str:
    """The sentence ``key`` in ``language`` ("fr" or "en"), with ``values`` filled in."""
    return PHRASES[key][check_language(language)].format(**values)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    return language


def refusal_sentence(reason: RefusalReason | str | None, language: str) -> str:
    """Why a document was refused, in plain words (an unknown reason reads as "other")."""
    try:
        known = RefusalReason(reason) if reason else RefusalReason.OTHER
    except ValueError:
        known = RefusalReason.OTHER
    return REFUSAL_SENTENCES[known][check_language(language)]


def long_date(day: date, language: str) -> str:
    """``12 mars 2026`` / ``12 March 2026`` (``1er`` in French, as letters write it), never broken."""
    month = _MONTHS[check_language(language)][day.month - 1]
    first = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{first}\u00a0{month}\u00a0{day.year}"  # no-break spaces: a date is not cut at a line end


def intro(content: LetterContent) -> str:
    group = content.text("for_group", group=content.telephony_group) if content.telephony_group else ""
    if content.kind == LetterKind.REMINDER and content.held_on is not None:
        return content.text(
            "intro_reminder",
            for_group=group,
            held=long_date(content.held_on, content.language),
            days=content.days_on_hold,
        )
    return content.text("intro_hold", for_group=group)


def refused_line(content: LetterContent, item: RequestedItem) -> str:
    return content.text("refused_item", label=item.label, reason=item.reason)


def _colon(content: LetterContent, key: str) -> str:
    """A heading followed by a colon, spaced the French way in French."""
    return content.text(key) + (" :" if content.language == "fr" else ":")


def email_subject(content: LetterContent) -> str:
    key = "email_subject_reminder" if content.kind == LetterKind.REMINDER else "email_subject_hold"
    return content.text(key)


def email_text(content: LetterContent) -> str:
    """The letter as plain e-mail text: subject line, then the body (for a "copy" button)."""
    lines = [content.text("email_subject", subject=email_subject(content)), content.text("email_reply_to"), ""]
    lines += [content.text("salutation"), ""]
    lines += [intro(content), ""]
    if content.missing:
        lines.append(_colon(content, "missing_heading"))
        lines += [f"- {item.label}" for item in content.missing]
        lines.append("")
    if content.refused:
        lines.append(_colon(content, "refused_heading"))
        for item in content.refused:
            lines.append(f"- {refused_line(content, item)}")
            if item.note:
                lines.append(f"  {content.text('refusal_note', note=item.note)}")
        lines.append("")
    lines.append(_colon(content, "how_heading"))
    lines.append(f"- {content.text('email_reply')}")
    lines.append(f"- {content.text('email_post')}")
    lines += ["", content.text("quote_number"), "", content.text("closing"), ""]
    lines += [content.sender.signature, content.sender.company, content.reply_to]
    return "\n".join(lines) + "\n"
