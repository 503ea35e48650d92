"""Finding a process's page workers from outside (stdlib only: the benchmark launcher imports it)."""

from __future__ import annotations

from pathlib import Path


def spawned_children(parent_pid: int) -> set[int]:
    """Live children of ``parent_pid`` running multiprocessing's spawn code (the page workers)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if parent == parent_pid and b"spawn_main" in command:
            found.add(int(entry.name))
    return found
