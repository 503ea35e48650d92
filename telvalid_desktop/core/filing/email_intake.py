"""Taking in an e-mail file: one e-mail is one submission on the ``email`` channel.

The e-mail is expanded before the usual intake, which then runs unchanged on it: its text
(when it carries some) and its attachments' pages are laid out as one PDF (``email_bundle``),
imported like any file; what the e-mail adds (sender, subject, date, Message-ID, the number its
words quote, which attachment gave which pages, which were left out or refused) is recorded in
the same transaction, and the e-mail itself is kept in the document store like other originals.
Refused attachments (a program, an Office file with macros, a damaged or locked PDF) are copied
to the quarantine with a note in words; the rest of the e-mail is imported all the same.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import ReceivedEmail, StoredFile
from telvalid_desktop.intake.email_bundle import Bundle, write_bundle
from telvalid_desktop.intake.email_number import quoted_number
from telvalid_desktop.intake.email_parts import SetAside, sort_parts
from telvalid_desktop.intake.email_reader import MailMessage
from telvalid_desktop.intake.errors import RejectReason, UnreadableFile
from telvalid_desktop.intake.types import NumberReading
from telvalid_desktop.messages import message as sentence

log = logging.getLogger(__name__)

NAME_BYTES = 120  # a quarantined attachment's name, its note's ".txt" and a prefix stay under 255 bytes
_RESERVED = re.compile(r'[\\/:*?"<>|\x00-\x1f›]')


@dataclass(frozen=True)
class EmailIntake:
    """What an e-mail adds to the intake of its laid-out pages.

    Attributes:
        original: the e-mail file as given.
        original_sha256: its digest (the laid-out PDF has its own).
        kind: its media type (``email_reader.EML`` or ``MSG``).
        message: what it says.
        quoted: the number its subject or text quotes, if any.
        text_pages: how many first pages are its text.
        parts: JSON-able account of its attachments (pages given, left out, refused).
    """

    original: Path
    original_sha256: str
    kind: str
    message: MailMessage
    quoted: NumberReading | None
    text_pages: int
    parts: dict[str, Any]

    def record(self, workspace: Workspace, stored: StoredFile) -> None:
        """Keep the e-mail in the store and on the database (inside the import's transaction)."""
        workspace.store.put(self.original, self.original_sha256, self.kind)
        ReceivedEmail.create(
            file=stored,
            message_id=self.message.message_id or None,
            original_sha256=self.original_sha256,
            original_media_type=self.kind,
            sender=self.message.sender,
            subject=self.message.subject,
            sent_at=self.message.sent_at,
            number_quoted=self.quoted.number if self.quoted is not None else None,
            parts=json.dumps(self.parts, ensure_ascii=False),
        )


def earlier_import(sha256: str, message_id: str = "") -> StoredFile | None:
    """The stored file of the same e-mail imported before (same bytes, or same Message-ID)."""
    query = ReceivedEmail.original_sha256 == sha256
    if message_id:
        query |= ReceivedEmail.message_id == message_id
    row = ReceivedEmail.select(ReceivedEmail.file).where(query).first()
    return StoredFile.get_by_id(row.file_id) if row is not None else None


def expand_email(
    path: Path, sha256: str, kind: str, message: MailMessage, *, scratch: Path, quarantine: Path
) -> tuple[Path, EmailIntake]:
    """Lay the e-mail at ``path`` (``message``, as ``read_email`` read it) out as ``scratch/courriel.pdf``;
    refused attachments go to ``quarantine``.

    Raises:
        UnreadableFile: the e-mail gives no page at all (no text, no readable attachment).
    """
    parts, aside = sort_parts(message.attachments)
    target = scratch / "courriel.pdf"
    bundle = write_bundle(message, parts, target)
    aside += bundle.set_aside
    if bundle.page_count == 0:
        reasons = ", ".join(f"{item.name}: {item.reason}" for item in aside) or "no text and no attachment"
        raise UnreadableFile(RejectReason.EMPTY_EMAIL, reasons)
    account = _account(
        bundle,
        aside,
        [_quarantined(item, position, path, sha256, quarantine) for position, item in enumerate(aside, 1)],
    )
    intake = EmailIntake(
        original=path,
        original_sha256=sha256,
        kind=kind,
        message=message,
        quoted=quoted_number(message.subject, message.body),
        text_pages=bundle.text_pages,
        parts=account,
    )
    return target, intake


def scratch_folder() -> tempfile.TemporaryDirectory[str]:
    """Where an e-mail is laid out before its import (removed afterwards)."""
    return tempfile.TemporaryDirectory(prefix="telvalid-email-")


def _account(bundle: Bundle, aside: list[SetAside], quarantined: list[str]) -> dict[str, Any]:
    return {
        "text_pages": bundle.text_pages,
        "attachments": [
            {"name": source.name, "pages": list(range(source.first_page, source.first_page + source.page_count))}
            for source in bundle.sources
        ],
        "left_out": [
            {"name": item.name, "reason": item.reason, "quarantine_path": where or None}
            for item, where in zip(aside, quarantined, strict=True)
        ],
    }


def attachment_file_name(name: str) -> str:
    """A sender's attachment name as a file name every system accepts: no separators or reserved
    signs, at most ``NAME_BYTES`` bytes, its suffix kept."""
    clean = _RESERVED.sub("-", name).strip(" .") or "piece"
    suffix = Path(clean).suffix[:16]
    stem = clean[: len(clean) - len(suffix)] if suffix else clean
    room = NAME_BYTES - len(suffix.encode())
    return stem.encode()[:room].decode("utf-8", errors="ignore") + suffix


def _quarantined(item: SetAside, position: int, email: Path, sha256: str, quarantine: Path) -> str:
    """Copy a refused attachment beside a note saying, in words, which e-mail it came from and why."""
    if not item.quarantined or not item.data:
        return ""
    folder = quarantine / datetime.now().strftime("%Y-%m-%d") / f"{sha256[:12]}-courriel"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{position}-{attachment_file_name(item.name)}"  # two attachments may bear one name
    target.write_bytes(item.data)
    target.with_name(target.name + ".txt").write_text(
        f"Pièce jointe « {item.name} » du courriel {email.name}\n{sentence(item.reason, 'fr')}\n"
        "Le reste du courriel a été importé.\n",
        encoding="utf-8",
    )
    log.warning("attachment %s of %s quarantined: %s", item.name, email, item.reason)
    return str(target)
