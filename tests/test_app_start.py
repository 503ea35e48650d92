"""Starting the window on a machine with no display explains what to do instead of crashing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_no_display_gives_a_clear_message(tmp_path: Path) -> None:
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["TELVALID_WORKSPACE"] = str(tmp_path / "ws")
    main = Path(__file__).resolve().parents[1] / "main.py"
    result = subprocess.run(
        [sys.executable, str(main)], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr
    assert "Traceback" not in result.stderr
