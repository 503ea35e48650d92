"""Typed intake failures; the CLI and the window turn the code into a sentence."""

from __future__ import annotations

from enum import StrEnum


class RejectReason(StrEnum):
    """Why a whole file cannot be taken in (it goes to quarantine)."""

    MISSING = "missing"  # the path does not exist or cannot be read
    EMPTY = "empty"  # zero bytes
    NOT_A_DOCUMENT = "not_a_document"  # neither a PDF nor a supported image
    UNSUPPORTED_FORMAT = "unsupported_format"  # a known format the intake does not take (the detail names it)
    DAMAGED = "damaged"  # truncated or corrupt beyond repair
    ENCRYPTED = "encrypted"  # password protected
    NO_PAGES = "no_pages"  # opens, but holds no page
    TOO_LARGE = "too_large"  # over the size or page limits
    TIMEOUT = "timeout"  # took too long to read
    EMPTY_EMAIL = "empty_email"  # an e-mail with no text and no attachment that gives a page


class UnreadableFile(Exception):  # noqa: N818 - a domain word, not an "Error" suffix
    """A file the intake rejects as a whole.

    Attributes:
        reason: the machine-readable cause.
        detail: technical detail for the log (never shown to a clerk as is).
    """

    def __init__(self, reason: RejectReason, detail: str = "") -> None:
        super().__init__(reason, detail)  # both in args, so it crosses process boundaries intact
        self.reason = RejectReason(reason)
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.reason.value}: {self.detail}" if self.detail else self.reason.value
