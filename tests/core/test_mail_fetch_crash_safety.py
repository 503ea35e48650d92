"""Crash safety of the mailbox fetch (issues 8 and 18): ``telvalid mail fetch`` killed with SIGKILL at
random moments over a real Dovecot mailbox of 20 messages, and started again until it finishes.

The kills fall anywhere (start-up, a message's download, its reading, its commit), just after a
message's report, and just after a commit is seen in the database (before its move on the server:
the window at-least-once must cover). Whatever the moments: no message is lost (each is in the
database once and on the server in "Importé" or "Quarantaine" once), none is imported twice.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from telvalid_desktop.config import Settings, save_settings, settings_path
from telvalid_desktop.core.filing.mail_password import save_password
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Dossier, ReceivedEmail, Rejection, StoredFile, Submission
from tests.core.test_hot_folder_batches import REPO, RUN_DEADLINE_S
from tests.generator.mailbox import bulk_mailbox
from tests.mail_server import PASSWORD, USER, MailServer, message_ids, running_dovecot

SEED = 18
MESSAGES = 20
KILLS = 8
ANYWHERE, AFTER_REPORT, AFTER_COMMIT = "anywhere", "after a report", "after a commit"
ANYWHERE_SPAN = 1.3  # "anywhere": up to this times a run's start-up to its first report (a message or two more)
AIM_S = 0.1  # how long after a report a kill may land
POLL_S = 0.002  # how often the database is asked whether a new commit happened


class FetchRun:
    """``telvalid mail fetch --json`` in its own process group, its lines read as they come."""

    def __init__(self, workspace: Path, stderr: IO[bytes]) -> None:
        command = [sys.executable, "-m", "telvalid_desktop", "--workspace", str(workspace), "mail", "fetch"]
        self.process = subprocess.Popen(
            [*command, "--json", "--workers", "0"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=stderr,
            start_new_session=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        for line in stream:
            self.lines.put(line.decode())
        self.lines.put(None)

    def next_report(self) -> dict[str, object] | None:
        line = self.lines.get(timeout=RUN_DEADLINE_S)
        return json.loads(line) if line is not None else None

    def kill_at(self, moment: float) -> bool:
        """SIGKILL the process group at ``moment`` (monotonic); False if the run ended first."""
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=max(0.0, moment - time.monotonic()))
            return False
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        return self.process.wait(timeout=RUN_DEADLINE_S) == -signal.SIGKILL

    def finish(self) -> int:
        while self.next_report() is not None:
            pass
        return self.process.wait(timeout=RUN_DEADLINE_S)


def commits() -> int:
    """E-mails committed, and e-mails refused (a rejection is committed too)."""
    return ReceivedEmail.select().count() + Rejection.select().count()


def kill_somewhere(run: FetchRun, kind: str, rng: random.Random, first_report_s: float) -> bool:
    """Kill ``run`` at a random moment of ``kind``; False when it ended first."""
    if kind == ANYWHERE:
        return run.kill_at(time.monotonic() + rng.uniform(0.01, ANYWHERE_SPAN * first_report_s))
    if kind == AFTER_REPORT:
        return run.next_report() is not None and run.kill_at(time.monotonic() + rng.uniform(0.0, AIM_S))
    before = commits()
    while run.process.poll() is None:
        if commits() > before:
            return run.kill_at(time.monotonic())
        with contextlib.suppress(subprocess.TimeoutExpired):
            run.process.wait(timeout=POLL_S)
    return False


def killed_rounds(workspace: Workspace, stderr: IO[bytes], server: MailServer) -> Iterator[str]:
    """Round after round, a run killed; the first one just after its first report, which times its start-up."""
    rng = random.Random(SEED)
    kinds = [(ANYWHERE, AFTER_REPORT, AFTER_COMMIT)[index % 3] for index in range(1, KILLS)]
    rng.shuffle(kinds)
    started = time.monotonic()
    first = FetchRun(workspace.root, stderr)
    assert first.next_report() is not None
    first_report_s = time.monotonic() - started
    if first.kill_at(time.monotonic()):
        yield AFTER_REPORT
    for kind in kinds:
        if not server.folder("INBOX"):
            return
        if kill_somewhere(FetchRun(workspace.root, stderr), kind, rng, first_report_s):
            yield kind


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[MailServer]:
    with running_dovecot() as started:
        monkeypatch.setenv("SSL_CERT_FILE", str(started.cafile))
        save_settings(Settings(mail_host="127.0.0.1", mail_port=started.port, mail_user=USER), settings_path())
        save_password(f"{USER}@127.0.0.1", PASSWORD)
        yield started


@pytest.mark.slow
@pytest.mark.any_database
def test_kills_at_random_moments_lose_no_message_and_import_none_twice(
    workspace: Workspace, server: MailServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sent = bulk_mailbox(MESSAGES, SEED, numbers=6, photo_every=MESSAGES, refused_every=8)
    server.append([item.raw for item in sent])
    with (tmp_path / "stderr.log").open("wb") as stderr:
        kills = Counter(killed_rounds(workspace, stderr, server))
        code = FetchRun(workspace.root, stderr).finish()
    log = (tmp_path / "stderr.log").read_text(errors="replace")
    assert code in (0, 1), log

    imported = [item for item in sent if not item.quarantined]
    quarantined = [item for item in sent if item.quarantined]
    on_server = {folder: Counter(message_ids(server.folder(folder))) for folder in ("INBOX", "Importé", "Quarantaine")}
    # A message committed but not moved before a kill: taken again by the next run, a duplicate, moved then.
    resumed = (workspace.logs / "telvalid.log").read_text(encoding="utf-8").count(" duplicate, moved to ")
    in_database = Counter(message_id for (message_id,) in ReceivedEmail.select(ReceivedEmail.message_id).tuples())
    with capsys.disabled():
        print(
            f"\nmail fetch crash harness: {kills.total()} kills ({dict(kills)}), messages {len(sent)}, "
            f"in Importé {on_server['Importé'].total()}, in Quarantaine {on_server['Quarantaine'].total()}, "
            f"left in INBOX {on_server['INBOX'].total()}, e-mails in the database {in_database.total()} "
            f"(distinct {len(in_database)}), resumed after a commit {resumed}, "
            f"refusals recorded {Rejection.select().count()}"
        )
    assert on_server["INBOX"] == Counter()
    assert on_server["Importé"] == Counter(item.message_id for item in imported)  # each once
    assert on_server["Quarantaine"] == Counter(item.message_id for item in quarantined)
    assert in_database == Counter(item.message_id for item in imported)  # none lost, none twice
    assert StoredFile.select().count() == len(imported) and Submission.select().count() == len(imported)
    filed = Counter(number for (number,) in Submission.select(Submission.procedure_number).tuples())
    assert filed == Counter(item.number for item in imported)
    assert Dossier.select().count() == len(set(filed))
    assert kills.total() >= KILLS // 2, kills
