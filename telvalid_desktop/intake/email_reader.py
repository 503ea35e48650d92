"""Read an e-mail file, as saved by a mail client (.eml) or by Outlook (.msg), into plain parts.

A customer answers our hold e-mail with documents attached: the intake needs who wrote,
when, about what (the subject, where the procedure number is most often written), what
they wrote, and each attached file in order, a forwarded message's attachments included.
Both formats are judged by their bytes, like every other input: an .eml starts with RFC
5322 header fields, a .msg is an OLE2 compound file holding ``__substg1.0_`` streams.

.eml files are read by the standard library's ``email`` package (``policy.default`` decodes
RFC 2047 subjects and RFC 2231 file names); .msg files by extract-msg (GPL-3.0, imported here
only, see pyproject.toml).
"""

from __future__ import annotations

import html.parser
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.errors import MessageError
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from telvalid_desktop.intake.errors import RejectReason, UnreadableFile

log = logging.getLogger(__name__)

EML = "message/rfc822"
MSG = "application/vnd.ms-outlook"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Forwarded messages inside forwarded messages: deeper than this is not a customer's doing.
MAX_NESTING = 5
_HEAD_BYTES = 8192
_FIELD = re.compile(rb"^[!-9;-~]+:")  # an RFC 5322 field name (printable ASCII but the colon)
# Fields that say "this is a mail message": at least two of them must head the file.
_MAIL_FIELDS = frozenset(
    {b"from", b"to", b"subject", b"date", b"message-id", b"mime-version", b"received", b"return-path", b"delivered-to"}
)
# An e-mail is read whole into memory; mail servers refuse messages far smaller (25-50 MB).
MAX_EMAIL_BYTES = 150 * 1024 * 1024
# What the standard library's parser raises on malformed headers and parts (it reports most as defects).
_PARSE_ERRORS = (ValueError, LookupError, TypeError, AttributeError, UnicodeError, MessageError)
_CID = re.compile(r"""src\s*=\s*["']?cid:([^"'\s>]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Attachment:
    """One attached file as the sender named it.

    Attributes:
        name: its file name (decoded), or a made-up one when the sender gave none.
        data: its bytes.
        inline: shown inside the message's text (Content-Disposition inline or a ``cid:`` the
            HTML refers to): a logo or a signature's picture, unless it is a real photo.
        depth: 0 for the message's own, 1 for those of a message it forwards, and so on.
    """

    name: str
    data: bytes
    inline: bool = False
    depth: int = 0


@dataclass(frozen=True)
class MailMessage:
    """What an e-mail file says, in plain values.

    Attributes:
        sender: the From field as written ("Jean Dupont <jean@example.fr>").
        subject: decoded.
        sent_at: the Date field, naive UTC (None when absent or unreadable).
        message_id: the Message-ID field ("" when absent).
        body: the text the sender wrote (an HTML-only message turned into text), forwarded
            messages' texts after it.
        attachments: in the order the message lists them.
    """

    sender: str
    subject: str
    sent_at: datetime | None
    message_id: str
    body: str
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)


def email_kind(path: Path) -> str | None:
    """``EML``, ``MSG`` or None, from the first bytes of ``path``."""
    with path.open("rb") as stream:
        head = stream.read(_HEAD_BYTES)
    if head.startswith(OLE2_MAGIC):
        return MSG if _holds_msg_streams(path) else None
    return EML if _starts_with_mail_fields(head) else None


def _starts_with_mail_fields(head: bytes) -> bool:
    """Header lines up to the first empty one, every one a field or a folded continuation (after the
    "From " line a mailbox file puts first, as some clients save messages)."""
    lines = head.splitlines()
    if len(head) == _HEAD_BYTES:
        lines = lines[:-1]  # maybe cut in the middle
    if lines and lines[0].startswith(b"From "):
        lines = lines[1:]
    names: set[bytes] = set()
    for line in lines:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        if not _FIELD.match(line):
            return False
        names.add(line.split(b":", 1)[0].strip().lower())
    return len(names & _MAIL_FIELDS) >= 2


def _holds_msg_streams(path: Path) -> bool:
    """An OLE2 file (also an old Word or Excel file) is an Outlook message when it holds MAPI property streams."""
    import olefile  # noqa: PLC0415 - only for OLE2 files

    try:
        with olefile.OleFileIO(str(path)) as ole:
            return any(entry[-1].startswith("__substg1.0_") for entry in ole.listdir())
    except (OSError, ValueError) as exc:
        log.info("not an Outlook message: %s (%s)", path, exc)
        return False


def read_email(path: Path, kind: str) -> MailMessage:
    """Read ``path`` (``kind`` from ``email_kind``).

    Raises:
        UnreadableFile: DAMAGED when the file cannot be read as a message.
    """
    size = path.stat().st_size
    if size > MAX_EMAIL_BYTES:
        raise UnreadableFile(RejectReason.TOO_LARGE, f"e-mail of {size} bytes > {MAX_EMAIL_BYTES}")
    if kind == MSG:
        return _read_msg(path)
    try:
        return _read_eml(path)
    except _PARSE_ERRORS as exc:  # a header or part the parser cannot make sense of
        raise UnreadableFile(RejectReason.DAMAGED, f"e-mail: {exc!r}") from exc


def _read_eml(path: Path) -> MailMessage:
    with path.open("rb") as stream:
        message = BytesParser(policy=policy.default).parse(stream)
    assert isinstance(message, EmailMessage)  # what policy.default builds
    if message.defects and not message.keys():
        raise UnreadableFile(RejectReason.DAMAGED, f"not a MIME message: {message.defects}")
    body: list[str] = []
    attachments: list[Attachment] = []
    _collect(message, 0, body, attachments)
    return MailMessage(
        sender=_header(message, "from"),
        subject=_header(message, "subject"),
        sent_at=_utc(_header_date(message)),
        message_id=_header(message, "message-id"),
        body="\n\n".join(text for text in body if text.strip()),
        attachments=tuple(attachments),
    )


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError):  # a field the parser could not make sense of
        value = None
    return " ".join(str(value).split()) if value is not None else ""


def _header_date(message: Message) -> datetime | None:
    try:
        date = message.get("date")
        return getattr(date, "datetime", None) or (parsedate_to_datetime(str(date)) if date else None)
    except (ValueError, TypeError, IndexError):
        return None


def _utc(moment: datetime | None) -> datetime | None:
    """Naive UTC, as every date of the database (a date without zone is taken as UTC)."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _collect(message: EmailMessage, depth: int, body: list[str], attachments: list[Attachment]) -> None:
    """The message's text into ``body`` and its files into ``attachments``; forwarded messages after."""
    text_part = message.get_body(preferencelist=("plain", "html"))
    html_part = message.get_body(preferencelist=("html",))
    body.append(_text_of(text_part) if text_part is not None else "")
    cids = set(_CID.findall(_text_of(html_part, raw=True))) if html_part is not None else set()
    for part in _leaves(message):
        if part is text_part or part is html_part:
            continue
        if part.get_content_type() == "message/rfc822":
            _collect_forwarded(part, depth, body, attachments)
            continue
        if (
            part.get_content_maintype() == "text"
            and part.get_filename() is None
            and part.get_content_disposition() != "attachment"
        ):
            continue  # another rendering of the text (the plain/html alternative not chosen)
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        content_id = (part.get("content-id") or "").strip().strip("<>")
        inline = part.get_content_disposition() == "inline" or (bool(content_id) and content_id in cids)
        name = part.get_filename() or f"piece-{len(attachments) + 1}{_suffix(part.get_content_type())}"
        attachments.append(Attachment(name=name, data=data, inline=inline, depth=depth))


def _collect_forwarded(part: Message, depth: int, body: list[str], attachments: list[Attachment]) -> None:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, EmailMessage):
        return
    if depth + 1 > MAX_NESTING:
        raise UnreadableFile(RejectReason.TOO_LARGE, f"forwarded messages nested deeper than {MAX_NESTING}")
    heading = f"---- Message transféré ----\nDe : {_header(inner, 'from')}\nObjet : {_header(inner, 'subject')}"
    inner_body: list[str] = []
    _collect(inner, depth + 1, inner_body, attachments)
    body.append("\n".join((heading, *inner_body)))


def _leaves(part: Message) -> list[Message]:
    """The non-multipart parts, in order; a forwarded message is one leaf (read on its own)."""
    if part.get_content_maintype() != "multipart":
        return [part]
    payload = part.get_payload()
    children = [child for child in payload if isinstance(child, Message)] if isinstance(payload, list) else []
    return [leaf for child in children for leaf in _leaves(child)]


def _text_of(part: Message, *, raw: bool = False) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError, UnicodeError):  # an unknown charset
        data = part.get_payload(decode=True)
        content = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else ""
    if not isinstance(content, str):
        return ""
    return content if raw or part.get_content_subtype() != "html" else html_to_text(content)


_SUFFIXES = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif"}


def _suffix(content_type: str) -> str:
    return _SUFFIXES.get(content_type, ".bin")


class _TextOf(html.parser.HTMLParser):
    """An HTML body's words, a line per block; scripts and styles left out."""

    _BLOCKS = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "blockquote", "table"})
    _HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The words of an HTML body, a line per paragraph (enough to read what the customer wrote)."""
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _read_msg(path: Path) -> MailMessage:
    try:
        import extract_msg  # noqa: PLC0415 - GPL-3.0 library, loaded only for Outlook files
    except ImportError as missing:  # an installation without it: Outlook files wait in quarantine
        raise UnreadableFile(RejectReason.NOT_A_DOCUMENT, f"no Outlook reader installed ({missing})") from missing

    # extract-msg raises many kinds of errors on a bad file, while opening it and while reading its
    # properties (read lazily): any of them means the same to the clerk, a damaged message.
    try:
        message = extract_msg.openMsg(str(path), delayAttachments=False)
    except Exception as exc:  # noqa: BLE001
        raise UnreadableFile(RejectReason.DAMAGED, f"Outlook message: {exc!r}") from exc
    try:
        attachments: list[Attachment] = []
        body = [_msg_body(message)]
        _msg_attachments(message, 0, body, attachments)
        sender = getattr(message, "sender", None) or ""
        return MailMessage(
            sender=" ".join(str(sender).split()),
            subject=" ".join(str(getattr(message, "subject", None) or "").split()),
            sent_at=_utc(getattr(message, "date", None)),
            message_id=str(getattr(message, "messageId", None) or "").strip(),
            body="\n\n".join(text for text in body if text.strip()),
            attachments=tuple(attachments),
        )
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001
        raise UnreadableFile(RejectReason.DAMAGED, f"Outlook message: {exc!r}") from exc
    finally:
        message.close()


def _msg_body(message: Any) -> str:
    text = getattr(message, "body", None)
    if text:
        return str(text)
    markup = getattr(message, "htmlBody", None)
    return html_to_text(markup.decode("utf-8", errors="replace")) if markup else ""


def _msg_attachments(message: Any, depth: int, body: list[str], attachments: list[Attachment]) -> None:
    for attachment in getattr(message, "attachments", []):
        data = attachment.data
        if data is not None and not isinstance(data, bytes):  # an attached Outlook message (forwarded)
            if depth + 1 > MAX_NESTING:
                raise UnreadableFile(RejectReason.TOO_LARGE, f"forwarded messages nested deeper than {MAX_NESTING}")
            body.append(f"---- Message transféré ----\nObjet : {getattr(data, 'subject', '') or ''}\n{_msg_body(data)}")
            _msg_attachments(data, depth + 1, body, attachments)
            continue
        if not isinstance(data, bytes):
            continue
        name = attachment.name or f"piece-{len(attachments) + 1}.bin"
        inline = bool(getattr(attachment, "hidden", False) or getattr(attachment, "contentId", None))
        attachments.append(Attachment(name=str(name), data=data, inline=inline, depth=depth))
