"""Tell, from the words read at the head of a page, that it is a document that never quotes a
procedure number (a RIB, an identity document, a Kbis, a cheque, a bill), so no second of
full-page OCR is spent looking for one on it.

Only the titles such documents print at their head count, never words a customer's letter or
a fax cover sheet would use there; OCR mangles accents and case, so the words are compared
without them. A page that matches nothing may be a letter and is read whole when its
envelope has no number.
"""

from __future__ import annotations

import re
import unicodedata

_DOCUMENT_TITLES = (
    r"[il1|]dentite bancaire",
    r"releve d.?[il1|]dentite",
    r"code guichet",
    r"cle rib",
    r"republique francaise",
    r"carte nationale",
    r"identity card",
    r"passeport",
    r"passport",
    r"titre de sejour",
    r"residence permit",
    r"kbis",
    r"greffe du tribunal",
    r"registre du commerce",
    r"payez contre ce cheque",
    r"^(?:\S+ )?cheque n",  # a cheque's first line: "Chèque n° 0862019", "CIC Chèque n° 91197"
    r"cheque non endossable",
    r"avis d.?echeance",
    r"votre facture",
    r"releve de compte",
)  # not "facture n°": an invoice number is a decoy a form's own header may carry
_TITLE = re.compile("|".join(_DOCUMENT_TITLES), re.MULTILINE)


def plain(text: str) -> str:
    """``text`` in lower case without accents, as OCR'd words are compared."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def looks_like_document(header_text: str) -> bool:
    """Does the head of the page carry the title of a document that quotes no procedure number?"""
    return _TITLE.search(plain(header_text)) is not None
