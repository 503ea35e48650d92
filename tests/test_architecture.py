"""Import rules: only gui/ may import Qt, so the CLI and workers run without it."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    ["telvalid_desktop.core.ingest", "telvalid_desktop.cli", "telvalid_desktop.intake.analysis",
     "telvalid_desktop.db.repository"],
)
def test_headless_modules_never_load_qt(module: str) -> None:
    code = f"import sys, {module}; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
