"""The technician's services run without Qt (the window is only a layer over them)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "telvalid_desktop.core.lifecycle.validation",
        "telvalid_desktop.core.lifecycle.page_operations",
        "telvalid_desktop.config",
    ],
)
def test_services_never_load_qt(module: str) -> None:
    code = f"import sys, {module}; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
