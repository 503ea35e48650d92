"""Starting the window: without a display it explains what to do; a SIGTERM closes it cleanly."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest


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


def _descendants(pid: int) -> set[int]:
    """The processes ``pid`` started, and theirs (render and page workers, multiprocessing's tracker)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError):  # gone meanwhile
            continue
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


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
    main = Path(__file__).resolve().parents[1] / "main.py"
    window = subprocess.Popen(
        [sys.executable, str(main), str(tmp_path / "ws")], stderr=subprocess.PIPE, text=True, env=env
    )
    assert window.stderr is not None
    for line in window.stderr:  # read until Qt says the main window is shown
        if "MainWindow" in line and "to true" in line:
            break
    else:
        pytest.fail(f"the window never showed (exit {window.wait()})")
    children = _descendants(window.pid)
    window.send_signal(signal.SIGTERM)
    window.stderr.close()
    assert window.wait(timeout=30) == 0
    assert all(_ended_within(child, 15) for child in children), "a worker outlived the window"
