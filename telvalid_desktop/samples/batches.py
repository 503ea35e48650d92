"""Mailroom batches with ground truth: envelopes and the scanned files that hold them.

An *envelope* is what one customer sent at one time (an initial dossier, a complement, or
pages without any number). A *batch* is one scanned file holding one or more envelopes,
optionally with separator sheets and blank backs. Every page of every file gets a
``PageTruth`` saying what it is and which procedure number it belongs to.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Literal

import pymupdf
from PIL import Image

from telvalid_desktop.core.lifecycle.procedures import ADDRESS_COLUMNS, EXPORT_COLUMNS
from telvalid_desktop.samples.bank_documents import cheque_pdf, rib_pdf
from telvalid_desktop.samples.customers import Customer, random_customer, random_procedure_number
from telvalid_desktop.samples.identity_documents import id_card_pdf, kbis_pdf
from telvalid_desktop.samples.letters import blank_pdf, cover_letter_pdf
from telvalid_desktop.samples.procedure_form import LABELS, form_pdf
from telvalid_desktop.samples.scan_files import (
    ImagePdfWriter,
    images_to_pdf,
    images_to_tiff,
)
from telvalid_desktop.samples.scans import PROFILES, ScanProfile, fax_header_line, scan_document_page

# Every value PageTruth.kind can take.
KINDS = ("form", "rib", "id", "cheque", "kbis", "cover", "blank", "separator")
EnvelopeKind = Literal["initial", "complement", "no_number"]
# Profile name for pages kept as digital PDF pages (e-mail submissions): no scanning at all.
DIGITAL = "digital"


@dataclass(frozen=True)
class PageTruth:
    """What one page of a file really is.

    Attributes:
        kind: form, rib, id, cheque, kbis, cover, blank or separator.
        procedure_number: the dossier the page belongs to; None when its envelope carries no
            number anywhere, and for separator sheets.
        envelope: 0-based index of the envelope in the file (a separator sheet carries the
            index of the envelope it introduces).
        number_on_page: the page itself shows the number (form header, cover letter body).
        profile: scan profile name, or "digital".
    """

    kind: str
    procedure_number: str | None
    envelope: int
    number_on_page: bool
    profile: str

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class SourcePage:
    """One digital page of an envelope: a page of a generated PDF."""

    pdf: bytes
    index: int
    kind: str
    number_on_page: bool = False


@dataclass
class Envelope:
    """What one customer sent at one time."""

    procedure_number: str | None
    pages: list[SourcePage] = field(default_factory=list)
    complement: bool = False
    kind: EnvelopeKind = "initial"
    customer: Customer | None = None


def required_documents(customer: Customer) -> list[str]:
    """The supporting documents a dossier needs besides the form."""
    needed = ["rib", "id"]
    if customer.payment_method == "cheque":
        needed.append("cheque")
    if customer.is_company:
        needed.append("kbis")
    return needed


_DOCUMENT_MAKERS: dict[str, Callable[[Customer, random.Random], bytes]] = {
    "rib": rib_pdf,
    "id": id_card_pdf,
    "cheque": cheque_pdf,
    "kbis": kbis_pdf,
}


def _document(kind: str, customer: Customer, rng: random.Random) -> SourcePage:
    return SourcePage(_DOCUMENT_MAKERS[kind](customer, rng), 0, kind)


def _form_pages(number: str, customer: Customer, rng: random.Random) -> list[SourcePage]:
    """The form's pages; mostly the usual label, 2 pages, sometimes an older template."""
    label = LABELS[0] if rng.random() < 0.5 else rng.choice(LABELS)
    pages = rng.choices((1, 2, 3), weights=(1, 8, 1))[0]
    pdf = form_pdf(number, label=label, pages=pages, customer=customer, rng=rng)
    return [SourcePage(pdf, i, "form", True) for i in range(pages)]


def _shuffle_like_people(rng: random.Random, form: list[SourcePage], others: list[SourcePage]) -> list[SourcePage]:
    """Put the form block somewhere (first most of the time), pages now and then out of order."""
    if len(form) > 1 and rng.random() < 0.1:
        form = form[::-1]
    rng.shuffle(others)
    if len(form) > 1 and others and rng.random() < 0.08:  # the second page ended up at the back
        return [form[0], *others, *form[1:]]
    position = 0 if rng.random() < 0.6 else rng.randint(0, len(others))
    return others[:position] + form + others[position:]


def _add_blank_backs(rng: random.Random, pages: list[SourcePage]) -> list[SourcePage]:
    """Duplex scanning of single-sided sheets: a blank back after each sheet.

    A form printed recto-verso has no blank between its pages.
    """
    duplex_form = rng.random() < 0.5
    result: list[SourcePage] = []
    for i, page in enumerate(pages):
        result.append(page)
        nxt = pages[i + 1] if i + 1 < len(pages) else None
        same_sheet = duplex_form and nxt is not None and nxt.pdf is page.pdf and page.index % 2 == 0
        if not same_sheet:
            result.append(SourcePage(blank_pdf(rng), 0, "blank"))
    return result


def make_envelope(
    rng: random.Random,
    *,
    number: str | None = None,
    kind: EnvelopeKind = "initial",
    customer: Customer | None = None,
    with_blank_backs: bool = False,
    documents: Sequence[str] | None = None,
    handwritten: bool | None = None,
) -> Envelope:
    """One envelope as customers really send them.

    - ``initial``: the form + RIB + ID (+ crossed cheque when paying by cheque, + Kbis for
      a company), in a loosely kept order; ``documents`` limits the supporting documents
      (to make an incomplete first sending).
    - ``complement``: a cover letter quoting the number (typed or handwritten) + the
      missing ``documents`` and no form page, so the letter carries the only number; one
      time in five (when ``documents`` is not given) it is just the form pages again.
      ``handwritten`` forces the letter's style (default: handwritten about a third of the time).
    - ``no_number``: documents and maybe a cover letter, no number anywhere.
    """
    customer = customer or random_customer(rng)
    needed = required_documents(customer)
    if kind == "no_number":
        number = None
        chosen = list(documents) if documents is not None else rng.sample(needed, k=rng.randint(1, len(needed)))
        pages = [_document(d, customer, rng) for d in chosen]
        if rng.random() < 0.6:
            pages.insert(0, SourcePage(cover_letter_pdf(None, customer, rng, documents=chosen), 0, "cover"))
    else:
        number = number or random_procedure_number(rng)
        if kind == "initial":
            chosen = list(documents) if documents is not None else needed
            pages = _shuffle_like_people(
                rng, _form_pages(number, customer, rng), [_document(d, customer, rng) for d in chosen]
            )
        elif documents is None and handwritten is None and rng.random() < 0.2:
            pages = _form_pages(number, customer, rng)
        else:
            chosen = list(documents) if documents is not None else rng.sample(needed, k=rng.randint(1, len(needed)))
            if handwritten is None:
                handwritten = rng.random() < 0.35
            cover = SourcePage(
                cover_letter_pdf(number, customer, rng, handwritten=handwritten, documents=chosen),
                0,
                "cover",
                True,
            )
            pages = [_document(d, customer, rng) for d in chosen]
            pages.insert(len(pages) if rng.random() < 0.15 else 0, cover)
    if with_blank_backs:
        pages = _add_blank_backs(rng, pages)
    return Envelope(number, pages, complement=kind == "complement", kind=kind, customer=customer)


def form_first(envelope: Envelope) -> Envelope:
    """The envelope as the mailroom stacks it for a batch without separator sheets.

    The intake cuts such a batch only where a page header carries a new number, so the
    mailroom's rule is: form on top, and a separator sheet before any envelope without one.
    """
    form = [page for page in envelope.pages if page.kind == "form"]
    if not form:
        raise ValueError("an envelope without form pages needs a separator sheet")
    rest = [page for page in envelope.pages if page.kind != "form"]
    return Envelope(envelope.procedure_number, form + rest, envelope.complement, envelope.kind, envelope.customer)


def manager_export_csv(procedures: Iterable[tuple[str, Customer, datetime]]) -> str:
    """The manager's export of these procedures (number, customer, when the form was generated, UTC),
    as ``telvalid procedures import`` reads it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS + ADDRESS_COLUMNS)
    for number, customer, generated in procedures:
        writer.writerow(
            [
                number,
                generated.replace(microsecond=0).isoformat() + "Z",
                customer.account,
                customer.telephony_group,
                customer.name,
                "company" if customer.is_company else "individual",
                customer.payment_method,
                customer.address,
                "",
                customer.postcode,
                customer.city,
                "",
            ]
        )
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------
# Scanned files
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sheet:
    """One page to put in a file, with its truth."""

    source: SourcePage
    truth: PageTruth
    fax_line: str | None = None


def _sheets(
    rng: random.Random, envelopes: Sequence[Envelope], profiles: Sequence[str], separator_pdf: bytes | None
) -> Iterator[_Sheet]:
    """Every page of a batch in order, each with the profile it is scanned with."""
    for number, envelope in enumerate(envelopes):
        if separator_pdf is not None and number > 0:
            yield _Sheet(
                SourcePage(separator_pdf, 0, "separator"),
                PageTruth("separator", None, number, False, rng.choice(profiles)),
            )
        fax_seed = rng.getrandbits(32)  # one transmission per envelope: same date, sender
        for i, page in enumerate(envelope.pages):
            profile = rng.choice(profiles)
            fax_line = None
            if profile in PROFILES and PROFILES[profile].fax_header:
                fax_line = fax_header_line(random.Random(fax_seed), i + 1, len(envelope.pages))
            truth = PageTruth(page.kind, envelope.procedure_number, number, page.number_on_page, profile)
            yield _Sheet(page, truth, fax_line)


class _Sources:
    """Opened source PDFs, keyed by the identity of their bytes (each is opened once).

    The bytes are kept with the document so that their ``id`` cannot be reused meanwhile.
    """

    def __init__(self) -> None:
        self._open: dict[int, tuple[bytes, pymupdf.Document]] = {}

    def page(self, source: SourcePage) -> pymupdf.Page:
        key = id(source.pdf)
        if key not in self._open:
            self._open[key] = (source.pdf, pymupdf.open(stream=source.pdf, filetype="pdf"))
        return self._open[key][1][source.index]

    def document(self, source: SourcePage) -> pymupdf.Document:
        self.page(source)
        return self._open[id(source.pdf)][1]

    def close(self) -> None:
        """Close the documents and empty MuPDF's cache, which otherwise keeps the decoded
        fonts and images of closed documents (up to 256 MB): a long batch would grow to that."""
        for _, doc in self._open.values():
            doc.close()
        self._open.clear()
        pymupdf.TOOLS.store_shrink(100)


# Digital pages that must become images (TIFF output) are rendered without any defect.
_DIGITAL_RENDER = ScanProfile(DIGITAL, dpi=(200, 200), specks=0, shift_mm=0.0)


def _scan(sources: _Sources, sheet: _Sheet, rng: random.Random) -> Image.Image:
    profile = PROFILES.get(sheet.truth.profile, _DIGITAL_RENDER)
    return scan_document_page(sources.page(sheet.source), profile, rng, fax_line=sheet.fax_line)


def make_batch(
    rng: random.Random,
    envelopes: Sequence[Envelope],
    *,
    profile: str | Sequence[str] = "bitonal200",
    separator_pdf: bytes | None = None,
    fmt: Literal["pdf", "tiff"] = "pdf",
) -> tuple[bytes, list[PageTruth]]:
    """One file holding ``envelopes`` in order, scanned.

    ``profile`` is a name from ``PROFILES`` or "digital" (the PDF page kept as is, PDF
    only), or a list of names: each page then draws one (a sheet fed the wrong way among
    others). ``separator_pdf`` (first page used) goes between envelopes. Returns the file
    bytes and one ``PageTruth`` per page.
    """
    profiles = [profile] if isinstance(profile, str) else list(profile)
    sheets = list(_sheets(rng, envelopes, profiles, separator_pdf))
    sources = _Sources()
    try:
        if fmt == "tiff":
            data = images_to_tiff(_scan(sources, sheet, rng) for sheet in sheets)
        else:
            out = pymupdf.open()
            for sheet in sheets:
                if sheet.truth.profile == DIGITAL:
                    index = sheet.source.index
                    out.insert_pdf(sources.document(sheet.source), from_page=index, to_page=index)
                else:
                    with pymupdf.open(stream=images_to_pdf([_scan(sources, sheet, rng)]), filetype="pdf") as one:
                        out.insert_pdf(one)
            data = out.tobytes(garbage=3, deflate=True, no_new_id=True)
            out.close()
    finally:
        sources.close()
    return data, [sheet.truth for sheet in sheets]


def big_batch_pdf(
    path: Path, pages: int, *, seed: int, profile: str = "bitonal200", separator_pdf: bytes | None = None
) -> list[PageTruth]:
    """Write a long scanned batch of ``pages`` pages to ``path``, streaming page by page.

    Envelopes are generated one at a time and each page is encoded and written as soon as
    it is scanned, so memory stays at one envelope whatever ``pages`` is. The last
    envelope is cut to fit. With ``separator_pdf``, a separator sheet is scanned before
    every envelope but the first, as the mailroom does. Returns the truth of every page.
    """
    rng = random.Random(seed)
    truths: list[PageTruth] = []
    with path.open("wb") as stream, ImagePdfWriter(stream) as writer:
        envelope_index = 0
        while len(truths) < pages:
            kind: EnvelopeKind = rng.choices(("initial", "complement", "no_number"), weights=(7, 2, 1))[0]
            envelope = make_envelope(rng, kind=kind)
            sources = _Sources()
            sheets = list(_sheets(rng, [envelope], [profile], None))
            if separator_pdf is not None and envelope_index > 0:
                truth = PageTruth("separator", None, envelope_index, False, profile)
                sheets.insert(0, _Sheet(SourcePage(separator_pdf, 0, "separator"), truth))
            for sheet in sheets:
                if len(truths) == pages:
                    break
                writer.add_page(_scan(sources, sheet, rng))
                truths.append(replace(sheet.truth, envelope=envelope_index))
            sources.close()
            envelope_index += 1
    return truths
