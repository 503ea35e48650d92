"""Lay an e-mail out as one PDF: a page with what the customer wrote, then every attachment's pages.

The intake knows files of pages. An e-mail is one sending, so it becomes one file of pages
(the "bundle") that the usual intake reads like any other: the same page workers, header
reading, blank detection and store, with nothing copied. Each attachment is first checked
by the same loader as any input file (``probe``: damaged, encrypted, too large, not a
document), so a bad one is set aside with its reason and the others go on. PDF pages keep
their text layer; images keep their pixels (MuPDF wraps them in a page without decoding
them again).
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pymupdf

from telvalid_desktop.intake.email_parts import Part, SetAside
from telvalid_desktop.intake.email_reader import MailMessage
from telvalid_desktop.intake.errors import RejectReason, UnreadableFile
from telvalid_desktop.intake.image_pages import MUPDF_ERRORS
from telvalid_desktop.intake.loaders import MAX_PAGES, open_document, probe

log = logging.getLogger(__name__)

A4 = pymupdf.paper_rect("a4")
MARGIN = 56.0  # 2 cm
BODY_SIZE = 10.5
TITLE_SIZE = 13.0
MAX_TEXT_PAGES = 3  # a long thread of quoted replies: the first pages say what the customer wrote
_FONT = pymupdf.Font("helv")  # Latin text with accents (a Font object maps Unicode; base-14 names cannot)
_BOLD = pymupdf.Font("hebo")


@dataclass(frozen=True)
class PageSource:
    """Which pages of the bundle an attachment gave (1-based, for people)."""

    name: str
    first_page: int
    page_count: int


@dataclass
class Bundle:
    """What ``write_bundle`` laid out.

    Attributes:
        page_count: pages written.
        text_pages: how many of the first pages are the e-mail's text (0: it carried none).
        sources: the attachments that gave pages, in order.
        set_aside: those that gave none, with why (added to what ``sort_parts`` set aside).
    """

    page_count: int = 0
    text_pages: int = 0
    sources: list[PageSource] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)


def write_bundle(message: MailMessage, parts: list[Part], target: Path) -> Bundle:
    """Write ``target``: the e-mail's text page(s) when it carries text, then each readable part's pages."""
    bundle = Bundle()
    with pymupdf.open() as document, tempfile.TemporaryDirectory(prefix="telvalid-mail-") as scratch:
        if message.body.strip():
            bundle.text_pages = _write_text_pages(document, message)
        for position, part in enumerate(parts):
            path = Path(scratch) / f"part-{position}"
            path.write_bytes(part.data)
            try:
                added = _append(document, path)
            except UnreadableFile as unreadable:
                log.info("attachment %s set aside: %s", part.name, unreadable)
                bundle.set_aside.append(SetAside(part.name, unreadable.reason.value, part.data))
                continue
            bundle.sources.append(PageSource(part.name, document.page_count - added + 1, added))
        bundle.page_count = document.page_count
        if bundle.page_count:
            document.save(target, garbage=1, deflate=True)
    return bundle


def _append(document: pymupdf.Document, path: Path) -> int:
    """Add the pages of the file at ``path`` (checked as any input file); returns how many."""
    probed = probe(path)
    if document.page_count + probed.page_count > MAX_PAGES:
        raise UnreadableFile(RejectReason.TOO_LARGE, f"more than {MAX_PAGES} pages in the e-mail")
    try:
        with open_document(path) as source:
            if source.is_pdf:
                document.insert_pdf(source)
            else:
                with pymupdf.open("pdf", source.convert_to_pdf()) as pages:
                    document.insert_pdf(pages)
    except MUPDF_ERRORS as exc:
        raise UnreadableFile(RejectReason.DAMAGED, f"copying its pages: {exc}") from exc
    return probed.page_count


def _write_text_pages(document: pymupdf.Document, message: MailMessage) -> int:
    """The e-mail as a simple page: who, when, subject, then the text, wrapped (a few pages at most)."""
    heading = f"De : {message.sender}\nDate : {_shown_date(message.sent_at)}\nObjet : {message.subject}\n\n"
    remaining: str | list[str] = heading + message.body.strip()
    written = 0
    while remaining and written < MAX_TEXT_PAGES:
        page = document.new_page(width=A4.width, height=A4.height)
        writer = pymupdf.TextWriter(page.rect)
        top = MARGIN
        if written == 0:
            writer.append((MARGIN, top), "Courriel reçu", font=_BOLD, fontsize=TITLE_SIZE)
            top += 2 * TITLE_SIZE
        box = pymupdf.Rect(MARGIN, top, A4.width - MARGIN, A4.height - MARGIN)
        overflow = writer.fill_textbox(box, remaining, font=_FONT, fontsize=BODY_SIZE)
        writer.write_text(page)
        remaining = [line for line, _ in overflow]
        written += 1
    return written


def _shown_date(moment: datetime | None) -> str:
    return moment.strftime("%d/%m/%Y %H:%M UTC") if moment is not None else "inconnue"
