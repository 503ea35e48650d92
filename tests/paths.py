"""Where the tests find the real-world files (read in place, never copied)."""

from __future__ import annotations

import os
from pathlib import Path

REALWORLD = Path(
    os.environ.get("TELVALID_REALWORLD", Path(__file__).resolve().parents[2] / "shared" / "realworld")
) / "ocrmypdf"
