"""House rules: only gui/ may import Qt (the CLI and workers run without it), and modules stay small."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


MAX_MODULE_LINES = 500
PACKAGE = Path(__file__).resolve().parent.parent / "telvalid_desktop"


def test_no_module_passes_500_lines() -> None:
    """Small modules with one job each: a module that grows past this is split by responsibility."""
    sizes = {path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in PACKAGE.rglob("*.py")}
    assert {name: lines for name, lines in sizes.items() if lines > MAX_MODULE_LINES} == {}
