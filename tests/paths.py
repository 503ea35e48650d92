"""Where the tests find the real-world files (read in place, never copied)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REALWORLD = Path(
    os.environ.get("TELVALID_REALWORLD", Path(__file__).resolve().parents[2] / "shared" / "realworld")
) / "ocrmypdf"

requires_realworld = pytest.mark.skipif(not REALWORLD.is_dir(), reason=f"no real-world files at {REALWORLD}")
