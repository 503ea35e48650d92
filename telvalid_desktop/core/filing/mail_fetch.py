"""Fetching the team's mailbox: each new message imported as an e-mail file, then moved on the server.

At least once, never lost, never doubled: a message leaves the inbox only once its import is
committed (or, refused, once it is in the quarantine with its note), into the folder
*Importé* or *Quarantaine*. A run stopped between the two finds it in the inbox again; the
intake knows its bytes and its Message-ID, so its second import is a duplicate that changes
nothing, and it is moved then.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from telvalid_desktop.core.filing.imap_mailbox import Mailbox, MailboxAccount, MailboxError
from telvalid_desktop.core.filing.ingest import IngestService, ProgressCallback
from telvalid_desktop.core.filing.outcomes import FileOutcome
from telvalid_desktop.domain import Channel, ImportStatus

log = logging.getLogger(__name__)


def incoming_folder(workspace_root: Path, account: MailboxAccount) -> Path:
    """Where a message is written before its import: in the workspace, one folder per mailbox."""
    digest = hashlib.sha256(account.name.encode()).hexdigest()[:12]
    return workspace_root / "incoming" / f"mail-{digest}"


@dataclass
class MailFetch:
    """Takes the new messages of one mailbox into the intake."""

    account: MailboxAccount
    password: str = field(repr=False)  # kept out of its repr: never in a log line
    service: IngestService
    incoming: Path

    def run_once(
        self,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
        on_found: Callable[[int], None] | None = None,
        on_failure: Callable[[str, Exception], None] | None = None,
    ) -> Iterator[FileOutcome]:
        """Import and move every message in the inbox now; each outcome comes out once its message is moved.
        ``on_found`` hears how many messages wait (a window's progress says "message 3 of 12"). A message
        whose import fails unexpectedly (a bug, the database lost) stays in the inbox for the next run and
        the others go on: ``on_failure`` hears of it (its file, the error), and the log has the traceback.

        Raises:
            MailboxError: the server cannot be reached or refuses; what was moved before stays done.
        """
        with Mailbox(self.account, self.password) as mailbox:
            folder = self.incoming / str(mailbox.uidvalidity)
            waiting = mailbox.new_uids()
            if on_found is not None:
                on_found(len(waiting))
            for uid in waiting:
                if cancel is not None and cancel.is_set():
                    return
                raw = mailbox.raw_message(uid)
                if raw is None:  # taken away by another client meanwhile
                    continue
                path = _written(folder / f"courriel-{uid}.eml", raw)
                try:
                    outcome = self._take(mailbox, uid, path, cancel, progress)
                except MailboxError:
                    raise
                except Exception as failure:  # one message must not block the mailbox for good
                    log.exception("mailbox %s: message %d not imported, left in the inbox", self.account.name, uid)
                    path.unlink(missing_ok=True)
                    if on_failure is not None:
                        on_failure(str(path), failure)
                    continue
                if outcome is None:  # cancelled: the message stays in the inbox for the next run
                    return
                yield outcome

    def run_forever(
        self,
        stop: threading.Event,
        on_outcome: Callable[[FileOutcome], None],
        interval_s: float,
        on_failure: Callable[[str, Exception], None] | None = None,
    ) -> None:
        """Fetch every ``interval_s`` until ``stop`` is set; a server that does not answer is tried again later."""
        while not stop.is_set():
            try:
                for outcome in self.run_once(stop, on_failure=on_failure):
                    on_outcome(outcome)
            except MailboxError as failure:
                log.warning("mailbox %s not fetched: %s", self.account.name, failure)
            stop.wait(interval_s)

    def _take(
        self,
        mailbox: Mailbox,
        uid: int,
        path: Path,
        cancel: threading.Event | None,
        progress: ProgressCallback | None,
    ) -> FileOutcome | None:
        outcome = self.service.ingest(path, channel=Channel.EMAIL, progress=progress, cancel=cancel)
        if outcome is None:
            path.unlink(missing_ok=True)
            return None
        folder = self.account.quarantine if outcome.status == ImportStatus.REJECTED else self.account.imported
        mailbox.move(uid, folder)
        path.unlink(missing_ok=True)  # kept in the document store (or the quarantine) by the intake
        log.info("mailbox %s: message %d %s, moved to %s", self.account.name, uid, outcome.status.value, folder)
        return replace(outcome, moved_to=self.account.url(folder))


def _written(path: Path, data: bytes) -> Path:
    """``data`` at ``path``, whole or not at all (a file half written by a killed run is never read)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)
    return path
