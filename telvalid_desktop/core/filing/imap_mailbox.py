"""Talking to the team's IMAP mailbox: new messages of a folder, and moving one away.

Python's ``imaplib`` (standard library) over TLS; plain text only on the loopback, for a
test server. Messages are found by UID and read with ``BODY.PEEK[]`` (the raw RFC 822 bytes,
left unread for the people who also open the mailbox). Moving uses the MOVE extension
(RFC 6851, atomic) when the server has it, else COPY, a ``\\Deleted`` flag and an expunge of
that message alone; a message flagged deleted is never taken again.
"""

from __future__ import annotations

import imaplib
import ipaddress
import logging
import ssl
from dataclasses import dataclass
from types import TracebackType

from telvalid_desktop.config import Settings
from telvalid_desktop.core.filing.imap_names import quoted

log = logging.getLogger(__name__)

SECURITIES = ("tls", "starttls", "plain")  # IMAPS (993), STARTTLS (143), plain: loopback test servers only
TIMEOUT_S = 60.0


class MailboxError(Exception):
    """The mailbox cannot be read: ``code`` says why in the message catalogue's terms."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code  # mailbox_unreachable | mailbox_tls | mailbox_login | mailbox_plain_refused | mailbox_server
        self.detail = detail


@dataclass(frozen=True)
class MailboxAccount:
    """Where the team's mail is and which folders it goes through (the password is kept apart)."""

    host: str
    user: str
    port: int = 993
    security: str = "tls"
    inbox: str = "INBOX"
    imported: str = "Importé"
    quarantine: str = "Quarantaine"

    @classmethod
    def from_settings(cls, settings: Settings) -> MailboxAccount | None:
        """The mailbox of this workstation's settings; None when none is set."""
        if not settings.mail_host or not settings.mail_user:
            return None
        return cls(
            host=settings.mail_host,
            user=settings.mail_user,
            port=settings.mail_port,
            security=settings.mail_security,
            inbox=settings.mail_inbox,
            imported=settings.mail_imported_folder,
            quarantine=settings.mail_quarantine_folder,
        )

    @property
    def name(self) -> str:
        """How the account is named to the keyring and in messages."""
        return f"{self.user}@{self.host}"

    def url(self, folder: str) -> str:
        """A folder of the account as an IMAP URL (RFC 5092), for the JSON output."""
        return f"imap://{self.user}@{self.host}:{self.port}/{folder}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Mailbox:
    """One session with the server, its inbox selected; a context manager that logs out."""

    def __init__(self, account: MailboxAccount, password: str, *, use_move: bool = True) -> None:
        """Log in, create the two folders if missing, select the inbox (``use_move=False``: the fallback
        of servers without MOVE, on any server: how it is tested on Dovecot, which has MOVE)."""
        if account.security == "plain" and not is_loopback(account.host):
            raise MailboxError("mailbox_plain_refused", account.host)
        self.account = account
        self.client = _connect(account)
        try:
            self.client.login(account.user, password)
        except imaplib.IMAP4.error as refused:
            self.client.shutdown()
            raise MailboxError("mailbox_login", _text(refused)) from None  # never the password: only the reply
        try:
            self.capabilities = {item.upper() for item in self._call("capability")[0].decode().split()}
            self.use_move = use_move and "MOVE" in self.capabilities
            for folder in (account.imported, account.quarantine):
                self._create(folder)
            self.uidvalidity = self._select(account.inbox)
        except MailboxError:
            self.client.shutdown()
            raise
        log.info("mailbox %s: connected, folder %s selected", account.name, account.inbox)

    def __enter__(self) -> Mailbox:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        try:
            self.client.logout()
        except (imaplib.IMAP4.error, OSError):
            self.client.shutdown()

    def new_uids(self) -> list[int]:
        """The UIDs of the inbox's messages not flagged deleted, oldest first."""
        found = self._call("uid", "SEARCH", "UNDELETED")
        return sorted(int(uid) for uid in (found[0] or b"").split())

    def raw_message(self, uid: int) -> bytes | None:
        """The message's bytes as received; None if it left the inbox meanwhile (another client)."""
        for item in self._call("uid", "FETCH", str(uid), "(BODY.PEEK[])"):
            if isinstance(item, tuple):
                return bytes(item[1])
        return None

    def move(self, uid: int, folder: str) -> None:
        """Move the message out of the inbox into ``folder``. MOVE is atomic. Without it, a stop after the
        flag leaves it flagged deleted in the inbox (never taken again); a stop between COPY and the flag
        leaves it in both, so the next run copies it a second time (its import stays a duplicate)."""
        target = quoted(folder)
        if self.use_move:
            self._call("uid", "MOVE", str(uid), target)
            return
        self._call("uid", "COPY", str(uid), target)
        self._call("uid", "STORE", str(uid), "+FLAGS.SILENT", r"(\Deleted)")
        if "UIDPLUS" in self.capabilities:
            self._call("uid", "EXPUNGE", str(uid))
        else:  # RFC 3501 alone: removes every message flagged deleted, as any mail client would
            self._call("expunge")

    def _create(self, folder: str) -> None:
        """Create ``folder`` unless it exists (listing first: servers word "already exists" differently)."""
        if not any(self._call("list", '""', quoted(folder))):
            self._call("create", quoted(folder))
            self._call("subscribe", quoted(folder))  # shown by mail clients that list subscribed folders only

    def _select(self, folder: str) -> int:
        self._call("select", quoted(folder))
        typed, data = self.client.response("UIDVALIDITY")
        return int(data[0]) if typed == "UIDVALIDITY" and data and data[0] else 0

    def _call(self, command: str, *args: str) -> list:
        """Run one IMAP command of ``imaplib``; a refusal, a dropped connection or a timeout is a MailboxError."""
        try:
            typed, data = getattr(self.client, command)(*args)
        except imaplib.IMAP4.abort as dropped:  # the connection is gone
            raise MailboxError("mailbox_unreachable", str(dropped)) from None
        except imaplib.IMAP4.error as refused:
            raise MailboxError("mailbox_server", str(refused)) from None
        except OSError as failure:  # a timeout, a reset
            raise MailboxError("mailbox_unreachable", str(failure)) from None
        if typed != "OK":
            raise MailboxError("mailbox_server", _text(data[-1] if data else typed))
        return list(data)


def _connect(account: MailboxAccount) -> imaplib.IMAP4:
    """Open the session over TLS (certificate and host name checked against the system's authorities)."""
    context = ssl.create_default_context()
    try:
        if account.security == "tls":
            return imaplib.IMAP4_SSL(account.host, account.port, ssl_context=context, timeout=TIMEOUT_S)
        client = imaplib.IMAP4(account.host, account.port, timeout=TIMEOUT_S)
        if account.security == "starttls":
            client.starttls(context)
        return client
    except ssl.SSLError as failure:
        raise MailboxError("mailbox_tls", str(failure)) from None
    except (OSError, imaplib.IMAP4.error) as failure:
        detail = failure.strerror if isinstance(failure, OSError) and failure.strerror else str(failure)
        raise MailboxError("mailbox_unreachable", f"{account.host}:{account.port}: {detail}") from None


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)
