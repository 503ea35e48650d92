"""IMAP folder names on the wire: modified UTF-7 (RFC 3501 §5.1.3).

Servers take and list folder names in this encoding only, so "Importé" must be sent as
"Import&AOk-" or a strict server refuses it and a lenient one makes a second, garbled folder.
"""

from __future__ import annotations

import base64

_PRINTABLE = range(0x20, 0x7F)


def imap_folder_name(name: str) -> str:
    """``name`` in modified UTF-7: printable ASCII as is ("&" as "&-"), any other run of characters
    as UTF-16 in base64 with "," for "/" and no padding, between "&" and "-"."""
    encoded: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            packed = base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii")
            encoded.append("&" + packed.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for character in name:
        if ord(character) in _PRINTABLE:
            flush()
            encoded.append("&-" if character == "&" else character)
        else:
            pending.append(character)
    flush()
    return "".join(encoded)


def quoted(name: str) -> str:
    """A folder name as an IMAP quoted string (imaplib sends arguments as given)."""
    wire = imap_folder_name(name)
    return '"' + wire.replace("\\", "\\\\").replace('"', '\\"') + '"'
