"""Which files of an e-mail become pages, which are left out, and which are refused.

An e-mail brings documents (PDFs, phone photos, multi-page TIFFs, a ZIP of scans) and
things that are not documents: the logo of the sender's signature, an executable, an
Office file with macros. Documents go on to the usual intake; decorations are left out
(the original e-mail is kept, nothing is lost); anything dangerous or unreadable is set
aside for the quarantine, with the reason. ZIP archives are opened here, within bounds
(members, total size, nesting), since a ZIP is a classic way to hide a bomb.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePosixPath

from PIL import Image

from telvalid_desktop.intake.email_reader import Attachment
from telvalid_desktop.intake.errors import RejectReason

# A signature's logo or icon: smaller than this in bytes, or this thin in pixels, is not a document.
TINY_IMAGE_BYTES = 10 * 1024
TINY_IMAGE_SIDE = 200
# A picture the message's HTML shows inline and this small is its decoration, not a photo of a document.
INLINE_DECORATION_BYTES = 64 * 1024
MAX_ZIP_MEMBERS = 100
MAX_ZIP_BYTES = 200 * 1024 * 1024  # uncompressed, all members together
MAX_ZIP_NESTING = 2  # a ZIP inside a ZIP, no deeper
# Refused whatever their bytes: programs, scripts, shortcuts and Office files that carry macros.
FORBIDDEN_SUFFIXES = frozenset(
    ".exe .com .scr .pif .msi .dll .bat .cmd .ps1 .vbs .vbe .js .jse .wsf .hta .jar .lnk .sh "
    ".docm .dotm .xlsm .xltm .xlam .pptm .potm .ppam".split()
)
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")
_ZIP_MAGIC = b"PK\x03\x04"


class LeftOut(StrEnum):
    """Why a part of an e-mail gives no page (codes, turned into words by messages.py)."""

    INLINE_IMAGE = "email_inline_image"  # a logo or signature picture: left out, not quarantined
    FORBIDDEN_TYPE = "email_forbidden_type"  # a program, a script, an Office file with macros


@dataclass(frozen=True)
class Part:
    """A file of the e-mail that should give pages, named as the customer would recognise it."""

    name: str
    data: bytes


@dataclass(frozen=True)
class SetAside:
    """A file of the e-mail that gives no page, and why (a ``LeftOut`` or ``RejectReason`` value)."""

    name: str
    reason: str
    data: bytes
    quarantined: bool = True  # kept in quarantine with a note (decorations are only listed)


def sort_parts(attachments: tuple[Attachment, ...]) -> tuple[list[Part], list[SetAside]]:
    """The e-mail's files that should give pages, in order, and those set aside."""
    parts: list[Part] = []
    aside: list[SetAside] = []
    for attachment in attachments:
        if _is_decoration(attachment):
            aside.append(SetAside(attachment.name, LeftOut.INLINE_IMAGE, attachment.data, quarantined=False))
            continue
        for name, data, refused in _expanded(attachment.name, attachment.data, 0):
            if refused:
                aside.append(SetAside(name, refused, data))
            else:
                parts.append(Part(name, data))
    return parts, aside


def _expanded(name: str, data: bytes, depth: int) -> Iterator[tuple[str, bytes, str]]:
    """(name, bytes, why refused or "") for a file, or for each member of a ZIP of scans."""
    if PurePosixPath(name.lower()).suffix in FORBIDDEN_SUFFIXES or data.startswith(_EXECUTABLE_MAGIC):
        yield name, data, LeftOut.FORBIDDEN_TYPE
    elif data.startswith(_ZIP_MAGIC):
        yield from _zip_members(name, data, depth)
    else:
        yield name, data, ""


def _zip_members(name: str, data: bytes, depth: int) -> Iterator[tuple[str, bytes, str]]:
    """A ZIP's files by name order, each read no further than the bounds allow."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = sorted((info for info in archive.infolist() if not info.is_dir()), key=lambda info: info.filename)
    except (zipfile.BadZipFile, ValueError, OSError):
        yield name, data, RejectReason.DAMAGED
        return
    names = {info.filename for info in members}
    if "[Content_Types].xml" in names:  # an Office document, not an archive of scans
        macros = any(member.endswith("vbaProject.bin") for member in names)
        yield name, data, LeftOut.FORBIDDEN_TYPE if macros else RejectReason.NOT_A_DOCUMENT
        return
    if depth >= MAX_ZIP_NESTING or len(members) > MAX_ZIP_MEMBERS:
        yield name, data, RejectReason.TOO_LARGE
        return
    budget = MAX_ZIP_BYTES
    with archive:
        for info in members:
            label = f"{name} › {info.filename}"
            if info.flag_bits & 0x1:
                yield label, b"", RejectReason.ENCRYPTED
                continue
            if info.file_size > budget:
                yield name, data, RejectReason.TOO_LARGE  # the whole archive: a bomb is not opened further
                return
            try:
                with archive.open(info) as member:
                    content = member.read(budget + 1)  # a member lying about its size stops here
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
                yield label, b"", RejectReason.DAMAGED
                continue
            if len(content) > budget:
                yield name, data, RejectReason.TOO_LARGE
                return
            budget -= len(content)
            yield from _expanded(label, content, depth + 1)


def _is_decoration(attachment: Attachment) -> bool:
    """A logo or a signature's picture: an image that is tiny, thin, or small and shown inline."""
    try:
        with Image.open(io.BytesIO(attachment.data)) as image:
            width, height = image.size
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return False  # not an image Pillow knows: the intake judges it
    size = len(attachment.data)
    if size < TINY_IMAGE_BYTES or min(width, height) < TINY_IMAGE_SIDE:
        return True
    return attachment.inline and size < INLINE_DECORATION_BYTES
