"""E-mails a customer sends the back office, written by code: .eml through Python's ``email``
package (RFC 2047 subjects and RFC 2231 file names come from it), Outlook .msg through
extract-msg's OLE2 writer (the streams and property records Outlook writes, no more).
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pymupdf
from PIL import Image

from telvalid_desktop.core.correspondence.letter_content import phrase
from telvalid_desktop.samples.scan_files import image_to_jpeg
from telvalid_desktop.samples.scans import PROFILES, scan_page

SENT = datetime(2026, 3, 9, 8, 41, 5, tzinfo=UTC)


def reply_subject(number: str) -> str:
    """The subject of a customer's reply to our hold e-mail (``telvalid letter --email``)."""
    return "RE: " + phrase("email_subject_hold", "fr", number=number)


@dataclass(frozen=True)
class Attached:
    """A file to attach: its name, bytes and media type."""

    name: str
    data: bytes
    media_type: str = "application/octet-stream"


def pdf(name: str, data: bytes) -> Attached:
    return Attached(name, data, "application/pdf")


def photo_of(pdf_bytes: bytes, name: str, seed: int) -> Attached:
    """A phone photo (JPEG) of the first page of ``pdf_bytes``."""
    image = scan_page(pdf_bytes, 0, PROFILES["photo"], random.Random(seed))
    return Attached(name, image_to_jpeg(image), "image/jpeg")


def scans_zip(name: str, pdf_bytes: bytes, seed: int) -> Attached:
    """A ZIP of each page of ``pdf_bytes`` scanned to a JPEG (scan-002 sorts after scan-001)."""
    buffer = io.BytesIO()
    rng = random.Random(seed)
    count = pymupdf.open("pdf", pdf_bytes).page_count
    with zipfile.ZipFile(buffer, "w") as archive:
        for index in reversed(range(count)):  # stored out of order: the intake sorts by name
            image = scan_page(pdf_bytes, index, PROFILES["bitonal200"], rng).convert("L")
            archive.writestr(f"scan-{index + 1:03d}.jpg", image_to_jpeg(image, 80))
    return Attached(name, buffer.getvalue(), "application/zip")


def locked_pdf(data: bytes) -> bytes:
    """``data`` behind a password the customer did not give."""
    with pymupdf.open("pdf", data) as document:
        return document.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")


def oversized_png() -> bytes:
    """A PNG whose header declares 20000 x 20000 pixels (400 MP): refused before any pixel is decoded."""
    header = struct.pack(">IIBBBBB", 20000, 20000, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", b"x\x9c") + _png_chunk(b"IEND", b"")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def logo_png() -> bytes:
    """A signature's logo: 120 x 40 px."""
    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), (20, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def eml(
    subject: str,
    body: str,
    attachments: Sequence[Attached | EmailMessage] = (),
    *,
    sender: str = "Jérôme Dupré <jerome.dupre@example.fr>",
    message_id: str = "<reply-1@example.fr>",
    logo: bool = False,
) -> EmailMessage:
    """A customer's e-mail; ``logo`` adds an HTML alternative showing an inline signature logo (cid)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "validation.telephonie@nuvea-telecom.fr"
    message["Subject"] = subject
    message["Date"] = format_datetime(SENT)
    message["Message-ID"] = message_id
    message.set_content(body)
    if logo:
        markup = "<p>" + body.replace("\n", "<br>") + '</p><img src="cid:logo@dupre">'
        message.add_alternative(markup, subtype="html")
        html_part = message.get_payload()[1]
        html_part.add_related(logo_png(), "image", "png", cid="<logo@dupre>", filename="logo.png")
    for item in attachments:
        if isinstance(item, EmailMessage):
            message.add_attachment(item)  # a forwarded message (message/rfc822)
        else:
            maintype, subtype = item.media_type.split("/")
            message.add_attachment(item.data, maintype, subtype, filename=item.name)
    return message


def write_eml(folder: Path, name: str, message: EmailMessage) -> Path:
    path = folder / name
    path.write_bytes(message.as_bytes())
    return path


# Outlook .msg: MAPI properties as OLE2 streams ("__substg1.0_" + tag + type; 001F = UTF-16 text, 0102 = binary).
_TEXT = "001F"
_BINARY = "0102"
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


def write_msg(path: Path, subject: str, body: str, attachments: Sequence[Attached], *, message_id: str) -> Path:
    """An Outlook message file, as far as a reader needs: subject, sender, date, Message-ID, text, files."""
    from extract_msg.ole_writer import OleWriter  # noqa: PLC0415 - test data only

    writer = OleWriter()
    sent = int((SENT - _FILETIME_EPOCH).total_seconds() * 10_000_000)
    writer.addEntry("__properties_version1.0", b"\0" * 32 + _property(0x00390040, sent))  # PR_CLIENT_SUBMIT_TIME
    texts = {
        "001A": "IPM.Note",
        "0037": subject,
        "0C1A": "Jérôme Dupré",
        "5D01": "jerome.dupre@example.fr",
        "1000": body,
        "1035": message_id,
    }
    for tag, text in texts.items():
        writer.addEntry(f"__substg1.0_{tag}{_TEXT}", text.encode("utf-16-le"))
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    for index, item in enumerate(attachments):
        folder = f"__attach_version1.0_#{index:08X}"
        writer.addEntry(folder, storage=True)
        writer.addEntry(f"{folder}/__properties_version1.0", b"\0" * 8 + _property(0x37050003, 1))  # by value
        writer.addEntry(f"{folder}/__substg1.0_3707{_TEXT}", item.name.encode("utf-16-le"))
        writer.addEntry(f"{folder}/__substg1.0_370E{_TEXT}", item.media_type.encode("utf-16-le"))
        writer.addEntry(f"{folder}/__substg1.0_3701{_BINARY}", item.data)
    writer.write(str(path))
    return path


def _property(tag: int, value: int) -> bytes:
    """A fixed-length property record: tag, flags (readable, writable), 8 bytes of value."""
    return struct.pack("<IIQ", tag, 6, value)
