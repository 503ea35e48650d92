"""Benchmark of the mailbox fetch (a script, not a test): a 200-message mailbox on a real Dovecot.

    .venv/bin/python -m tests.bench.bench_mail_fetch [--messages 200] [--workers 2] [--seed 18]

The messages (``tests/generator/mailbox.bulk_mailbox``: replies to the hold e-mail with a form
that has a text layer, every 10th a phone photo of an ID card instead, every 25th nothing to
import) are generated in a child process and APPENDed to a throw-away Dovecot
(``tests/mail_server.py``); none of that is timed. Then the real ``telvalid mail fetch --json``
runs against a fresh workspace, its main process and page workers sampled for resident memory
every 0.2 s. What each message became is checked against what it holds, and the server's
folders are counted at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from tests.processes import spawned_children

SAMPLE_S = 0.2
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


def _rss_mb(pid: int) -> float:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE_BYTES / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def generate(folder: Path, messages: int, seed: int) -> None:
    """Write the raw messages and their truth into ``folder`` (child process: heavy imports)."""
    from tests.generator.mailbox import bulk_mailbox  # noqa: PLC0415 - not in the launcher

    started = time.perf_counter()
    sent = bulk_mailbox(messages, seed, numbers=40)
    (folder / "mails").mkdir()
    for index, item in enumerate(sent):
        (folder / "mails" / f"{index:04d}.eml").write_bytes(item.raw)
    truth = {item.message_id: [item.number, item.quarantined] for item in sent}
    (folder / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    size = sum(len(item.raw) for item in sent)
    print(f"mailbox: {len(sent)} messages, {size / 1e6:.1f} MB; generated in {time.perf_counter() - started:.0f} s")


class Sampler(threading.Thread):
    """Peak resident memory of a process and of its page workers (summed), sampled."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.main_mb, self.workers_mb = pid, 0.0, 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(SAMPLE_S):
            self.main_mb = max(self.main_mb, _rss_mb(self.pid))
            self.workers_mb = max(self.workers_mb, sum(_rss_mb(pid) for pid in spawned_children(self.pid)))


def fetch(folder: Path, workers: int) -> None:
    """Start Dovecot, seed it with the generated messages, run the real fetch, and report."""
    from tests.mail_server import PASSWORD, USER, message_ids, running_dovecot  # noqa: PLC0415

    environment = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config"), "TELVALID_DATABASE": ""}
    command = [sys.executable, "-m", "telvalid_desktop", "--workspace", str(folder / "ws"), "mail"]
    with running_dovecot() as server:
        environment["SSL_CERT_FILE"] = str(server.cafile)
        account = ["--host", "127.0.0.1", "--port", str(server.port), "--user", USER]
        subprocess.run([*command, "password", *account], input=PASSWORD + "\n", text=True, env=environment, check=True)
        server.append([path.read_bytes() for path in sorted((folder / "mails").iterdir())])
        started = time.perf_counter()
        run = subprocess.Popen(
            [*command, "fetch", "--json", "--workers", str(workers), *account], stdout=subprocess.PIPE, env=environment
        )
        sampler = Sampler(run.pid)
        sampler.start()
        out, _ = run.communicate()
        elapsed = time.perf_counter() - started
        sampler.stop.set()
        folders = {name: len(message_ids(server.folder(name))) for name in ("INBOX", "Importé", "Quarantaine")}
    outcomes = [json.loads(line) for line in out.decode().splitlines() if line.startswith("{")]
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    report(outcomes, truth, elapsed=elapsed, sampler=sampler, folders=folders, workers=workers, code=run.returncode)


def report(
    outcomes: list[dict],
    truth: dict,
    *,
    elapsed: float,
    sampler: Sampler,
    folders: dict[str, int],
    workers: int,
    code: int,
) -> None:
    statuses = Counter(outcome["status"] for outcome in outcomes)
    pages = sum(outcome["page_count"] for outcome in outcomes)
    filed = Counter()
    for outcome in outcomes:
        if outcome["status"] == "rejected":
            continue
        expected = truth[outcome["email"]["message_id"]][0]
        got = outcome["submissions"][0]["procedure_number"]
        filed["right" if got == expected else "unsorted" if got is None else "WRONG"] += 1
    quarantined_expected = sum(quarantined for _, quarantined in truth.values())
    print(f"mail fetch, {workers} page worker(s), fresh SQLite workspace, Dovecot on the loopback (TLS):")
    print(f"  messages: {len(outcomes)} of {len(truth)} ({dict(statuses)}); exit code {code}")
    print(f"  pages: {pages}")
    print(f"  numbers read: {filed['right']} right, {filed['unsorted']} unsorted, {filed['WRONG']} WRONG")
    print(f"  quarantined: {statuses['rejected']} (expected {quarantined_expected})")
    print(f"  server afterwards: {folders}")
    print(f"  wall: {elapsed:.1f} s, {len(outcomes) / elapsed * 60:.0f} messages per minute (start-up included)")
    print(f"  peak RSS: main process {sampler.main_mb:.0f} MB, page workers {sampler.workers_mb:.0f} MB (sum)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--child", choices=("generate",), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "generate":
        generate(args.folder, args.messages, args.seed)
        return
    with tempfile.TemporaryDirectory(prefix="telvalid-bench-") as temporary:
        command = [sys.executable, "-m", "tests.bench.bench_mail_fetch", "--folder", temporary]
        command += ["--messages", str(args.messages), "--seed", str(args.seed)]
        subprocess.run([*command, "--child", "generate"], check=True)
        fetch(Path(temporary), args.workers)


if __name__ == "__main__":
    main()
