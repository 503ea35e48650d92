"""Builds a field set, runs the app's command line on it in a fresh workspace, and prints how it did.

    .venv/bin/python -m tests.fieldset.measure --scale small|full --seed N [--no-export] [--keep DIR] [--json]

Only the CLI's JSON is read (``ingest --json``); the set is generated without looking at the reader.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from tests.fieldset.build import build_fieldset, telvalid_command
from tests.fieldset.scoring import CHANNELS, Report, score

FIGURE_ORDER = (
    "form pages read",
    "typed cover letters read (envelopes)",
    "typed cover letter pages read",
    "handwritten letters read (envelopes)",
    "pages that got their number",
    "split submissions joined (with a number)",
    "split submissions without a number that stayed unsorted",
    "separators found (all kinds)",
    "separators found: patcht_code39",
    "separators found: qr",
    "separators found: patch_bars",
    "separators found: app_sheet",
    "decoy pages taken for separators",
    "other pages taken for separators",
    "blank pages found",
    "written pages taken for blank",
)


def _env(config: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"TELVALID_DATABASE", "TELVALID_WORKSPACE"}}
    env["XDG_CONFIG_HOME"] = str(config)  # the user's own settings stay out of the measure
    return env


def _run(args: list[str], workspace: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [*telvalid_command(), "--workspace", str(workspace), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False)


def ingest(files: list[Path], channel: str, workspace: Path, env: dict[str, str]) -> list[dict[str, Any]]:
    done = _run(["ingest", "--json", "--channel", channel, *map(str, files)], workspace, env)
    answers = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode not in (0, 1) or len(answers) != len(files):
        sys.stderr.write(f"ingest exited {done.returncode} with {len(answers)}/{len(files)} answers\n{done.stderr}\n")
    return answers


def _match(answer: dict[str, Any], files: list[Path], root: Path) -> str | None:
    reported = Path(str(answer.get("file", "")))
    for path in files:
        if reported == path or reported.name == path.name and reported.parent.name == path.parent.name:
            return path.relative_to(root).as_posix()
    return None


def measure(out_dir: Path, *, with_export: bool, workspace: Path) -> Report:
    """Imports the export (or not), ingests day 1 then day 2 per channel in a new workspace, and scores it."""
    truth = json.loads((out_dir / "truth.json").read_text(encoding="utf-8"))
    workspace.mkdir(parents=True, exist_ok=True)
    env = _env(workspace.parent / f"{workspace.name}-config")
    if with_export:
        done = _run(["procedures", "import", str(out_dir / "export.csv")], workspace, env)
        if done.returncode != 0:
            raise RuntimeError(f"procedures import failed: {done.stderr}")
    answers: dict[str, dict[str, Any]] = {}
    seconds = 0.0
    for day in (1, 2):
        groups: dict[str, list[Path]] = defaultdict(list)
        for entry in truth:
            if entry["day"] == day:
                groups[entry["channel"]].append(out_dir / entry["file"])
        for channel in CHANNELS:
            files = sorted(groups.get(channel, []))
            if not files:
                continue
            started = time.monotonic()
            results = ingest(files, channel, workspace, env)
            seconds += time.monotonic() - started
            for position, answer in enumerate(results):
                name = _match(answer, files, out_dir) or files[position].relative_to(out_dir).as_posix()
                answers[name] = answer
    raw = workspace.parent / f"{workspace.name}-answers.json"  # the CLI's JSON as it was, beside the workspace
    raw.write_text(json.dumps(answers, ensure_ascii=False, indent=1), encoding="utf-8")
    report = score(truth, answers)
    report.ingest_seconds = seconds
    report.with_export = with_export
    return report


def format_report(report: Report) -> str:
    columns = ("all", *CHANNELS)
    lines = [
        f"field set: {report.files} files, {report.pages} pages; export imported: {report.with_export}",
        f"ingest: {report.ingest_seconds:.1f} s, {report.pages_per_minute:.0f} pages/min",
        f"PAGES UNDER A WRONG NUMBER: {len(report.wrong)}"
        f" (of which flagged needs_review: {sum(w.needs_review for w in report.wrong)})",
    ]
    lines += [
        f"  {w.file} p{w.page} {w.kind} ({w.channel}) truth {w.truth} got {w.got}"
        f"{' needs_review' if w.needs_review else ''} {w.review_reason}".rstrip()
        for w in report.wrong
    ]
    if report.rejected:
        lines.append(f"rejected files: {', '.join(report.rejected)}")
    lines.append("")
    lines.append(f"{'figure':58}" + "".join(f"{c:>15}" for c in columns))
    for name in FIGURE_ORDER:
        values = report.figures.get(name)
        if values:
            lines.append(f"{name:58}" + "".join(f"{str(values.get(c, '-')):>15}" for c in columns))
    lines.append(
        "split submissions without a number: " + ", ".join(f"{k} {v}" for k, v in report.split_without_number.items())
    )
    lines.append("")
    lines.append("form pages read, per header layout attribute:")
    for key, values in report.form_by_layout.items():
        lines.append(f"  {key:10} " + "  ".join(f"{value}: {ratio}" for value, ratio in values.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", choices=["small", "full"], default="small")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-export", action="store_true", help="do not import the manager export first")
    parser.add_argument("--keep", metavar="DIR", help="build the set (and the workspace) in DIR and keep them")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fieldset-") as scratch:
        root = Path(args.keep) if args.keep else Path(scratch)
        started = time.monotonic()
        out = build_fieldset(root / "set", seed=args.seed, scale=args.scale)
        built = time.monotonic() - started
        workspace = root / f"workspace-{int(time.time())}"
        report = measure(out, with_export=not args.no_export, workspace=workspace)
        if args.json:
            data = report.to_json()
            data["build_seconds"] = round(built, 1)
            print(json.dumps(data, ensure_ascii=False, indent=1))
        else:
            print(f"built seed {args.seed} scale {args.scale} in {built:.1f} s")
            print(format_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
