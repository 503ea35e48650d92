"""Logging configured once per process: a rotating file in the workspace plus stderr."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# An IBAN (country, check digits, then groups, spaced or not) and any run of 11 digits or more
# (a bank account, an identity card number); procedure numbers (6 to 10 digits) stay readable.
IBAN = re.compile(r"\b([A-Z]{2}\d{2})(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
LONG_NUMBER = re.compile(r"\b\d{11,}\b")


def redact(text: str) -> str:
    """``text`` without bank account or identity numbers: their first characters only."""
    return LONG_NUMBER.sub("[numéro masqué]", IBAN.sub(lambda found: f"{found.group(1)}…[IBAN masqué]", text))


class Redacting(logging.Filter):
    """Logs never keep a customer's IBAN or identity number, whatever a message or traceback quotes."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def configure_logging(log_dir: Path, *, verbose: bool = False) -> None:
    """Send INFO and up to ``log_dir/telvalid.log``, and errors (everything, if verbose) to stderr."""
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    file_handler = RotatingFileHandler(log_dir / "telvalid.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler.addFilter(Redacting())
    root.addHandler(file_handler)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.ERROR)  # clerks read the summary, not the log
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console.addFilter(Redacting())
    root.addHandler(console)
