"""Smoke test of a built bundle, as a new user on a machine with nothing of the project's on it.

In a temporary HOME and workspace, with Qt drawing off-screen:
  1. the bundle's ``telvalid ingest --json`` imports a digital form and a scanned one (OCR by tesserocr),
     then a second scan with ``--ocr pytesseract`` (the tesseract program): each lands under its number;
  2. ``telvalid-desktop`` opens its window on that workspace, stays up, and stops on SIGTERM, leaving no
     process of the bundle behind; ``telvalid check`` then finds the workspace sound.
With a bundled Tesseract, the system's is masked (a failing ``tesseract`` first on PATH, TESSDATA_PREFIX on an
empty folder), so a pass shows the bundle reads with its own.

    .venv/bin/python packaging/smoke_test.py dist/telvalid-desktop
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from telvalid_desktop.samples import scans
from telvalid_desktop.samples.procedure_form import form_pdf

# number -> (file, extra ingest options, how the number must have been read)
SAMPLES = {
    "48151623": ("form-digital.pdf", (), "text"),
    "27182818": ("form-scan.png", (), "ocr"),
    "31415926": ("form-scan-fallback.png", ("--ocr", "pytesseract"), "ocr"),
}
# Qt says when a widget is shown (category qt.widgets.showhide): the station's main window, technician or mailroom.
WINDOW_SHOWN = re.compile(r"Setting visibility of (MainWindow|StationWindow)\(.* to true")
WINDOW_START_S = 90.0  # a cold start from a slow disk: Python, Qt and the first database opening
STAYS_UP_S = 3.0


class SmokeFailure(Exception):
    """What went wrong, in one sentence for the build log."""


def write_samples(folder: Path) -> None:
    """A manager's form as generated (text layer) and two forms as a scanner returns them (image only)."""
    for number, (name, _options, method) in SAMPLES.items():
        form = form_pdf(number, rng=random.Random(number))
        if method == "text":
            (folder / name).write_bytes(form)
            continue
        page = scans.scan_page(form, 0, scans.PROFILES["clean300"], random.Random(number))
        page.save(folder / name, dpi=page.info["dpi"])


def clean_environment(home: Path, bundle: Path, masks: Path) -> dict[str, str]:
    """This user's environment less everything that could point the bundle at the developer's files."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "TELVALID_", "PYTHON", "VIRTUAL_ENV", "QT_", "TESSDATA"))
    }
    environment.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", OMP_THREAD_LIMIT="1")
    if (bundle / "_internal" / "tesseract").is_dir():
        fake = masks / "bin" / "tesseract"
        fake.parent.mkdir(parents=True)
        fake.write_text("#!/bin/sh\necho 'the system tesseract was used instead of the bundled one' >&2\nexit 1\n")
        fake.chmod(0o755)
        (masks / "tessdata").mkdir()
        environment["PATH"] = f"{fake.parent}{os.pathsep}{environment.get('PATH', '')}"
        environment["TESSDATA_PREFIX"] = str(masks / "tessdata")
    return environment


def run(command: list[str], environment: dict[str, str]) -> str:
    """Run a bundle command; its output, or a failure quoting what it printed."""
    done = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise SmokeFailure(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


def check_ingest(telvalid: list[str], samples: Path, environment: dict[str, str]) -> None:
    """Each sample is imported once, under its number, read the way its kind must be read."""
    for number, (name, options, method) in SAMPLES.items():
        output = run([*telvalid, "ingest", "--json", *options, str(samples / name)], environment)
        print(output.strip())
        outcome = json.loads(output)
        read = [submission["procedure_number"] for submission in outcome["submissions"]]
        if outcome["status"] != "imported" or read != [number]:
            raise SmokeFailure(f"{name}: expected {number} imported, got {outcome['status']} {read}")
        dossier = json.loads(run([*telvalid, "dossier", number, "--json"], environment))
        methods = {page["read_method"] for document in dossier["documents"] for page in document["pages"]}
        if methods != {method}:
            raise SmokeFailure(f"{name}: number read by {methods}, expected {method}")
        print(f"ok: {name} -> dossier {number} (read: {method}{' ' + ' '.join(options) if options else ''})")


def check_demo(bundle: Path, folder: Path, environment: dict[str, str]) -> None:
    """A newcomer's first command works from the bundle: the shipped generator, OCR and services together."""
    summary = json.loads(run([str(bundle / "telvalid"), "demo", str(folder), "--json"], environment))
    scenarios = sorted(dossier["scenario"] for dossier in summary["dossiers"])
    if not summary["created"] or summary["unsorted"] != 1 or "validated" not in scenarios:
        raise SmokeFailure(f"telvalid demo built {scenarios}, {summary['unsorted']} unsorted")
    print(f"ok: demo built in {summary['seconds']} s ({len(scenarios)} dossiers, {summary['pages']} pages read)")


def wait_for(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Poll ``condition`` until it holds (True) or the time is up (False)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def descendants(pid: int) -> set[int]:
    """The processes ``pid`` started, and theirs (page and render workers, multiprocessing's tracker)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pids: set[int]) -> set[int]:
    return {pid for pid in pids if Path(f"/proc/{pid}").exists()}


def check_window(bundle: Path, workspace: Path, environment: dict[str, str], logs: Path) -> None:
    """The window opens on the workspace, stays up, and goes away on SIGTERM with every process it started."""
    stderr_path = logs / "window.stderr"
    with stderr_path.open("w") as stderr:
        window = subprocess.Popen(
            [str(bundle / "telvalid-desktop"), str(workspace)],
            env={**environment, "QT_LOGGING_RULES": "qt.widgets.showhide.debug=true"},
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    started = time.monotonic()
    children: set[int] = set()
    try:
        shown = wait_for(
            lambda: window.poll() is not None or bool(WINDOW_SHOWN.search(stderr_path.read_text())), WINDOW_START_S
        )
        if window.poll() is not None or not shown:
            raise SmokeFailure(f"the window did not show (exit {window.poll()}); see {stderr_path}")
        print(f"ok: window shown after {time.monotonic() - started:.1f} s")
        if wait_for(lambda: window.poll() is not None, STAYS_UP_S):
            raise SmokeFailure(f"the window closed by itself (exit {window.returncode}); see {stderr_path}")
        print(f"ok: window still up after {STAYS_UP_S:.0f} s more")
    finally:
        if window.poll() is None:
            children = descendants(window.pid)
            window.send_signal(signal.SIGTERM)
        code = window.wait(timeout=30)
    # Workers of a window that quit on its own finish their page and go; those of a killed one never do.
    wait_for(lambda: not alive(children), 10.0 if code == 0 else 1.0)
    left = alive(children)
    for pid in left:  # started by this test: never leave them behind, whatever the verdict
        os.kill(pid, signal.SIGKILL)
    if code == 0 and not left:
        print(f"ok: window closed on SIGTERM, with the {len(children)} processes it had started")
    else:
        raise SmokeFailure(f"the window exited {code} on SIGTERM, {len(left)} processes left; see {stderr_path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the built folder, e.g. dist/telvalid-desktop")
    bundle = parser.parse_args().bundle.resolve()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="telvalid-smoke-") as temporary:
        root = Path(temporary)
        for folder in ("home", "samples", "masks", "logs"):
            (root / folder).mkdir()
        workspace = root / "workspace"
        environment = clean_environment(root / "home", bundle, root / "masks")
        telvalid = [str(bundle / "telvalid"), "--workspace", str(workspace)]
        try:
            print(f"ok: {run([str(bundle / 'telvalid'), '--version'], environment).strip()}")
            write_samples(root / "samples")
            check_ingest(telvalid, root / "samples", environment)
            check_demo(bundle, root / "demo", environment)
            check_window(bundle, workspace, environment, root / "logs")
            run([*telvalid, "check"], environment)
            print("ok: telvalid check finds the workspace sound")
        except (SmokeFailure, subprocess.TimeoutExpired) as failure:
            print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
            for log in sorted(root.rglob("*.log")) + sorted((root / "logs").iterdir()):
                # Qt's show/hide lines only served to see the window appear.
                lines = [line for line in log.read_text(errors="replace").splitlines() if not line.startswith("qt.")]
                print(f"--- {log.name} (last lines)", *lines[-30:], sep="\n")
            return 1
    print(f"smoke test passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
