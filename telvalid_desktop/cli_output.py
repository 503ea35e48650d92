"""What every ``telvalid`` command shares: exit codes and the JSON line format (a contract)."""

from __future__ import annotations

import json
from typing import Any

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_NOT_ALLOWED = 3
EXIT_NO_DATABASE = 4  # the database server did not answer, or was upgraded by a newer version


def print_json(data: dict[str, Any]) -> None:
    """One JSON object per line, UTF-8 as is, flushed (a reader may follow it live)."""
    print(json.dumps(data, ensure_ascii=False), flush=True)
