"""Starting the window: without a display it explains what to do; a SIGTERM closes it cleanly."""

from __future__ import annotations

import importlib.util
import os
import select
import signal
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_no_display_gives_a_clear_message(tmp_path: Path) -> None:
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["TELVALID_WORKSPACE"] = str(tmp_path / "ws")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py")], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr
    assert "Traceback" not in result.stderr


def _smoke_test() -> ModuleType:
    """The bundle's smoke test, for its process-tree walk (one copy of it)."""
    spec = importlib.util.spec_from_file_location("smoke_test", ROOT / "packaging" / "smoke_test.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ended_within(pid: int, seconds: float) -> bool:
    """Wait on the process itself (a pidfd), not on a clock."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        return bool(select.select([handle], [], [], seconds)[0])
    finally:
        os.close(handle)


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_sigterm_closes_the_window_and_every_process_it_started(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.widgets.showhide.debug=true",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    main = ROOT / "main.py"
    window = subprocess.Popen(
        [sys.executable, str(main), str(tmp_path / "ws")], stderr=subprocess.PIPE, text=True, env=env
    )
    assert window.stderr is not None
    for line in window.stderr:  # read until Qt says the main window is shown
        if "MainWindow" in line and "to true" in line:
            break
    else:
        pytest.fail(f"the window never showed (exit {window.wait()})")
    children = _smoke_test().descendants(window.pid)
    window.send_signal(signal.SIGTERM)
    window.stderr.close()
    assert window.wait(timeout=30) == 0
    assert all(_ended_within(child, 15) for child in children), "a worker outlived the window"
