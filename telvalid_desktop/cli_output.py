"""What every ``telvalid`` command shares: exit codes and the JSON line format (a contract)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_NOT_ALLOWED = 3
# The database server (or, for `mail fetch`, the mailbox) did not answer, or was upgraded by a newer version.
EXIT_NO_DATABASE = 4


def print_json(data: dict[str, Any]) -> None:
    """One JSON object per line, UTF-8 as is, flushed (a reader may follow it live)."""
    print(json.dumps(data, ensure_ascii=False), flush=True)


def day_argument(text: str) -> date:
    """A date given as AAAA-MM-JJ (an argparse type: a wrong one is a usage error that says so)."""
    try:
        return date.fromisoformat(text)
    except ValueError as bad:
        raise argparse.ArgumentTypeError(f"date attendue au format AAAA-MM-JJ, pas {text!r}") from bad
